"""The /activated flow: putting trigger, surge and urge into words makes them easier to hold."""

from __future__ import annotations

import re

from domain.content import esc

INTRO = (
    "What just happened? A few words is plenty, like “no reply since lunch” or "
    "“they seemed far away at dinner”.\n\n"
    "<i>You can stop any time with /cancel.</i>"
)

FEELING_QUESTION = "Thanks. And what are you feeling most right now?"
URGE_QUESTION = "What is part of you pulled to do about it? Noticing the pull is enough."

FEELINGS: tuple[tuple[str, str], ...] = (
    ("pulling_away", "Scared they're pulling away"),
    ("not_enough", "Like I'm not enough"),
    ("alone", "Alone"),
    ("angry", "Angry"),
    ("panicky", "Panicky"),
    ("jealous", "Jealous"),
    ("ashamed", "Ashamed"),
    ("other", "Something else"),
)

URGES: tuple[tuple[str, str], ...] = (
    ("keep_texting", "Keep texting until they reply"),
    ("pick_fight", "Pick a fight"),
    ("withdraw", "Go quiet so they notice"),
    ("threaten_leave", "Threaten to leave"),
    ("check_phone", "Check their phone"),
    ("other", "Something else"),
)

# How each choice reads inside the reflected sentence.
FEELING_PHRASES: dict[str, str] = {
    "pulling_away": "scared they're pulling away",
    "not_enough": "like you're not enough",
    "alone": "alone",
    "angry": "angry",
    "panicky": "panicky",
    "jealous": "jealous",
    "ashamed": "ashamed",
    "other": "something that's hard to name",
}

URGE_PHRASES: dict[str, str] = {
    "keep_texting": "keep texting until they reply",
    "pick_fight": "pick a fight",
    "withdraw": "go quiet so they notice",
    "threaten_leave": "threaten to leave",
    "check_phone": "check their phone",
    "other": "do something, anything, to make this feeling stop",
}

TRIGGER_MAX_CHARS = 80

_ENTITY_TAIL = re.compile(r"&[#a-zA-Z0-9]*$")


def _brief(trigger: str) -> str:
    """Shorten already-escaped text without cutting an HTML entity in half."""
    text = " ".join(trigger.split())
    if len(text) <= TRIGGER_MAX_CHARS:
        return text
    cut = _ENTITY_TAIL.sub("", text[:TRIGGER_MAX_CHARS]).rstrip(" ,.;:!?")
    return cut + "…"


def reflect(trigger: str, feeling_key: str, urge_key: str) -> str:
    """Mirror the activation back as one sentence: the cycle named, nobody blamed.

    `trigger` must already be HTML-escaped by the caller; it is shortened to a brief quote.
    Unknown keys fall back to "other".
    """
    feeling = FEELING_PHRASES.get(feeling_key, FEELING_PHRASES["other"])
    urge = URGE_PHRASES.get(urge_key, URGE_PHRASES["other"])
    brief = _brief(trigger)
    happened = f"Something happened (“{brief}”)" if brief else "Something happened"
    return (
        f"{happened}, you're feeling {feeling}, and part of you wants to {urge} — "
        "that's your alarm system, not a verdict."
    )


NEXT_STEPS_OFFER = (
    "You named it instead of acting on it. That's the skill, right there. "
    "What would you like to do next?"
)

NEXT_STEPS: tuple[tuple[str, str], ...] = (
    ("exercise", "🌬️ Calm my body first"),
    ("bid", "💬 Ask my partner for something directly"),
    ("share", "🤝 Share this naming with my partner"),
)

NEXT_STEPS_UNPAIRED = (
    "Asking your partner directly and sharing this work once you're paired (/pair). "
    "For now, a calming exercise is one tap away."
)

SHARE_SENT = (
    "Sent. Telling them what's going on, rather than acting it out, gives them an easy "
    "way to come closer."
)


def shared_naming(first_name: str, sentence: str) -> str:
    """What the partner receives: an invitation in, not an alarm.

    `sentence` is the output of `reflect` (already valid HTML); `first_name` is raw.
    """
    name = esc(first_name)
    return (
        f"<b>{name}</b> just stopped to name a hard moment instead of acting on it, "
        "and wanted you to see it. Here's the moment as Steady reflected it back to them:\n\n"
        f"<i>{sentence}</i>\n\n"
        "It isn't an emergency, and it isn't a complaint about you. Nothing needs fixing. "
        "A short, warm reply is plenty, even just “Thanks for telling me. I'm here.”"
    )
