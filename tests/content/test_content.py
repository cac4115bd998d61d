"""The content library is complete, valid HTML, within Telegram limits, kind, and our own."""

from __future__ import annotations

import ast
import dataclasses
import inspect
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from domain.content import activation, bids, exercises, nudges, pick, reroute
from tests.content import ngrams

MODULES: tuple[ModuleType, ...] = (exercises, activation, bids, nudges, reroute)

# Sample arguments by parameter name; a new function with a new parameter name must be
# added here, so nothing escapes the checks below.
SAMPLE_ARGS: dict[str, list[Any]] = {
    "first_name": ["Alex", "<b>Al&ex</b>"],
    "partner_first_name": ["Sam", "<i>S&m</i>"],
    "text": ["call you", "dinner <3 & a walk"],
    "note": [None, "back soon <3 & thanks"],
    "when": ["18:30"],
    "time": ["18:30"],
    "requested": ["<dance&>"],
    "brief": ["no reply since lunch", "x" * 80 + "…"],
    "trigger": ["no reply since lunch", "x" * 200, ("a" * 75) + " &amp; more text here"],
    "feeling_key": [key for key, _ in activation.FEELINGS] + ["bogus"],
    "urge_key": [key for key, _ in activation.URGES] + ["bogus"],
    "sentence": [activation.reflect("no reply since lunch", "alone", "pick_fight")],
    "outcome": [key for key, _ in nudges.PROMISE_ANSWERS],
    "key": list(nudges.RECORD_LINES) + list(nudges.RECORD_PAIR_LINES) + ["unknown_key"],
    "count": [0, 12],
    "mine": [False, True],
    "part": [0, 1, 12],
    "variant": [0, 1, 2, 3],
    "phase": list(exercises.BREATH_PHASE_WORDS),
    "seconds": [4],
    "round_no": [1],
    "rounds": [4],
    "reminders": [["18:30"], ["18:20", "18:30"]],
    "minutes": [10, 30],
    "answer": ["later", "tomorrow"],
    "clock": ["19:30"],
}

ALLOWED_TAG = re.compile(r"</?[bi]>")
FORBIDDEN = (
    "needy",
    "clingy",
    "too much",
    "crazy",
    "dramatic",
    "avoidant",
    "you always",
    "you never",
)
# Phrases the product spec itself names as examples; allowed even where the article has them.
SPEC_PHRASES = ("Thinking about you",)


def _render_calls(func: Callable[..., Any]) -> Iterator[str]:
    """Call a content function with every sample for each parameter (one at a time)."""
    params = [p for p in inspect.signature(func).parameters.values() if p.name != "self"]
    for p in params:
        assert p.name in SAMPLE_ARGS, f"add sample args for {func.__qualname__}({p.name})"
    base = {p.name: SAMPLE_ARGS[p.name][0] for p in params}
    seen: set[str] = set()
    for p in params:
        for value in SAMPLE_ARGS[p.name]:
            result = func(**{**base, p.name: value})
            assert isinstance(result, str)
            if result not in seen:
                seen.add(result)
                yield result


