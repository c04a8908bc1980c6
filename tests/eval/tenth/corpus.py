"""The tenth blind corpus: `build_tenth(SEED)`; `python -m tests.eval.tenth.corpus` prints counts per entity, form."""

from __future__ import annotations

from collections import Counter

from tests.eval.blind.model import BlindDoc, Builder
from tests.eval.tenth import docs_civic, docs_misc, docs_welfare, kit
from tests.eval.tenth.negatives import NEGATIVES
from tests.eval.tenth.values import Gen

SEED = 20261202
DOCUMENTS = 540
NEGATIVE_DOCS = 112
PROSE = frozenset({"encyclopedic", "press_release", "pr_interview"})
POSITIVE = [*docs_civic.DOCS, *docs_welfare.DOCS, *docs_misc.DOCS]


def build_tenth(seed: int = SEED) -> list[BlindDoc]:
    """Build the corpus deterministically: positives cycle through shuffled templates, negatives are interleaved."""
    g = Gen(seed)
    slots = ["neg"] * NEGATIVE_DOCS + ["pos"] * (DOCUMENTS - NEGATIVE_DOCS)
    g.r.shuffle(slots)
    templates: list = []
    neg_i = 0
    docs: list[BlindDoc] = []
    for i, slot in enumerate(slots):
        b = Builder()
        doc_id = f"tenth-{i + 1:04d}"
        if slot == "neg":
            kind, write = NEGATIVES[neg_i % len(NEGATIVES)]
            neg_i += 1
            write(g, b)
        else:
            if not templates:
                templates = list(POSITIVE)
                g.r.shuffle(templates)
            kind = templates.pop()(g, b)
            if kind not in PROSE:
                kit.tail(g, b)
        docs.append(b.build(doc_id, kind))
    return docs


def counts(docs: list[BlindDoc]) -> tuple[Counter[str], Counter[tuple[str, str]]]:
    per_entity: Counter[str] = Counter()
    per_form: Counter[tuple[str, str]] = Counter()
    for d in docs:
        for s in d.spans:
            per_entity[s.entity] += 1
            per_form[(s.entity, s.form)] += 1
    return per_entity, per_form


def main() -> None:
    docs = build_tenth(SEED)
    per_entity, per_form = counts(docs)
    kinds = Counter(d.kind for d in docs)
    print(f"documents {len(docs)}, negatives {sum(d.negative for d in docs)}, kinds {len(kinds)}")
    for entity, n in sorted(per_entity.items(), key=lambda kv: -kv[1]):
        forms = sorted((f, c) for (e, f), c in per_form.items() if e == entity)
        print(f"{entity:24} {n:5}  " + ", ".join(f"{f} {c}" for f, c in forms))


if __name__ == "__main__":
    main()
