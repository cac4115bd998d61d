"""Catch rate and false-alarm rate of the safety net, per language and kind of message.

    .venv/bin/python -m bench.safety_corpus          # the table docs/safety.md quotes
    .venv/bin/python -m bench.safety_corpus --misses # also list every message it got wrong

Reads tests/safety/corpus/*.txt. "caught" counts messages assessed exactly as their
section says; a benign message that triggers anything (even the gentle check) is a false
alarm. Also times the detector (CPU µs per message): the first pass, which compiles each
pattern the first time its group matches, and the best of three passes after it, which
is what a running bot pays.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Iterable

from bot.safety.detect import assess
from tests.safety.corpus import SECTIONS, all_corpora


def cpu_per_message(texts: Iterable[str]) -> float:
    """CPU microseconds per message for one pass over ``texts``."""
    texts = list(texts)
    started = time.process_time()
    for text in texts:
        assess(text)
    return (time.process_time() - started) / max(len(texts), 1) * 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="list every wrong assessment")
    args = parser.parse_args()
    corpora = all_corpora()
    assess("warm-up")  # compile the patterns outside the timing
    kinds = [s for s in SECTIONS if s != "benign"]
    header = ["lang", *(f"{k} caught" for k in kinds), "benign", "false alarms"]
    print(" | ".join(header))
    totals = {s: [0, 0] for s in SECTIONS}
    misses: list[str] = []
    everything = [t for corpus in corpora for texts in corpus.messages.values() for t in texts]
    first_pass = cpu_per_message(everything)
    steady = min(cpu_per_message(everything) for _ in range(3))
    for corpus in corpora:
        row = [corpus.language]
        for section, texts in corpus.messages.items():
            want = SECTIONS[section]
            got = [assess(t).level for t in texts]
            right = sum(level is want for level in got)
            totals[section][0] += right
            totals[section][1] += len(texts)
            misses += [
                f"{corpus.language} [{section}] -> {level.name}: {text}"
                for text, level in zip(texts, got, strict=True)
                if level is not want
            ]
            if section == "benign":
                row += [str(len(texts)), str(len(texts) - right)]
            else:
                row.append(f"{right}/{len(texts)}")
        print(" | ".join(row))
    overall = [f"{totals[k][0]}/{totals[k][1]}" for k in kinds]
    alarms = totals["benign"][1] - totals["benign"][0]
    print(" | ".join(["all", *overall, str(totals["benign"][1]), str(alarms)]))
    positives = sum(totals[k][1] for k in kinds)
    caught = sum(totals[k][0] for k in kinds)
    print(
        f"catch rate {caught / max(positives, 1):.1%} ({caught}/{positives}); "
        f"false-alarm rate {alarms / max(totals['benign'][1], 1):.1%} "
        f"({alarms}/{totals['benign'][1]})"
    )
    print(
        f"{len(everything)} messages: {first_pass:.0f} µs CPU per message on the first pass, "
        f"{steady:.0f} µs after (best of 3)"
    )
    if args.misses:
        print("\n".join(misses) or "no misses")


if __name__ == "__main__":
    main()
