"""Reassurance prompts and consistency nudges: small, reliable, on time beats grand."""

from __future__ import annotations

from domain.content import esc, pick

# --- reassurance prompts (to the partner, at their /nudgetime) -------------------------

PROMPT_LINES: tuple[str, ...] = (
    "A small “thinking about you”, sent before anyone asks, goes further than you'd guess.",
    "Nothing needs to be wrong for a kind word. Calm moments are when it lands best.",
    "Steady beats grand. One tap, sent unasked, counts.",
    "A quick note now can save a lot of wondering later.",
    "Warmth that's offered feels very different from warmth that had to be asked for.",
    "No need to fix anything. Just let them know they're on your mind.",
    "Same time, small gesture: that rhythm is what trust is built from.",
    "Busy day? Say so kindly. A tired “we're fine” is far easier to hear than silence.",
    "A little warmth while things are calm is the best kind of habit.",
    "Each small thing done when you said it would be quietly teaches their worry something new.",
    "One line is enough. Pick one below or write your own.",
    "If now isn't a good moment, that's fine too: this one can simply pass.",
)

REASSURANCE_TEMPLATES: tuple[str, ...] = (
    "Thinking about you",
    "Just tired tonight, all good between us",
    "Looking forward to tonight with you",
    "Still here. Still us.",
    "Busy day, but you're on my mind 💛",
    "Nothing's wrong, I'm just quiet today",
    "Can't wait to see you later",
    "Glad it's you. That's all.",
    # Names the cycle, not the person (PRODUCT.md): quiet on one side, worry on the other.
    "If I go quiet, I'm busy, not gone. No need for us to spin 💛",
)

REASSURANCE_OWN_LABEL = "✍️ Write my own"
REASSURANCE_OWN_PROMPT = "Write a line for them. Short is perfect."

REASSURANCE_SENT: tuple[str, ...] = (
    "Sent. Small and steady: that's the good stuff.",
    "Delivered. Thank you for reaching out first.",
    "Sent. That one will land softly.",
)


def relayed_reassurance(first_name: str, text: str) -> str:
    """The anxious partner's copy; it contains `text` exactly (templates need no escaping)."""
    return f"💌 From <b>{esc(first_name)}</b>:\n\n{esc(text)}"


# --- the daily check-in ----------------------------------------------------------------

_CHECKIN_REMINDERS: tuple[str, ...] = (
    "It's check-in time with <b>{name}</b>. A few minutes, a few honest words: how was "
    "today, and what would help tomorrow?",
    "Check-in time with <b>{name}</b>, same as always. That sameness is the point. How "
    "are you two doing today?",
    "Your daily check-in with <b>{name}</b>: one good thing, one hard thing, one thing "
    "you'd like tomorrow.",
)


def checkin_reminder(partner_first_name: str, variant: int = 0) -> str:
    """The daily ritual reminder, sent to both at the same time every day."""
    return pick(_CHECKIN_REMINDERS, variant).format(name=esc(partner_first_name))


# --- promises ----------------------------------------------------------------------------


def promise_told_partner(first_name: str, when: str, text: str) -> str:
    """Told to the partner at once; `when` is already in the partner's local time."""
    return f"<b>{esc(first_name)}</b> made you a promise for <b>{esc(when)}</b>:\n\n“{esc(text)}”"


def promise_confirm(reminders: list[str]) -> str:
    """Told to the promiser: it's on its way, and exactly when I'll remind you (the times,
    in the promiser's zone: 10 minutes before when there is time, and at the time)."""
    if len(reminders) == 1:
        nudges = f"at the time itself, <b>{esc(reminders[0])}</b>"
    else:
        nudges = " and ".join(f"<b>{esc(r)}</b>" for r in reminders)
        # "at 18:20 and 18:30", but "tomorrow 08:50 and tomorrow 09:00"
        nudges = f"at {nudges}" if reminders[0][:1].isdigit() else nudges
    return f"Promise sent. I'll nudge you {nudges}. Small and on time is exactly what builds trust."


def promise_reminder_before(text: str, when: str) -> str:
    """Ten minutes before: a quiet heads-up."""
    return f"In 10 minutes ({esc(when)}): “{esc(text)}”. Being on time is the whole gift."


def promise_reminder_now(text: str) -> str:
    """At the time itself."""
    return f"It's time: “{esc(text)}”. Keeping it now is what makes it count."


def promise_followup(text: str) -> str:
    """Asked afterwards, above the done / running late / couldn't buttons."""
    return f"How did it go? “{esc(text)}”"


