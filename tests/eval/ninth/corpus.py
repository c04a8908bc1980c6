"""The ninth blind evaluation corpus: city staff of less-covered departments pasting into a chat assistant.

`python -m tests.eval.ninth.corpus` prints counts per entity, per entity and form, and per kind.
"""

from __future__ import annotations

from collections import Counter

from tests.eval.blind.model import PERSONAL, BlindDoc, Builder
from tests.eval.ninth.families_a import FAMILIES_A
from tests.eval.ninth.families_b import FAMILIES_B
from tests.eval.ninth.families_c import FAMILIES_C
from tests.eval.ninth.negatives import NEGATIVES
from tests.eval.ninth.people import Ctx

SEED = 20261201
POSITIVE_DOCS = 425
NEGATIVE_DOCS = 110

FAMILIES = {**FAMILIES_A, **FAMILIES_B, **FAMILIES_C}
WEIGHTS = {"chat_short": 3, "forwarded_mail": 2, "disaster_evac_roster": 2, "citizen_voice": 2}

PREFIXES = (
    "以下を要約して。",
    "これを表にして",
    "英訳してください。",
    "次の内容をメール文にして",
    "下の記録、箇条書きにまとめてもらえる？",
    "要約しいて（急ぎ）",
    "表にしてくだささい",
    "住民あての通知文に直して。敬語で。",
    "この内容で課長への報告メール作って",
)
SUFFIXES = (
    "上記を要約してください。",
    "これ英訳して。",
    "↑メール文にしてほしいです",
    "以上を表形式に。",
    "誤字があれば直して",
    "３行でまとめて",
)


C, D, H, M, P = "CARE_INSURANCE", "DISABILITY_CERTIFICATE", "HEALTH_INSURANCE", "MY_NUMBER", "POSTAL_CODE"
R, PE, DL, PA, RC = "RESIDENT_CODE", "PENSION_NUMBER", "DRIVER_LICENSE", "PASSPORT", "RESIDENCE_CARD"
BA, CC = "BANK_ACCOUNT", "CREDIT_CARD"
EXTRA_IDS = {
    "disaster_evac_roster": (C, D, H, M, P, PE),
    "disaster_safety_log": (H, D, C, P),
    "disaster_shelter_reception": (H, M, RC, PA, DL, P),
    "water_open_close": (BA, CC, P, DL, M, PA),
    "water_leak": (P, BA, CC),
    "water_arrears": (BA, CC, P, R),
    "tax_owner_survey": (M, R, P, BA, PE),
    "tax_vacant_house": (P, R, DL, M, PA),
    "nursery_application": (M, H, BA, R, P, RC, PA),
    "nursery_contact_book": (H, P),
    "housing_tenant": (M, R, PE, D, P, C, RC),
    "housing_rent_arrears": (BA, PE, CC, D),
    "welfare_guardianship": (C, D, PE, R, P),
    "consumer_consultation": (CC, BA, DL, PE, P),
    "citizen_voice": (P, DL),
    "library_overdue": (DL, H, RC, PA, P),
    "dog_registration": (P, DL),
    "intl_foreign_resident": (M, R, PE, BA, H, RC, PA),
    "hr_staff_contacts": (M, PE, BA, DL, P),
    "hr_business_trip": (PA, M, PE, CC, DL),
    "hr_training_roster": (DL, P),
    "council_petition": (P, R),
}
EXTRA_HEADS = (
    "添付書類の記載事項：",
    "確認した番号（控え）",
    "【別紙より転記】",
    "備考：",
    "本人確認書類",
    "※システム入力用",
)


def _wrap(ctx: Ctx, b: Builder, kind: str, body) -> None:
    r = ctx.rng.random()
    if r < 0.35:
        b.line(ctx.choice(PREFIXES))
        b.line()
    body(ctx, b)
    if kind in EXTRA_IDS:
        n = ctx.choice((1, 2, 2, 3, 3))
        b.line(ctx.choice(EXTRA_HEADS))
        ctx.ids(b, EXTRA_IDS[kind], n)
    if 0.35 <= r < 0.6:
        b.line()
        b.line(ctx.choice(SUFFIXES))


def build_ninth(seed: int = SEED) -> list[BlindDoc]:
    """Build the corpus deterministically for a seed."""
    ctx = Ctx(seed)
    plan: list[tuple[str, bool]] = []
    kinds = [k for k in FAMILIES for _ in range(WEIGHTS.get(k, 1))]
    while len(plan) < POSITIVE_DOCS:
        batch = list(kinds)
        ctx.rng.shuffle(batch)
        plan.extend((k, False) for k in batch)
    plan = plan[:POSITIVE_DOCS]
    negs = list(NEGATIVES)
    plan.extend((negs[i % len(negs)], True) for i in range(NEGATIVE_DOCS))
    ctx.rng.shuffle(plan)
    docs = []
    for i, (kind, negative) in enumerate(plan, start=1):
        b = Builder()
        _wrap(ctx, b, kind, NEGATIVES[kind] if negative else FAMILIES[kind])
        doc = b.build(f"ninth-{i:04d}", kind)
        if doc.negative != negative:
            raise AssertionError(f"{doc.id} {kind}: negative={doc.negative}")
        docs.append(doc)
    return docs


def counts(docs: list[BlindDoc]) -> tuple[Counter[str], Counter[tuple[str, str]], Counter[str]]:
    per_entity: Counter[str] = Counter()
    per_form: Counter[tuple[str, str]] = Counter()
    per_kind: Counter[str] = Counter(d.kind for d in docs)
    for d in docs:
        for s in d.spans:
            per_entity[s.entity] += 1
            per_form[(s.entity, s.form)] += 1
    return per_entity, per_form, per_kind


def main() -> None:
    docs = build_ninth(SEED)
    per_entity, per_form, per_kind = counts(docs)
    neg = sum(d.negative for d in docs)
    print(f"documents {len(docs)}  positive {len(docs) - neg}  negative {neg}  seed {SEED}")
    print("\n# per entity")
    for e, n in sorted(per_entity.items(), key=lambda x: (x[0] not in PERSONAL, x[0])):
        print(f"{e:24s} {n:5d}")
    print("\n# per entity and form")
    for (e, f), n in sorted(per_form.items()):
        print(f"{e:24s} {f:18s} {n:5d}")
    print("\n# per kind")
    for k, n in sorted(per_kind.items()):
        print(f"{k:32s} {n:4d}")


if __name__ == "__main__":
    main()
