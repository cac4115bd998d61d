"""The /activated flow: putting trigger, surge and urge into words makes them easier to hold.

The questions and sentences are functions returning the current language; the button
tables and the phrases the reflected sentence is built around hold msgids (`N_`), shown
through `_` (or `translated`).
"""

from __future__ import annotations

import re

from domain.content import esc
from domain.i18n import N_, _


def intro() -> str:
    """The flow's first question: what happened."""
    # TRANSLATORS: keep /cancel as it is
    return _(
        "What just happened? A few words is plenty, like “no reply since lunch” or "
        "“they seemed far away at dinner”.\n\n"
        "<i>You can stop any time with /cancel.</i>"
    )


def feeling_question() -> str:
    """The second question, above the feeling buttons."""
    return _("Thanks. And what are you feeling most right now?")


def urge_question() -> str:
    """The third question, above the urge buttons."""
    return _("What is part of you pulled to do about it? Noticing the pull is enough.")


#: (key, label msgid) for the feeling buttons.
FEELINGS: tuple[tuple[str, str], ...] = (
    ("pulling_away", N_("Scared they're pulling away")),
    ("not_enough", N_("Like I'm not enough")),
    ("alone", N_("Alone")),
    ("angry", N_("Angry")),
    ("panicky", N_("Panicky")),
    ("jealous", N_("Jealous")),
    ("ashamed", N_("Ashamed")),
    ("other", N_("Something else")),
)

#: (key, label msgid) for the urge buttons.
URGES: tuple[tuple[str, str], ...] = (
    ("keep_texting", N_("Keep texting until they reply")),
    ("pick_fight", N_("Pick a fight")),
    ("withdraw", N_("Go quiet so they notice")),
    ("threaten_leave", N_("Threaten to leave")),
    ("check_phone", N_("Check their phone")),
    ("other", N_("Something else")),
)

# How each choice reads inside the reflected sentence (msgids, translated by `reflect`).
FEELING_PHRASES: dict[str, str] = {
    # TRANSLATORS: completes "you're feeling …" in the sentence that reflects a hard moment
    "pulling_away": N_("scared they're pulling away"),
    # TRANSLATORS: completes "you're feeling …" in the sentence that reflects a hard moment
    "not_enough": N_("like you're not enough"),
    # TRANSLATORS: completes "you're feeling …" in the sentence that reflects a hard moment
    "alone": N_("alone"),
    # TRANSLATORS: completes "you're feeling …" in the sentence that reflects a hard moment
    "angry": N_("angry"),
    # TRANSLATORS: completes "you're feeling …" in the sentence that reflects a hard moment
    "panicky": N_("panicky"),
    # TRANSLATORS: completes "you're feeling …" in the sentence that reflects a hard moment
    "jealous": N_("jealous"),
    # TRANSLATORS: completes "you're feeling …" in the sentence that reflects a hard moment
    "ashamed": N_("ashamed"),
    # TRANSLATORS: completes "you're feeling …" in the sentence that reflects a hard moment
    "other": N_("something that's hard to name"),
}

URGE_PHRASES: dict[str, str] = {
    # TRANSLATORS: completes "part of you wants to …" in the sentence that reflects a hard moment
    "keep_texting": N_("keep texting until they reply"),
    # TRANSLATORS: completes "part of you wants to …" in the sentence that reflects a hard moment
    "pick_fight": N_("pick a fight"),
    # TRANSLATORS: completes "part of you wants to …" in the sentence that reflects a hard moment
    "withdraw": N_("go quiet so they notice"),
    # TRANSLATORS: completes "part of you wants to …" in the sentence that reflects a hard moment
    "threaten_leave": N_("threaten to leave"),
    # TRANSLATORS: completes "part of you wants to …" in the sentence that reflects a hard moment
    "check_phone": N_("check their phone"),
    # TRANSLATORS: completes "part of you wants to …" in the sentence that reflects a hard moment
    "other": N_("do something, anything, to make this feeling stop"),
}

