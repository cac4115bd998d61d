"""Validate Bot API requests against the official machine-readable spec (api.json).

Why: the fake server must reject exactly what real Telegram rejects, so that a
bot passing the end-to-end tests does not then fail in production with
``400 Bad Request``. Everything here is derived from the spec file where
possible (field lists, types, "1-64 bytes"-style limits in descriptions);
the formatting (HTML / MarkdownV2) rules come from the Bot API docs.
"""

from __future__ import annotations

import functools
import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

#: The copy shipped with the package (Bot API 10.1, MIT, from
#: PaulSonOfLars/telegram-bot-api-spec; API_SPEC_README.md beside it), so the demo and the
#: tests work from a fresh clone. tests/fakebot_selftest checks it against the shared one.
VENDORED_SPEC = Path(__file__).resolve().with_name("api.json")


def _find_spec() -> Path:
    """api.json from FAKEBOT_API_SPEC, else the copy vendored beside this module."""
    explicit = os.environ.get("FAKEBOT_API_SPEC")
    return Path(explicit) if explicit else VENDORED_SPEC


SPEC_PATH = _find_spec()

#: Values of ``parse_mode`` Telegram accepts (case-insensitive).
PARSE_MODES = {"html", "markdown", "markdownv2"}

_LIMIT_RE = re.compile(r"(\d+)-(\d+) (characters|bytes)")
_COMMAND_RE = re.compile(r"[a-z0-9_]+")
_INT_RE = re.compile(r"[+-]?\d+")
_FIXED_VALUE_RE = re.compile(r"(?:must be|always) \"?([a-z_]+)\"?$")


@dataclass(frozen=True)
class UploadedFile:
    """A file part of a multipart request; kept whole so tests can inspect it."""

    field_name: str
    filename: str
    content_type: str
    data: bytes = field(repr=False)


@functools.cache
def load_spec() -> dict[str, Any]:
    """Load api.json once per process (it is ~1 MB)."""
    with SPEC_PATH.open(encoding="utf-8") as fh:
        spec: dict[str, Any] = json.load(fh)
    return spec


@functools.cache
def _methods_by_lower() -> dict[str, str]:
    return {name.lower(): name for name in load_spec()["methods"]}


def canonical_method(name: str) -> str | None:
    """Return the spec's spelling of a method; Telegram matches names case-insensitively."""
    return _methods_by_lower().get(name.lower())


def method_fields(method: str) -> dict[str, dict[str, Any]]:
    """Fields of a method keyed by name (empty for methods without parameters)."""
    return {f["name"]: f for f in load_spec()["methods"][method].get("fields", [])}


@functools.cache
def _inline_button_action_fields() -> frozenset[str]:
    """Which InlineKeyboardButton fields count as its single 'action' (from the description)."""
    btn = load_spec()["types"]["InlineKeyboardButton"]
    names = {f["name"] for f in btn["fields"]}
    desc = " ".join(btn.get("description", []))
    m = re.search(r"other than (.+?) must be used", desc)
    passive = set(re.findall(r"[a-z_]+", m.group(1))) & names if m else set()
    passive |= {"text"}
    if not m:
        passive |= {"icon_custom_emoji_id", "style"}
    return frozenset(names - passive)


# --------------------------------------------------------------------------------------
# Formatting: HTML
# --------------------------------------------------------------------------------------

#: Tag -> entity type. ``span`` is only allowed with class="tg-spoiler".
HTML_TAGS: dict[str, str] = {
    "b": "bold",
    "strong": "bold",
    "i": "italic",
    "em": "italic",
    "u": "underline",
    "ins": "underline",
    "s": "strikethrough",
    "strike": "strikethrough",
    "del": "strikethrough",
    "span": "spoiler",
    "tg-spoiler": "spoiler",
    "a": "text_link",
    "tg-emoji": "custom_emoji",
    "code": "code",
    "pre": "pre",
    "blockquote": "blockquote",
}
_NAMED_ENTITIES = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}
_ENTITY_RE = re.compile(r"&(?:#(\d+)|#[xX]([0-9a-fA-F]+)|([A-Za-z][A-Za-z0-9]*));")
_TAG_RE = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9-]*)((?:\s[^<>]*)?)\s*/?>", re.DOTALL)
_ATTR_RE = re.compile(
    r"""([A-Za-z_:][-A-Za-z0-9_:.]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?"""
)