def _walk(value: Any, render: bool = True) -> Iterator[str]:
    """Every string reachable from a content value, rendering dataclass methods if asked."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for k, v in value.items():
            yield from _walk(k, render)
            yield from _walk(v, render)
    elif isinstance(value, tuple | list | set | frozenset):
        for item in value:
            yield from _walk(item, render)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for field in dataclasses.fields(value):
            yield from _walk(getattr(value, field.name), render)
        if not render:
            return
        for name, _ in inspect.getmembers(type(value), inspect.isfunction):
            if not name.startswith("_") and name not in ("phases", "variant"):
                yield from _render_calls(getattr(value, name))


def _module_strings(module: ModuleType) -> Iterator[str]:
    for name, value in vars(module).items():
        if name.startswith("_") or isinstance(value, ModuleType) or isinstance(value, type):
            continue
        if inspect.isfunction(value):
            if value.__module__ == module.__name__:
                yield from _render_calls(value)
            continue
        yield from _walk(value)


ALL_STRINGS: list[str] = [s for m in MODULES for s in _module_strings(m)]


def _utf16_len(text: str) -> int:
    """Telegram counts UTF-16 code units, so an emoji can cost two."""
    return len(text.encode("utf-16-le")) // 2


def _button_labels() -> list[str]:
    labels = [e.title for e in exercises.EXERCISES.values()]
    labels += [p.label for p in exercises.BREATH_PATTERNS.values()]
    labels += [label for _, label in exercises.FEELING_ANSWERS]
    labels += [label for _, label in activation.FEELINGS + activation.URGES]
    labels += [label for _, label in activation.NEXT_STEPS]
    labels += [t.label for t in bids.BID_TEMPLATES]
    labels += [o.label for o in bids.REPLY_OPTIONS]
    labels += [
        bids.bid_own_label(),
        bids.bid_send_label(),
        bids.bid_change_label(),
        bids.bid_cancel_label(),
    ]
    labels += list(nudges.REASSURANCE_TEMPLATES) + [nudges.reassurance_own_label()]
    labels += [label for _, label in nudges.PROMISE_ANSWERS]
    labels += [nudges.space_back_label(), nudges.space_more_label()]
    labels += [label for _, label in reroute.REROUTE_OPTIONS]
    labels += [reroute.both_activated_continue_label(), reroute.both_activated_calm_label()]
    return labels


# --- exercises ---------------------------------------------------------------------------


def test_every_exercise_is_present_in_menu_order_with_three_variants() -> None:
    assert list(exercises.EXERCISES) == ["breathe", "ground", "nowthen", "move", "reachout", "name"]
    for name, exercise in exercises.EXERCISES.items():
        assert exercise.name == name
        assert exercise.title and exercise.summary and "\n" not in exercise.summary
        assert len(exercise.variants) >= 3, name
        for steps in exercise.variants:
            assert 2 <= len(steps) <= 6, (name, steps)
            assert all(step.text.strip() for step in steps)
        assert len(set(exercise.variants)) == len(exercise.variants), f"{name} repeats"
        assert exercise.variant(len(exercise.variants)) == exercise.variant(0)


def test_breathe_variants_are_intro_and_outro_pairs() -> None:
    breathe = exercises.EXERCISES["breathe"]
    assert all(len(v) == 2 for v in breathe.variants)
    assert exercises.BREATH_INTROS == tuple(v[0].text for v in breathe.variants)
    assert exercises.BREATH_OUTROS == tuple(v[1].text for v in breathe.variants)


def test_the_stepped_exercises_are_the_ones_done_at_your_own_pace() -> None:
    assert exercises.STEPPED == {"ground", "nowthen", "move", "reachout"}
    assert exercises.STEPPED <= set(exercises.EXERCISES)


def _plain(text: str) -> str:
    return ALLOWED_TAG.sub("", text)


def _every_hour() -> Iterator[tuple[str, int, bool, tuple[str, ...]]]:
    for name, exercise in exercises.EXERCISES.items():
        for index in range(len(exercise.variants)):
            for night in (False, True):
                yield name, index, night, exercise.variant(index, night=night)


def test_every_step_is_short() -> None:
    """One short read a screen, day or night: a step is a breath, not a page."""
    assert exercises.STEP_LIMIT == 300
    for name, index, night, words in _every_hour():
        for step in words:
            assert 0 < _utf16_len(_plain(step)) <= exercises.STEP_LIMIT, (name, index, night, step)


# What belongs to the daytime only: going out, calling, messaging someone now.
DAYTIME_ONLY = re.compile(
    r"\b(outside|head out|go out|call|ring|voice note|message now|text a friend|send a)\b",
    re.IGNORECASE,
)


def test_every_exercise_has_a_night_safe_path() -> None:
    """At night every variant of every exercise still runs (a step and its close at least),
    and none of it sends the person out or to someone's phone; the day path is free to."""
    for name, index, night, words in _every_hour():
        if name in exercises.STEPPED:
            assert len(words) >= 2, (name, index, night)
        if night:
            for step in words:
                assert not DAYTIME_ONLY.search(step), (name, index, step)
    day_text = " ".join(" ".join(w) for n, _, night, w in _every_hour() if not night)
    assert DAYTIME_ONLY.search(day_text)  # the guard above would notice a daytime step
    for exercise in exercises.EXERCISES.values():
        for steps in exercise.variants:
            for step in steps:
                assert not (step.night and step.daytime_only), step
                assert step.night != step.text, step


