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
    ],
)
def test_birth_dates_with_context(find: Find, text: str, found: str) -> None:
    assert find(text, BIRTH) == [found]


@pytest.mark.parametrize(
    "text",
    [
        "会議は令和6年5月1日に開催します。",
        "令和6年度の予算",
        "次回の面談は2024/06/01です。",
        "打合せ（2024年1月1日）の議事録",
        "生年月日：平成31年5月1日",  # 平成 ended on 2019-04-30
        "生年月日：昭和64年1月8日",  # 昭和 ended on 1989-01-07
        "生年月日：令和元年4月30日",  # 令和 began on 2019-05-01
        "生年月日：1990年2月30日",
        "生年月日：2999年1月1日",
    ],
)
def test_meeting_dates_and_impossible_dates_are_not_birth_dates(find: Find, text: str) -> None:
    assert find(text, BIRTH) == []


def test_era_boundaries() -> None:
    today = date(2025, 1, 1)
    assert to_date("昭和", "64", "1", "7", today) == date(1989, 1, 7)
    assert to_date("平成", "元", "1", "8", today) == date(1989, 1, 8)
    assert to_date("H", "31", "4", "30", today) == date(2019, 4, 30)
    assert to_date("大正", "元", "7", "29", today) is None
    assert to_date(None, "1867", "12", "31", today) is None


def test_kanji_numbers() -> None:
    assert [kanji_number(t) for t in ("六十", "二十一", "十", "十二", "四", "元", "12")] == [60, 21, 10, 12, 4, 1, 12]
