"""Build the third held-out corpus: 550 documents, 450 with personal data and 100 hard negatives.

Labelling conventions: every written occurrence of a natural person's name is a PERSON span without its
honorific or title; an ADDRESS runs from its first written part to the last (room number included); only the
number of an identifier is labelled, never its label word; a birth year alone and ages are not labelled;
departments, companies, schools and hospitals are ORGANIZATION, cities, districts, stations, rivers and
facilities are LOCATION. Numeric written forms are balanced per identifier family (see render.NUM_FORMS).
"""

from __future__ import annotations

from tests.eval.blind.model import BlindDoc, Builder
from tests.eval.third import bank, chat, counter, email, encyclopedic, foreign, form, minutes, negative, news, welfare
from tests.eval.third.forms import Ctx

SEED = 20261130

PLAN = [
    ("news", news, 32),
    ("encyclopedic", encyclopedic, 30),
    ("minutes", minutes, 26),
    ("chat", chat, 54),
    ("foreign_resident", foreign, 50),
    ("counter_memo", counter, 64),
    ("welfare", welfare, 50),
    ("form", form, 70),
    ("email", email, 36),
    ("bank", bank, 38),
]
NEGATIVES = 100


def build_third(seed: int = SEED) -> list[BlindDoc]:
    """Generate the corpus deterministically from ``seed``."""
    ctx = Ctx(seed)
    made: list[tuple[str, Builder]] = []
    for kind, module, n in PLAN:
        made.extend((kind, b) for b in module.docs(ctx, n))
    made.extend(negative.docs(ctx, NEGATIVES))
    ctx.rng.shuffle(made)
    return [b.build(f"third-{i:04d}", kind) for i, (kind, b) in enumerate(made, 1)]