def test_night_words_replace_a_step_or_leave_it_out() -> None:
    day, night, left_out = (
        exercises.Step("Head out for a walk."),
        exercises.Step("Walk the hallway.", night="Walk softly."),
        exercises.Step("Call a friend.", daytime_only=True),
    )
    sample = exercises.Exercise("x", "X", "x", ((day, night, left_out),))
    assert sample.variant(0) == ("Head out for a walk.", "Walk the hallway.", "Call a friend.")
    assert sample.variant(0, night=True) == ("Head out for a walk.", "Walk softly.")


def test_breath_patterns_are_short_and_beginner_friendly() -> None:
    patterns = exercises.BREATH_PATTERNS
    assert exercises.DEFAULT_BREATH_PATTERN in patterns
    calm = patterns["calm"]
    assert (calm.inhale, calm.hold, calm.exhale, calm.hold_after, calm.rounds) == (4, 0, 6, 0, 4)
    box = patterns["box"]
    assert (box.inhale, box.hold, box.exhale, box.hold_after, box.rounds) == (4, 4, 4, 4, 3)
    for key, pattern in patterns.items():
        assert pattern.name == key
        assert pattern.rounds >= 1 and pattern.inhale > 0 and pattern.exhale > 0
        assert max(pattern.inhale, pattern.hold, pattern.exhale, pattern.hold_after) <= 6
        assert pattern.total_seconds <= 90
        assert all(phase in exercises.BREATH_PHASE_WORDS for phase, _ in pattern.phases())
    assert calm.phases() == (("inhale", 4), ("exhale", 6))
    assert exercises.BREATH_PHASE_WORDS == {
        "inhale": "Breathe in",
        "hold": "Hold",
        "exhale": "Breathe out",
        "hold_after": "Rest",
    }


def test_feeling_check_has_three_answers_with_three_acks_each() -> None:
    assert exercises.feeling_check().endswith("?")
    keys = [key for key, _ in exercises.FEELING_ANSWERS]
    assert keys == ["better", "same", "worse"]
    for key in keys:
        assert len(exercises.FEELING_ACKS[key]) >= 3
    for ack in exercises.FEELING_ACKS["worse"]:
        assert "/calm move" in ack or "/calm reachout" in ack
        assert "findahelpline.com" in ack


# --- activation --------------------------------------------------------------------------


def test_urges_are_exactly_the_specified_keys() -> None:
    urges = dict(activation.URGES)
    assert list(urges) == [
        "keep_texting",
        "pick_fight",
        "withdraw",
        "threaten_leave",
        "check_phone",
        "other",
    ]
    assert urges["keep_texting"] == "Keep texting until they reply"
    assert urges["withdraw"] == "Go quiet so they notice"
    assert set(activation.URGE_PHRASES) == set(urges)
    assert set(activation.FEELING_PHRASES) == {key for key, _ in activation.FEELINGS}
    assert 7 <= len(activation.FEELINGS) <= 9


@pytest.mark.parametrize("feeling_key", [key for key, _ in activation.FEELINGS])
@pytest.mark.parametrize("urge_key", [key for key, _ in activation.URGES])
def test_reflect_is_one_sentence_naming_feeling_and_urge(feeling_key: str, urge_key: str) -> None:
    sentence = activation.reflect("no reply since lunch", feeling_key, urge_key)
    assert "no reply since lunch" in sentence
    assert activation.FEELING_PHRASES[feeling_key] in sentence
    assert activation.URGE_PHRASES[urge_key] in sentence
    if urge_key != "other":
        assert dict(activation.URGES)[urge_key].lower() in sentence
    assert sentence.endswith(".")
    assert len(re.findall(r"[.!?]", sentence)) == 1
    assert "alarm" in sentence


