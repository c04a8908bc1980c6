"""Deterministic labelled corpus of Japanese city-work texts, with gold spans computed by construction."""

from __future__ import annotations

import random
from dataclasses import dataclass

from faker import Faker

from tests.eval import templates_counter, templates_messages, templates_office, templates_welfare
from tests.eval.slots import DocCtx, render
from tests.eval.templates_negative import NEGATIVE

SEED = 20240401
POSITIVE_REPEATS = 14
NEGATIVE_REPEATS = 10
POSITIVE: dict[str, tuple[str, ...]] = {
    kind: templates
    for module in (templates_counter, templates_welfare, templates_office, templates_messages)
    for kind, templates in module.POSITIVE.items()
}


@dataclass(frozen=True, slots=True)
class GoldSpan:
    """One labelled entity: Python string offsets into Sample.text."""

    entity: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Sample:
    """One document; negative documents contain no personal information at all."""

    id: str
    kind: str
    text: str
    spans: tuple[GoldSpan, ...]
    negative: bool


def _samples(groups: dict[str, tuple[str, ...]], repeats: int, negative: bool, fake: Faker, seed: int) -> list[Sample]:
    out = []
    prefix = "neg" if negative else "pos"
    for k, (kind, templates) in enumerate(groups.items()):
        for t, template in enumerate(templates):
            for rep in range(repeats):
                sample_id = f"{prefix}-{k:02d}-{t:02d}-{rep:02d}"
                rng = random.Random(f"{seed}:{sample_id}")
                fake.seed_instance(rng.getrandbits(32))
                text, spans = render(template, DocCtx(rng, fake))
                gold = tuple(GoldSpan(entity, start, end) for entity, start, end in spans)
                out.append(Sample(sample_id, kind, text, gold, negative))
    return out


def build_corpus(seed: int = SEED) -> list[Sample]:
    """All samples, positives first; the same list on every run. Another seed gives fresh values (a hold-out)."""
    fake = Faker("ja_JP")
    samples = _samples(POSITIVE, POSITIVE_REPEATS, False, fake, seed)
    samples += _samples(NEGATIVE, NEGATIVE_REPEATS, True, fake, seed)
    if any(s.negative and s.spans for s in samples):
        raise AssertionError("a negative template produced a labelled span")
    return samples
