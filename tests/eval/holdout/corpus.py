"""The hold-out corpus: `build_holdout()` renders every template a few times with seeded values."""

from __future__ import annotations

import random

from faker import Faker

from tests.eval.corpus import GoldSpan, Sample
from tests.eval.holdout import templates_care, templates_counter, templates_docs, templates_messages
from tests.eval.holdout.render import Ctx, render
from tests.eval.holdout.templates_negative import NEGATIVE

SEED = 20250917
POSITIVE_REPEATS = 6
NEGATIVE_REPEATS = 6
POSITIVE: dict[str, tuple[str, ...]] = {
    kind: templates
    for module in (templates_counter, templates_care, templates_messages, templates_docs)
    for kind, templates in module.POSITIVE.items()
}


def _samples(groups: dict[str, tuple[str, ...]], repeats: int, negative: bool, seed: int) -> list[Sample]:
    fake = Faker("ja_JP")
    prefix = "hneg" if negative else "hpos"
    out = []
    for kind, templates in groups.items():
        for t, template in enumerate(templates):
            for rep in range(repeats):
                sample_id = f"{prefix}-{kind}-{t:02d}-{rep:02d}"
                rng = random.Random(f"{seed}:{sample_id}")
                fake.seed_instance(rng.getrandbits(32))
                text, spans = render(template, Ctx(rng, fake))
                gold = tuple(GoldSpan(entity, start, end) for entity, start, end in spans)
                out.append(Sample(sample_id, f"holdout-{kind}", text, gold, negative))
    return out


def build_holdout(seed: int = SEED) -> list[Sample]:
    """Positives then negatives; the same list for the same seed."""
    samples = _samples(POSITIVE, POSITIVE_REPEATS, False, seed)
    samples += _samples(NEGATIVE, NEGATIVE_REPEATS, True, seed)
    if any(s.negative and s.spans for s in samples):
        raise AssertionError("a negative template produced a labelled span")
    return samples
