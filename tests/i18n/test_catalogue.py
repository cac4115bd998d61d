"""The catalogue stays honest: the template holds what the code marks, every language
translates all of it (no fuzzy guesses, every plural form), and nothing a message needs
is lost in translation. The checks themselves are shown to fail on broken entries."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from domain.i18n import LOCALES_DIR, SHIPPED, SOURCE, po_path, translations
from tests.support.catalogue import (
    ROOT,
    catalogue_problems,
    marked_in_code,
    read,
    read_text,
    stray_literals,
    template_ids,
)

TEMPLATE = LOCALES_DIR / "steady.pot"
TRANSLATED = [locale for locale in SHIPPED if locale != SOURCE]


def test_the_template_holds_exactly_what_the_code_marks() -> None:
    in_code, in_template = marked_in_code(), template_ids(read(TEMPLATE))
    assert in_code - in_template == set(), "run scripts/catalogue extract"
    assert in_template - in_code == set(), "run scripts/catalogue extract"


@pytest.mark.parametrize("locale", TRANSLATED)
def test_every_language_translates_everything_faithfully(locale: str) -> None:
    problems = catalogue_problems(read(po_path(locale), locale), read(TEMPLATE), locale)
    assert problems == [], "\n".join(problems[:40])


@pytest.mark.parametrize("locale", TRANSLATED)
def test_msgfmt_accepts_each_catalogue(locale: str) -> None:
    if shutil.which("msgfmt") is None:
        pytest.skip("msgfmt (GNU gettext) is not installed")
    done = subprocess.run(
        ["msgfmt", "-c", "-o", "/dev/null", str(po_path(locale))],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr


@pytest.mark.parametrize("locale", TRANSLATED)
def test_each_catalogue_compiles_and_is_used(locale: str) -> None:
    compiled = translations(locale)
    assert compiled.gettext("tomorrow {time}") != "tomorrow {time}"


_RUSSIAN_PLURALS = (
    "nplurals=3; plural=n % 10 == 1 && n % 100 != 11 ? 0 : "
    "n % 10 >= 2 && n % 10 <= 4 && (n % 100 < 12 || n % 100 > 14) ? 1 : 2;"
)
_HEADER = f"""msgid ""
msgstr ""
"Content-Type: text/plain; charset=utf-8\\n"
"Plural-Forms: {_RUSSIAN_PLURALS}\\n"

"""
_TEMPLATE = read_text(
    _HEADER
    + """#, python-brace-format
msgid "Hi {name}, see /calm at <b>{time}</b>."
msgstr ""

#, python-brace-format
msgid "{count} promise kept"
msgid_plural "{count} promises kept"
msgstr[0] ""
msgstr[1] ""
"""
)
_GOOD = """#, python-brace-format
msgid "Hi {name}, see /calm at <b>{time}</b>."
msgstr "Привет, {name}, загляни в /calm в <b>{time}</b>."

#, python-brace-format
msgid "{count} promise kept"
msgid_plural "{count} promises kept"
msgstr[0] "{count} обещание сдержано"
msgstr[1] "{count} обещания сдержаны"
msgstr[2] "{count} обещаний сдержано"
"""


def _problems(body: str) -> list[str]:
    return catalogue_problems(read_text(_HEADER + body, "ru"), _TEMPLATE, "ru")


def test_a_faithful_catalogue_passes() -> None:
    assert _problems(_GOOD) == []


@pytest.mark.parametrize(
    ("broken", "expected"),
    [
        (_GOOD.replace("Привет, {name}", "Привет, {имя}"), "placeholders"),
        (_GOOD.replace("в <b>{time}</b>", "в {time}"), "HTML tags"),
        (_GOOD.replace("загляни в /calm", "загляни в /спокойно"), "/commands"),
        (_GOOD.replace('msgstr[2] "{count} обещаний сдержано"\n', ""), "form 2"),
        (
            _GOOD.replace('msgstr "Привет, {name}, загляни в /calm в <b>{time}</b>."', 'msgstr ""'),
            "not translated",
        ),
        ("#, fuzzy\n" + _GOOD, "fuzzy"),
        (_GOOD.split("\n\n")[1], "missing"),
    ],
)
def test_the_checks_catch_a_broken_entry(broken: str, expected: str) -> None:
    problems = _problems(broken)
    assert any(expected in problem for problem in problems), problems


#: Modules whose strings a person reads: every sentence in them is in the catalogue.
USER_FACING = [
    ROOT / "bot" / "texts.py",
    ROOT / "bot" / "scheduled.py",
    ROOT / "bot" / "keyboards.py",
    ROOT / "bot" / "pacer.py",
    ROOT / "bot" / "menus.py",
    *sorted((ROOT / "domain" / "content").glob("*.py")),
]
#: Literals there that are not text for a reader (data values compared, error messages).
NOT_FOR_READERS = {"call or text", "no options to pick from"}


@pytest.mark.parametrize("path", USER_FACING, ids=lambda p: p.name)
def test_no_sentence_escapes_the_catalogue(path: Path) -> None:
    stray = [(line, text) for line, text in stray_literals(path) if text not in NOT_FOR_READERS]
    assert stray == []


def test_the_stray_sentence_check_finds_one(tmp_path: Path) -> None:
    module = tmp_path / "texts.py"
    module.write_text(
        '"""Doc string here."""\n'
        "def hello(name):\n"
        '    """Says hi to someone."""\n'
        '    return _("Hi {name}, welcome back.").format(name=name) + " See you soon."\n'
    )
    assert stray_literals(module) == [(4, " See you soon.")]