def test_reflect_keeps_the_trigger_brief_without_breaking_entities() -> None:
    long_trigger = ("a" * 75) + " &amp; more text here that goes on and on"
    sentence = activation.reflect(long_trigger, "alone", "withdraw")
    assert "…" in sentence and "&am…" not in sentence and "&…" not in sentence
    assert len(activation.reflect("x" * 500, "alone", "withdraw")) < 300
    assert activation.reflect("  ", "alone", "withdraw").startswith("Something happened,")


def test_shared_naming_carries_the_sentence_and_escapes_the_name() -> None:
    sentence = activation.reflect("no reply", "alone", "check_phone")
    message = activation.shared_naming("<b>Al&ex</b>", sentence)
    assert sentence in message
    assert "&lt;b&gt;Al&amp;ex" in message


# --- bids ------------------------------------------------------------------------------


def test_bid_templates_start_with_the_spec_example_and_have_short_labels() -> None:
    assert 6 <= len(bids.BID_TEMPLATES) <= 8
    assert bids.BID_TEMPLATES[0].text == (
        "Rough day here. Could I have you to myself for twenty minutes tonight?"
    )
    assert any("spin each other up" in t.text for t in bids.BID_TEMPLATES)
    keys = [t.key for t in bids.BID_TEMPLATES]
    assert len(set(keys)) == len(keys)
    for template in bids.BID_TEMPLATES:
        assert _utf16_len(template.label) <= 40, template.label
        assert bids.BID_TEMPLATES_BY_KEY[template.key] is template


def test_reply_options_relay_warmly_with_the_name() -> None:
    assert [o.key for o in bids.REPLY_OPTIONS] == ["yes", "later", "tomorrow", "loop", "own"]
    for option in bids.REPLY_OPTIONS:
        for i in range(len(option.relays)):
            relayed = option.relay("<b>Sam</b>", i)
            assert "&lt;b&gt;Sam&lt;/b&gt;" in relayed and "{" not in relayed
    # A relay says plainly what was chosen: it quotes the label tapped, or says "yes";
    # it never puts a sentence in the answering partner's mouth.
    for option in bids.REPLY_OPTIONS:
        for relay in option.relays:
            if option.key == "own":
                continue
            assert f"“{option.label}”" in relay or "said yes" in relay, relay
            assert "says:" not in relay
    # The cycle is named, not the person (PRODUCT.md): one answer offers it by name.
    loop = bids.REPLY_OPTIONS_BY_KEY["loop"]
    assert "loop" in loop.label and "worry" in loop.relays[0]


# --- nudges ----------------------------------------------------------------------------


def test_prompts_and_templates() -> None:
    assert len(nudges.PROMPT_LINES) >= 10
    assert len(set(nudges.PROMPT_LINES)) == len(nudges.PROMPT_LINES)
    assert len(nudges.REASSURANCE_TEMPLATES) == 9
    # One names the cycle (PRODUCT.md: "name the cycle, not the person").
    assert any("quiet" in t and "spin" in t for t in nudges.REASSURANCE_TEMPLATES)
    assert "Thinking about you" in nudges.REASSURANCE_TEMPLATES
    assert "Just tired tonight, all good between us" in nudges.REASSURANCE_TEMPLATES
    for template in nudges.REASSURANCE_TEMPLATES:
        assert _utf16_len(template) <= 60, template


@pytest.mark.parametrize("template", nudges.REASSURANCE_TEMPLATES)
def test_relayed_reassurance_contains_the_template_exactly(template: str) -> None:
    relayed = nudges.relayed_reassurance("Sam", template)
    assert template in relayed and "Sam" in relayed


def test_own_reassurance_is_escaped() -> None:
    relayed = nudges.relayed_reassurance("<i>S</i>", "<3 & more")
    assert "&lt;3 &amp; more" in relayed and "&lt;i&gt;S" in relayed


