"""Soft re-routes: Steady should not become the new thing to reach for again and again.

The lines to rotate through and the button tables hold msgids (`N_`): show them through
`_` (or `translated`); the single labels are functions in the current language.
"""

from __future__ import annotations

from domain.i18n import N_, _

REROUTE_LINES: tuple[str, ...] = (
    N_(
        "You've come back a few times in a short while, and that's okay. Want to try a "
        "different route this time? A short walk, a friend, or the now-or-then questions. "
        "Or carry on as before; it's your call."
    ),
    N_(
        "Doing the same one again is fine. Sometimes a different door helps more, though: "
        "moving your body, hearing another voice, or checking whether this fear is about now."
    ),
    N_(
        "The feeling must be strong tonight. You're welcome to keep going. If a change would "
        "help, the options below are a tap away."
    ),
    N_(
        "I'm here as often as you like. When the worry keeps coming back, moving or talking "
        "to someone you trust can reach parts that breathing alone can't."
    ),
)

REROUTE_BID_LINES: tuple[str, ...] = (
    N_(
        "You've asked them very recently. Their answer may take a while, and that isn't a "
        "sign of anything. While you wait, would something for you help?"
    ),
    N_(
        "Your ask is already with them. Another one won't make it arrive faster, but a short "
        "walk or a friend might make the wait gentler. Or send it anyway; your call."
    ),
    N_(
        "Waiting is the hardest part. Before sending another, want to try something that "
        "doesn't depend on their reply?"
    ),
)

#: (key, label msgid) for the re-route buttons.
REROUTE_OPTIONS: tuple[tuple[str, str], ...] = (
    ("move", N_("🚶 A short walk or some movement")),
    ("reachout", N_("📞 Reach a friend")),
    ("nowthen", N_("🕰️ Now or then?")),
    ("continue", N_("Carry on as before")),
)

BOTH_ACTIVATED: tuple[str, ...] = (
    # TRANSLATORS: keep /calm breathe as it is
    N_(
        "It looks like you're both having a hard moment right now. When both alarms ring at "
        "once, nobody is holding the steady end, so let's settle you first. A couple of "
        "minutes of /calm breathe, then decide what to send."
    ),
    # TRANSLATORS: keep /calm breathe and /calm move as they are
    N_(
        "You're both stirred up at the same time. That's when small things snowball fastest. "
        "Before anything goes across, take a few minutes for yourself (/calm breathe or "
        "/calm move). Two calmer people hear each other far better."
    ),
)


def both_activated_continue_label() -> str:
    """The button past the both-activated pause: on to the next steps."""
    return _("I've settled a bit, carry on")


def both_activated_calm_label() -> str:
    """The button into a calming exercise from the both-activated pause."""
    return _("🌬️ Settle myself first")
