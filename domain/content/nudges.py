"""Reassurance prompts and consistency nudges: small, reliable, on time beats grand.

The tables hold English msgids (marked with `N_`) and are translated where they are
shown; the functions return text in the current language."""

from __future__ import annotations

from collections.abc import Callable

from domain.content import esc, pick
from domain.i18n import N_, _, ngettext

# --- reassurance prompts (to the partner, at their /nudgetime) -------------------------

PROMPT_LINES: tuple[str, ...] = (
    N_("A small “thinking about you”, sent before anyone asks, goes further than you'd guess."),
    N_("Nothing needs to be wrong for a kind word. Calm moments are when it lands best."),
    N_("Steady beats grand. One tap, sent unasked, counts."),
    N_("A quick note now can save a lot of wondering later."),
    N_("Warmth that's offered feels very different from warmth that had to be asked for."),
    N_("No need to fix anything. Just let them know they're on your mind."),
    N_("Same time, small gesture: that rhythm is what trust is built from."),
    N_("Busy day? Say so kindly. A tired “we're fine” is far easier to hear than silence."),
    N_("A little warmth while things are calm is the best kind of habit."),
    N_(
        "Each small thing done when you said it would be quietly teaches their worry something new."
    ),
    N_("One line is enough. Pick one below or write your own."),
    N_("If now isn't a good moment, that's fine too: this one can simply pass."),
)

REASSURANCE_TEMPLATES: tuple[str, ...] = (
    N_("Thinking about you"),
    N_("Just tired tonight, all good between us"),
    N_("Looking forward to tonight with you"),
    N_("Still here. Still us."),
    N_("Busy day, but you're on my mind 💛"),
    N_("Nothing's wrong, I'm just quiet today"),
    N_("Can't wait to see you later"),
    N_("Glad it's you. That's all."),
    # Names the cycle, not the person (PRODUCT.md): quiet on one side, worry on the other.
    N_("If I go quiet, I'm busy, not gone. No need for us to spin 💛"),
)


def reassurance_own_label() -> str:
    """The button under a prompt's templates, for writing a line of one's own."""
    return _("✍️ Write my own")


def reassurance_own_prompt() -> str:
    """Asked after that button."""
    return _("Write a line for them. Short is perfect.")


REASSURANCE_SENT: tuple[str, ...] = (
    N_("Sent. Small and steady: that's the good stuff."),
    N_("Delivered. Thank you for reaching out first."),
    N_("Sent. That one will land softly."),
)


def relayed_reassurance(first_name: str, text: str) -> str:
    """The anxious partner's copy; it contains `text` exactly (templates need no escaping)."""
    return _("💌 From <b>{name}</b>:\n\n{text}").format(name=esc(first_name), text=esc(text))


# --- the daily check-in ----------------------------------------------------------------

_CHECKIN_REMINDERS: tuple[str, ...] = (
    N_(
        "It's check-in time with <b>{name}</b>. A few minutes, a few honest words: how was "
        "today, and what would help tomorrow?"
    ),
    N_(
        "Check-in time with <b>{name}</b>, same as always. That sameness is the point. How "
        "are you two doing today?"
    ),
    N_(
        "Your daily check-in with <b>{name}</b>: one good thing, one hard thing, one thing "
        "you'd like tomorrow."
    ),
)


def checkin_reminder(partner_first_name: str, variant: int = 0) -> str:
    """The daily ritual reminder, sent to both at the same time every day."""
    return _(pick(_CHECKIN_REMINDERS, variant)).format(name=esc(partner_first_name))


# --- promises ----------------------------------------------------------------------------


def promise_told_partner(first_name: str, when: str, text: str) -> str:
    """Told to the partner at once; `when` is already in the partner's local time."""
    return _("<b>{name}</b> made you a promise for <b>{when}</b>:\n\n“{text}”").format(
        name=esc(first_name), when=esc(when), text=esc(text)
    )


