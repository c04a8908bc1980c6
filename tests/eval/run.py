"""Evaluation report for the detector: `python -m tests.eval.run [--baseline] [--show-errors N] [--check]`.

`--corpus holdout` scores the independent hold-out corpus (tests/eval/holdout) instead of the main one;
`--corpus blind` the blind corpus (tests/eval/blind), with leaks per type and written form and its own goals
(tests/eval/blind_report.py); `--corpus fresh` the second blind corpus (tests/eval/fresh), held out until
2026-11-30 and a development corpus since; `--corpus third` and `--corpus fourth` the third and fourth blind
corpora (tests/eval/third, tests/eval/fourth), each held out until a newer one was written on 2026-11-30 and
development corpora since; `--corpus fifth` the fifth (tests/eval/fifth), held out until the sixth was written on
2026-12-01; `--corpus sixth` the sixth (tests/eval/sixth), held out until the seventh was written later that day;
`--corpus seventh` the seventh (tests/eval/seventh), held out until the eighth was written later that day;
`--corpus eighth` the eighth (tests/eval/eighth), held out until the ninth was written on 2026-12-01 (evening);
`--corpus ninth` the ninth (tests/eval/ninth), held out until the tenth was written on 2026-12-01 (night);
`--corpus tenth` the tenth (tests/eval/tenth), held out until the eleventh was written on 2026-12-02;
`--corpus eleventh` the eleventh (tests/eval/eleventh), held out until the twelfth was written on 2026-12-02 (morning);
`--corpus twelfth` the twelfth (tests/eval/twelfth), held out for its first read only, a development corpus since the
thirteenth was written the same morning; `--corpus thirteenth` the thirteenth (tests/eval/thirteenth), held out until
the fourteenth was written on 2026-12-02 (late morning); `--corpus fourteenth` the fourteenth (tests/eval/fourteenth),
held out until the fifteenth was written on 2026-12-02 (afternoon); `--corpus fifteenth` the fifteenth
(tests/eval/fifteenth), held out until the sixteenth was written on 2026-12-02 (evening); `--corpus sixteenth` the
sixteenth blind corpus (tests/eval/sixteenth), held out: its errors are never printed, it is only scored.

Builds the corpus, analyses every text with the analyzer and rules/pii.yaml, and prints per-type scores,
micro totals, the false-alarm rate on negative documents and the throughput. Exits 0 unless --check is
given and a target is missed.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

from gateway.privacy.entities import Entity
from tests.eval import blind_report
from tests.eval.blind.corpus import SEED as BLIND_SEED
from tests.eval.blind.corpus import build_blind
from tests.eval.corpus import SEED, build_corpus
from tests.eval.eighth.corpus import SEED as EIGHTH_SEED
from tests.eval.eighth.corpus import build_eighth
from tests.eval.eleventh.corpus import SEED as ELEVENTH_SEED
from tests.eval.eleventh.corpus import build_eleventh
from tests.eval.fifteenth.corpus import SEED as FIFTEENTH_SEED
from tests.eval.fifteenth.corpus import build_fifteenth
from tests.eval.fifth.corpus import SEED as FIFTH_SEED
from tests.eval.fifth.corpus import build_fifth
from tests.eval.fourteenth.corpus import SEED as FOURTEENTH_SEED
from tests.eval.fourteenth.corpus import build_fourteenth
from tests.eval.fourth.corpus import SEED as FOURTH_SEED
from tests.eval.fourth.corpus import build_fourth
from tests.eval.fresh.corpus import SEED as FRESH_SEED
from tests.eval.fresh.corpus import build_fresh
from tests.eval.holdout.corpus import SEED as HOLDOUT_SEED
from tests.eval.holdout.corpus import build_holdout
from tests.eval.ninth.corpus import SEED as NINTH_SEED
from tests.eval.ninth.corpus import build_ninth
from tests.eval.score import Report, ScoringError, SpanLike, score
from tests.eval.seventh.corpus import SEED as SEVENTH_SEED
from tests.eval.seventh.corpus import build_seventh
from tests.eval.sixteenth.corpus import SEED as SIXTEENTH_SEED
from tests.eval.sixteenth.corpus import build_sixteenth
from tests.eval.sixth.corpus import SEED as SIXTH_SEED
from tests.eval.sixth.corpus import build_sixth
from tests.eval.tenth.corpus import SEED as TENTH_SEED
from tests.eval.tenth.corpus import build_tenth
from tests.eval.third.corpus import SEED as THIRD_SEED
from tests.eval.third.corpus import build_third
from tests.eval.thirteenth.corpus import SEED as THIRTEENTH_SEED
from tests.eval.thirteenth.corpus import build_thirteenth
from tests.eval.twelfth.corpus import SEED as TWELFTH_SEED
from tests.eval.twelfth.corpus import build_twelfth

STRICT = (0.99, 0.98)  # (minimum recall, minimum precision)
NAMES = (0.95, 0.90)
TARGETS: dict[str, tuple[float, float]] = {
    Entity.MY_NUMBER: STRICT,
    Entity.CREDIT_CARD: STRICT,
    Entity.HEALTH_INSURANCE: STRICT,
    Entity.PHONE_NUMBER: STRICT,
    Entity.EMAIL_ADDRESS: STRICT,
    Entity.POSTAL_CODE: STRICT,
    Entity.PERSON: NAMES,
    Entity.ADDRESS: NAMES,
}
MAX_FALSE_ALARM_RATE = 0.05
CONTEXT = 24


def analyse(texts: list[str], rules_path: Path) -> tuple[list[list[SpanLike]], float]:
    """Findings for every text, and the seconds analyze_batch took (model loading excluded)."""
    from gateway.privacy.analyzer import Analyzer
    from gateway.privacy.pii_rules import load_pii_rules

    analyzer = Analyzer(load_pii_rules(rules_path))  # loads ja_ginza itself (nlp=load_nlp())
    start = time.perf_counter()
    findings = analyzer.analyze_batch(texts)
    return [list(f) for f in findings], time.perf_counter() - start


def baseline_seconds(texts: list[str]) -> float:
    """Seconds the full ja_ginza pipeline takes on the same texts."""
    import spacy

    nlp = spacy.load("ja_ginza")
    start = time.perf_counter()
    for _ in nlp.pipe(texts):
        pass
    return time.perf_counter() - start


def format_table(report: Report) -> str:
    """Per-type table with the micro totals as the last row."""
    header = (
        f"{'type':<17} {'gold':>5} {'TP':>5} {'FP':>5} {'FN':>5} {'P':>6} {'R':>6} {'F1':>6} {'exact%':>7} {'cov%':>6}"
    )
    lines = [header, "-" * len(header)]
    for row in [*report.per_type.values(), report.micro]:
        if row.entity == "TOTAL":
            lines.append("-" * len(header))
        lines.append(
            f"{row.entity:<17} {row.gold:>5} {row.tp:>5} {row.fp:>5} {row.fn:>5} {row.precision:>6.3f} "
            f"{row.recall:>6.3f} {row.f1:>6.3f} {100 * row.exact_rate:>7.1f} {100 * row.coverage:>6.1f}"
        )
    return "\n".join(lines)


def _excerpt(text: str, start: int, end: int) -> str:
    before = text[max(0, start - CONTEXT) : start]
    after = text[end : end + CONTEXT]
    return f"{before}【{text[start:end]}】{after}".replace("\n", "⏎")


class _Doc(Protocol):
    """A labelled document of any corpus."""

    @property
    def id(self) -> str: ...
    @property
    def kind(self) -> str: ...
    @property
    def text(self) -> str: ...
    @property
    def negative(self) -> bool: ...
    @property
    def spans(self) -> Sequence[SpanLike]: ...


def format_errors(report: Report, samples: Sequence[_Doc], limit: int) -> str:
    """Up to `limit` misses and false alarms per entity type, each with its context."""
    shown: dict[tuple[str, str], int] = {}
    lines: list[str] = []
    for error in sorted(report.errors, key=lambda e: (e.entity, e.kind, e.doc)):
        key = (error.entity, error.kind)
        if shown.get(key, 0) >= limit:
            continue
        if not shown.get(key):
            lines.append(f"\n{error.entity} {error.kind}:")
        shown[key] = shown.get(key, 0) + 1
        sample = samples[error.doc]
        lines.append(
            f"  {sample.id} {sample.kind}{_gold_note(error, sample)}: {_excerpt(sample.text, error.start, error.end)}"
        )
    return "\n".join(lines)


def _gold_note(error: ScoringError, sample: _Doc) -> str:
    if error.kind == "miss":
        return ""
    hits = {g.entity for g in sample.spans if g.start < error.end and error.start < g.end}
    return f" [overlaps gold {', '.join(sorted(hits))}]" if hits else " [negative doc]" if sample.negative else ""


def failures(report: Report) -> list[str]:
    """The targets the report misses, one message each."""
    out = []
    for entity, (min_recall, min_precision) in TARGETS.items():
        row = report.per_type.get(entity)
        if row is None:
            out.append(f"{entity}: no gold spans")
            continue
        if row.recall < min_recall:
            out.append(f"{entity}: recall {row.recall:.3f} < {min_recall}")
        if row.precision < min_precision:
            out.append(f"{entity}: precision {row.precision:.3f} < {min_precision}")
    if report.false_alarm_rate > MAX_FALSE_ALARM_RATE:
        out.append(f"false alarms in {report.false_alarm_rate:.1%} of negative documents > {MAX_FALSE_ALARM_RATE:.0%}")
    return out


HELD_OUT = "sixteenth"  # scored only: its errors are never printed


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.eval.run", description=__doc__)
    parser.add_argument("--rules", type=Path, default=Path("rules/pii.yaml"), help="PII rules file")
    parser.add_argument("--baseline", action="store_true", help="also time the full ja_ginza pipeline")
    parser.add_argument("--show-errors", type=int, default=0, metavar="N", help="misses and false alarms per type")
    parser.add_argument("--corpus", choices=("main", "holdout", "blind", "fresh", "third", "fourth", "fifth", "sixth",
                                                  "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
                                                  "thirteenth", "fourteenth", "fifteenth", "sixteenth"),
                        default="main", help="which labelled corpus to score")
    parser.add_argument("--seed", type=int, default=None, help="corpus seed (default: the corpus's own)")
    parser.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    args = parser.parse_args(argv)

    if args.seed is None:
        args.seed = {"holdout": HOLDOUT_SEED, "blind": BLIND_SEED, "fresh": FRESH_SEED,
                     "third": THIRD_SEED, "fourth": FOURTH_SEED,
                     "fifth": FIFTH_SEED, "sixth": SIXTH_SEED, "seventh": SEVENTH_SEED,
                     "eighth": EIGHTH_SEED, "ninth": NINTH_SEED, "tenth": TENTH_SEED,
                     "eleventh": ELEVENTH_SEED, "twelfth": TWELFTH_SEED,
                     "thirteenth": THIRTEENTH_SEED, "fourteenth": FOURTEENTH_SEED,
                     "fifteenth": FIFTEENTH_SEED, "sixteenth": SIXTEENTH_SEED}.get(args.corpus, SEED)
    build_blind_kind = {"blind": build_blind, "fresh": build_fresh, "third": build_third,
                        "fourth": build_fourth, "fifth": build_fifth, "sixth": build_sixth,
                        "seventh": build_seventh, "eighth": build_eighth, "ninth": build_ninth,
                        "tenth": build_tenth, "eleventh": build_eleventh, "twelfth": build_twelfth,
                        "thirteenth": build_thirteenth, "fourteenth": build_fourteenth,
                        "fifteenth": build_fifteenth, "sixteenth": build_sixteenth}.get(args.corpus)
    blind = build_blind_kind(args.seed) if build_blind_kind else None
    samples: Sequence[_Doc] = blind or (build_holdout if args.corpus == "holdout" else build_corpus)(args.seed)
    texts = [s.text for s in samples]
    chars = sum(len(t) for t in texts)
    predictions, seconds = analyse(texts, args.rules)
    if blind is not None:
        report, leak = blind_report.evaluate(blind, predictions)
        missed = blind_report.failures(leak)
    else:
        report = score([s.spans for s in samples], predictions, [s.negative for s in samples])
        missed = failures(report)

    negatives = report.negative_docs
    print(f"{args.corpus} (seed {args.seed}): {len(samples)} documents ({negatives} negative), {chars:,} characters\n")
    print(format_table(report))
    print(
        f"\nfalse alarms: {report.flagged_negative_docs}/{negatives} negative documents ({report.false_alarm_rate:.1%})"
    )
    print(f"throughput: {chars / seconds:,.0f} characters/s ({seconds:.1f} s)")
    if args.baseline:
        base = baseline_seconds(texts)
        print(f"baseline ja_ginza nlp.pipe: {chars / base:,.0f} characters/s ({base:.1f} s)")
    if blind is not None:
        print("\n" + blind_report.format_leaks(leak))
    if args.show_errors and args.corpus != HELD_OUT:
        print(format_errors(report, samples, args.show_errors))
    print("\ntargets: " + ("all met" if not missed else "MISSED\n  " + "\n  ".join(missed)))
    return 1 if args.check and missed else 0


if __name__ == "__main__":
    sys.exit(main())
