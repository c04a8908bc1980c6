"""健康保険: 保険者番号 (Luhn) and 記号・番号 (labels next to an insurance word)."""

from __future__ import annotations

import pytest
from stdnum import luhn

from gateway.privacy.entities import DetectionError
from gateway.privacy.recognizers import _pattern
from gateway.privacy.recognizers._context import SCORE_CONTEXT, SCORE_WEAK
from gateway.privacy.recognizers.health_insurance import (
    InsuredNumberRecognizer,
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
        ("被保険者証の記号番号 1234-567 を控えた", ["1234-567"]),
        ("資格確認書の記号・番号・枝番 ５６７８・９０１・０２", ["5678・901・02"]),
        ("保険証（記号：東京 12／番号：3456）", ["東京 12", "3456"]),
        ("協会けんぽの保険証です。記号 愛知 1234、番号 56。", ["愛知 1234", "56"]),
        ("保険証の記号 12 番号 345 枝番 01 を確認", ["12", "345", "01"]),
        ("保険証をなくしました。\n記号 3121\n番号 456\n枝番 00", ["3121", "456", "00"]),
    ],
)
def test_symbol_and_number_next_to_an_insurance_word(text: str, spans: list[str]) -> None:
    assert found(INSURED_REC, normalize_like(text)) == [(span, SCORE_CONTEXT) for span in spans]


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        # the insurance word is near the first value only: the record shares it
        (f"保険者番号 {INSURER}、記号 68834 番号 320。", ["68834", "320"]),
        ("保険証をなくしました。記号 91297484、番号 20、保険者番号 123950 です。", ["91297484", "20"]),
        # sentences away, before or after the record
        ("国民健康保険被保険者証の再交付。申請者は山田太郎さん（昭和50年1月1日生）。記号 123、番号 45", ["123", "45"]),
        ("山田さんの件です。住所は水戸市見川1丁目2番3号、記号は 7001、番号は 12 の保険証", ["7001", "12"]),
    ],
)
def test_a_record_shares_its_context(text: str, spans: list[str]) -> None:
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
        "国保の相談。文書記号番号 つ総第1234号 で回答した。",  # a compound label
        "保険料の通知。受付番号 1234、整理番号 56。",
        "介護保険の相談あり。本人名義の口座：ゆうちょ銀行 記号 12340、番号 12345671。",  # a closer bank word
        "記号 12340 番号 12345671（ゆうちょ銀行、介護保険料の引き落とし）",
        # a bare 番号 needs its insurance word near, sentences away is not enough
        "保険証の件で来庁。窓口で整理券を配り、順番を待ってもらった。番号 12 の方を呼んだ。",
    ],
)
def test_symbol_and_number_not_reported(text: str) -> None:
    assert found(INSURED_REC, text) == []


def test_a_timed_out_record_search_fails_closed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_pattern, "REGEX_TIMEOUT_SECONDS", 1e-9)
    with pytest.raises(DetectionError) as caught:
        INSURED_REC.analyze("保険証の記号 " + "1" * 1_000_000, [], None)
    assert "1111" not in str(caught.value)


def test_recognizers_function() -> None:
    recs = recognizers()
    assert [type(r) for r in recs] == [InsurerNumberRecognizer, InsuredNumberRecognizer, InsuredSymbolNumberRecognizer]
    assert all((r.supported_language, r.supported_entities) == ("ja", ["HEALTH_INSURANCE"]) for r in recs)