def promise_confirm(reminders: list[str]) -> str:
    """Told to the promiser: it's on its way, and exactly when I'll remind you (the one or
    two times, in the promiser's zone: 10 minutes before when there is time, and at the
    time)."""
    if len(reminders) == 1:
        return _(
            "Promise sent. I'll nudge you at the time itself, <b>{when}</b>. Small and on time "
            "is exactly what builds trust."
        ).format(when=esc(reminders[0]))
    before, at = (esc(r) for r in reminders)
    # "at 18:20 and 18:30", but "tomorrow 08:50 and tomorrow 09:00"
    if reminders[0][:1].isdigit():
        # TRANSLATORS: {before} and {at} are clock times, ten minutes apart, like 18:20.
        text = _(
            "Promise sent. I'll nudge you at <b>{before}</b> and <b>{at}</b>. Small and on time "
            "is exactly what builds trust."
        )
    else:
        # TRANSLATORS: {before} and {at} are a day and a time, like "tomorrow 08:50".
        text = _(
            "Promise sent. I'll nudge you <b>{before}</b> and <b>{at}</b>. Small and on time is "
            "exactly what builds trust."
        )
    return text.format(before=before, at=at)


def promise_reminder_before(text: str, when: str) -> str:
    """Ten minutes before: a quiet heads-up."""
    return _("In 10 minutes ({when}): “{text}”. Being on time is the whole gift.").format(
        when=esc(when), text=esc(text)
    )


def promise_reminder_now(text: str) -> str:
    """At the time itself."""
    return _("It's time: “{text}”. Keeping it now is what makes it count.").format(text=esc(text))


def promise_followup(text: str) -> str:
    """Asked afterwards, above the done / running late / couldn't buttons."""
    return _("How did it go? “{text}”").format(text=esc(text))


#: (key, label) for the buttons under every promise reminder; labels are msgids,
#: translated where the buttons are built (`promise_answers`).
PROMISE_ANSWERS: tuple[tuple[str, str], ...] = (
    ("done", N_("✅ Done")),
    ("late", N_("⏳ Running late: tell them")),
    ("couldnt", N_("Couldn't this time")),
)


def promise_answers() -> list[tuple[str, str]]:
    """`PROMISE_ANSWERS` with their labels in the current language."""
    return [(key, _(label)) for key, label in PROMISE_ANSWERS]


#: What the promiser hears after each answer (msgids: show them with `_`).
PROMISE_ACKS: dict[str, str] = {
    "done": N_("Kept. That's the kind of evidence that quietly adds up."),
    "couldnt": N_(
        "That happens, and telling them still counts. "
        "Would you like to offer a new time, or ask to talk it over?"
    ),
}


def promise_late_question() -> str:
    """ "Running late": how late, in minutes, or a time typed in."""
    return _("How late will you be? I'll tell them the new time straight away.")


def promise_late_type_label() -> str:
    """The button for typing the new time instead."""
    return _("Type a time")


def promise_late_type_prompt() -> str:
    """Asked after that button."""
    # TRANSLATORS: 40m is a duration in minutes as the user may type it; keep it as it is.
    return _(
        "What time will it be? Send a time like <b>18:45</b>, or how long from now, like "
        "<b>40m</b>."
    )


def promise_new_time_label() -> str:
    """After "couldn't": a next step for the promiser, offering a new time."""
    return _("Offer a new time")


def promise_talk_label() -> str:
    """After "couldn't": the other next step, asking to talk it over."""
    return _("Ask to talk")


def promise_new_time_prompt() -> str:
    """Asked after "Offer a new time"."""
    # TRANSLATORS: 2h is a duration in hours as the user may type it; keep it as it is.
    return _(
        "When could you do it instead? Send a time like <b>18:30</b>, or how long from now, "
        "like <b>2h</b>. I'll tell them the new time."
    )


def late_label(minutes: int) -> str:
    """A "running late" choice."""
    # TRANSLATORS: a button: this many minutes later than promised.
    return _("+{minutes} min").format(minutes=minutes)


def late_confirm(when: str) -> str:
    """Told to the promiser once the new time is set; `when` in their zone."""
    return _(
        "I've told them: <b>{when}</b>. I'll remind you then. "
        "A heads-up beats leaving them to guess."
    ).format(when=esc(when))


