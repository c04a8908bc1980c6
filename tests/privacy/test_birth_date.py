"""BIRTH_DATE: valid 西暦 / 和暦 dates with birth context only; era boundaries are enforced."""

from __future__ import annotations

from datetime import date

import pytest

from gateway.privacy.recognizers.birth_date import kanji_number, to_date
from tests.privacy.conftest import Find

BIRTH = "BIRTH_DATE"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("生年月日：1990年1月1日", "1990年1月1日"),
        ("生年月日 1990/01/01", "1990/01/01"),
        ("生年月日：1990-1-1", "1990-1-1"),
        ("昭和60年4月1日生まれ", "昭和60年4月1日"),
        ("S60.4.1生", "S60.4.1"),
        ("誕生日はH2/1/15です", "H2/1/15"),
        ("R2.1.15生まれの長女", "R2.1.15"),
        ("令和元年5月1日に出生", "令和元年5月1日"),
        ("生年月日：㍻2年3月4日", "㍻2年3月4日"),
        ("生年月日 昭和六十年四月一日", "昭和六十年四月一日"),
        ("生年月日：平成二十三年十二月十九日", "平成二十三年十二月十九日"),
        ("生年月日：１９９０年１月１日", "１９９０年１月１日"),
        ("山本健一（2001/4/29）から届出", "2001/4/29"),
        # a year in two digits after an apostrophe: the latest such year not in the future
        ("生年月日：'85年3月2日", "85年3月2日"),
        ("昭和の生まれで、’92/11/5生です", "92/11/5"),
        ("生年月日：'05年6月7日", "05年6月7日"),
        ("生年月日： ' 85年3月2日", "85年3月2日"),
        # or without it, dotted or slashed, in birth context
        ("生年月日：35.8.14   性別", "35.8.14"),
        ("1. 海老原奈々（78/01/24生）未", "78/01/24"),
        # in brackets right after a person's labelled address (an event's date after its venue is no birth date)
        ("選挙人の住所：宮城県石巻市小松原5丁目8-23（1933年1月13日）", "1933年1月13日"),
    ],
)
def test_birth_dates_with_context(find: Find, text: str, found: str) -> None:
    assert find(text, BIRTH) == [found]


@pytest.mark.parametrize(
    "text",
    [
        "| 本人 | 来所 | 2024/4/1 |",  # a relation in the row says nothing of the date's column
        "氏名\t続柄\t面談日\n山田太郎\t本人\t2024/06/01",
        "会議は令和6年5月1日に開催します。",
        "会場：つくば市竹園1-2-3（2024年4月1日）",
        "令和6年度の予算",
        "次回の面談は2024/06/01です。",
        "打合せ（2024年1月1日）の議事録",
        "生年月日：平成31年5月1日",  # 平成 ended on 2019-04-30
        "生年月日：昭和64年1月8日",  # 昭和 ended on 1989-01-07
        "生年月日：令和元年4月30日",  # 令和 began on 2019-05-01
        "生年月日：1990年2月30日",
        "生年月日：2999年1月1日",
        "Python 3.11.2 と 10.0.0.1、会議は 26.4.1 に",
        "山田太郎様（12.3.4参照）",
        "山田太郎,水戸市,02.04.01",
    ],
)
def test_meeting_dates_and_impossible_dates_are_not_birth_dates(find: Find, text: str) -> None:
    assert find(text, BIRTH) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a table column headed 生年月日: TSV, CSV, markdown, full-width-space-aligned
        ("氏名\t生年月日\t申請日\n山田太郎\t1990/1/2\t2024/4/1", ["1990/1/2"]),
        (
            "No,氏名,生年月日,受付日\n1,山田太郎,1990/1/2,2024/4/1\n2,佐藤花子,1985/3/3,2024/4/2",
            ["1990/1/2", "1985/3/3"],
        ),
        ('宛名番号,氏名,生年月日\n10234,"山田, 太郎",19590101', ["19590101"]),  # quoted comma, compact date
        ("| 氏名 | 生年月日 | 申請日 |\n|---|---|---|\n| 山田 太郎 | 1990年1月2日 | 2024年4月1日 |", ["1990年1月2日"]),
        ("氏名　　　　生年月日　　　申請日\n山田　太郎　1990年1月2日　2024年4月1日", ["1990年1月2日"]),
        # household lists: relation label, name, date
        ("続柄　氏名　生年月日\n世帯主　山田 太郎　1959.10.19\n妻　花子　1962/3/3", ["1959.10.19", "1962/3/3"]),
        ("世帯主：山田太郎　1959.10.19\n子：山田花子 2016/3/20", ["1959.10.19", "2016/3/20"]),
        ("対象児童：山田一郎 2018年6月19日", ["2018年6月19日"]),
        ("児童氏名：山田一郎 2018年6月19日", ["2018年6月19日"]),
        ("同居の家族\n山田花子（妻） 1962/3/3", ["1962/3/3"]),
        ("子1：山田花子 2016/3/20\n長男・一郎（H20.5.5）", ["2016/3/20", "H20.5.5"]),
        ("山田一郎（長男、2016/3/20）", ["2016/3/20"]),
        ("長男 一郎 8歳 2016/3/20", ["2016/3/20"]),
        # one-kanji era abbreviations, an honorific before a bracketed date, an age after the date
        ("平26.11.26生まれ", ["平26.11.26"]),
        ("生年月日 昭11.8.18", ["昭11.8.18"]),
        ("松本直子様（昭11.8.18）", ["昭11.8.18"]),
        ("相談者 1959.10.19（65歳）", ["1959.10.19"]),
        # a label alone on the line above
        ("生年月日\n1980年1月1日", ["1980年1月1日"]),
        ("使用開始希望日：2024年9月9日\n生年月日：1980年1月1日", ["1980年1月1日"]),
        # 生 alone as a transcribing clerk abbreviates the label; a household table row with a relation cell
        ("氏名　森 明　（本人）\n〃　　森結衣　（妻）　生 1932/1/25", ["1932/1/25"]),
        # a markdown table whose row a paste broke over two lines keeps its header
        ("| 氏名 | 続柄 | 生年月日 | 番号 |\n|---|---|---|---|\n| 四月一日美咲 | 母 | 2014年5月28日 | 6276\n250687 |\n"
         "| 四月一日大輔 | 長女 | 昭和47年9月23日 | 6943 |", ["2014年5月28日", "昭和47年9月23日"]),
        # compact as core systems store it, right after the label: YYMMDD, an era's digit and YYMMDD
        ("児童：智子\n生年月日：300723　所属：市立若葉小学校", ["300723"]),
        ("生年月日 3331215\n生年月日：4300703", ["3331215", "4300703"]),
        # a program's message naming the birth field after the value; a wareki date in a CSV's birth column
        ("ValueError: invalid date '1960/07/22' for field 'seinengappi'", ["1960/07/22"]),
        ("no,seinengappi,kaigo_hihoken_no\n1,昭和6年9月21日,0026180289", ["昭和6年9月21日"]),
        # a SQL INSERT names every value's column
        ("INSERT INTO jumin (shimei, seinengappi) VALUES ('近藤蓮', TO_DATE('1973/04/07', 'YYYY/MM/DD'));",
         ["1973/04/07"]),
    ],
)
def test_tables_households_and_abbreviations(find: Find, text: str, found: list[str]) -> None:
    assert find(text, BIRTH) == found


