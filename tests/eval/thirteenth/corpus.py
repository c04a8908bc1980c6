"""The thirteenth blind corpus: services no earlier corpus covered, pasted by staff into a chat assistant."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from tests.eval.blind.model import PERSONAL, BlindDoc
from tests.eval.thirteenth import kinds_care as C
from tests.eval.thirteenth import kinds_civic as V
from tests.eval.thirteenth import kinds_people as H
from tests.eval.thirteenth import kinds_tax as T
from tests.eval.thirteenth.extras import extras
from tests.eval.thirteenth.layout import Doc
from tests.eval.thirteenth.negatives import NEGATIVES
from tests.eval.thirteenth.numbers import DOC_FORMS, EMAIL_FORMS, NUM_ENTITIES, NUM_FORMS, PHONE_FORMS
from tests.eval.thirteenth.values import ADDRESS_FORMS, BIRTH_FORMS, PERSON_FORMS, Ctx

SEED = 20261206
N_POSITIVE = 440
N_NEGATIVE = 110

FORMS: dict[str, tuple[str, ...]] = {
    "PERSON": PERSON_FORMS,
    "ADDRESS": ADDRESS_FORMS,
    "BIRTH_DATE": BIRTH_FORMS,
    "PHONE_NUMBER": PHONE_FORMS,
    "EMAIL_ADDRESS": EMAIL_FORMS,
    "PASSPORT": DOC_FORMS,
    "RESIDENCE_CARD": DOC_FORMS,
    **{e: NUM_FORMS for e in NUM_ENTITIES},
}
FORM_MIN = {e: (45 if e in ("PERSON", "ADDRESS") else 12) for e in FORMS}

Kind = Callable[[Ctx, Doc], None]
# kind name, generator, the entities it carries most (used to steer towards entities still short)
POSITIVES: tuple[tuple[str, Kind, tuple[str, ...]], ...] = (
    ("tax_certificate_request", T.tax_certificate, ("MY_NUMBER", "DRIVER_LICENSE", "POSTAL_CODE", "BIRTH_DATE")),
    ("tax_consultation", T.tax_consultation, ("BANK_ACCOUNT", "PENSION_NUMBER", "MY_NUMBER")),
    ("tax_delinquency", T.delinquency, ("BANK_ACCOUNT", "POSTAL_CODE")),
    ("property_owner_list", T.property_owners, ("POSTAL_CODE", "ADDRESS", "PHONE_NUMBER")),
    ("furusato_donors", T.furusato, ("CREDIT_CARD", "POSTAL_CODE", "EMAIL_ADDRESS")),
    ("ballot_reissue", T.ballot_reissue, ("BIRTH_DATE", "PASSPORT", "DRIVER_LICENSE")),
    ("early_vote_oath", T.early_vote, ("BIRTH_DATE", "ADDRESS")),
    ("voter_roll_extract", T.voter_roll, ("BIRTH_DATE", "ADDRESS")),
    ("evacuation_support_roster", C.evac_roster, ("CARE_INSURANCE", "DISABILITY_CERTIFICATE")),
    ("shelter_reception", C.shelter, ("CARE_INSURANCE", "BANK_ACCOUNT", "PHONE_NUMBER")),
    ("school_board_case", C.board_case, ("PERSON", "ADDRESS")),
    ("school_transfer", C.school_transfer, ("RESIDENT_CODE", "BIRTH_DATE", "POSTAL_CODE")),
    ("bullying_absence_report", C.bullying, ("PERSON", "PHONE_NUMBER")),
    ("school_nurse_note", C.nurse_note, ("HEALTH_INSURANCE", "PERSON")),
    ("health_checkup", C.checkup, ("HEALTH_INSURANCE", "BIRTH_DATE")),
    ("maternal_handbook", C.maternal, ("MY_NUMBER", "BANK_ACCOUNT")),
    ("vaccination_record", C.vaccination, ("HEALTH_INSURANCE", "BIRTH_DATE", "POSTAL_CODE")),
    ("mental_health_consultation", C.mental_health, ("DISABILITY_CERTIFICATE", "HEALTH_INSURANCE")),
    ("koseki_transcription", V.koseki, ("BIRTH_DATE", "ADDRESS", "PERSON")),
    ("juminhyo_proxy_request", V.juminhyo_proxy, ("RESIDENT_CODE", "DRIVER_LICENSE", "PASSPORT")),
    ("dv_support_measure", V.dv_support, ("ADDRESS", "PHONE_NUMBER")),
    ("disclosure_request", V.disclosure, ("EMAIL_ADDRESS", "POSTAL_CODE")),
    ("resident_audit_request", V.audit_request, ("ADDRESS", "PHONE_NUMBER")),
    ("petition_letter", V.petition, ("ADDRESS", "PHONE_NUMBER")),
    ("complaint_letter", V.complaint, ("EMAIL_ADDRESS", "PHONE_NUMBER")),
    ("foreign_resident_mail", H.foreign_mail, ("RESIDENCE_CARD", "PASSPORT", "EMAIL_ADDRESS")),
    ("staff_reply_foreign", H.foreign_reply, ("RESIDENCE_CARD", "PASSPORT")),
    ("sns_replies", H.sns, ("PERSON", "EMAIL_ADDRESS")),
    ("staff_chat", H.staff_chat, ("CARE_INSURANCE", "PERSON")),
    ("care_meeting_minutes", H.minutes, ("PERSON", "CARE_INSURANCE")),
    ("care_insurance", H.care_insurance, ("CARE_INSURANCE", "PENSION_NUMBER", "MY_NUMBER")),
    ("disability_services", H.disability, ("DISABILITY_CERTIFICATE", "BANK_ACCOUNT", "MY_NUMBER")),
    ("pension_consultation", H.pension, ("PENSION_NUMBER", "RESIDENT_CODE", "MY_NUMBER")),
    ("driver_roster", H.driver_roster, ("DRIVER_LICENSE", "MY_NUMBER")),
    ("identity_desk_log", H.id_desk, ("DRIVER_LICENSE", "PASSPORT", "RESIDENCE_CARD", "HEALTH_INSURANCE")),
)


def _deficit(ctx: Ctx, entity: str) -> int:
    forms = FORMS[entity]
    want = (FORM_MIN[entity] + 4) * len(forms)
    short = sum(max(0, FORM_MIN[entity] + 2 - ctx.counts[(entity, f)]) for f in forms)
    return max(0, want - ctx.total(entity)) + 3 * short


def build_with_counts(seed: int = SEED) -> tuple[list[BlindDoc], Counter[tuple[str, str]]]:
    """The documents plus the (entity, form) counts that drove every form choice."""
    ctx = Ctx(seed)
    used: Counter[str] = Counter()
    plan: list[str] = []
    docs: list[BlindDoc] = []
    neg_slots = set(ctx.rng.sample(range(N_POSITIVE + N_NEGATIVE), N_NEGATIVE))
    neg_i = 0
    for i in range(N_POSITIVE + N_NEGATIVE):
        b = Doc()
        if i in neg_slots:
            kind, fn = NEGATIVES[neg_i % len(NEGATIVES)]
            neg_i += 1
            fn(ctx, b)
        else:
            low = min(used[k] for k, _f, _e in POSITIVES)
            cands = [p for p in POSITIVES if used[p[0]] <= low + 2]
            kind, fn, ents = max(
                cands, key=lambda p: (sum(_deficit(ctx, e) for e in p[2]) - 20 * used[p[0]], ctx.rng.random())
            )
            used[kind] += 1
            fn(ctx, b)
            extras(ctx, b, ents, ctx.rng.choice((3, 3, 4, 4)))
        plan.append(kind)
        docs.append(b.build(f"thirteenth-{i + 1:04d}", kind))
    return docs, ctx.counts


def build_thirteenth(seed: int = SEED) -> list[BlindDoc]:
    return build_with_counts(seed)[0]


def main() -> None:
    docs = build_thirteenth()
    per_entity: Counter[str] = Counter()
    per_form: Counter[tuple[str, str]] = Counter()
    for d in docs:
        for s in d.spans:
            per_entity[s.entity] += 1
            per_form[(s.entity, s.form)] += 1
    kinds = Counter(d.kind for d in docs)
    print(f"documents {len(docs)}  negatives {sum(d.negative for d in docs)}  kinds {len(kinds)}")
    print(f"personal values {sum(n for e, n in per_entity.items() if e in PERSONAL)}")
    for e, n in sorted(per_entity.items()):
        print(f"{e:24s} {n}")
    for (e, f), n in sorted(per_form.items()):
        print(f"  {e:24s} {f:18s} {n}")


if __name__ == "__main__":
    main()