def promise_late_for_partner(first_name: str, text: str, when: str) -> str:
    """Relayed at once when the promiser is running late; `when` in the partner's zone."""
    return _(
        "<b>{name}</b> is running a little late with “{text}” and will be "
        "there at <b>{when}</b>. It's still happening."
    ).format(name=esc(first_name), text=esc(text), when=esc(when))


def promise_outcome_for_partner(first_name: str, text: str, outcome: str) -> str:
    """What the partner is told for each answer (the caller decides which to relay)."""
    if outcome == "done":
        # TRANSLATORS: {text} is the promise, in the promiser's own words.
        message = _("<b>{name}</b> kept their promise: “{text}” ✅")
    else:
        # TRANSLATORS: {text} is the promise, in the promiser's own words; keep /bid as it is.
        message = _(
            "<b>{name}</b> couldn't manage “{text}” this time, and wanted you to hear it from "
            "them. If you'd like another time, /bid is an easy way to ask."
        )
    return message.format(name=esc(first_name), text=esc(text))


# --- space -----------------------------------------------------------------------------


def space_told_partner(first_name: str, time: str, note: str | None = None) -> str:
    """Told to the partner at once; `time` is the return time in the partner's zone."""
    told = _(
        "<b>{name}</b> is taking a little space. They're not going anywhere, and they'll "
        "be back with you at <b>{time}</b>."
    ).format(name=esc(first_name), time=esc(time))
    # TRANSLATORS: keep /calm as it is.
    why = _(
        "<i>Taking space and saying when you'll be back is a way of staying close. "
        "/calm is here if the wait feels long.</i>"
    )
    return f"{told}{_space_note(note)}\n\n{why}"


def _space_note(note: str | None) -> str:
    """The requester's note, quoted under the news (nothing when they left none)."""
    if not note:
        return ""
    return "\n\n" + _("Their note: “{text}”").format(text=esc(note))


def space_moved_for_partner(first_name: str, time: str, note: str | None = None) -> str:
    """A second /space while one is open: the same space, a new return time (in the
    partner's zone)."""
    moved = _(
        "<b>{name}</b> changed their return time: they'll be back with you at <b>{time}</b>."
    ).format(name=esc(first_name), time=esc(time))
    return moved + _space_note(note)


def space_confirm(time: str) -> str:
    """Told to the requester: they know, and coming back on time is what keeps it safe."""
    return _(
        "Done. They know you'll be back at <b>{time}</b>. Take the space you need; "
        "coming back when you said is what makes it feel safe."
    ).format(time=esc(time))


def space_return_reminder(partner_first_name: str) -> str:
    """At the return time, to the requester, above the two buttons."""
    return _("It's time to go back to <b>{name}</b>, like you said you would.").format(
        name=esc(partner_first_name)
    )


def space_back_label() -> str:
    """The button for coming back from space."""
    return _("I'm back")


def space_more_label() -> str:
    """The button for ten more minutes of space."""
    return _("10 more minutes")


def space_back_confirm() -> str:
    """Told to the requester after "I'm back"."""
    return _("Lovely. Coming back when you said is exactly how trust grows.")


def space_back_for_partner(first_name: str) -> str:
    """Relayed when the requester taps "I'm back"."""
    return _("<b>{name}</b> is back, just like they said. 💛").format(name=esc(first_name))


def space_more_for_partner(first_name: str, time: str) -> str:
    """Relayed on "10 more minutes"; `time` is the new time in the partner's zone."""
    return _("<b>{name}</b> needs 10 more minutes and will be with you at <b>{time}</b>.").format(
        name=esc(first_name), time=esc(time)
    )


def space_more_confirm(time: str) -> str:
    """Told to the requester after "10 more minutes"."""
    return _("Okay, I've told them: back at <b>{time}</b>.").format(time=esc(time))


# --- practise while calm (weekly, optional) ---------------------------------------------

