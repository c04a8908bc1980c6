"""The entity types the gateway detects, and what a detection reports."""

from __future__ import annotations

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
    IBAN_CODE = "IBAN_CODE"
    US_SSN = "US_SSN"
    IP_ADDRESS = "IP_ADDRESS"
    CREDENTIAL = "CREDENTIAL"  # access keys, API tokens, private keys, password= values


@dataclass(frozen=True, slots=True)
class Finding:
    """One detected entity: Python string offsets into the original (not normalized) text."""

    entity: str
    start: int
    end: int
    score: float


class DetectionError(Exception):
    """Detection could not complete; the gateway refuses the request (fail closed).

    The message never contains any part of the analysed text.
    """
