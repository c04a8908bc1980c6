"""The blind evaluation corpus: `build_blind()` returns labelled Japanese documents, deterministically.

Gold offsets are recorded while the text is written (see model.Builder); nothing is searched afterwards.
"""

from __future__ import annotations

from collections.abc import Callable
from random import Random

from . import g_bank, g_chat, g_counter, g_encyclo, g_foreign, g_forms, g_mail, g_minutes, g_news, g_welfare
from .context import ADDRESS_FORMS, POSTAL_FORMS, Ctx
from .g_negative_a import TEMPLATES as NEGATIVE_A
from .g_negative_b import TEMPLATES as NEGATIVE_B
from .model import NOT_PERSONAL, PERSONAL, BlindDoc, BlindSpan, Builder
from .numerals import NUM_FORMS
from .values import DATE_FORMS, EMAIL_FORMS

__all__ = ["NOT_PERSONAL", "PERSONAL", "REQUIRED_FORMS", "SEED", "BlindDoc", "BlindSpan", "build_blind"]

SEED = 20250611

POSITIVE: tuple[tuple[str, Callable[[Ctx], Builder], int], ...] = (
    ("news", g_news.make, 45),
    ("encyclopedic", g_encyclo.make, 50),
    ("minutes", g_minutes.make, 35),
    ("chat", g_chat.make, 50),
    ("foreign_resident", g_foreign.make, 50),
    ("counter_memo", g_counter.make, 50),
    ("welfare", g_welfare.make, 50),
    ("form", g_forms.make, 65),
    ("email", g_mail.make, 45),
    ("bank", g_bank.make, 45),
)
NEGATIVE_PER_KIND = 24

NUMERIC_FAMILIES = (
    "PHONE_NUMBER",
    "MY_NUMBER",
    "RESIDENT_CODE",
    "HEALTH_INSURANCE",
    "PENSION_NUMBER",
    "DRIVER_LICENSE",
    "PASSPORT",
    "RESIDENCE_CARD",
    "BANK_ACCOUNT",
    "CREDIT_CARD",
    "CARE_INSURANCE",
    "DISABILITY_CERTIFICATE",
)
PERSON_FORMS = ("kanji", "fullwidth_space", "kana", "foreign_katakana", "romanized", "title", "surname_only", "prose")
REQUIRED_FORMS: dict[str, tuple[str, ...]] = {
    **{family: NUM_FORMS for family in NUMERIC_FAMILIES},
    "EMAIL_ADDRESS": EMAIL_FORMS,
    "PERSON": PERSON_FORMS,
    "ADDRESS": ADDRESS_FORMS,
    "POSTAL_CODE": POSTAL_FORMS,
    "BIRTH_DATE": DATE_FORMS,
}


def build_blind(seed: int = SEED) -> list[BlindDoc]:
    """Every document of the corpus, in a fixed (shuffled) order; the same list for the same seed."""
    ctx = Ctx(seed)
    made: list[tuple[str, Builder]] = []
    for kind, make, count in POSITIVE:
        for _ in range(count):
            while True:
                ctx.new_doc()
                b = make(ctx)
                if b.personal_count:
                    break
            made.append((kind, b))
    for kind, make in (*NEGATIVE_A.items(), *NEGATIVE_B.items()):
        for _ in range(NEGATIVE_PER_KIND):
            ctx.new_doc()
            made.append((kind, make(ctx)))
    Random(seed + 1).shuffle(made)
    counters: dict[str, int] = {}
    docs = []
    for kind, b in made:
        counters[kind] = counters.get(kind, 0) + 1
        doc = b.build(f"{kind}-{counters[kind]:03d}", kind)
        if doc.negative != kind.startswith("negative_"):
            raise ValueError(f"{doc.id}: negative flag does not match its kind")
        docs.append(doc)
    return docs


def summary(docs: list[BlindDoc]) -> str:
    """Documents per kind, spans per entity and per (entity, form)."""
    kinds: dict[str, int] = {}
    ents: dict[str, int] = {}
    forms: dict[tuple[str, str], int] = {}
    for d in docs:
        kinds[d.kind] = kinds.get(d.kind, 0) + 1
        for s in d.spans:
            ents[s.entity] = ents.get(s.entity, 0) + 1
            forms[(s.entity, s.form)] = forms.get((s.entity, s.form), 0) + 1
    personal = sum(n for e, n in ents.items() if e in PERSONAL)
    lines = [
        f"documents: {len(docs)}  negative: {sum(d.negative for d in docs)}  personal spans: {personal}"
        f"  ORGANIZATION/LOCATION spans: {sum(n for e, n in ents.items() if e in NOT_PERSONAL)}",
        "",
        "per kind:",
    ]
    lines += [f"  {k:22} {n}" for k, n in sorted(kinds.items())]
    lines += ["", "per entity:"] + [f"  {e:24} {n}" for e, n in sorted(ents.items())]
    lines += ["", "per (entity, form):"] + [f"  {e:24} {f:20} {n}" for (e, f), n in sorted(forms.items())]
    return "\n".join(lines)


if __name__ == "__main__":
    print(summary(build_blind()))