PRACTISE_LINES: tuple[str, ...] = (
    # TRANSLATORS: keep the command /calm breathe as it is.
    N_(
        "Feeling okay today? Good moment to practise. A minute of /calm breathe now makes it "
        "easier to reach for when things get loud."
    ),
    # TRANSLATORS: keep the command /calm ground as it is.
    N_("Skills stick best when you learn them on a good day. Fancy a quick /calm ground?"),
    # TRANSLATORS: keep the command /calm nowthen as it is.
    N_(
        "A small rehearsal while things are calm: /calm nowthen takes two minutes, and it'll "
        "be ready for the harder nights."
    ),
)

# --- /record: evidence, never a scoreboard ------------------------------------------------

RECORD_INTROS: tuple[str, ...] = (
    N_("Small things, done reliably: here's what the last 30 days hold."),
    N_("The last 30 days, in small dependable acts. Not a score, just what happened."),
    N_("Here's the quiet evidence from the last 30 days."),
)

#: /record's lines for one person (unpaired), by the evidence's key; each takes the
#: count and returns the whole line, so a translator sees the label with its number.
RECORD_LINES: dict[str, Callable[[int], str]] = {
    "promises_kept": lambda n: ngettext(
        "Promises kept on time: <b>{count}</b>", "Promises kept on time: <b>{count}</b>", n
    ),
    "promises_kept_late": lambda n: ngettext(
        "Promises kept at a new time you gave them: <b>{count}</b>",
        "Promises kept at a new time you gave them: <b>{count}</b>",
        n,
    ),
    "space_returns": lambda n: ngettext(
        "Came back from space on time: <b>{count}</b>",
        "Came back from space on time: <b>{count}</b>",
        n,
    ),
    "checkins": lambda n: ngettext(
        "Check-ins held: <b>{count}</b>", "Check-ins held: <b>{count}</b>", n
    ),
    "reassurances": lambda n: ngettext(
        "Unprompted reassurances sent: <b>{count}</b>",
        "Unprompted reassurances sent: <b>{count}</b>",
        n,
    ),
    "bids_answered": lambda n: ngettext(
        "Direct asks answered: <b>{count}</b>", "Direct asks answered: <b>{count}</b>", n
    ),
    "exercises": lambda n: ngettext(
        "Calm exercises done: <b>{count}</b>", "Calm exercises done: <b>{count}</b>", n
    ),
    "exercises_better": lambda n: ngettext(
        "Exercises that left you feeling better: <b>{count}</b>",
        "Exercises that left you feeling better: <b>{count}</b>",
        n,
    ),
}


def _unknown_line(key: str, count: int) -> str:
    """A line for evidence this version has no words for: the key itself, not a failure."""
    return f"{esc(key)}: <b>{count}</b>"


def record_line(key: str, count: int) -> str:
    """One line of /record; unknown keys show the key itself rather than failing."""
    line = RECORD_LINES.get(key)
    return line(count).format(count=count) if line else _unknown_line(key, count)


# A paired user's /record: the partner's section first (theirs is the evidence the worry
# needs), then what the two held together, then the user's own. Lines are (in the
# partner's section, in the user's own), taking the count; {name} is the partner's first
# name.
RECORD_PAIR_LINES: dict[str, tuple[Callable[[int], str], Callable[[int], str]]] = {
    "space_returns": (
        lambda n: ngettext(
            "Back from space when they said: <b>{count}</b>",
            "Back from space when they said: <b>{count}</b>",
            n,
        ),
        lambda n: ngettext(
            "Back from space when you said: <b>{count}</b>",
            "Back from space when you said: <b>{count}</b>",
            n,
        ),
    ),
    "reassurances": (
        lambda n: ngettext(
            "Reassurances sent without being asked: <b>{count}</b>",
            "Reassurances sent without being asked: <b>{count}</b>",
            n,
        ),
    )
    * 2,
    "bids_answered": (
        lambda n: ngettext(
            "Your direct asks answered: <b>{count}</b>",
            "Your direct asks answered: <b>{count}</b>",
            n,
        ),
        # TRANSLATORS: {name} is the partner's first name: the asks they made, answered.
        lambda n: ngettext(
            "{name}'s direct asks answered: <b>{count}</b>",
            "{name}'s direct asks answered: <b>{count}</b>",
            n,
        ),
    ),
    "checkins": (RECORD_LINES["checkins"],) * 2,
    "exercises": (RECORD_LINES["exercises"],) * 2,
}


