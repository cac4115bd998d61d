"""Every message of every language, rendered with realistic values: within Telegram's
limits, valid HTML in the subset Telegram accepts, and every value placed.

Placeholders are filled by name from `SAMPLES` (long but realistic values: a full-length
name, a promise at the length the bot accepts); a new placeholder name has to be added
there, so nothing escapes these checks.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest
from babel.messages.catalog import Message

from domain.i18n import LOCALES_DIR, SHIPPED, SOURCE, po_path
from tests.support.catalogue import placeholders, read

TEXT_LIMIT = 4096  # sendMessage text, in UTF-16 code units
BUTTON_LIMIT = 64  # what a phone shows of a button before it cuts the label
TELEGRAM_TAGS = {"b", "i", "u", "s", "code", "pre", "a", "tg-spoiler"}

#: Realistic values by placeholder name; already escaped, as the code passes them.
SAMPLES: dict[str, str] = {
    # people and their own words (the longest a relay carries: 1,000 characters)
    "name": "Alexandrina-Maximiliane",
    "text": ("call you after the late shift &amp; talk about the weekend, " * 17)[:1000],
    "trigger": "no reply since lunch &amp; the phone on silent…",
    "given": "klingon",
    "requested": "&lt;dance&gt;",
    "command": "/dance",
    "example": "<code>/promise 18:30 call you</code>",
    # times, dates, counts and places
    "time": "23:45",
    "when": "Mo., 14. Sept. 23:45",
    "before": "Mo., 14. Sept. 23:35",
    "at": "Mo., 14. Sept. 23:45",
    "start": "22:30",
    "end": "07:00",
    "times": "08:30, 12:15, 18:00, 21:45",
    "day": "Wednesday",
    "days": "Wednesdays",
    "minutes": "30",
    "hours": "48",
    "count": "12",
    "on_time": "10",
    "part": "2",
    "number": "800 911 2000",
    "total": "6",
    "zone": "America/Argentina/Buenos_Aires",
    "url": "https://findahelpline.com/countries/de",
    "link": "https://t.me/SteadyCouplesBot?start=ABCD2345EFGH6789",
    "code": "ABCD2345EFGH6789",
    "language": "Português (Brasil)",
    # pieces of other messages, filled in by the code
    "not_therapy": "<i>" + "Steady is not therapy and not an emergency service. " * 6 + "</i>",
    "next_steps": "You can pair again with /pair whenever you like. " * 3,
    "pair_step": "/pair — get an invite link to send your partner.",
    "sentence": "Something happened, you're feeling alone, and part of you wants to "
    "check your phone again — that's your alarm system, not a verdict.",
    "feeling": "alone, like nobody is there",
    "urge": "check the phone again and again",
    "choices": "breathe, ground, move, self-talk, write",
    "role": "I want to offer steady reassurance",
    # /settings lines and /stats figures
    "prompts": "08:30, 12:15, 18:00, 21:45",
    "checkin": "21:00",
    "practice": "Wednesdays 18:00",
    "quiet": "22:30–07:00",
    "pause": "until 2026-12-24 18:00",
    "pairing": "paired with Alexandrina-Maximiliane (/unpair)",
    "users": "100000",
    "reachable": "99000",
    "pairs": "50000",
    "sent": "400000",
    "failed": "12",
    "exercises": "3000",
}


class _TelegramHTML(HTMLParser):
    """Telegram's HTML subset: known tags only, properly nested, no stray '<' or '&'."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.open: list[str] = []
        self.problems: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in TELEGRAM_TAGS:
            self.problems.append(f"<{tag}> is not a tag Telegram accepts")
        self.open.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.open or self.open.pop() != tag:
            self.problems.append(f"</{tag}> closes nothing open")

    def handle_data(self, data: str) -> None:
        if "<" in data or ">" in data:
            self.problems.append("a bare < or > (escape it)")

    def handle_entityref(self, name: str) -> None:
        if name not in ("lt", "gt", "amp", "quot"):
            self.problems.append(f"&{name}; is not an entity Telegram knows")


def html_problems(text: str) -> list[str]:
    """What Telegram would refuse in `text` (parse mode HTML)."""
    if re.search(r"&(?!(?:lt|gt|amp|quot|#\d+|#x[0-9a-fA-F]+);)", text):
        return ["a bare & (write &amp;)"]
    parser = _TelegramHTML()
    parser.feed(text)
    parser.close()
    if parser.open:
        parser.problems.append(f"unclosed {parser.open}")
    return parser.problems


def utf16_len(text: str) -> int:
    """Telegram counts UTF-16 code units, so an emoji can cost two."""
    return len(text.encode("utf-16-le")) // 2


def _entries(locale: str) -> list[tuple[str, str, Message]]:
    """(msgid, the string to render, the entry) for each form of every message."""
    source = LOCALES_DIR / "steady.pot" if locale == SOURCE else po_path(locale)
    catalog = read(source, None if locale == SOURCE else locale)
    out = []
    for message in catalog:
        if not message.id:
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        if locale == SOURCE:
            strings = ids
        for index, string in enumerate(strings):
            out.append((ids[min(index, len(ids) - 1)], string or "", message))
    return out


@pytest.mark.parametrize("locale", SHIPPED)
def test_every_message_renders_within_limits_as_valid_html(locale: str) -> None:
    problems: list[str] = []
    for msgid, string, message in _entries(locale):
        names = placeholders(string)
        missing = [name for name in names if name not in SAMPLES]
        if missing:
            problems.append(f"{msgid[:50]!r}: add SAMPLES for {missing}")
            continue
        values = {name: SAMPLES[name] for name in names}
        rendered = string.format(**values) if names or "{{" in string else string
        for name, value in values.items():
            if value not in rendered:
                problems.append(f"{msgid[:50]!r}: {{{name}}} was not placed")
        if utf16_len(rendered) > TEXT_LIMIT:
            problems.append(f"{msgid[:50]!r}: {utf16_len(rendered)} units, over {TEXT_LIMIT}")
        if message.context == "button" and utf16_len(rendered) > BUTTON_LIMIT:
            problems.append(f"{msgid[:50]!r}: a {utf16_len(rendered)}-unit button label")
        problems.extend(f"{msgid[:50]!r}: {p}" for p in html_problems(rendered))
    assert problems == [], "\n".join(problems[:40])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("<b>ok</b> &amp; fine", []),
        ("<b>open", ["unclosed ['b']"]),
        ("Q&A", ["a bare & (write &amp;)"]),
        ("<div>x</div>", ["<div> is not a tag Telegram accepts"]),
        ("<b><i>x</b></i>", ["</b> closes nothing open", "</i> closes nothing open"]),
    ],
)
def test_the_html_check_itself(text: str, expected: list[str]) -> None:
    assert html_problems(text) == expected