class FormattingError(ValueError):
    """Raised for text Telegram would answer with "can't parse entities"."""


@dataclass
class ParsedText:
    """Plain text the user sees plus the entities Telegram would report."""

    text: str
    entities: list[dict[str, Any]]


def utf16_len(text: str) -> int:
    """Telegram measures entity offsets/lengths in UTF-16 code units."""
    return len(text.encode("utf-16-le")) // 2


def _unescape(raw: str, where: int, *, strict: bool = True) -> str:
    """Resolve the entities Telegram supports; reject bare '&' and other named entities.

    Attribute values (``strict=False``) keep unknown '&' sequences literally, since
    URLs with query strings are routinely written that way and Telegram accepts them.
    """
    out: list[str] = []
    pos = 0
    while True:
        amp = raw.find("&", pos)
        if amp < 0:
            out.append(raw[pos:])
            return "".join(out)
        out.append(raw[pos:amp])
        m = _ENTITY_RE.match(raw, amp)
        if not strict and (not m or (m.group(3) and m.group(3) not in _NAMED_ENTITIES)):
            out.append("&")
            pos = amp + 1
            continue
        if not m:
            raise FormattingError(
                f"bare '&' at offset {where + amp} (write &amp;): {raw[amp : amp + 12]!r}"
            )
        dec, hexa, name = m.groups()
        if name is not None:
            if name not in _NAMED_ENTITIES:
                raise FormattingError(
                    f"unsupported named entity &{name}; at offset {where + amp} "
                    "(only &lt; &gt; &amp; &quot; and numeric references are allowed)"
                )
            out.append(_NAMED_ENTITIES[name])
        else:
            code = int(dec) if dec is not None else int(hexa, 16)
            if not 0 < code <= 0x10FFFF or 0xD800 <= code <= 0xDFFF:
                raise FormattingError(f"invalid character reference at offset {where + amp}")
            out.append(chr(code))
        pos = m.end()


def parse_html(text: str) -> ParsedText:
    """Parse Telegram-HTML strictly; raise FormattingError like Telegram's "can't parse"."""
    plain: list[str] = []
    plain_len = 0  # in UTF-16 units
    stack: list[tuple[str, int, dict[str, Any], int]] = []  # tag, start, entity, src offset
    entities: list[dict[str, Any]] = []
    pos = 0
    while pos <= len(text):
        lt = text.find("<", pos)
        chunk_end = len(text) if lt < 0 else lt
        if chunk_end > pos:
            chunk = _unescape(text[pos:chunk_end], pos)
            plain.append(chunk)
            plain_len += utf16_len(chunk)
        if lt < 0:
            break
        m = _TAG_RE.match(text, lt)
        if not m:
            raise FormattingError(
                f"bare '<' at offset {lt} (write &lt;) or malformed tag: {text[lt : lt + 20]!r}"
            )
        closing, name, attr_src = m.group(1) == "/", m.group(2).lower(), m.group(3)
        if name not in HTML_TAGS:
            raise FormattingError(
                f'unsupported {"end" if closing else "start"} tag "{name}" at offset {lt}'
            )
        if closing:
            if not stack:
                raise FormattingError(f'unexpected end tag "{name}" at offset {lt}')
            open_name, start, opened, src = stack.pop()
            if open_name != name:
                raise FormattingError(
                    f'end tag "{name}" at offset {lt} does not match open tag "{open_name}" '
                    f"from offset {src}"
                )
            length = plain_len - start
            if opened and length > 0:
                opened.update(offset=start, length=length)
                entities.append(opened)
        else:
            attrs = {
                a.group(1).lower(): _unescape(
                    next((v for v in a.groups()[1:] if v is not None), ""), lt, strict=False
                )
                for a in _ATTR_RE.finditer(attr_src or "")
            }
            open_names = [s[0] for s in stack]
            if "code" in open_names or ("pre" in open_names and name != "code"):
                raise FormattingError(
                    f'tag "{name}" at offset {lt} is inside <code>/<pre>, '
                    "which cannot contain other entities"
                )
            if name == "a" and "a" in open_names:
                raise FormattingError(f"nested <a> at offset {lt}")
            if name == "blockquote" and "blockquote" in open_names:
                raise FormattingError(f"nested <blockquote> at offset {lt}")
            entity: dict[str, Any] = {"type": HTML_TAGS[name]}
            if name == "span" and attrs.get("class") != "tg-spoiler":
                raise FormattingError(f'<span> at offset {lt} needs class="tg-spoiler"')
            if name == "a":
                if not attrs.get("href"):
                    raise FormattingError(f"<a> at offset {lt} has no href")
                entity["url"] = attrs["href"]
            if name == "tg-emoji":
                if not attrs.get("emoji-id"):
                    raise FormattingError(f"<tg-emoji> at offset {lt} has no emoji-id")
                entity["custom_emoji_id"] = attrs["emoji-id"]
            if name == "blockquote" and "expandable" in attrs:
                entity["type"] = "expandable_blockquote"
            if name == "code" and stack and stack[-1][0] == "pre":
                lang = attrs.get("class", "")
                if lang.startswith("language-"):
                    stack[-1][2]["language"] = lang.removeprefix("language-")
                entity = {}
            stack.append((name, plain_len, entity, lt))
        pos = m.end()
    if stack:
        name, _start, _entity, src = stack[-1]
        raise FormattingError(
            f'can\'t find end tag corresponding to start tag "{name}" (opened at offset {src})'
        )
    entities.sort(key=lambda e: (e["offset"], -e["length"]))
    return ParsedText("".join(plain), entities)


