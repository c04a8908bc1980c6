"""Build the seventh corpus: about 550 documents, a third of them machine-shaped, 100 hard negatives."""

from __future__ import annotations

from collections.abc import Callable

from tests.eval.blind.model import BlindDoc, Builder
from tests.eval.seventh import chat, foreign, negatives, office, programs, prose, records, short, welfare
from tests.eval.seventh.ctx import NUMERIC, Ctx
from tests.eval.seventh.forms import ADDRESS_FORMS, EMAIL_FORMS, NUM_FORMS, PERSON_FORMS

SEED = 70707

PLAN: list[tuple[str, Callable[[Ctx], Builder], int]] = [
    ("news", prose.news, 17),
    ("encyclopedic", prose.encyclopedic, 17),
    ("minutes", prose.minutes, 10),
    ("chat", chat.chat, 28),
    ("foreign_resident", foreign.foreign_resident, 28),
    ("counter_memo", chat.counter_memo, 36),
    ("welfare", welfare.welfare, 31),
    ("form", office.form, 32),
    ("email", office.email, 18),
    ("bank", welfare.bank, 28),
    ("json", records.json_doc, 38),
    ("csv_export", records.csv_export, 22),
    ("log", programs.log, 28),
    ("prompt", programs.prompt, 28),
    ("code", programs.code, 20),
    ("chat", short.short_chat, 26),
    ("news", short.short_news, 14),
    ("email", short.short_email, 10),
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

# every (entity, form) the tests ask for, at their minimum (8 numeric, 5 other); handover notes fill the gaps
TARGETS = [
    *((e, NUM_FORMS, 8) for e in NUMERIC),
    ("EMAIL_ADDRESS", EMAIL_FORMS, 5),
    ("PERSON", PERSON_FORMS, 5),
    ("ADDRESS", ADDRESS_FORMS, 5),
    ("BIRTH_DATE", ("seireki", "wareki", "slash", "kanji_numerals", "abbrev", "spaced"), 5),
]


def build_seventh(seed: int = SEED) -> list[BlindDoc]:
    """Every document of the corpus, in a fixed interleaved order, ids seventh-0001…"""
    ctx = Ctx(seed)
    jobs: list[tuple[str, Callable[[Ctx], Builder]]] = [(k, g) for k, g, n in PLAN for _ in range(n)]
    jobs += [(k, negatives.GENERATORS[k]) for k, n in NEGATIVE_PLAN.items() for _ in range(n)]
    ctx.rng.shuffle(jobs)
    docs = [gen(ctx).build(f"seventh-{i:04d}", kind) for i, (kind, gen) in enumerate(jobs, start=1)]
    needs = [(e, f) for e, forms, target in TARGETS for f in forms for _ in range(target - ctx.counts[e, f])]
    while needs:
        docs.append(chat.handover(ctx, needs[:4]).build(f"seventh-{len(docs) + 1:04d}", "counter_memo"))
        needs = needs[4:]
    return docs
