"""/bid: a clear, direct ask instead of a protest, and an easy way to answer it."""

from __future__ import annotations

from dataclasses import dataclass

from domain.content import esc, pick


@dataclass(frozen=True)
class BidTemplate:
    """A ready-made direct bid: `label` fits a button, `text` is what the partner reads."""

    key: str
    label: str
    text: str


BID_TEMPLATES: tuple[BidTemplate, ...] = (
    BidTemplate(
        "hard_day",
        "Rough day: you to myself tonight?",
        "Rough day here. Could I have you to myself for twenty minutes tonight?",
    ),
    BidTemplate(
        "spin",
        "We're spinning: ten minutes together?",
        "I can feel us starting to spin each other up. Can we take ten minutes together tonight?",
    ),
    BidTemplate(
        "loop",
        "Break our loop: sit with me tonight?",
        "When I reach harder and you need more room, we both end up lonelier. Could we just "
        "sit together for a bit tonight?",
    ),
    BidTemplate(
        "hug",
        "A long hug when you're home?",
        "I'm feeling a bit wobbly. Could I have a long hug when you get home?",
    ),
    BidTemplate(
        "voice",
        "Five minutes on the phone?",
        "I'd really like to hear your voice. Could you call me for five minutes when you're free?",
    ),
    BidTemplate(
        "kind_word",
        "My worry's loud: one kind word?",
        "My worry is loud right now, and I think a lot of it is old stuff. One kind word from "
        "you would help.",
    ),
    BidTemplate(
        "restart",
        "I started a fight. Start over?",
        "Earlier I started an argument when what I really wanted was to be close to you. Can "
        "we start again?",
    ),
    BidTemplate(
        "plan",
        "An evening just for us this week?",
        "I miss you. Can we plan one evening this week that's only for the two of us?",
    ),
)

BID_TEMPLATES_BY_KEY: dict[str, BidTemplate] = {t.key: t for t in BID_TEMPLATES}

BID_INTRO = (
    "What would you like to ask for? Pick a starting point or write your own.\n\n"
    "<i>Saying exactly what you'd like gives them something they can actually do.</i>"
)
BID_OWN_LABEL = "✍️ Write my own"
BID_OWN_PROMPT = (
    "Write it in your own words. It helps to say what you'd like and when, e.g. "
    "“Can we have dinner tonight without our phones?”"
)

BID_SEND_LABEL = "Send it"
BID_CHANGE_LABEL = "Change it"
BID_CANCEL_LABEL = "Not now"


def bid_preview(text: str) -> str:
    """Shown to the sender before anything leaves: their words, and a last choice."""
    return f"Here's what your partner will get:\n\n“{esc(text)}”\n\nSend it?"


BID_SENT_NOTES: tuple[str, ...] = (
    "Sent. Saying plainly what you need takes more courage than hinting at it. "
    "I'll tell you as soon as they answer.",
    "Sent. That was the clear, brave way to ask. If the waiting gets loud, /calm is here.",
    "Sent. You asked instead of testing, and that's a real change. "
    "I'll pass their reply on as soon as it comes.",
)

BID_CANCELLED = "Okay, nothing was sent. You can come back to this any time with /bid."


def bid_for_partner(first_name: str, text: str) -> str:
    """What the partner receives, above the reply buttons."""
    return (
        f"<b>{esc(first_name)}</b> is asking you for something:\n\n“{esc(text)}”\n\n"
        "<i>A clear ask like this is a good sign. Any warm answer helps, even "
        "“not right now”.</i>"
    )


@dataclass(frozen=True)
class ReplyOption:
    """A partner's one-tap answer to a bid, and how it is relayed back to the bidder."""

    key: str
    label: str
    relays: tuple[str, ...]

    def relay(self, first_name: str, variant: int = 0) -> str:
        """The message the bidder gets; `first_name` is the partner's raw first name."""
        return pick(self.relays, variant).format(name=esc(first_name))


#: The partner's one-tap answers. Each relay says plainly what they chose and quotes
#: nothing they did not see: the bidder reads the label they tapped, never new words.
REPLY_OPTIONS: tuple[ReplyOption, ...] = (
    ReplyOption(
        "yes",
        "💛 Yes",
        (
            "<b>{name}</b> said yes to your ask. 💛",
            "<b>{name}</b> tapped “💛 Yes” to your ask.",
        ),
    ),
    ReplyOption(
        "later",
        "🕓 Later today",
        ("<b>{name}</b> answered your ask with “🕓 Later today” and is choosing a time now.",),
    ),
    ReplyOption(
        "tomorrow",
        "📅 Tomorrow",
        ("<b>{name}</b> answered your ask with “📅 Tomorrow” and is choosing a time now.",),
    ),
    ReplyOption(
        "loop",
        "🌀 We're in our loop. Pause with me?",
        (
            "<b>{name}</b> answered your ask with “🌀 We're in our loop. Pause with me?”\n\n"
            "<i>When one of you goes quiet and the other starts to worry, you can wind each "
            "other up. Naming it together is how you step out of it.</i>",
        ),
    ),
    ReplyOption(
        "own",
        "✍️ Write my own reply",
        ("<b>{name}</b> has written you an answer; it's coming next.",),
    ),
)

REPLY_OPTIONS_BY_KEY: dict[str, ReplyOption] = {o.key: o for o in REPLY_OPTIONS}

REPLY_OWN_PROMPT = "Write your answer. Even a “not now” lands softly when it comes with a when."


def own_reply(first_name: str, text: str) -> str:
    """The partner's own words relayed to the bidder."""
    return f"<b>{esc(first_name)}</b> answered your ask:\n\n“{esc(text)}”"


REPLY_SENT = "Sent. Answering at all, especially kindly, is what makes asking feel safe."
REPLY_TIME_TYPE_LABEL = "Type a time"
REPLY_TIME_TYPE_PROMPT = (
    "What time? Send it like <b>19:30</b>, or how long from now, like <b>3h</b>."
)
BID_PREVIEW_STALE = "That preview is out of date; the newest one is further down."


def reply_time_question(first_name: str, answer: str) -> str:
    """Asked of the answering partner after "later today" / "tomorrow"."""
    when = "today" if answer == "later" else "tomorrow"
    return (
        f"What time {when}? I'll remind you, and tell <b>{esc(first_name)}</b> the time "
        "so they aren't left wondering."
    )


def reply_time_label(clock: str) -> str:
    """A time button under that question."""
    return f"🕓 {clock}"


def bid_planned_for_bidder(first_name: str, when: str) -> str:
    """To the bidder once the time is set; `when` in the bidder's zone."""
    return (
        f"<b>{esc(first_name)}</b> set a time for your ask: <b>{esc(when)}</b>. "
        "I'll remind them, and you'll hear how it went."
    )