def test_nudge_variant_counts() -> None:
    assert len({nudges.checkin_reminder("Sam", i) for i in range(3)}) == 3
    assert len(nudges.PRACTISE_LINES) == 3
    assert len(nudges.RECORD_INTROS) >= 3
    assert [key for key, _ in nudges.PROMISE_ANSWERS] == ["done", "late", "couldnt"]
    # "Running late" is answered with the new time (nudges.late_confirm), not a fixed line.
    assert set(nudges.PROMISE_ACKS) == {"done", "couldnt"}
    assert nudges.space_back_label() == "I'm back"
    assert nudges.space_more_label() == "10 more minutes"
    told = nudges.space_told_partner("Alex", "18:30")
    assert "18:30" in told and "Alex" in told and "Their note" not in told
    assert "Their note" in nudges.space_told_partner("Alex", "18:30", "walk")


# --- reroute ---------------------------------------------------------------------------


def test_reroute_offers_other_routes_and_never_refuses() -> None:
    assert 3 <= len(reroute.REROUTE_LINES) <= 4
    assert len(reroute.BOTH_ACTIVATED) == 2
    assert {key for key, _ in reroute.REROUTE_OPTIONS} >= {
        "move",
        "reachout",
        "nowthen",
        "continue",
    }
    for line in reroute.REROUTE_LINES + reroute.REROUTE_BID_LINES:
        lowered = line.lower()
        for refusal in ("not allowed", "too often", "limit", "enough for", "stop using"):
            assert refusal not in lowered, line


# --- every string, everywhere ------------------------------------------------------------


def test_walk_found_plenty_of_strings() -> None:
    assert len(ALL_STRINGS) > 150


@pytest.mark.parametrize("text", ALL_STRINGS)
def test_html_is_valid_with_only_b_and_i(text: str) -> None:
    bare = ALLOWED_TAG.sub("", text)
    entities_removed = re.sub(r"&(amp|lt|gt);", "", bare)
    assert "<" not in entities_removed and ">" not in entities_removed, text
    assert "&" not in entities_removed, text
    stack: list[str] = []
    for match in ALLOWED_TAG.finditer(text):
        tag = match.group()
        if tag.startswith("</"):
            assert stack and stack.pop() == tag[2:-1], text
        else:
            assert tag[1:-1] not in stack, f"nested same tag: {text}"
            stack.append(tag[1:-1])
    assert not stack, text


def test_static_content_has_no_escaped_entities() -> None:
    """Only rendered user input may carry entities; our own text has no '<' or '&' at all."""
    for module in MODULES:
        for name, value in vars(module).items():
            if name.startswith("_") or inspect.isfunction(value) or isinstance(value, type):
                continue
            if isinstance(value, ModuleType):
                continue
            for text in _walk(value, render=False):
                assert "&" not in ALLOWED_TAG.sub("", text), text
                assert "<" not in ALLOWED_TAG.sub("", text), text


@pytest.mark.parametrize("text", ALL_STRINGS)
def test_messages_are_short(text: str) -> None:
    assert 0 < _utf16_len(text) < 1000, text


@pytest.mark.parametrize("label", _button_labels())
def test_button_labels_fit(label: str) -> None:
    assert 0 < _utf16_len(label) <= 60, label
    assert "<" not in label and "&" not in label


def test_callback_keys_are_short_ascii() -> None:
    keys = [
        key
        for key, _ in exercises.FEELING_ANSWERS
        + activation.FEELINGS
        + activation.URGES
        + activation.NEXT_STEPS
        + nudges.PROMISE_ANSWERS
        + reroute.REROUTE_OPTIONS
    ]
    keys += list(exercises.EXERCISES) + list(exercises.BREATH_PATTERNS)
    keys += [t.key for t in bids.BID_TEMPLATES] + [o.key for o in bids.REPLY_OPTIONS]
    for key in keys:
        assert re.fullmatch(r"[a-z_]{1,16}", key), key


