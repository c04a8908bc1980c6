
"""Build the fifth held-out corpus: about 450 documents with personal data and 100 hard negatives."""

from __future__ import annotations

import random
from collections.abc import Callable

from tests.eval.blind.model import BlindDoc, Builder

from .genres_care import welfare
from .genres_office import bank, email, form
from .genres_public import encyclopedic, minutes, news
from .genres_talk import chat, counter_memo, foreign_resident
from .negatives import KINDS, negative
from .values import Ctx

SEED = 55_2026

PLAN: list[tuple[str, Callable[[Ctx], Builder], int]] = [
    ("news", news, 33), ("encyclopedic", encyclopedic, 31), ("minutes", minutes, 24), ("chat", chat, 57),
    ("foreign_resident", foreign_resident, 48), ("counter_memo", counter_memo, 52), ("welfare", welfare, 54),
    ("form", form, 56), ("email", email, 35), ("bank", bank, 40),
]
NEGATIVES_PER_KIND = 19


def build_fifth(seed: int = SEED) -> list[BlindDoc]:
    """Every document of the corpus, in a fixed order; the same seed always gives the same corpus."""
    ctx = Ctx(random.Random(seed))
    jobs: list[tuple[str, Callable[[Ctx], Builder]]] = []
    for kind, gen, n in PLAN:
        jobs.extend((kind, gen) for _ in range(n))
    for kind in KINDS:
        jobs.extend((kind, lambda c, k=kind: negative(c, k)) for _ in range(NEGATIVES_PER_KIND))
    ctx.rng.shuffle(jobs)
    docs = []
    for i, (kind, gen) in enumerate(jobs, start=1):
        docs.append(gen(ctx).build(f"fifth-{i:04d}", kind))
    return docs
