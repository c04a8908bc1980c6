"""健康保険: 保険者番号 (Luhn) and 記号・番号 (labels next to an insurance word)."""

from __future__ import annotations

import pytest
from stdnum import luhn

from gateway.privacy.recognizers._context import SCORE_CONTEXT, SCORE_WEAK
from gateway.privacy.recognizers.health_insurance import (
    InsuredSymbolNumberRecognizer,
    InsurerNumberRecognizer,
    recognizers,
)
from tests.privacy.recognizer_support import found, full_width, normalize_like, reported


def _with_check(body: str) -> str:
    return body + luhn.calc_check_digit(body)


def _broken(number: str) -> str:
    return number[:-1] + str((int(number[-1]) + 1) % 10)


INSURER = _with_check("0613001")  # 8 digits
KOKUHO = _with_check("13800")  # 国保: 6 digits
INSURER_REC = InsurerNumberRecognizer()
INSURED_REC = InsuredSymbolNumberRecognizer()


def test_generated_numbers() -> None:
    assert luhn.is_valid(INSURER)
    assert luhn.is_valid(KOKUHO)
    assert not luhn.is_valid(_broken(INSURER))


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (f"保険者番号 {INSURER}", INSURER),
        (f"保険者番号：{KOKUHO}", KOKUHO),
        (f"{INSURER}（保険証の保険者番号）", INSURER),
        (f"国保 保険者番号 {full_width(KOKUHO)}", KOKUHO),
    ],
)
def test_insurer_number_with_context(text: str, span: str) -> None:
    assert found(INSURER_REC, normalize_like(text)) == [(span, SCORE_CONTEXT)]


def test_insurer_number_without_context_is_weak() -> None:
    assert found(INSURER_REC, f"受付 {INSURER}") == [(INSURER, SCORE_WEAK)]
    assert reported(INSURER_REC, f"受付 {INSURER}") == []


@pytest.mark.parametrize(
    "text",
    [
        f"保険者番号 {_broken(INSURER)}",
        f"保険者番号 {_broken(KOKUHO)}",
        f"保険者番号 {INSURER}9",
        "保険者番号 12,345,678円",
    ],
)
def test_insurer_number_not_reported(text: str) -> None:
    assert found(INSURER_REC, text) == []


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("保険証の記号 1234 番号 56", ["1234", "56"]),
        ("被保険者証 記号：ＡＢ１２ 番号：３４５", ["AB12", "345"]),
        ("保険証の枝番：０１", ["01"]),
        ("保険証の記号・番号 1234・5678", ["1234・5678"]),
        ("後期高齢者医療 被保険者番号 12345678", ["12345678"]),
        ("国保の記号は12-34です", ["12-34"]),
    ],
)
def test_symbol_and_number_next_to_an_insurance_word(text: str, spans: list[str]) -> None:
    assert found(INSURED_REC, normalize_like(text)) == [(span, SCORE_CONTEXT) for span in spans]


@pytest.mark.parametrize(
    "text",
    [
        "記号 1234 番号 56",  # no insurance word
        "保険証 電話番号 0312345678",
        "保険証 個人番号 123456789012",
        f"保険者番号 {_broken(INSURER)}",
        "保険証の記号 ABCD",  # no digit
        "保険証の番号は未定",
        "文書番号 つ総第1234号",
    ],
)
def test_symbol_and_number_not_reported(text: str) -> None:
    assert found(INSURED_REC, text) == []


def test_recognizers_function() -> None:
    recs = recognizers()
    assert [type(r) for r in recs] == [InsurerNumberRecognizer, InsuredSymbolNumberRecognizer]
    assert all((r.supported_language, r.supported_entities) == ("ja", ["HEALTH_INSURANCE"]) for r in recs)