def record_together() -> str:
    """The heading of what the two held together, in a paired /record."""
    return _("<b>The two of you</b>")


def record_you() -> str:
    """The heading of the user's own section, in a paired /record."""
    return _("<b>You</b>")


def record_heading(first_name: str) -> str:
    """The partner's section of a paired /record."""
    return f"<b>{esc(first_name)}</b>"


def record_promises_line(count: int, part: int, first_name: str, mine: bool) -> str:
    """Promises kept in a paired /record; `part` of them at a new time given in advance,
    which is still keeping it (`mine`: the user's own, else the partner's)."""
    if not 0 < part <= count:
        line = RECORD_LINES["promises_kept"](count)
    elif part == count == 1:
        line = (
            _("Promises kept: <b>{count}</b> (at a new time you gave in advance)")
            if mine
            else _("Promises kept: <b>{count}</b> (at a new time {name} gave you in advance)")
        )
    elif part == count:
        line = (
            ngettext(
                "Promises kept: <b>{count}</b> (all at a new time you gave in advance)",
                "Promises kept: <b>{count}</b> (all at a new time you gave in advance)",
                count,
            )
            if mine
            else ngettext(
                "Promises kept: <b>{count}</b> (all at a new time {name} gave you in advance)",
                "Promises kept: <b>{count}</b> (all at a new time {name} gave you in advance)",
                count,
            )
        )
    elif mine:
        # TRANSLATORS: {count} promises kept: {on_time} of them on time, {part} at a new time.
        line = ngettext(
            "Promises kept: <b>{count}</b> ({on_time} on time, {part} at a new time you gave "
            "in advance)",
            "Promises kept: <b>{count}</b> ({on_time} on time, {part} at a new time you gave "
            "in advance)",
            part,
        )
    else:
        # TRANSLATORS: {count} promises kept: {on_time} of them on time, {part} at a new time
        # that {name}, the partner, gave in advance.
        line = ngettext(
            "Promises kept: <b>{count}</b> ({on_time} on time, {part} at a new time {name} "
            "gave you in advance)",
            "Promises kept: <b>{count}</b> ({on_time} on time, {part} at a new time {name} "
            "gave you in advance)",
            part,
        )
    return line.format(count=count, part=part, on_time=count - part, name=esc(first_name))


def record_pair_line(key: str, count: int, first_name: str, mine: bool, part: int = 0) -> str:
    """Any other line of a paired /record, in the partner's section or the user's own
    (`mine`); for the user's exercises, `part` is how many left them feeling better.
    Unknown keys show the key itself rather than failing."""
    lines = RECORD_PAIR_LINES.get(key)
    if lines is None:
        return _unknown_line(key, count)
    line = lines[mine](count)
    if key == "exercises" and mine and 0 < part <= count:
        if part == count == 1:
            line = _("Calm exercises done: <b>{count}</b> (left you feeling better)")
        elif part == count:
            line = ngettext(
                "Calm exercises done: <b>{count}</b> (all left you feeling better)",
                "Calm exercises done: <b>{count}</b> (all left you feeling better)",
                count,
            )
        else:
            # TRANSLATORS: of {count} exercises, {part} left the user feeling better.
            line = ngettext(
                "Calm exercises done: <b>{count}</b> ({part} left you feeling better)",
                "Calm exercises done: <b>{count}</b> ({part} left you feeling better)",
                part,
            )
    return line.format(count=count, part=part, name=esc(first_name))


RECORD_FOOTERS: tuple[str, ...] = (
    N_(
        "Hard days don't erase any of this. A rough week can wake old fears up again; change "
        "tends to go two steps forward, one back."
    ),
    N_("Each of these is a small fact the worry has to make room for."),
    N_("None of this is a grade. It's simply what happened, kept where you can see it."),
)


def record_empty() -> str:
    """/record before there is anything to show."""
    return _("Nothing here yet, and that's fine. The first small, on-time thing will show up here.")