# --------------------------------------------------------------------------------------
# Formatting: MarkdownV2 (partial) and legacy Markdown (length only)
# --------------------------------------------------------------------------------------

_MDV2_ALWAYS_RESERVED = set(".!-#+={}")
_MDV2_MARKUP = set("*_~|`[]()>\\")


def parse_markdown_v2(text: str) -> ParsedText:
    """Approximate MarkdownV2: catches unescaped reserved characters; no entities reported.

    Why partial: the common production bug is an unescaped '.', '!' or '-' and
    that check has no false positives; a full parser is not worth it here.
    """
    out: list[str] = []
    i, n = 0, len(text)
    in_code = in_pre = in_url = False
    while i < n:
        ch = text[i]
        if ch == "\\":
            if i + 1 >= n:
                raise FormattingError("trailing '\\' at end of text")
            out.append(text[i + 1])
            i += 2
            continue
        if text.startswith("```", i) and not in_code and not in_url:
            in_pre = not in_pre
            i += 3
            if in_pre:  # optional language on the opening line
                nl = text.find("\n", i)
                if nl >= 0 and re.fullmatch(r"[\w+-]*", text[i:nl]):
                    i = nl + 1
            continue
        if in_pre:
            out.append(ch)
            i += 1
            continue
        if ch == "`" and not in_url:
            in_code = not in_code
            i += 1
            continue
        if in_code:
            out.append(ch)
            i += 1
            continue
        if in_url:
            if ch == ")":
                in_url = False
            i += 1
            continue
        if ch == "]" and text.startswith("](", i):
            in_url = True
            i += 2
            continue
        if ch in _MDV2_ALWAYS_RESERVED:
            raise FormattingError(
                f"character '{ch}' at offset {i} is reserved and must be escaped with "
                "the preceding '\\'"
            )
        if ch not in _MDV2_MARKUP:
            out.append(ch)
        i += 1
    if in_code or in_pre:
        raise FormattingError("can't find end of code/pre entity")
    return ParsedText("".join(out), [])


def parse_formatted(text: str, parse_mode: str | None) -> ParsedText:
    """Dispatch on parse_mode; returns the text as the user would see it."""
    mode = (parse_mode or "").lower()
    if mode == "html":
        return parse_html(text)
    if mode == "markdownv2":
        return parse_markdown_v2(text)
    if mode == "markdown":
        return ParsedText(re.sub(r"[*_`\[]", "", text), [])
    return ParsedText(text, [])


# --------------------------------------------------------------------------------------
# Generic spec-driven validation
# --------------------------------------------------------------------------------------


def _as_json(value: Any) -> tuple[bool, Any]:
    """Form/multipart fields carry objects as JSON strings; JSON bodies carry them natively."""
    if isinstance(value, str):
        try:
            return True, json.loads(value)
        except ValueError:
            return False, None
    return True, value


