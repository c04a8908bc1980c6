"""旅券番号: the Japanese shape and foreign shapes, high with context; only the Japanese shape is weak alone."""

from __future__ import annotations

import pytest

from gateway.privacy.recognizers._context import SCORE_CONTEXT
from gateway.privacy.recognizers.passport import PassportRecognizer, recognizers
from tests.privacy.recognizer_support import found, normalize_like, reported

REC = PassportRecognizer()


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("旅券番号 TK1234567", "TK1234567"),
        ("パスポート番号：ＴＫ１２３４５６７", "TK1234567"),
        ("TR7654321（旅券）", "TR7654321"),
        ("Passport No. MZ0000001", "MZ0000001"),
    ],
)
def test_with_context(text: str, span: str) -> None:
    assert found(REC, normalize_like(text)) == [(span, SCORE_CONTEXT)]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("旅券番号：N8655396", "N8655396"),  # 1 letter + 7 digits
        ("パスポート番号 E21183006", "E21183006"),  # 1 letter + 8 digits
        ("旅券 TK12345678", "TK12345678"),  # 2 letters + 8 digits
        ("Passport No.: 123456789", "123456789"),  # US: 9 digits
        ("旅券番号 P3506088B（フィリピン）", "P3506088B"),  # PH: letter + 7 digits + letter
        ("国籍 ベトナム\nパスポート C1234567", "C1234567"),
    ],
)
def test_foreign_shapes_with_context(text: str, span: str) -> None:
    assert found(REC, normalize_like(text)) == [(span, SCORE_CONTEXT)]


@pytest.mark.parametrize("text", ["注文番号 N8655396", "シリアル 123456789", "型番 P3506088B", "E21183006"])
def test_foreign_shapes_need_context(text: str) -> None:
    assert found(REC, text) == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("旧 TK1234567 は失効", "TK1234567"),
        ("旅券は更新中とのこと（旧 AZ/1987703）", "AZ/1987703"),  # a slash, a dot or a space between the parts
        ("Número do passaporte: TH1557217", "TH1557217"),  # the word in the residents' languages
        ("护照号码: AZ 4910272", "AZ 4910272"),
    ],
)
def test_the_japanese_shape_is_masked_without_its_label(text: str, span: str) -> None:
    assert reported(REC, normalize_like(text)) == [span]


@pytest.mark.parametrize("text", ["型番 TK1234567", "品番 AB1234567", "パッチ KB0943864 を適用", "KB1234567",
                                  "特許 JP7123456 B2", "ID 1234567", "NO.1234567", "エラーコード ER1234567"])
def test_a_code_another_label_names_is_not_a_passport(text: str) -> None:
    assert reported(REC, text) == []


@pytest.mark.parametrize(
    "text",
    ["旅券 TKA1234567", "旅券 T123456", "旅券 1234567890", "旅券 AB12345678CD", "旅券 TK1234567X", "旅券 TK123456789"],
)
def test_not_reported(text: str) -> None:
    assert found(REC, text) == []


def test_recognizers_function() -> None:
    [rec] = recognizers()
    assert (rec.supported_language, rec.supported_entities) == ("ja", ["PASSPORT"])
