"""The "fourth" held-out corpus: ~550 Japanese municipal documents with gold spans and written forms."""

from __future__ import annotations

import random

from tests.eval.blind.model import BlindDoc

from . import bank, chat, counter, email_doc, encyclopedic, foreign, forms, minutes, negatives, news, welfare
from .gen import Gen

SEED = 20261130

POSITIVE = {
    "news": (news.make, 42),
    "encyclopedic": (encyclopedic.make, 42),
    "minutes": (minutes.make, 40),
    "chat": (chat.make, 50),
    "foreign_resident": (foreign.make, 46),
    "counter_memo": (counter.make, 46),
    "welfare": (welfare.make, 48),
    "form": (forms.make, 50),
    "email": (email_doc.make, 42),
    "bank": (bank.make, 44),
}
NEGATIVE = {
    "negative_statistics": 17,
    "negative_notice": 17,
    "negative_procedure": 17,
    "negative_budget": 16,
    "negative_faq": 16,
    "negative_minutes": 17,
}


def build_fourth(seed: int = SEED) -> list[BlindDoc]:
    """Build every document; the order of kinds is shuffled once with the seed."""
    rng = random.Random(seed)
    g = Gen(rng)
    plan: list[tuple[str, int]] = []
    for kind, (_make, n) in POSITIVE.items():
        plan.extend((kind, i) for i in range(n))
    for kind, n in NEGATIVE.items():
        plan.extend((kind, i) for i in range(n))
    rng.shuffle(plan)
    docs: list[BlindDoc] = []
    for number, (kind, i) in enumerate(plan, start=1):
        doc_id = f"fourth-{number:04d}"
        builder = negatives.make(g, kind, i) if kind in NEGATIVE else POSITIVE[kind][0](g, i)
        doc = builder.build(doc_id, kind)
        if kind in NEGATIVE and not doc.negative:
            raise ValueError(f"{doc_id}: a negative document holds personal data")
        if kind not in NEGATIVE and doc.negative:
            raise ValueError(f"{doc_id}: a {kind} document has no personal data")
        docs.append(doc)
    return docs
