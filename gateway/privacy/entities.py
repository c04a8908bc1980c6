"""The entity types the gateway detects, and what a detection reports."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum


class Entity(StrEnum):
    """Entity types; the names are used in rules/pii.yaml, placeholders, audit records and metrics."""

    PERSON = "PERSON"
    ADDRESS = "ADDRESS"
    PHONE_NUMBER = "PHONE_NUMBER"
    EMAIL_ADDRESS = "EMAIL_ADDRESS"
    POSTAL_CODE = "POSTAL_CODE"
    BIRTH_DATE = "BIRTH_DATE"
    MY_NUMBER = "MY_NUMBER"  # マイナンバー (個人番号)
    RESIDENT_CODE = "RESIDENT_CODE"  # 住民票コード
    HEALTH_INSURANCE = "HEALTH_INSURANCE"  # 保険者番号 / 記号・番号
    PENSION_NUMBER = "PENSION_NUMBER"  # 基礎年金番号
    DRIVER_LICENSE = "DRIVER_LICENSE"  # 運転免許証番号
    PASSPORT = "PASSPORT"  # 旅券番号
    RESIDENCE_CARD = "RESIDENCE_CARD"  # 在留カード番号
    BANK_ACCOUNT = "BANK_ACCOUNT"  # 銀行口座 / ゆうちょ
    CREDIT_CARD = "CREDIT_CARD"
    CARE_INSURANCE = "CARE_INSURANCE"  # 介護保険 被保険者番号
    DISABILITY_CERTIFICATE = "DISABILITY_CERTIFICATE"  # 身体障害者手帳・療育手帳・精神障害者保健福祉手帳の番号
    IBAN_CODE = "IBAN_CODE"
    US_SSN = "US_SSN"
    IP_ADDRESS = "IP_ADDRESS"
    CREDENTIAL = "CREDENTIAL"  # access keys, API tokens, private keys, password= values
    ID_NUMBER = "ID_NUMBER"  # a long number no family named (recognizers/id_number.py)


@dataclass(frozen=True, slots=True)
class Finding:
    """One detected entity: Python string offsets into the original (not normalized) text.

    ``shadowed`` holds the findings of other types that overlapped this one and lost to it, best first:
    where an application allows this finding's type, the best of them that it does not allow applies.
    """

    entity: str
    start: int
    end: int
    score: float
    shadowed: tuple[Finding, ...] = ()


def unshadowed(findings: Sequence[Finding], allowed: Callable[[str], bool]) -> list[Finding]:
    """The findings as one application sees them: an allowed finding gives way to what it shadowed."""
    out: list[Finding] = []
    for i, f in enumerate(findings):
        if allowed(f.entity):
            prev_end = out[-1].end if out else 0
            next_start = findings[i + 1].start if i + 1 < len(findings) else None
            f = next((s for s in f.shadowed if not allowed(s.entity) and s.start >= prev_end
                      and (next_start is None or s.end <= next_start)), f)
        out.append(f)
    return out


class DetectionError(Exception):
    """Detection could not complete; the gateway refuses the request (fail closed).

    The message never contains any part of the analysed text.
    """


# How staff read each type in error messages and reports.
LABELS: dict[str, str] = {
    Entity.PERSON: "氏名",
    Entity.ADDRESS: "住所",
    Entity.PHONE_NUMBER: "電話番号",
    Entity.EMAIL_ADDRESS: "メールアドレス",
    Entity.POSTAL_CODE: "郵便番号",
    Entity.BIRTH_DATE: "生年月日",
    Entity.MY_NUMBER: "マイナンバー (個人番号)",
    Entity.RESIDENT_CODE: "住民票コード",
    Entity.HEALTH_INSURANCE: "健康保険の番号",
    Entity.PENSION_NUMBER: "基礎年金番号",
    Entity.DRIVER_LICENSE: "運転免許証番号",
    Entity.PASSPORT: "旅券番号",
    Entity.RESIDENCE_CARD: "在留カード番号",
    Entity.BANK_ACCOUNT: "口座番号",
    Entity.CREDIT_CARD: "クレジットカード番号",
    Entity.CARE_INSURANCE: "介護保険の被保険者番号",
    Entity.DISABILITY_CERTIFICATE: "障害者手帳の番号",
    Entity.IBAN_CODE: "IBAN",
    Entity.US_SSN: "米国社会保障番号",
    Entity.IP_ADDRESS: "IP アドレス",
    Entity.CREDENTIAL: "認証情報 (キー・パスワード)",
    Entity.ID_NUMBER: "識別番号 (種類不明の長い番号)",
}
