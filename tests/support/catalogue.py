"""What keeps a translation honest, as a list of problems (empty: the file is fine).

A translated entry must say something (no empty or fuzzy entries: an unreviewed guess is
never shown, so it would silently be English), keep every `{placeholder}` by name, every
HTML tag, every /command and findahelpline.com, and have each plural form the language
needs. The template must hold exactly the strings the code marks today.
"""

from __future__ import annotations

import ast
import re
from collections import Counter
from io import BytesIO
from pathlib import Path

from babel.messages.catalog import Catalog, Message
from babel.messages.extract import extract_from_dir
from babel.messages.plurals import get_plural
from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parents[2]
#: The same keywords scripts/catalogue passes to pybabel.
KEYWORDS = {
    "_": None,
    "gettext": None,
    "ngettext": (1, 2),
    "pgettext": ((1, "c"), 2),
    "N_": None,
}
_PLACEHOLDER = re.compile(r"\{(\w*)\}")
_TAG = re.compile(r"</?(?:b|i|code|a)\b[^>]*>")
_COMMAND = re.compile(r"(?<![\w/])/[a-z_]+\b")
_KEPT_WORDS = ("findahelpline.com",)


def placeholders(text: str) -> Counter[str]:
    """The named placeholders in a string ({{ and }} are literal braces)."""
    return Counter(_PLACEHOLDER.findall(text.replace("{{", "").replace("}}", "")))


def tags(text: str) -> Counter[str]:
    """The HTML tags in a string, by name and direction."""
    return Counter(re.sub(r"\s.*", ">", tag) for tag in _TAG.findall(text))


def commands(text: str) -> Counter[str]:
    """The /commands a string names."""
    return Counter(_COMMAND.findall(text))


def read(path: Path, locale: str | None = None) -> Catalog:
    """A .po or .pot file."""
    with path.open("rb") as source:
        return read_po(source, locale=locale)


def read_text(text: str, locale: str | None = None) -> Catalog:
    """A catalogue given as text (for tests of the checks themselves)."""
    return read_po(BytesIO(text.encode()), locale=locale)


def _forms(message: Message) -> tuple[tuple[str, ...], tuple[str, ...]]:
    ids = message.id if isinstance(message.id, tuple) else (message.id,)
    strings = message.string if isinstance(message.string, tuple) else (message.string,)
    return tuple(ids), tuple(s or "" for s in strings)


def entry_problems(message: Message, plurals: int) -> list[str]:
    """What is wrong with one translated entry."""
    ids, strings = _forms(message)
    where = repr(ids[0][:60])
    problems: list[str] = []
    if message.fuzzy:
        problems.append(f"{where}: fuzzy (review it, then remove the flag)")
    wanted = plurals if len(ids) > 1 else 1
    if len(strings) != wanted:
        problems.append(f"{where}: {len(strings)} forms, the language needs {wanted}")
    for index, string in enumerate(strings):
        if not string.strip():
            problems.append(f"{where}: form {index} is not translated")
            continue
        source = ids[min(index, len(ids) - 1)]
        # The same names; a translation may say one twice or once where English repeats it.
        if set(placeholders(string)) != set(placeholders(source)):
            problems.append(
                f"{where}: placeholders {sorted(placeholders(string))} in form {index}, "
                f"the English has {sorted(placeholders(source))}"
            )
        if tags(string) != tags(source):
            problems.append(f"{where}: HTML tags differ in form {index}")
        if commands(string) != commands(source):
            problems.append(f"{where}: /commands differ in form {index}")
        for word in _KEPT_WORDS:
            if word in source and word not in string:
                problems.append(f"{where}: {word} is missing in form {index}")
    return problems


def catalogue_problems(po: Catalog, template: Catalog, locale: str) -> list[str]:
    """Everything wrong with one language's catalogue against the template."""
    problems: list[str] = []
    plurals, _ = get_plural(locale)
    if po.num_plurals != plurals:
        problems.append(f"header: {po.num_plurals} plural forms, {locale} has {plurals}")
    wanted = {m.id for m in template if m.id}
    have = {m.id for m in po if m.id}
    for missing in sorted(map(str, wanted - have)):
        problems.append(f"missing from the catalogue: {missing[:60]!r}")
    for extra in sorted(map(str, have - wanted)):
        problems.append(f"not in the template any more: {extra[:60]!r}")
    for message in po:
        if message.id and message.id in wanted:
            problems.extend(entry_problems(message, plurals))
    return problems


def marked_in_code() -> set[str | tuple[str, ...]]:
    """Every msgid the code marks today (singular, or (singular, plural)), with context."""
    found: set[str | tuple[str, ...]] = set()
    for package in ("bot", "domain", "jobs"):
        for _file, _line, message, _comments, context in extract_from_dir(
            ROOT / package,
            method_map=[("**.py", "python")],
            keywords=KEYWORDS,
            comment_tags=("TRANSLATORS:",),
        ):
            key = message if isinstance(message, str) else tuple(m for m in message if m)
            found.add(key if context is None else (f"{context}\x04", *_as_tuple(key)))
    return found


def template_ids(template: Catalog) -> set[str | tuple[str, ...]]:
    """The template's msgids in the same shape as `marked_in_code`."""
    ids: set[str | tuple[str, ...]] = set()
    for message in template:
        if not message.id:
            continue
        key: str | tuple[str, ...] = (
            message.id if isinstance(message.id, str) else tuple(message.id)
        )
        ids.add(key if message.context is None else (f"{message.context}\x04", *_as_tuple(key)))
    return ids


def _as_tuple(key: str | tuple[str, ...]) -> tuple[str, ...]:
    return (key,) if isinstance(key, str) else key


_GETTEXT_CALLS = {"_", "N_", "ngettext", "pgettext"}


def stray_literals(path: Path) -> list[tuple[int, str]]:
    """String literals of two or more words in `path` that are neither a docstring nor
    inside a gettext call: in a module of user-facing text, each is an English sentence
    that would reach a reader untranslated."""
    tree = ast.parse(path.read_text())
    parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
    docstrings = {
        node.body[0].value
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Constant) or not isinstance(node.value, str):
            continue
        if node in docstrings or " " not in node.value.strip():
            continue
        if len(re.findall(r"[^\W\d_]{2,}", node.value)) < 2:
            continue
        if not _inside_gettext(node, parents) and not _in_a_log_line(node, parents):
            found.append((node.lineno, node.value))
    return found


def _inside_gettext(node: ast.AST, parents: dict[ast.AST, ast.AST]) -> bool:
    parent = parents.get(node)
    while parent is not None and not isinstance(parent, ast.stmt):
        if isinstance(parent, ast.Call):
            func = parent.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
            if name in _GETTEXT_CALLS:
                return True
        parent = parents.get(parent)
    return False


def _in_a_log_line(node: ast.AST, parents: dict[ast.AST, ast.AST]) -> bool:
    """Operators read log lines, in English."""
    parent = parents.get(node)
    if not isinstance(parent, ast.Call) or not isinstance(parent.func, ast.Attribute):
        return False
    owner = parent.func.value
    return isinstance(owner, ast.Name) and owner.id in ("log", "logger")
