"""Long numbers no rule could name are masked as ID_NUMBER; figures, dates, codes and other kinds' numbers are
not; a family that finds the number keeps it."""

from __future__ import annotations

import pytest

from gateway.privacy.analyzer import Analyzer


def _found(analyzer: Analyzer, text: str) -> set[tuple[str, str]]:
    return {(f.entity, text[f.start : f.end]) for f in analyzer.analyze(text)}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("さっきの番号ですが、⏎3419 7728 265⏎でした".replace("⏎", "\n"), "3419 7728 265"),
        ("番号は【10580698522】とのことだが本人確認できず", "10580698522"),
        ("【7893-3270-106】の件、再度ご連絡します", "7893-3270-106"),
        ("基礎年金番合 1234-567890（誤記）", "1234-567890"),
        ("控え：(0123)4567890 ←本人の言った番号", "0123)4567890"),
    ],
)
def test_unnamed_long_numbers_are_masked(analyzer: Analyzer, text: str, value: str) -> None:
    start = text.index(value)
    assert any(f.start <= start and start + len(value) <= f.end for f in analyzer.analyze(text))


@pytest.mark.parametrize(
    "text",
    [
        "予算 12,345,678円、前年比 12345678件",
        "2024年4月1日 20240401 14:30",
        "法人番号 7010001008844",  # a public company number with its check digit
        "JANコード 4901234567894",
        "ISBN 978-4-7821-2470-3",
        "業務システムを 10.0.19045.3803 に更新",
        "2015-2016 2017-2018 の比較",
        "相福第2024-1596号",
        "注文番号 PO-2025-462982",
        "ジョブID 999302340536、資料番号 202101135459",
        "受付番号：202400012345",
        "https://example.jp/doc/12345678",
        "緯度35.6812362、経度139.7671248",
        "令和6年度の予算額は150000000です。",
        "年度\t人口\t世帯数\n2024\t12345678\t23456789",
        "地番 1234-5678",
    ],
)
def test_figures_and_other_kinds_of_numbers_are_not(analyzer: Analyzer, text: str) -> None:
    assert not any(entity == "ID_NUMBER" for entity, _ in _found(analyzer, text))


def test_a_family_that_names_the_number_wins(analyzer: Analyzer) -> None:
    assert _found(analyzer, "個人番号 1234 5678 9018") == {("MY_NUMBER", "1234 5678 9018")}


def test_a_hiragana_word_between_particles_is_no_name(analyzer: Analyzer) -> None:
    text = "A. にほんご が わからない とき は まどぐち で きいて ください。"
    assert not any(entity == "PERSON" for entity, _ in _found(analyzer, text))
    assert ("PERSON", "いしかわ よしえ") in _found(analyzer, "市民課 いしかわ よしえ")