@pytest.mark.parametrize("text", ALL_STRINGS)
def test_no_labelling_words(text: str) -> None:
    lowered = text.lower().replace("\u2019", "'")
    for word in FORBIDDEN:
        assert word not in lowered, (word, text)


def test_no_leftover_placeholders() -> None:
    for text in ALL_STRINGS:
        if "{name}" in text:
            continue  # raw relay templates; rendered via ReplyOption.relay / functions
        assert "{" not in text and "}" not in text, text


def test_pick_rotates() -> None:
    assert pick(("a", "b", "c"), 4) == "b"
    with pytest.raises(ValueError):
        pick((), 0)


# --- our own words ---------------------------------------------------------------------
# Both sides are normalised the same way (ngrams.words: lowercase, no punctuation,
# contractions expanded, numbers as digits) before their 8-word runs are compared, so a
# copied sentence cannot hide behind "I'd" for "I would" or "20" for "twenty".

ARTICLE_GRAMS = ngrams.load_fixture()
APP_PACKAGES = ("bot", "domain", "jobs", "db")


def _lifted(text: str) -> bool:
    """Whether any 8-word run of `text`, outside the spec's own phrases, is the article's."""
    for phrase in SPEC_PHRASES:
        text = text.replace(phrase, "|")
    return any(
        ngrams.fingerprint(gram) in ARTICLE_GRAMS
        for part in text.split("|")
        for gram in ngrams.grams(part)
    )


def _source_strings() -> Iterator[tuple[str, int, str]]:
    """Every string literal in the application's source (f-string pieces too), so a line
    written outside domain/content (bot/texts.py, bot/scheduled.py, ...) is checked too."""
    root = Path(__file__).resolve().parents[2]
    for package in APP_PACKAGES:
        for path in sorted((root / package).rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(), str(path))):
                if isinstance(node, ast.Constant) and isinstance(node.value, str):
                    yield str(path.relative_to(root)), node.lineno, node.value


def test_article_fingerprints_match_the_article_when_available() -> None:
    if not ngrams.ARTICLE.exists():
        pytest.skip("source article not available here; the stored fingerprints are used")
    assert ngrams.article_fingerprints(ngrams.ARTICLE.read_text()) == ARTICLE_GRAMS


def test_no_eight_word_run_from_the_article() -> None:
    assert len(ARTICLE_GRAMS) > 1000
    copied = [text for text in ALL_STRINGS if _lifted(text)]
    assert not copied, copied


def test_no_eight_word_run_from_the_article_anywhere_in_the_code() -> None:
    copied = [(where, line, text) for where, line, text in _source_strings() if _lifted(text)]
    assert not copied, copied


@pytest.mark.parametrize(
    "near_copy",
    [
        "Space with a promise of return is very different from disappearing.",
        "I'm not leaving, I'll come find you in an hour.",
        # The article's own examples, contracted, re-punctuated or with digits for words:
        "I had a hard day and I'd love twenty minutes of your full attention tonight.",
        "Had a hard day & I'd LOVE 20 minutes of your full attention tonight!",
        "We're good \u2014 I'm just tired tonight, nothing to do with us",
        "we\u2019re good... i'm just tired tonight; nothing's wrong, nothing to do with us",
        "Don't withdraw to win. If you tend avoidant yourself, pull back less.",
        "It's a learned regulation strategy that's simply mismatched to the situation.",
        "You can't tell when it'll flip, because fine doesn't last.",
    ],
)
def test_the_guard_catches_a_near_copy_however_it_is_contracted(near_copy: str) -> None:
    assert _lifted(near_copy), near_copy


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I'd", "i would"),
        ("We\u2019re", "we are"),
        ("it's", "it is"),
        ("Don't", "do not"),
        ("can't cannot", "can not can not"),
        ("I'm, I'll; they've!", "i am i will they have"),
        ("twenty 20", "20 20"),
        ("<b>self-soothing</b> \u2014 now?", "self soothing now"),
    ],
)
def test_both_sides_are_normalised_the_same_way(text: str, expected: str) -> None:
    assert " ".join(ngrams.words(text)) == expected
