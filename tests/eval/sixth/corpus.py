"""Build the sixth corpus: about 550 documents, deterministic for a given seed."""

from __future__ import annotations

from collections.abc import Callable

from tests.eval.blind.model import BlindDoc, Builder
from tests.eval.sixth import docs_dev, docs_machine, docs_office, docs_people, docs_prose, negatives
from tests.eval.sixth.core import FORMS, TARGET, Gen

SEED = 60613

POSITIVE: dict[str, tuple[Callable[[Gen], Builder], int]] = {
    "news": (docs_prose.news, 27), "encyclopedic": (docs_prose.encyclopedic, 25), "minutes": (docs_prose.minutes, 20),
    "chat": (docs_people.chat, 32), "foreign_resident": (docs_people.foreign_resident, 28),
    "counter_memo": (docs_people.counter_memo, 25), "welfare": (docs_people.welfare, 30),
    "form": (docs_office.form, 23), "email": (docs_office.email, 26), "bank": (docs_office.bank, 26),
    "json": (docs_machine.json_doc, 27), "csv_export": (docs_machine.csv_export, 21), "log": (docs_machine.log, 28),
    "prompt": (docs_dev.prompt, 30), "code": (docs_dev.code, 28),
}
NEGATIVE_PROSE_EACH = 11
NEGATIVE_MACHINE_EACH = 9
TOP_UP_KINDS = ("csv_export", "form", "json", "counter_memo")


def deficits(g: Gen) -> list[tuple[str, str]]:
    return [(e, f) for e, forms in FORMS.items() for f in forms if g.counts[(e, f)] < TARGET[e]]


def build_sixth(seed: int = SEED) -> list[BlindDoc]:
    g = Gen(seed)
    plan: list[str] = [k for k, (_, n) in POSITIVE.items() for _ in range(n)]
    plan += [k for k in negatives.PROSE for _ in range(NEGATIVE_PROSE_EACH)]
    plan += [k for k in negatives.MACHINE for _ in range(NEGATIVE_MACHINE_EACH)]
    g.rng.shuffle(plan)
    gens: dict[str, Callable[[Gen], Builder]] = {k: f for k, (f, _) in POSITIVE.items()}
    gens.update(negatives.PROSE)
    gens.update(negatives.MACHINE)
    docs: list[BlindDoc] = []
    for kind in plan:
        docs.append(gens[kind](g).build(f"sixth-{len(docs) + 1:04d}", kind))
    extra = 0
    while deficits(g) and extra < 80:
        kind = TOP_UP_KINDS[extra % len(TOP_UP_KINDS)]
        docs.append(gens[kind](g).build(f"sixth-{len(docs) + 1:04d}", kind))
        extra += 1
    return docs
