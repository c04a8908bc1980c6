"""電話番号 through phonenumbers (JP, VALID leniency)."""

from __future__ import annotations

import pytest

from gateway.privacy.recognizers._context import SCORE_CONTEXT, SCORE_STRONG, SCORE_VALID
from gateway.privacy.recognizers.phone import JaPhoneRecognizer, PhoneShapeRecognizer, recognizers
from tests.privacy.recognizer_support import found, normalize_like

REC = JaPhoneRecognizer()


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("03-1234-5678", "03-1234-5678"),
        ("0166-12-3456", "0166-12-3456"),
        ("03(1234)5678", "03(1234)5678"),
        ("0312345678", "0312345678"),
        ("お客様090-1234-5678です", "090-1234-5678"),
        ("08012345678", "08012345678"),
        ("070 1234 5678", "070 1234 5678"),
        ("050-1234-5678", "050-1234-5678"),
        ("0120-123-456", "0120-123-456"),
        ("0800-123-4567", "0800-123-4567"),
        ("0570-123-456", "0570-123-456"),
        ("+81-3-1234-5678まで", "+81-3-1234-5678"),
        ("+81 90 1234 5678", "+81 90 1234 5678"),
        ("090\n1234\n5678", "090\n1234\n5678"),
        ("03-1234-\r\n5678", "03-1234-\r\n5678"),
    ],
)
def test_numbers_without_context(text: str, span: str) -> None:
    assert found(REC, text) == [(span, SCORE_VALID)]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("電話：０３－１２３４－５６７８", "03-1234-5678"),
        ("携帯 ０９０ー１２３４ー５６７８", "090-1234-5678"),
        ("TEL03‐1234‐5678", "03-1234-5678"),
        ("℡03-1234-5678", "03-1234-5678"),
        ("FAX(03)1234-5679", "(03)1234-5679"),
        ("03-1234-5678（FAX）", "03-1234-5678"),
        ("連絡先は以下のとおりです。 0166-12-3456", "0166-12-3456"),
    ],
)
def test_context_and_normalized_input(text: str, span: str) -> None:
    assert found(REC, normalize_like(text)) == [(span, SCORE_STRONG)]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("田中さん（080-1234-5678）から", "080-1234-5678"),
        ("(+81-3-1234-5678)", "+81-3-1234-5678"),
        ("［090-1234-5678］", "090-1234-5678"),
        ("((03)1234-5678)", "(03)1234-5678"),
        ("（０３）１２３４－５６７８", "(03)1234-5678"),
    ],
)
def test_brackets_around_the_number_are_not_part_of_it(text: str, span: str) -> None:
    assert [found_span for found_span, _ in found(REC, normalize_like(text))] == [span]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("水戸市城南三丁目24番地26\n０６ ２３８４ ２３４５", "06 2384 2345"),
        ("茨城県水戸市見川1855-9\n070 4803 8555", "070 4803 8555"),
        ("1-2-3\r\n090-1234-5678", "090-1234-5678"),
    ],
)
def test_a_number_on_the_next_line_stays_apart(text: str, span: str) -> None:
    assert [found_span for found_span, _ in found(REC, normalize_like(text))] == [span]


def test_a_phone_word_makes_a_valid_number_stronger_than_a_bare_shape_with_context() -> None:
    # 10 digits near 年金 are also a 基礎年金番号 shape (SCORE_CONTEXT); 電話 is the nearer word
    assert found(REC, normalize_like("年金事務所に電話（0296887470）")) == [("0296887470", SCORE_STRONG)]
    assert SCORE_STRONG > SCORE_CONTEXT


def test_two_numbers() -> None:
    text = "TEL:03-1234-5678。FAX:03-1234-5679"
    assert [span for span, _ in found(REC, text)] == ["03-1234-5678", "03-1234-5679"]


@pytest.mark.parametrize(
    "text",
    [
        "令和6年度",
        "2024年4月1日",
        "2024-04-01",
        "2024/04/01 10:00",
        "予算額 12,345,678円",
        "12345678円",
        "123456789012",
        "1234 5678 9012",
        "会議 14:00-15:30",
        "地方自治法第252条の17の2",
        "文書番号 つ総第1234号",
        "法人番号 1234567890123",
        "バージョン 2.2.366",
        "123ページ",
        "電話 1234567890",
        "株式会社あおば会\t法人番号 7373466503858\t事業所番号 0777748350\t居宅介護支援",
    ],
)
def test_not_reported(text: str) -> None:
    assert found(REC, text) == []


def test_recognizers_function() -> None:
    recs = recognizers()
    assert [type(r) for r in recs] == [JaPhoneRecognizer, PhoneShapeRecognizer]
    assert all((r.supported_language, r.supported_entities) == ("ja", ["PHONE_NUMBER"]) for r in recs)