PROMISE_ANSWERS: tuple[tuple[str, str], ...] = (
    ("done", "✅ Done"),
    ("late", "⏳ Running late: tell them"),
    ("couldnt", "Couldn't this time"),
)

PROMISE_ACKS: dict[str, str] = {
    "done": "Kept. That's the kind of evidence that quietly adds up.",
    "couldnt": "That happens, and telling them still counts. "
    "Would you like to offer a new time, or ask to talk it over?",
}

#: "Running late": how late, in minutes, or a time typed in.
PROMISE_LATE_QUESTION = "How late will you be? I'll tell them the new time straight away."
PROMISE_LATE_TYPE_LABEL = "Type a time"
PROMISE_LATE_TYPE_PROMPT = (
    "What time will it be? Send a time like <b>18:45</b>, or how long from now, like <b>40m</b>."
)
#: After "couldn't": a next step for the promiser.
PROMISE_NEW_TIME_LABEL = "Offer a new time"
PROMISE_TALK_LABEL = "Ask to talk"
PROMISE_NEW_TIME_PROMPT = (
    "When could you do it instead? Send a time like <b>18:30</b>, or how long from now, "
    "like <b>2h</b>. I'll tell them the new time."
)


def late_label(minutes: int) -> str:
    """A "running late" choice."""
    return f"+{minutes} min"


def late_confirm(when: str) -> str:
    """Told to the promiser once the new time is set; `when` in their zone."""
    return (
        f"I've told them: <b>{esc(when)}</b>. I'll remind you then. "
        "A heads-up beats leaving them to guess."
    )


def promise_late_for_partner(first_name: str, text: str, when: str) -> str:
    """Relayed at once when the promiser is running late; `when` in the partner's zone."""
    return (
        f"<b>{esc(first_name)}</b> is running a little late with “{esc(text)}” and will be "
        f"there at <b>{esc(when)}</b>. It's still happening."
    )


def promise_outcome_for_partner(first_name: str, text: str, outcome: str) -> str:
    """What the partner is told for each answer (the caller decides which to relay)."""
    name = f"<b>{esc(first_name)}</b>"
    promise = f"“{esc(text)}”"
    if outcome == "done":
        return f"{name} kept their promise: {promise} ✅"
    return (
        f"{name} couldn't manage {promise} this time, and wanted you to hear it from them. "
        "If you'd like another time, /bid is an easy way to ask."
    )


# --- space -----------------------------------------------------------------------------


def space_told_partner(first_name: str, time: str, note: str | None = None) -> str:
    """Told to the partner at once; `time` is the return time in the partner's zone."""
    name = esc(first_name)
    note_line = f"\n\nTheir note: “{esc(note)}”" if note else ""
    return (
        f"<b>{name}</b> is taking a little space. They're not going anywhere, and they'll "
        f"be back with you at <b>{esc(time)}</b>.{note_line}\n\n"
        "<i>Taking space and saying when you'll be back is a way of staying close. "
        "/calm is here if the wait feels long.</i>"
    )


def space_moved_for_partner(first_name: str, time: str, note: str | None = None) -> str:
    """A second /space while one is open: the same space, a new return time (in the
    partner's zone)."""
    note_line = f"\n\nTheir note: “{esc(note)}”" if note else ""
    return (
        f"<b>{esc(first_name)}</b> changed their return time: they'll be back with you at "
        f"<b>{esc(time)}</b>.{note_line}"
    )


def space_confirm(time: str) -> str:
    """Told to the requester: they know, and coming back on time is what keeps it safe."""
    return (
        f"Done. They know you'll be back at <b>{esc(time)}</b>. Take the space you need; "
        "coming back when you said is what makes it feel safe."
    )


def space_return_reminder(partner_first_name: str) -> str:
    """At the return time, to the requester, above the two buttons."""
    return f"It's time to go back to <b>{esc(partner_first_name)}</b>, like you said you would."


SPACE_BACK_LABEL = "I'm back"
SPACE_MORE_LABEL = "10 more minutes"
SPACE_BACK_CONFIRM = "Lovely. Coming back when you said is exactly how trust grows."


def space_back_for_partner(first_name: str) -> str:
    """Relayed when the requester taps "I'm back"."""
    return f"<b>{esc(first_name)}</b> is back, just like they said. 💛"


def space_more_for_partner(first_name: str, time: str) -> str:
    """Relayed on "10 more minutes"; `time` is the new time in the partner's zone."""
    return (
        f"<b>{esc(first_name)}</b> needs 10 more minutes and will be with you at "
        f"<b>{esc(time)}</b>."
    )


def space_more_confirm(time: str) -> str:
    """Told to the requester after "10 more minutes"."""
    return f"Okay, I've told them: back at <b>{esc(time)}</b>."