@pytest.mark.parametrize(
    "text",
    [
        "使用開始希望日：2024年9月9日\n生年月日：別紙のとおり",  # the birth label belongs to the next line
        "利用開始日 2024年9月9日 生年月日は別紙",
        "2024年9月9日 生活相談",
        "出生数1,983人（2023年6月10日現在）",
        "本人確認 2024/4/1 済",
        "子どもの入学式 2024年4月8日",
        "夫 死亡日 2024/4/1",
        "2024年4月1日 10歳児健診",
        "生年月日の欄は空欄\n\n申請日\t受付日\n2024/4/1\t2024/4/2",  # a blank line ends the table
        "氏名,生年月日,申請日\n山田太郎,不明,2024/4/1",  # another column of the table
        "受付日 20240401 文書番号 19590101",
        "受付番号 300723　整理番号 3331215",
        "更新日 2024/04/01 (field: updated)",
        "INSERT INTO t (uketsuke_bi, shimei) VALUES ('2024-04-01', '近藤蓮');",
    ],
)
def test_dates_near_birth_words_in_other_fields(find: Find, text: str) -> None:
    assert find(text, BIRTH) == []


def test_era_boundaries() -> None:
    today = date(2025, 1, 1)
    assert to_date("昭和", "64", "1", "7", today) == date(1989, 1, 7)
    assert to_date("平成", "元", "1", "8", today) == date(1989, 1, 8)
    assert to_date("H", "31", "4", "30", today) == date(2019, 4, 30)
    assert to_date("大正", "元", "7", "29", today) is None
    assert to_date(None, "1867", "12", "31", today) is None
    assert to_date("平", "26", "11", "26", today) == date(2014, 11, 26)
    assert to_date("昭", "11", "8", "18", today) == date(1936, 8, 18)


def test_kanji_numbers() -> None:
    assert [kanji_number(t) for t in ("六十", "二十一", "十", "十二", "四", "元", "12")] == [60, 21, 10, 12, 4, 1, 12]


def test_a_date_said_to_be_ones_birth_after_it(find: Find) -> None:
    text = "ご本人のお話では「わしは1939/03/10の生まれでな、住所はもう何十年も同じじゃ」とのこと。"
    assert find(text, "BIRTH_DATE") == ["1939/03/10"]


def test_an_old_date_in_a_persons_record_is_a_birth_date(find: Find) -> None:
    record = '{"c1": "菅原 和子", "c4": "2", "upd_usr": 422, "c3": "1956年9月3日"}'
    assert find(record, "BIRTH_DATE") == ["1956年9月3日"]
    assert find("氏名,c3,区分\n山田 太郎,S24.03.24,1\n", "BIRTH_DATE") == ["S24.03.24"]


@pytest.mark.parametrize(
    "text",
    [
        '[{"date": "1889-04-01", "event": "市制施行"}, {"date": "1955-03-31", "event": "合併"}]',
        "施設名,開館日,電話\n市民会館,1968/04/01,なし",
        "年,人口,世帯\n1990/10/01,200000,70000",
        '{"shimei": "山田 太郎", "created": "1990-01-01"}',
    ],
)
def test_old_dates_of_no_persons_record_are_left_alone(find: Find, text: str) -> None:
    assert find(text, "BIRTH_DATE") == []


def test_a_date_after_a_household_lines_address_is_a_birth_date(find: Find) -> None:
    text = ("相続人は以下のとおり。\n・次女 ワタナベ アオイ　岡山市北区新町４丁目８番１７号　2011/7/6\n"
            "・長男 渡邊光　茨城県つくば市林町3-4-8\nハイツ 503号室　1981/10/5\n")
    assert find(text, "BIRTH_DATE") == ["2011/7/6", "1981/10/5"]
    # a date after an address on a line that is no household member's stays a date
    assert find("会場：つくば市研究学園1-2-3　2026/7/6\n", "BIRTH_DATE") == []
    assert find("続柄\t氏名\t住所\t受付日\n長男\t山田太郎\tつくば市林町3-4-8\t2024/4/1\n", "BIRTH_DATE") == []
