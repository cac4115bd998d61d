"""/bid: a clear, direct ask instead of a protest, and an easy way to answer it.

Templates and reply options hold English msgids; their `label`, `text` and `relay` speak
the current language, as do the functions."""

from __future__ import annotations

from dataclasses import dataclass

from domain.content import esc, pick
from domain.i18n import N_, _, pgettext


@dataclass(frozen=True)
class BidTemplate:
    """A ready-made direct bid: `label` fits a button, `text` is what the partner reads
    (both in the current language; the fields hold the English msgids)."""

    key: str
    _label: str
    _text: str

    @property
    def label(self) -> str:
        """The button, in the current language."""
        return _(self._label)

    @property
    def text(self) -> str:
        """The ask itself, in the current language."""
        return _(self._text)


BID_TEMPLATES: tuple[BidTemplate, ...] = (
    BidTemplate(
        "hard_day",
        N_("Rough day: you to myself tonight?"),
        N_("Rough day here. Could I have you to myself for twenty minutes tonight?"),
    ),
    BidTemplate(
        "spin",
        N_("We're spinning: ten minutes together?"),
        N_(
            "I can feel us starting to spin each other up. Can we take ten minutes together "
            "tonight?"
        ),
    ),
    BidTemplate(
        "loop",
        N_("Break our loop: sit with me tonight?"),
        N_(
            "When I reach harder and you need more room, we both end up lonelier. Could we just "
            "sit together for a bit tonight?"
        ),
    ),
    BidTemplate(
        "hug",
        N_("A long hug when you're home?"),
        N_("I'm feeling a bit wobbly. Could I have a long hug when you get home?"),
    ),
    BidTemplate(
        "voice",
        N_("Five minutes on the phone?"),
        N_(
            "I'd really like to hear your voice. Could you call me for five minutes when "
            "you're free?"
        ),
    ),
    BidTemplate(
        "kind_word",
        N_("My worry's loud: one kind word?"),
        N_(
            "My worry is loud right now, and I think a lot of it is old stuff. One kind word from "
            "you would help."
        ),
    ),
    BidTemplate(
        "restart",
        N_("I started a fight. Start over?"),
        N_(
            "Earlier I started an argument when what I really wanted was to be close to you. Can "
            "we start again?"
        ),
    ),
    BidTemplate(
        "plan",
        N_("An evening just for us this week?"),
        N_("I miss you. Can we plan one evening this week that's only for the two of us?"),
    ),
)

BID_TEMPLATES_BY_KEY: dict[str, BidTemplate] = {t.key: t for t in BID_TEMPLATES}


def bid_intro() -> str:
    """/bid's opening, above the templates."""
    return _(
        "What would you like to ask for? Pick a starting point or write your own.\n\n"
        "<i>Saying exactly what you'd like gives them something they can actually do.</i>"
    )


def bid_own_label() -> str:
    """The button under the templates, for an ask in one's own words."""
    return _("✍️ Write my own")


def bid_own_prompt() -> str:
    """Asked after that button."""
    return _(
        "Write it in your own words. It helps to say what you'd like and when, e.g. "
        "“Can we have dinner tonight without our phones?”"
    )


def bid_send_label() -> str:
    """The preview's button that sends the ask."""
    return pgettext("button", "Send it")


def bid_change_label() -> str:
    """The preview's button for choosing or writing again."""
    return pgettext("button", "Change it")


def bid_cancel_label() -> str:
    """The preview's button that sends nothing."""
    return pgettext("button", "Not now")


def bid_preview(text: str) -> str:
    """Shown to the sender before anything leaves: their words, and a last choice."""
    return _("Here's what your partner will get:\n\n“{text}”\n\nSend it?").format(text=esc(text))


BID_SENT_NOTES: tuple[str, ...] = (
    N_(
        "Sent. Saying plainly what you need takes more courage than hinting at it. "
        "I'll tell you as soon as they answer."
    ),
    # TRANSLATORS: keep /calm as it is.
    N_("Sent. That was the clear, brave way to ask. If the waiting gets loud, /calm is here."),
    N_(
        "Sent. You asked instead of testing, and that's a real change. "
        "I'll pass their reply on as soon as it comes."
    ),
)


def bid_cancelled() -> str:
    """After "Not now" on the preview."""
    # TRANSLATORS: keep /bid as it is.
    return _("Okay, nothing was sent. You can come back to this any time with /bid.")


def bid_for_partner(first_name: str, text: str) -> str:
    """What the partner receives, above the reply buttons."""
    # TRANSLATORS: {text} is the ask, in the sender's own words.
    return _(
        "<b>{name}</b> is asking you for something:\n\n“{text}”\n\n"
        "<i>A clear ask like this is a good sign. Any warm answer helps, even "
        "“not right now”.</i>"
    ).format(name=esc(first_name), text=esc(text))


