"""Soft re-routes: Steady should not become the new thing to reach for again and again."""

from __future__ import annotations

REROUTE_LINES: tuple[str, ...] = (
    "You've come back a few times in a short while, and that's okay. Want to try a "
    "different route this time? A short walk, a friend, or the now-or-then questions. "
    "Or carry on as before; it's your call.",
    "Doing the same one again is fine. Sometimes a different door helps more, though: "
    "moving your body, hearing another voice, or checking whether this fear is about now.",
    "The feeling must be strong tonight. You're welcome to keep going. If a change would "
    "help, the options below are a tap away.",
    "I'm here as often as you like. When the worry keeps coming back, moving or talking "
    "to someone you trust can reach parts that breathing alone can't.",
)

REROUTE_BID_LINES: tuple[str, ...] = (
    "You've asked them very recently. Their answer may take a while, and that isn't a "
    "sign of anything. While you wait, would something for you help?",
    "Your ask is already with them. Another one won't make it arrive faster, but a short "
    "walk or a friend might make the wait gentler. Or send it anyway; your call.",
    "Waiting is the hardest part. Before sending another, want to try something that "
    "doesn't depend on their reply?",
)

REROUTE_OPTIONS: tuple[tuple[str, str], ...] = (
    ("move", "🚶 A short walk or some movement"),
    ("reachout", "📞 Reach a friend"),
    ("nowthen", "🕰️ Now or then?"),
    ("continue", "Carry on as before"),
)

BOTH_ACTIVATED: tuple[str, ...] = (
    "It looks like you're both having a hard moment right now. When both alarms ring at "
    "once, nobody is holding the steady end, so let's settle you first. A couple of "
    "minutes of /calm breathe, then decide what to send.",
    "You're both stirred up at the same time. That's when small things snowball fastest. "
    "Before anything goes across, take a few minutes for yourself (/calm breathe or "
    "/calm move). Two calmer people hear each other far better.",
)

BOTH_ACTIVATED_CONTINUE_LABEL = "I've settled a bit, carry on"
BOTH_ACTIVATED_CALM_LABEL = "🌬️ Settle myself first"