# --- practise while calm (weekly, optional) ---------------------------------------------

PRACTISE_LINES: tuple[str, ...] = (
    "Feeling okay today? Good moment to practise. A minute of /calm breathe now makes it "
    "easier to reach for when things get loud.",
    "Skills stick best when you learn them on a good day. Fancy a quick /calm ground?",
    "A small rehearsal while things are calm: /calm nowthen takes two minutes, and it'll "
    "be ready for the harder nights.",
)

# --- /record: evidence, never a scoreboard ------------------------------------------------

RECORD_INTROS: tuple[str, ...] = (
    "Small things, done reliably: here's what the last 30 days hold.",
    "The last 30 days, in small dependable acts. Not a score, just what happened.",
    "Here's the quiet evidence from the last 30 days.",
)

RECORD_LABELS: dict[str, str] = {
    "promises_kept": "Promises kept on time",
    "promises_kept_late": "Promises kept at a new time you gave them",
    "space_returns": "Came back from space on time",
    "checkins": "Check-ins held",
    "reassurances": "Unprompted reassurances sent",
    "bids_answered": "Direct asks answered",
    "exercises": "Calm exercises done",
    "exercises_better": "Exercises that left you feeling better",
}


def record_line(key: str, count: int) -> str:
    """One line of /record; unknown keys show the key itself rather than failing."""
    return f"{esc(RECORD_LABELS.get(key, key))}: <b>{count}</b>"


# A paired user's /record: the partner's section first (theirs is the evidence the worry
# needs), then what the two held together, then the user's own. Labels are
# (in the partner's section, in the user's own); {name} is the partner's first name.
RECORD_PAIR_LABELS: dict[str, tuple[str, str]] = {
    "space_returns": ("Back from space when they said", "Back from space when you said"),
    "reassurances": (
        "Reassurances sent without being asked",
        "Reassurances sent without being asked",
    ),
    "bids_answered": ("Your direct asks answered", "{name}'s direct asks answered"),
    "checkins": ("Check-ins held", "Check-ins held"),
    "exercises": ("Calm exercises done", "Calm exercises done"),
}

RECORD_KEPT_ON_TIME = "Promises kept on time"
RECORD_KEPT = "Promises kept"
# A promise kept at a new time given in advance is a promise kept, and says so.
RECORD_KEPT_NEW_TIME: tuple[str, str] = (
    "at a new time {name} gave you in advance",
    "at a new time you gave in advance",
)
RECORD_FELT_BETTER = "left you feeling better"

RECORD_TOGETHER = "<b>The two of you</b>"
RECORD_YOU = "<b>You</b>"


def record_heading(first_name: str) -> str:
    """The partner's section of a paired /record."""
    return f"<b>{esc(first_name)}</b>"


def _some(part: int, count: int) -> str:
    """How much of a count a part is, in words that read well before the rest."""
    if part < count:
        return f"{part} "
    return "all " if count > 1 else ""


def record_promises_line(count: int, part: int, first_name: str, mine: bool) -> str:
    """Promises kept in a paired /record; `part` of them at a new time given in advance,
    which is still keeping it (`mine`: the user's own, else the partner's)."""
    if not 0 < part <= count:
        return f"{RECORD_KEPT_ON_TIME}: <b>{count}</b>"
    new_time = RECORD_KEPT_NEW_TIME[mine].format(name=esc(first_name))
    detail = (
        f"{_some(part, count)}{new_time}"
        if part == count
        else f"{count - part} on time, {part} {new_time}"
    )
    return f"{RECORD_KEPT}: <b>{count}</b> ({detail})"


def record_pair_line(key: str, count: int, first_name: str, mine: bool, part: int = 0) -> str:
    """Any other line of a paired /record, in the partner's section or the user's own
    (`mine`); for the user's exercises, `part` is how many left them feeling better.
    Unknown keys show the key itself rather than failing."""
    labels = RECORD_PAIR_LABELS.get(key)
    line = f"{labels[mine].format(name=esc(first_name)) if labels else esc(key)}: <b>{count}</b>"
    if key == "exercises" and mine and 0 < part <= count:
        line += f" ({_some(part, count)}{RECORD_FELT_BETTER})"
    return line


RECORD_FOOTERS: tuple[str, ...] = (
    "Hard days don't erase any of this. A rough week can wake old fears up again; change "
    "tends to go two steps forward, one back.",
    "Each of these is a small fact the worry has to make room for.",
    "None of this is a grade. It's simply what happened, kept where you can see it.",
)

RECORD_EMPTY = (
    "Nothing here yet, and that's fine. The first small, on-time thing will show up here."
)