@dataclass(frozen=True)
class ReplyOption:
    """A partner's one-tap answer to a bid, and how it is relayed back to the bidder."""

    key: str
    _label: str
    relays: tuple[str, ...]  # msgids: `relay` translates them

    @property
    def label(self) -> str:
        """The button, in the current language."""
        return _(self._label)

    def relay(self, first_name: str, variant: int = 0) -> str:
        """The message the bidder gets (in the current language: the bidder's, so the label
        it quotes is the one they read); `first_name` is the partner's raw first name."""
        return _(pick(self.relays, variant)).format(name=esc(first_name))


#: The partner's one-tap answers. Each relay says plainly what they chose and quotes
#: nothing they did not see: the bidder reads the label they tapped, never new words.
REPLY_OPTIONS: tuple[ReplyOption, ...] = (
    ReplyOption(
        "yes",
        N_("💛 Yes"),
        (
            N_("<b>{name}</b> said yes to your ask. 💛"),
            # TRANSLATORS: quote the button “💛 Yes” exactly as it is translated.
            N_("<b>{name}</b> tapped “💛 Yes” to your ask."),
        ),
    ),
    ReplyOption(
        "later",
        N_("🕓 Later today"),
        (
            # TRANSLATORS: quote the button “🕓 Later today” exactly as it is translated.
            N_("<b>{name}</b> answered your ask with “🕓 Later today” and is choosing a time now."),
        ),
    ),
    ReplyOption(
        "tomorrow",
        N_("📅 Tomorrow"),
        (
            # TRANSLATORS: quote the button “📅 Tomorrow” exactly as it is translated.
            N_("<b>{name}</b> answered your ask with “📅 Tomorrow” and is choosing a time now."),
        ),
    ),
    ReplyOption(
        "loop",
        N_("🌀 We're in our loop. Pause with me?"),
        (
            # TRANSLATORS: quote the button “🌀 We're in our loop. Pause with me?” exactly as
            # it is translated.
            N_(
                "<b>{name}</b> answered your ask with “🌀 We're in our loop. Pause with me?”\n\n"
                "<i>When one of you goes quiet and the other starts to worry, you can wind each "
                "other up. Naming it together is how you step out of it.</i>"
            ),
        ),
    ),
    ReplyOption(
        "own",
        N_("✍️ Write my own reply"),
        (N_("<b>{name}</b> has written you an answer; it's coming next."),),
    ),
)

REPLY_OPTIONS_BY_KEY: dict[str, ReplyOption] = {o.key: o for o in REPLY_OPTIONS}


def reply_own_prompt() -> str:
    """Asked of the partner after "Write my own reply"."""
    return _("Write your answer. Even a “not now” lands softly when it comes with a when.")


def own_reply(first_name: str, text: str) -> str:
    """The partner's own words relayed to the bidder."""
    return _("<b>{name}</b> answered your ask:\n\n“{text}”").format(
        name=esc(first_name), text=esc(text)
    )


def reply_sent() -> str:
    """Told to the answering partner once their answer is on its way."""
    return _("Sent. Answering at all, especially kindly, is what makes asking feel safe.")


def reply_time_type_label() -> str:
    """The button for typing the time instead of choosing one."""
    return _("Type a time")


def reply_time_type_prompt() -> str:
    """Asked after that button."""
    # TRANSLATORS: 3h is a duration in hours as the user may type it; keep it as it is.
    return _("What time? Send it like <b>19:30</b>, or how long from now, like <b>3h</b>.")


def bid_preview_stale() -> str:
    """A tap on an older preview's button (a callback answer)."""
    return _("That preview is out of date; the newest one is further down.")


def reply_time_question(first_name: str, answer: str) -> str:
    """Asked of the answering partner after "later today" / "tomorrow"."""
    if answer == "later":
        question = _(
            "What time today? I'll remind you, and tell <b>{name}</b> the time "
            "so they aren't left wondering."
        )
    else:
        question = _(
            "What time tomorrow? I'll remind you, and tell <b>{name}</b> the time "
            "so they aren't left wondering."
        )
    return question.format(name=esc(first_name))


def reply_time_label(clock: str) -> str:
    """A time button under that question."""
    return f"🕓 {clock}"


def bid_planned_for_bidder(first_name: str, when: str) -> str:
    """To the bidder once the time is set; `when` in the bidder's zone."""
    return _(
        "<b>{name}</b> set a time for your ask: <b>{when}</b>. "
        "I'll remind them, and you'll hear how it went."
    ).format(name=esc(first_name), when=esc(when))