def _check_scalar(type_name: str, value: Any) -> bool:
    if type_name == "Integer":
        if isinstance(value, bool):
            return False
        return isinstance(value, int) or (isinstance(value, str) and bool(_INT_RE.fullmatch(value)))
    if type_name == "Float":
        if isinstance(value, bool):
            return False
        if isinstance(value, int | float):
            return True
        try:
            float(value)
        except (TypeError, ValueError):
            return False
        return True
    if type_name == "Boolean":
        return isinstance(value, bool) or (
            isinstance(value, str) and value.lower() in {"true", "false", "1", "0"}
        )
    if type_name == "String":
        # Telegram coerces numbers to strings; objects/lists/booleans are a bug.
        return isinstance(value, str) or (
            isinstance(value, int | float) and not isinstance(value, bool)
        )
    if type_name == "InputFile":
        return isinstance(value, UploadedFile) or (
            isinstance(value, str) and value.startswith("attach://")
        )
    raise KeyError(type_name)


_SCALARS = {"Integer", "Float", "Boolean", "String", "InputFile"}


def _check_type(type_name: str, value: Any, path: str) -> list[str]:
    """Violations of ``value`` against one spec type (empty list = matches)."""
    if type_name.startswith("Array of "):
        inner = type_name.removeprefix("Array of ")
        ok, decoded = _as_json(value)
        if not ok or not isinstance(decoded, list):
            return [f"{path}: expected {type_name} (JSON array), got {_short(value)}"]
        problems: list[str] = []
        for idx, item in enumerate(decoded):
            problems += _check_type(inner, item, f"{path}[{idx}]")
        return problems
    if type_name in _SCALARS:
        if _check_scalar(type_name, value):
            return []
        return [f"{path}: expected {type_name}, got {_short(value)}"]
    spec_type = load_spec()["types"].get(type_name)
    if spec_type is None:
        return []  # unknown type name in spec: cannot check
    ok, decoded = _as_json(value)
    if not ok or not isinstance(decoded, dict):
        return [f"{path}: expected {type_name} (JSON object), got {_short(value)}"]
    if spec_type.get("subtypes") and not spec_type.get("fields"):
        best: list[str] | None = None
        for sub in spec_type["subtypes"]:
            problems = _check_type(sub, decoded, path)
            if not problems:
                return []
            if best is None or len(problems) < len(best):
                best = problems
        return [f"{path}: does not match any {type_name} variant; closest: {'; '.join(best or [])}"]
    return _check_object(type_name, spec_type, decoded, path)


def _check_object(
    type_name: str, spec_type: dict[str, Any], obj: dict[str, Any], path: str
) -> list[str]:
    fields = {f["name"]: f for f in spec_type.get("fields", [])}
    problems: list[str] = []
    for key in obj:
        if key not in fields:
            problems.append(f"{path}: unknown field '{key}' for {type_name}")
    for name, spec_field in fields.items():
        value = obj.get(name)
        if value is None:
            if spec_field["required"]:
                problems.append(f"{path}: missing required field '{name}' of {type_name}")
            continue
        problems += _check_field(spec_field, value, f"{path}.{name}", obj)
    if type_name == "InlineKeyboardButton":
        actions = sorted(k for k in obj if k in _inline_button_action_fields())
        if len(actions) != 1:
            problems.append(
                f"{path}: inline button {obj.get('text')!r} must have exactly one action field "
                f"(callback_data, url, ...), has {actions or 'none'}"
            )
    return problems


def _check_field(
    spec_field: dict[str, Any], value: Any, path: str, siblings: dict[str, Any]
) -> list[str]:
    """Type and documented-limit checks for one field/parameter."""
    candidates = [(t, _check_type(t, value, path)) for t in spec_field["types"]]
    matched = next((t for t, problems in candidates if not problems), None)
    if matched is None:
        return min((problems for _t, problems in candidates), key=len)
    if matched == "String" and isinstance(value, str):
        return _check_string_limits(spec_field, value, path, siblings)
    return []


