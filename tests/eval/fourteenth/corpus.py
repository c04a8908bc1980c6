"""The fourteenth blind corpus: about 550 documents built deterministically from SEED."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from tests.eval.blind.model import BlindDoc, Builder
from tests.eval.fourteenth import kinds_admin as A
from tests.eval.fourteenth import kinds_care as C
from tests.eval.fourteenth import kinds_prose as P
from tests.eval.fourteenth import kinds_service as S
from tests.eval.fourteenth import kinds_talk as T
from tests.eval.fourteenth.negatives import NEGATIVES, negative
from tests.eval.fourteenth.values import Ctx

SEED = 20261207
POSITIVES = 470
NEGATIVE_DOCS = 110

# kind: (generator, weight, prose)
KINDS: dict[str, tuple[Callable[[Ctx, Builder], None], int, bool]] = {
    "water_open_close": (S.water_open, 3, False),
    "water_leak": (S.water_leak, 3, False),
    "water_arrears": (S.water_arrears, 3, False),
    "bulky_waste": (S.bulky_waste, 3, False),
    "illegal_dumping_call": (S.illegal_dumping, 3, True),
    "housing_application": (S.housing_apply, 3, False),
    "housing_rent_mail": (S.housing_rent, 4, True),
    "housing_moveout": (S.housing_moveout, 2, False),
    "nursery_application": (S.nursery, 3, False),
    "gakudo_waitlist": (S.gakudo, 2, False),
    "ambulance_record": (C.ambulance, 3, False),
    "call_119": (C.call_119, 4, True),
    "library_notice": (C.library, 3, False),
    "hospital_referral": (C.hospital_referral, 3, False),
    "discharge_chat": (C.discharge_chat, 4, True),
    "guardian_welfare_case": (C.guardian_case, 3, False),
    "farmland": (A.farmland, 2, False),
    "vacant_house_heirs": (A.vacant_house, 3, False),
    "cemetery_succession": (A.cemetery, 3, False),
    "hr_transfer": (A.hr_transfer, 2, False),
    "hr_leave": (A.hr_leave, 2, False),
    "harassment_record": (A.harassment, 2, True),
    "contractor_registration": (A.contractor, 3, False),
    "homestay_mail": (A.homestay, 5, True),
    "sister_city_delegation": (A.delegation, 4, False),
    "council_answer_chat": (A.council, 2, True),
    "petition": (A.petition, 2, False),
    "mayor_letter": (A.mayor_letter, 4, True),
    "town_person_article": (P.town_person, 6, True),
    "award_article": (P.award, 4, True),
    "encyclopedic": (P.encyclopedic, 6, True),
    "minutes": (P.minutes, 4, True),
    "phone_consult": (P.phone_consult, 4, True),
    "spoken_ids_memo": (P.spoken_ids, 9, True),
    "chat_thread": (T.chat, 5, True),
    "mail_thread": (T.mail_thread, 5, True),
    "foreign_resident_mail": (T.foreign_mail, 7, True),
    "foreign_resident_form": (T.resident_form, 6, False),
    "id_register": (T.id_register, 6, False),
    "id_form": (T.id_form, 48, False),
}


def build_with_counts(seed: int = SEED) -> tuple[list[BlindDoc], Counter[tuple[str, str]]]:
    """The documents and the (entity, form) counts that drove the choice of forms."""
    ctx = Ctx(seed)
    plan: list[str] = []
    names = list(KINDS)
    weights = [KINDS[k][1] for k in names]
    plan = list(names)  # every kind at least once
    plan += ctx.rng.choices(names, weights=weights, k=POSITIVES - len(names))
    neg_names = list(NEGATIVES)
    neg_plan = [neg_names[i % len(neg_names)] for i in range(NEGATIVE_DOCS)]
    plan += neg_plan
    ctx.rng.shuffle(plan)
    docs: list[BlindDoc] = []
    for i, kind in enumerate(plan, 1):
        b = Builder()
        if kind in NEGATIVES:
            negative(ctx, b, kind)
        else:
            KINDS[kind][0](ctx, b)
        docs.append(b.build(f"fourteenth-{i:04d}", kind))
    return docs, ctx.counts


def build_fourteenth(seed: int = SEED) -> list[BlindDoc]:
    """The corpus for ``seed``."""
    return build_with_counts(seed)[0]


def main() -> None:
    docs, counts = build_with_counts()
    per_entity: Counter[str] = Counter()
    for d in docs:
        for s in d.spans:
            per_entity[s.entity] += 1
    print(
        f"documents {len(docs)}: positive {sum(not d.negative for d in docs)}, negative {sum(d.negative for d in docs)}"
    )
    for entity, n in sorted(per_entity.items()):
        print(f"{entity:24} {n}")
    print()
    for (entity, form), n in sorted(counts.items()):
        print(f"{entity:24} {form:20} {n}")


if __name__ == "__main__":
    main()
