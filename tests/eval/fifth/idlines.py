
"""One more identifier written into a document, with its label in one of many positions."""

from __future__ import annotations

from tests.eval.blind.model import Builder

from .labels import LABELS
from .values import NUM_FAMILIES, Ctx

ID_FAMS = tuple(f for f in NUM_FAMILIES if f not in ("PHONE_NUMBER", "POSTAL_CODE"))
ENGLISH = {"MY_NUMBER": "Individual Number", "RESIDENT_CODE": "Juminhyo code", "HEALTH_INSURANCE": "Insurance No.",
           "PENSION_NUMBER": "Basic Pension No.", "DRIVER_LICENSE": "License No.", "PASSPORT": "Passport No.",
           "RESIDENCE_CARD": "Residence Card No.", "BANK_ACCOUNT": "Account", "CREDIT_CARD": "Card",
           "CARE_INSURANCE": "LTC insured No.", "DISABILITY_CERTIFICATE": "Handbook No."}


def id_line(ctx: Ctx, b: Builder, families: tuple[str, ...] = ID_FAMS) -> None:
    """Write one identifier of the family least written so far, its label placed in a varied way."""
    r = ctx.rng
    fam = ctx.neediest(families)
    lab = r.choice(LABELS[fam])
    v = ctx.num(fam)
    style = r.randint(0, 6)
    if style == 0:
        b.line("{lab}：{v}", lab=lab, v=v)
    elif style == 1:
        b.line("{v}（{lab}）", v=v, lab=lab)
    elif style == 2:
        b.line("{lab}については本人に確認済みです。控えの番号は", lab=lab)
        b.line("{v}", v=v)
        b.line("で間違いないとのことでした。")
    elif style == 3:
        b.line("{en}: {v}", en=ENGLISH[fam], v=v)
    elif style == 4:
        b.line("■{lab}", lab=lab)
        b.line("・{v}", v=v)
    elif style == 5:
        b.line("{lab}→{v} ←これ合ってるか要確認", lab=lab, v=v)
    else:
        b.line("【{lab}】{v}", lab=lab, v=v)