def _check_string_limits(
    spec_field: dict[str, Any], value: str, path: str, siblings: dict[str, Any]
) -> list[str]:
    desc = spec_field.get("description", "")
    name = spec_field["name"]
    problems: list[str] = []
    shown = value
    after_parsing = "after entit" in desc
    if after_parsing or name in {"text", "caption"}:
        own = f"{name}_parse_mode"  # e.g. quote_parse_mode, text_parse_mode
        mode_key = (
            own if own in siblings else ("parse_mode" if name in {"text", "caption"} else None)
        )
        mode = siblings.get(mode_key) if mode_key else None
        if isinstance(mode, str) and mode.lower() not in PARSE_MODES:
            problems.append(f"{path}: unsupported parse_mode {mode!r}")
            mode = None
        try:
            shown = parse_formatted(value, mode if isinstance(mode, str) else None).text
        except FormattingError as exc:
            problems.append(f"{path}: can't parse entities ({mode}): {exc}")
            return problems
        if after_parsing:
            shown = shown.strip()  # Telegram trims before measuring / rejecting empty text
    fixed = _FIXED_VALUE_RE.search(desc)
    if fixed and value != fixed.group(1):
        problems.append(f"{path}: must be {fixed.group(1)!r}, got {value!r}")
    m = _LIMIT_RE.search(desc)
    if m:
        low, high, unit = int(m.group(1)), int(m.group(2)), m.group(3)
        size = len(shown.encode("utf-8")) if unit == "bytes" else len(shown)
        if not low <= size <= high:
            extra = " after entities parsing" if after_parsing else ""
            problems.append(f"{path}: must be {low}-{high} {unit}{extra}, got {size}")
    if "lowercase English letters, digits and underscores" in desc and not _COMMAND_RE.fullmatch(
        value
    ):
        problems.append(f"{path}: {value!r} may only contain lowercase a-z, 0-9 and _")
    return problems


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _attach_names(params: dict[str, Any]) -> set[str]:
    """Names of multipart parts referenced as attach://NAME anywhere in the parameters."""
    blob = json.dumps({k: v for k, v in params.items() if not isinstance(v, UploadedFile)})
    return set(re.findall(r"attach://([A-Za-z0-9_.-]+)", blob))


def _conditional_requirements(method: str, params: dict[str, Any]) -> list[str]:
    """Requirements the spec only states in prose ("required if ... is not specified")."""
    problems: list[str] = []
    if method.startswith("editMessage") or method in {"stopMessageLiveLocation"}:
        has_inline = params.get("inline_message_id") is not None
        has_chat = params.get("chat_id") is not None and params.get("message_id") is not None
        if not has_inline and not has_chat:
            problems.append("either chat_id and message_id, or inline_message_id is required")
    if method == "sendChatAction" and isinstance(params.get("action"), str):
        allowed = set(
            re.findall(
                r"\b([a-z]+_[a-z_]+|typing)\b", method_fields(method)["action"]["description"]
            )
        )
        if params["action"] not in allowed:
            problems.append(f"action: {params['action']!r} is not one of {sorted(allowed)}")
    if (
        method == "editMessageText"
        and params.get("text") is None
        and (params.get("rich_message") is None)
    ):
        problems.append("missing required parameter 'text' (message text is empty)")
    return problems


def validate_request(method: str, params: dict[str, Any]) -> list[str]:
    """Human-readable spec violations of one Bot API call (empty list = valid).

    ``params`` values may be strings (form / multipart encoding, where non-string
    values are JSON-encoded as PTB does), native JSON values (JSON body) or
    :class:`UploadedFile` for multipart file parts.
    """
    canonical = canonical_method(method)
    if canonical is None:
        return [f"unknown method '{method}'"]
    fields = method_fields(canonical)
    present = {k: v for k, v in params.items() if v is not None}
    problems: list[str] = []
    attached = _attach_names(present)
    for key, value in present.items():
        if key in fields:
            continue
        if isinstance(value, UploadedFile) and key in attached:
            continue
        problems.append(f"unknown parameter '{key}'")
    for name, spec_field in fields.items():
        if name not in present:
            if spec_field["required"]:
                problems.append(f"missing required parameter '{name}'")
            continue
        problems += _check_field(spec_field, present[name], name, present)
    problems += _conditional_requirements(canonical, present)
    return problems