TRIGGER_MAX_CHARS = 80

_ENTITY_TAIL = re.compile(r"&[#a-zA-Z0-9]*$")


def brief_quote(trigger: str) -> str:
    """The few words of a trigger a reflection quotes: already-escaped text, shortened
    without cutting an HTML entity in half."""
    text = " ".join(trigger.split())
    if len(text) <= TRIGGER_MAX_CHARS:
        return text
    cut = _ENTITY_TAIL.sub("", text[:TRIGGER_MAX_CHARS]).rstrip(" ,.;:!?")
    return cut + "…"


def reflect(trigger: str, feeling_key: str, urge_key: str) -> str:
    """Mirror the activation back as one sentence, in the current language: the cycle
    named, nobody blamed.

    `trigger` must already be HTML-escaped by the caller; it is shortened to a brief quote.
    Unknown keys fall back to "other".
    """
    return reflect_quote(brief_quote(trigger), feeling_key, urge_key)


def reflect_quote(brief: str, feeling_key: str, urge_key: str) -> str:
    """`reflect` for a quote already shortened by `brief_quote`: a shared moment is
    reflected again in the partner's language from what was kept (the quote and the keys),
    not passed on in the sharer's."""
    feeling = _(FEELING_PHRASES.get(feeling_key, FEELING_PHRASES["other"]))
    urge = _(URGE_PHRASES.get(urge_key, URGE_PHRASES["other"]))
    if brief:
        # TRANSLATORS: {trigger} is the person's own few words about what happened; {feeling}
        # and {urge} are the phrases marked "completes you're feeling" and "part of you wants to"
        return _(
            "Something happened (“{trigger}”), you're feeling {feeling}, and part of you "
            "wants to {urge} — that's your alarm system, not a verdict."
        ).format(trigger=brief, feeling=feeling, urge=urge)
    # TRANSLATORS: {feeling} and {urge} are the phrases marked "completes you're feeling" and
    # "part of you wants to"
    return _(
        "Something happened, you're feeling {feeling}, and part of you wants to {urge} — "
        "that's your alarm system, not a verdict."
    ).format(feeling=feeling, urge=urge)


def next_steps_offer() -> str:
    """After the reflected sentence: what next (with the `NEXT_STEPS` buttons)."""
    return _(
        "You named it instead of acting on it. That's the skill, right there. "
        "What would you like to do next?"
    )


#: (key, label msgid) for the next-step buttons.
NEXT_STEPS: tuple[tuple[str, str], ...] = (
    ("exercise", N_("🌬️ Calm my body first")),
    ("bid", N_("💬 Ask my partner for something directly")),
    ("share", N_("🤝 Share this naming with my partner")),
)


def next_steps_unpaired() -> str:
    """After the reflected sentence, for someone not paired yet."""
    # TRANSLATORS: keep /pair as it is
    return _(
        "Asking your partner directly and sharing this work once you're paired (/pair). "
        "For now, a calming exercise is one tap away."
    )


def share_sent() -> str:
    """The naming went to the partner."""
    return _(
        "Sent. Telling them what's going on, rather than acting it out, gives them an easy "
        "way to come closer."
    )


def shared_naming(first_name: str, sentence: str) -> str:
    """What the partner receives: an invitation in, not an alarm.

    `sentence` is the output of `reflect` (already valid HTML); `first_name` is raw.
    """
    # TRANSLATORS: {name} is the partner who shared; {sentence} is the sentence Steady
    # reflected back to them ("Something happened …, you're feeling …")
    return _(
        "<b>{name}</b> just stopped to name a hard moment instead of acting on it, "
        "and wanted you to see it. Here's the moment as Steady reflected it back to them:\n\n"
        "<i>{sentence}</i>\n\n"
        "It isn't an emergency, and it isn't a complaint about you. Nothing needs fixing. "
        "A short, warm reply is plenty, even just “Thanks for telling me. I'm here.”"
    ).format(name=esc(first_name), sentence=sentence)
