"""クレジットカード: 14–16 digits, groups of 4, Luhn."""

from __future__ import annotations

import pytest
from stdnum import luhn

from gateway.privacy.recognizers._context import SCORE_CONTEXT, SCORE_STRONG, SCORE_VALID
from gateway.privacy.recognizers.credit_card import JaCreditCardRecognizer, recognizers
from tests.privacy.recognizer_support import found, full_width, normalize_like

VISA = "411111111111111" + luhn.calc_check_digit("411111111111111")
JCB = "353011133330000"[:15] + luhn.calc_check_digit("353011133330000"[:15])
AMEX = "37828224631000"[:14] + luhn.calc_check_digit("37828224631000"[:14])
DINERS = "3056930902590"[:13] + luhn.calc_check_digit("3056930902590"[:13])
BROKEN = VISA[:-1] + str((int(VISA[-1]) + 1) % 10)
REC = JaCreditCardRecognizer()


def _grouped(number: str, *sizes: int, sep: str = " ") -> str:
    parts, i = [], 0
    for size in sizes:
        parts.append(number[i : i + size])
        i += size
    return sep.join(parts)


def test_generated_numbers() -> None:
    assert all(luhn.is_valid(n) for n in (VISA, JCB, AMEX, DINERS))
    assert (len(AMEX), len(DINERS)) == (15, 14)
    assert not luhn.is_valid(BROKEN)


@pytest.mark.parametrize(
    "span",
    [
        _grouped(VISA, 4, 4, 4, 4),
        _grouped(JCB, 4, 4, 4, 4, sep="-"),
        _grouped(AMEX, 4, 6, 5),
        _grouped(DINERS, 4, 6, 4, sep="-"),
        _grouped(VISA, 4, 4, 4, 4, sep="\n"),
    ],
)
def test_grouped_numbers_are_strong(span: str) -> None:
    assert found(REC, f"番号{span}です") == [(span, SCORE_STRONG)]


@pytest.mark.parametrize("number", [VISA, AMEX, DINERS])
def test_run_together_is_modest_and_raised_by_context(number: str) -> None:
    assert found(REC, f"受付 {number}") == [(number, SCORE_VALID)]
    assert found(REC, f"カード番号 {number}") == [(number, SCORE_CONTEXT)]


def test_full_width_after_normalization() -> None:
    text = normalize_like("カード：" + full_width(_grouped(VISA, 4, 4, 4, 4, sep="-")))
    assert found(REC, text) == [(_grouped(VISA, 4, 4, 4, 4, sep="-"), SCORE_STRONG)]


@pytest.mark.parametrize(
    "text",
    [
        f"カード番号 {_grouped(BROKEN, 4, 4, 4, 4)}",
        f"カード番号 {BROKEN}",
        "カード 1" + VISA,  # 17 digits
        "カード 7" + VISA[1:],  # no card starts with 7 (and Luhn fails anyway)
        f"{_grouped(VISA, 4, 4, 4, 4)} 1234",  # part of a longer grouped number
        "法人番号 1234567890123",
        "予算額 12,345,678円",
        f"{VISA}円",
    ],
)
def test_not_reported(text: str) -> None:
    assert found(REC, text) == []


def test_recognizers_function() -> None:
    [rec] = recognizers()
    assert (rec.supported_language, rec.supported_entities) == ("ja", ["CREDIT_CARD"])
