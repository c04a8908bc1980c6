"""Build the eleventh blind corpus; `python -m tests.eval.eleventh.corpus` prints its counts."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from tests.eval.blind.model import BlindDoc, Builder

from .applications import APPLICATION_KINDS
from .chat import CHAT_KINDS
from .gen import Gen
from .negatives import NEGATIVE_KINDS
from .prose import PROSE_KINDS
from .records import RECORD_KINDS

SEED = 20261204
Kind = tuple[str, Callable[[Gen], Builder], int]
POSITIVE_KINDS: tuple[Kind, ...] = (*PROSE_KINDS, *CHAT_KINDS, *RECORD_KINDS, *APPLICATION_KINDS)
ALL_KINDS: tuple[Kind, ...] = (*POSITIVE_KINDS, *NEGATIVE_KINDS)


def build_eleventh(seed: int = SEED) -> list[BlindDoc]:
    """All documents, in a seeded order; ids eleventh-0001 …"""
    return build_with_state(seed)[0]


def build_with_state(seed: int = SEED) -> tuple[list[BlindDoc], Gen]:
    """The documents and the generator whose form counts drove the balancing."""
    g = Gen(seed)
    schedule = [(name, fn) for name, fn, n in ALL_KINDS for _ in range(n)]
    g.rng.shuffle(schedule)
    docs: list[BlindDoc] = []
    for i, (name, fn) in enumerate(schedule, 1):
        docs.append(fn(g).build(f"eleventh-{i:04d}", name))
    return docs, g


def counts(docs: list[BlindDoc]) -> tuple[Counter[str], Counter[tuple[str, str]]]:
    per_entity: Counter[str] = Counter()
    per_form: Counter[tuple[str, str]] = Counter()
    for doc in docs:
        for span in doc.spans:
            per_entity[span.entity] += 1
            per_form[(span.entity, span.form)] += 1
    return per_entity, per_form


def main() -> None:
    docs = build_eleventh()
    per_entity, per_form = counts(docs)
    negatives = [d for d in docs if d.negative]
    print(f"documents {len(docs)}  negatives {len(negatives)} in {len({d.kind for d in negatives})} kinds")
    print(f"personal values {sum(n for e, n in per_entity.items() if e not in ('ORGANIZATION', 'LOCATION'))}")
    for entity, n in sorted(per_entity.items(), key=lambda kv: -kv[1]):
        forms = sorted(((f, c) for (e, f), c in per_form.items() if e == entity), key=lambda fc: -fc[1])
        print(f"{entity:24s} {n:5d}  min {min(c for _f, c in forms):3d}")
        print("    " + ", ".join(f"{f} {c}" for f, c in forms))


if __name__ == "__main__":
    main()
