"""マイナンバー: check digit via stdnum, context overrides a failing check digit."""

from __future__ import annotations

import pytest
from stdnum.jp import in_

from gateway.privacy.recognizers._context import SCORE_CONTEXT, SCORE_VALID
from gateway.privacy.recognizers.my_number import MyNumberRecognizer, recognizers
from tests.privacy.recognizer_support import found, full_width, normalize_like

BODY = "12345678901"
VALID = BODY + in_.calc_check_digit(BODY)
INVALID = BODY + str((int(in_.calc_check_digit(BODY)) + 1) % 10)
SPACED = f"{VALID[:4]} {VALID[4:8]} {VALID[8:]}"

REC = MyNumberRecognizer()


def test_generated_numbers() -> None:
    assert in_.is_valid(VALID)
    assert not in_.is_valid(INVALID)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (VALID, VALID),
        (f"番号{VALID}です", VALID),
        (SPACED, SPACED),
        (f"{VALID[:4]}-{VALID[4:8]}-{VALID[8:]}", f"{VALID[:4]}-{VALID[4:8]}-{VALID[8:]}"),
        (f"{VALID[:4]}\n{VALID[4:8]}\n{VALID[8:]}", f"{VALID[:4]}\n{VALID[4:8]}\n{VALID[8:]}"),
        (f"{VALID[:4]} {VALID[4:8]}\r\n{VALID[8:]}。", f"{VALID[:4]} {VALID[4:8]}\r\n{VALID[8:]}"),
    ],
)
def test_valid_check_digit_without_context_is_modest(text: str, span: str) -> None:
    assert found(REC, text) == [(span, SCORE_VALID)]


def test_full_width_and_ideographic_space_after_normalization() -> None:
    text = normalize_like("ＭＮ：" + full_width(SPACED).replace(" ", "\u3000"))
    assert found(REC, text) == [(SPACED, SCORE_VALID)]


@pytest.mark.parametrize(
    "text",
    [
        f"個人番号：{INVALID}",
        f"マイナンバーは {INVALID[:4]} {INVALID[4:8]} {INVALID[8:]} です",
        f"{INVALID}（個人番号）",
        f"個人番号カードの番号\n{INVALID}",
        f"マイナ {VALID}",
    ],
)
def test_context_reports_even_a_failing_check_digit(text: str) -> None:
    [(span, score)] = found(REC, normalize_like(text))
    assert span.replace(" ", "") in (INVALID, VALID)
    assert score == SCORE_CONTEXT


def test_context_marks_the_result_as_enhanced() -> None:
    [result] = REC.analyze(f"個人番号 {INVALID}", [], None)
    assert result.recognition_metadata is not None
    assert result.recognition_metadata["is_score_enhanced_by_context"] is True


@pytest.mark.parametrize(
    "label",
    [
        "問合せ番号",
        "お問い合わせ番号",
        "受付番号：",
        "整理番号",
        "管理番号",
        "資産番号",
        "会員番号",
        "注文番号は",
        "お客様番号",
        "会員ID",
    ],
)
def test_another_identifiers_label_wins_over_the_check_digit(label: str) -> None:
    assert found(REC, f"{label} {VALID[:4]}-{VALID[4:8]}-{VALID[8:]}") == []
    assert found(REC, f"{label}\n{VALID}") == []


@pytest.mark.parametrize("text", [f"個人番号（受付番号 {VALID}）", f"マイナンバー 受付番号 {VALID}"])
def test_my_number_context_still_wins(text: str) -> None:
    assert found(REC, text) == [(VALID, SCORE_CONTEXT)]


@pytest.mark.parametrize(
    "text",
    [
        INVALID,  # no context, failing check digit
        f"個人番号{'。' * 25}{INVALID}",  # context outside the window
        f"法人番号 1{VALID}",  # 13 digits
        f"{VALID}3",
        f"4111 {SPACED}",  # part of a longer space-grouped number (a card)
        f"{SPACED} 4111",
        f"03-{VALID}",
        f"{VALID}円",
        f"A{VALID}",
        f"{VALID}.5",
        "予算額 12,345,678円",
    ],
)
def test_not_reported(text: str) -> None:
    assert found(REC, text) == []


def test_recognizers_function() -> None:
    [rec] = recognizers()
    assert isinstance(rec, MyNumberRecognizer)
    assert rec.supported_language == "ja"
    assert rec.supported_entities == ["MY_NUMBER"]
