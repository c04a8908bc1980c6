"""Scoring of predicted findings against gold spans: pure functions, no I/O.

A prediction matches a gold span when the types are equal and the spans overlap; matching is one-to-one,
greedy by overlap size. Coverage counts gold characters covered by a prediction of any type.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal, Protocol


class SpanLike(Protocol):
    """Anything with an entity type and offsets (GoldSpan, Finding)."""

    @property
    def entity(self) -> str: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


@dataclass(slots=True)
class TypeScore:
    """Counts for one entity type (or the micro total)."""

    entity: str
    gold: int = 0
    tp: int = 0
    fp: int = 0
    fn: int = 0
    exact: int = 0
    gold_chars: int = 0
    covered_chars: int = 0

    @property
    def precision(self) -> float:
        """TP / (TP + FP); 1.0 when nothing was predicted."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        """TP / (TP + FN); 1.0 when there was nothing to find."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def exact_rate(self) -> float:
        """Share of true positives whose boundaries equal the gold span's."""
        return self.exact / self.tp if self.tp else 0.0

    @property
    def coverage(self) -> float:
        """Share of gold characters covered by a prediction of any type."""
        return self.covered_chars / self.gold_chars if self.gold_chars else 1.0

    def add(self, other: TypeScore) -> None:
        """Accumulate another type's counts (for micro totals)."""
        self.gold += other.gold
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        self.exact += other.exact
        self.gold_chars += other.gold_chars
        self.covered_chars += other.covered_chars


@dataclass(frozen=True, slots=True)
class ScoringError:
    """A gold span nobody found (miss) or a prediction that matched no gold span (false_alarm)."""

    doc: int
    kind: Literal["miss", "false_alarm"]
    entity: str
    start: int
    end: int


@dataclass(slots=True)
class Report:
    """Scores for a whole corpus."""

    per_type: dict[str, TypeScore]
    negative_docs: int
    flagged_negative_docs: int
    errors: list[ScoringError] = field(default_factory=list)

    @property
    def micro(self) -> TypeScore:
        total = TypeScore("TOTAL")
        for score in self.per_type.values():
            total.add(score)
        return total

    @property
    def false_alarm_rate(self) -> float:
        """Share of negative documents with any finding."""
        return self.flagged_negative_docs / self.negative_docs if self.negative_docs else 0.0


def overlap(a: SpanLike, b: SpanLike) -> int:
    """Number of characters two spans share."""
    return max(0, min(a.end, b.end) - max(a.start, b.start))


def match(gold: Sequence[SpanLike], pred: Sequence[SpanLike]) -> list[tuple[int, int]]:
    """One-to-one (gold index, prediction index) pairs of equal type, greedy by overlap size."""
    candidates = sorted(
        (-overlap(g, p), gi, pi)
        for gi, g in enumerate(gold)
        for pi, p in enumerate(pred)
        if g.entity == p.entity and overlap(g, p) > 0
    )
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs = []
    for _, gi, pi in candidates:
        if gi not in used_gold and pi not in used_pred:
            used_gold.add(gi)
            used_pred.add(pi)
            pairs.append((gi, pi))
    return sorted(pairs)


def covered(span: SpanLike, pred: Sequence[SpanLike]) -> int:
    """Characters of `span` covered by the union of all predictions, whatever their type."""
    intervals = sorted((max(span.start, p.start), min(span.end, p.end)) for p in pred if overlap(span, p))
    total, reach = 0, span.start
    for start, end in intervals:
        start = max(start, reach)
        if end > start:
            total += end - start
            reach = end
    return total


def score(gold: Sequence[Sequence[SpanLike]], pred: Sequence[Sequence[SpanLike]], negative: Sequence[bool]) -> Report:
    """Score predictions document by document; the three sequences are parallel."""
    if not len(gold) == len(pred) == len(negative):
        raise ValueError("gold, pred and negative must have the same length")
    per_type: dict[str, TypeScore] = {}
    errors: list[ScoringError] = []
    flagged = 0

    def row(entity: str) -> TypeScore:
        return per_type.setdefault(entity, TypeScore(entity))

    for doc, (gold_spans, pred_spans, is_negative) in enumerate(zip(gold, pred, negative, strict=True)):
        flagged += bool(is_negative and pred_spans)
        pairs = match(gold_spans, pred_spans)
        matched_gold = {gi for gi, _ in pairs}
        matched_pred = {pi for _, pi in pairs}
        for gi, g in enumerate(gold_spans):
            r = row(g.entity)
            r.gold += 1
            r.gold_chars += g.end - g.start
            r.covered_chars += covered(g, pred_spans)
            if gi not in matched_gold:
                r.fn += 1
                errors.append(ScoringError(doc, "miss", g.entity, g.start, g.end))
        for gi, pi in pairs:
            g, p = gold_spans[gi], pred_spans[pi]
            r = row(g.entity)
            r.tp += 1
            r.exact += (g.start, g.end) == (p.start, p.end)
        for pi, p in enumerate(pred_spans):
            if pi not in matched_pred:
                row(p.entity).fp += 1
                errors.append(ScoringError(doc, "false_alarm", p.entity, p.start, p.end))
    return Report(dict(sorted(per_type.items())), sum(negative), flagged, errors)
