"""Leak scoring: what reaches the upstream, value by value, by type and by written form. Pure functions.

A personal value leaks when any of its characters that carry information (not spaces, punctuation or
zero-width characters) is left uncovered by the findings, whatever their type: a name of which only the
given name is masked has leaked. A value that must not be masked (an organisation, a place) counts as
over-masked when any finding overlaps it.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from tests.eval.score import SpanLike, overlap


class FormSpan(SpanLike, Protocol):
    """A gold span that also says how its value is written."""

    @property
    def form(self) -> str: ...


def _carries_information(char: str) -> bool:
    return not (char.isspace() or unicodedata.category(char)[0] in "PZC")


def leaked(text: str, gold: SpanLike, findings: Iterable[SpanLike]) -> bool:
    """True when a character of ``gold`` that carries information is not inside any finding."""
    covered = [False] * (gold.end - gold.start)
    for f in findings:
        for i in range(max(f.start, gold.start), min(f.end, gold.end)):
            covered[i - gold.start] = True
    return any(not c and _carries_information(text[gold.start + i]) for i, c in enumerate(covered))


@dataclass(slots=True)
class Rate:
    """How many values, and how many of them leaked (or were masked, for values that must stay)."""

    total: int = 0
    hit: int = 0

    @property
    def rate(self) -> float:
        return self.hit / self.total if self.total else 0.0


@dataclass(slots=True)
class LeakReport:
    """Leaks per type, per (type, form) and per (type, document kind); over-masking of what must stay."""

    per_type: dict[str, Rate] = field(default_factory=dict)
    per_form: dict[tuple[str, str], Rate] = field(default_factory=dict)
    per_kind: dict[tuple[str, str], Rate] = field(default_factory=dict)
    over_masked: dict[str, Rate] = field(default_factory=dict)
    negative_docs: Rate = field(default_factory=Rate)

    def total(self) -> Rate:
        """All personal values together."""
        return Rate(sum(r.total for r in self.per_type.values()), sum(r.hit for r in self.per_type.values()))


def leaks(texts: Sequence[str], kinds: Sequence[str], gold: Sequence[Sequence[FormSpan]],
          findings: Sequence[Sequence[SpanLike]], negative: Sequence[bool], keep: frozenset[str]) -> LeakReport:
    """Score a corpus: ``keep`` names the gold types that must not be masked (ORGANIZATION, LOCATION)."""
    report = LeakReport()
    for text, kind, spans, found, is_negative in zip(texts, kinds, gold, findings, negative, strict=True):
        if is_negative:
            report.negative_docs.total += 1
            report.negative_docs.hit += bool(found)
        for span in spans:
            if span.entity in keep:
                rate = report.over_masked.setdefault(span.entity, Rate())
                rate.total += 1
                rate.hit += any(overlap(span, f) for f in found)
                continue
            hit = leaked(text, span, found)
            for key, table in (((span.entity, span.form), report.per_form), ((span.entity, kind), report.per_kind)):
                rate = table.setdefault(key, Rate())
                rate.total += 1
                rate.hit += hit
            rate = report.per_type.setdefault(span.entity, Rate())
            rate.total += 1
            rate.hit += hit
    return report
