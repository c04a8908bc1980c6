"""銀行口座: 普通/当座/貯蓄 + 7 digits, bank-branch-account, 口座 context, ゆうちょ 記号・番号."""

from __future__ import annotations

import pytest

from gateway.privacy.recognizers._context import SCORE_CONTEXT, SCORE_WEAK
from gateway.privacy.recognizers.bank_account import (
    BankAccountRecognizer,
    BranchNumberRecognizer,
    YuchoAccountRecognizer,
    recognizers,
)
from tests.privacy.recognizer_support import found, normalize_like, reported

BANK = BankAccountRecognizer()
YUCHO = YuchoAccountRecognizer()


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("みずほ銀行 渋谷支店 普通 1234567", "1234567"),
        ("当座預金口座番号：7654321", "7654321"),
        ("貯蓄 No.1234567", "1234567"),
        ("普通１２３４５６７", "1234567"),
        ("口座番号 1234567", "1234567"),
        ("振込先 0001-123-1234567", "0001-123-1234567"),
        ("1234567（普通口座）", "1234567"),
        # a passbook's order: branch, deposit type and account are one value
        ("口座：店番 123 普通 1234567", "123 普通 1234567"),
        ("引落口座 030-当座-4291463", "030-当座-4291463"),
        ("口座：店番 123 普通\n1234567", "123 普通\n1234567"),
    ],
)
def test_bank_account(text: str, span: str) -> None:
    assert found(BANK, normalize_like(text)) == [(span, SCORE_CONTEXT)]


def test_bank_branch_account_without_context_is_modest() -> None:
    [(span, score)] = found(BANK, "0001-123-1234567")
    assert span == "0001-123-1234567"
    assert SCORE_WEAK < score < SCORE_CONTEXT


def test_seven_digits_without_context_are_weak() -> None:
    assert found(BANK, "受付 1234567") == [("1234567", SCORE_WEAK)]
    assert reported(BANK, "受付 1234567") == []


@pytest.mark.parametrize(
    "text",
    ["普通 12345678", "普通 123456", "普通 1234567円", "支店 12,345,678円", "口座 1234567890123", "銀行コード 0001"],
)
def test_bank_not_reported(text: str) -> None:
    assert found(BANK, text) == []


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("ゆうちょ 10120-12345671", ["10120-12345671"]),
        ("ゆうちょ銀行 記号 10120 番号 12345671", ["10120", "12345671"]),
        ("振替口座 記号：１０１２０ 番号：１２３４５６７１", ["10120", "12345671"]),
        ("10120 12345671（ゆうちょ）", ["10120 12345671"]),
    ],
)
def test_yucho(text: str, spans: list[str]) -> None:
    assert found(YUCHO, normalize_like(text)) == [(span, SCORE_CONTEXT) for span in spans]


@pytest.mark.parametrize(
    "text",
    [
        "記号 10120 番号 12345671",  # no ゆうちょ / 口座 word
        "ゆうちょ 電話番号 0312345678",
        "ゆうちょ 記号 1012",
        "ゆうちょ 2024-04-01",
        "ゆうちょ 14:00-15:30",
    ],
)
def test_yucho_not_reported(text: str) -> None:
    assert reported(YUCHO, text) == []


def test_recognizers_function() -> None:
    recs = recognizers()
    assert [type(r) for r in recs] == [BankAccountRecognizer, BranchNumberRecognizer, YuchoAccountRecognizer]
    assert all((r.supported_language, r.supported_entities) == ("ja", ["BANK_ACCOUNT"]) for r in recs)
