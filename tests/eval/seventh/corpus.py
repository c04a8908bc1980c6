"""Build the seventh corpus: about 550 documents, a third of them machine-shaped, 100 hard negatives."""

from __future__ import annotations

from collections.abc import Callable

from tests.eval.blind.model import BlindDoc, Builder
from tests.eval.seventh import chat, foreign, negatives, office, programs, prose, records, welfare
from tests.eval.seventh.ctx import Ctx

SEED = 70707

PLAN: list[tuple[str, Callable[[Ctx], Builder], int]] = [
    ("news", prose.news, 20),
    ("encyclopedic", prose.encyclopedic, 20),
    ("minutes", prose.minutes, 12),
    ("chat", chat.chat, 30),
    ("foreign_resident", foreign.foreign_resident, 30),
    ("counter_memo", chat.counter_memo, 36),
    ("welfare", welfare.welfare, 34),
    ("form", office.form, 32),
    ("email", office.email, 20),
    ("bank", welfare.bank, 28),
    ("json", records.json_doc, 40),
    ("csv_export", records.csv_export, 24),
    ("log", programs.log, 28),
    ("prompt", programs.prompt, 28),
    ("code", programs.code, 20),
]
NEGATIVE_PLAN = {
    "negative_statistics": 11,
    "negative_notice": 11,
    "negative_procedure": 10,
    "negative_budget": 10,
    "negative_faq": 10,
    "negative_minutes": 10,
    "negative_json": 12,
    "negative_csv": 9,
    "negative_log": 9,
    "negative_code": 8,
}


def build_seventh(seed: int = SEED) -> list[BlindDoc]:
    """Every document of the corpus, in a fixed interleaved order, ids seventh-0001…"""
    ctx = Ctx(seed)
    jobs: list[tuple[str, Callable[[Ctx], Builder]]] = [(k, g) for k, g, n in PLAN for _ in range(n)]
    jobs += [(k, negatives.GENERATORS[k]) for k, n in NEGATIVE_PLAN.items() for _ in range(n)]
    ctx.rng.shuffle(jobs)
    docs = []
    for i, (kind, gen) in enumerate(jobs, start=1):
        docs.append(gen(ctx).build(f"seventh-{i:04d}", kind))
    return docs
