"""Long numbers no rule could name are masked as ID_NUMBER; figures, dates, codes and other kinds' numbers are
not; a family that finds the number keeps it."""

from __future__ import annotations

import pytest

from gateway.privacy.analyzer import Analyzer
from tests.privacy.recognizer_support import findings


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
        "歳出決算（2021年度）単位：円\n市税\t416592525384\t前年度比 98.6%\n地方交付税\t198947915193\t前年度比 96.0%",
        "介護給付費の単位人数 12345678",
        "地番 1234-5678",
        # a table about no one: rows of project numbers and budgets
        "no,jigyo_mei,yosan,kessan\n17230723,DX推進,446248,510288\n18930542,子育て支援,42793,854067",
    ],
)
def test_figures_and_other_kinds_of_numbers_are_not(analyzer: Analyzer, text: str) -> None:
    assert not any(entity == "ID_NUMBER" for entity, _ in findings(analyzer, text))


def test_a_table_about_people_keeps_its_unnamed_numbers_masked(analyzer: Analyzer) -> None:
    text = "no,shimei,biko\n17230723,山田 花子,転入\n27461854,佐藤 一郎,転出"
    assert {("ID_NUMBER", "17230723"), ("ID_NUMBER", "27461854")} <= findings(analyzer, text)


@pytest.mark.parametrize(
    ("text", "values"),
    [  # a column headed by somebody's number, in a table with no name in it
        ("宛名番号\t年度\t滞納額\n10023456781\t2023\t35000\n10023456792\t2024\t12000", {"10023456781", "10023456792"}),
        ("| 宛名番号 | 年度 | 滞納額 |\n|---|---|---|\n| 10023456781 | 2023 | 35000 |", {"10023456781"}),
        ("ケース番号,開始日,扶助額\n20240153,2024/4/1,120000\n20240154,2024/4/3,98000", {"20240153", "20240154"}),
        # prose with two commas is no row of a table (，folds to ,)
        ("本日母親から電話あり，乳児医療証 38291045 を紛失したとのこと，再発行を案内した。", {"38291045"}),
        ("FYI, atena no. 1002345678, arrears 35,000 yen, please follow up.", {"1002345678"}),
        ("さっきの人の番号、メモだと 4817 2295 036 でした。予算は 12,345,678円。", {"4817 2295 036"}),
        # a unit declared above a list of people says nothing of their numbers
        ("単位：人\n対象者一覧\n山田太郎 0012345678\n鈴木花子 0012345679", {"0012345678", "0012345679"}),

    ],
)
def test_numbers_of_people_in_tables_and_prose_stay_masked(analyzer: Analyzer, text: str, values: set[str]) -> None:
    assert {("ID_NUMBER", v) for v in values} <= findings(analyzer, text)


def test_columns_aligned_by_single_spaces_pair_by_index(analyzer: Analyzer) -> None:
    """受給者番号 heads the number, not 支給額 beside it (the amount may go with the number)."""
    text = "児童手当支給一覧\n氏名 受給者番号 支給額\n山田太郎 0012345678 45000\n鈴木花子 0012345679 30000"
    found = analyzer.analyze(text)
    for value in ("0012345678", "0012345679"):
        start = text.index(value)
        assert any(f.start <= start and start + len(value) <= f.end for f in found), value


def test_a_my_number_in_a_url_path_is_masked(analyzer: Analyzer) -> None:
    text = "[ERROR] 2024-05-01 GET /api/v1/users/124695302895/detail 500"
    assert ("MY_NUMBER", "124695302895") in findings(analyzer, text)


def test_a_family_that_names_the_number_wins(analyzer: Analyzer) -> None:
    assert findings(analyzer, "個人番号 1234 5678 9018") == {("MY_NUMBER", "1234 5678 9018")}


def test_a_hiragana_word_between_particles_is_no_name(analyzer: Analyzer) -> None:
    text = "A. にほんご が わからない とき は まどぐち で きいて ください。"
    assert not any(entity == "PERSON" for entity, _ in findings(analyzer, text))
    assert ("PERSON", "いしかわ よしえ") in findings(analyzer, "市民課 いしかわ よしえ")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("後期高齢 被保番号：36378602", "36378602"),  # an abbreviated label names no family
        ("クレカ番号：3556905411548979", "3556905411548979"),
        ("保険証記号番号→363-831 ←これ合ってるか要確認", "363-831"),  # short, its label before it
        ("【771　187】（手帳No）", "771 187"),  # its label after it
        ("■国保番号\n・8953.6882", "8953.6882"),  # its label heading the line above
        ("用件：記号番号の照会。番号は31 28 156 1。", "31 28 156 1"),
        ("個人番合：9227\n6960-3284", "9227\n6960-3284"),  # broken over a line: masked whole
        ("口座は1 4 4 0 0 7 7 3 4 8 5 3 1（ゆうちょ銀行）", "1440077348531"),  # a check digit that happens to pass
        ("・大和田タケさん　横手市駅前町441-14　0226893000", "0226893000"),  # a phone number no word names
        ("●氏名／●障害者手帳番号\n鬼頭甚五郎／604447\n石川ハル／727978", "727978"),  # its column's header
        ("住民票CD 1793　4961　480", "1793 4961 480"),  # a label ending in Latin letters
        ("Juminhyo code: 7537\n6520030", "7537\n6520030"),  # a romanized label
        ("還付金振込先（ゆうちょ銀行）\n記号番号 19214\n43381941\n名義 さとう たろう", "19214\n43381941"),
    ],
)
def test_numbers_a_personal_label_names_in_any_way_are_masked(analyzer: Analyzer, text: str, value: str) -> None:
    norm_value = value.replace("\u3000", " ")
    found = [(text[f.start : f.end].replace("\u3000", " ").replace(" ", "")) for f in analyzer.analyze(text)]
    assert any(norm_value.replace(" ", "") in f.replace(" ", "") for f in found), found


@pytest.mark.parametrize(
    "text",
    [
        "A. まず市民課に届け出て、受理番号（例：836891987923）を控えてください。",
        "※電話番号・メールアドレス欄は任意です。記入例：000-0000-0000 は使わないでください。",
        "契約番号 第525164594396号／入札公告 2026-3774",
        "介護保険事業所番号（参考）：8879058148",  # the head of the compound is 事業所: a business's number
        "注文番号 PO-2025-462982　受注番号 793011209051　見積番号 Q19757987168",
        "order_id: 12345678\nrequest_id=998877665544\ncount: 120000",
        "ERROR timeout for trace-no=40028822 after 3 retries",
        "作業内容：v2.13.6 へ更新（チケット #19269、ジョブID 999302340536）",
        "集計ID 490336313394　抽出日 2025年4月1日",
        '{"ts": 1733011200, "duration": 15000000, "latency_ms": 120000}',
        "line 88: NullPointerException at com.example.CityService.update(CityService.java:88)",
    ],
)
def test_examples_placeholders_and_other_kinds_stay(analyzer: Analyzer, text: str) -> None:
    assert findings(analyzer, text) == set()


def test_a_number_is_not_joined_over_a_line_to_the_next_rows_first_cell(analyzer: Analyzer) -> None:
    text = ("番号\t氏名\t生年月日\t個人番号\t振込口座\n"
            "4082\t百目鬼 栄\t1962年6月24日\t1513 7493 0972\t1030636\n"
            "6289\t加藤 拓海\t昭和三十八年四月八日\t9232 0392 9340\t4621390850\n")
    found = [text[f.start : f.end] for f in analyzer.analyze(text)]
    assert "1030636" in found
    assert not any("\n" in value or "\t" in value for value in found), found
