"""Non-personal values that look like personal ones: meeting dates, budgets, law and document numbers…"""

from __future__ import annotations

import random
from datetime import date, timedelta

from faker import Faker
from stdnum.jp import cn as corporate_number

from tests.eval.values_ids import date_text, fullwidth

CITY_PHONE = "029-883-1111"  # つくば市役所 代表: allowed as the city's own number
FACILITIES = (
    "つくば市役所",
    "筑波大学",
    "茨城県庁",
    "つくば市立中央図書館",
    "つくばカピオ",
    "研究学園駅",
    "つくば駅",
    "筑波大学附属病院",
    "谷田部総合体育館",
    "つくばセンター",
    "筑波山",
    "竹園東小学校",
    "吾妻中学校",
    "ノバホール",
    "つくばエキスポセンター",
    "桜総合体育館",
    "茨城県立中央病院",
    "土浦税務署",
    "水戸地方法務局つくば出張所",
    "ハローワーク土浦",
    "つくば市社会福祉協議会",
)
DEPARTMENTS = (
    "市民課",
    "国保年金課",
    "こども政策課",
    "情報政策課",
    "介護保険課",
    "社会福祉課",
    "障害福祉課",
    "市民税課",
    "収納課",
    "総務課",
    "デジタル推進課",
    "健康増進課",
    "環境政策課",
    "生活福祉課",
    "教育総務課",
    "秘書課",
    "危機管理課",
    "住宅政策課",
    "窓口サービス課",
)
TITLES = (
    "市長",
    "副市長",
    "教育長",
    "部長",
    "課長",
    "課長補佐",
    "係長",
    "主査",
    "主任",
    "担当者",
    "議長",
    "委員長",
    "副委員長",
    "室長",
    "所長",
    "園長",
    "校長",
)
CITIES = (
    "つくば市",
    "土浦市",
    "牛久市",
    "水戸市",
    "茨城県",
    "つくばみらい市",
    "常総市",
    "東京都",
    "千葉県",
    "横浜市",
    "阿見町",
    "下妻市",
)
_LAWS = (
    "地方自治法第252条の17の2",
    "個人情報の保護に関する法律第69条第2項第3号",
    "住民基本台帳法第12条の3",
    "行政手続における特定の個人を識別するための番号の利用等に関する法律第9条第1項",
    "地方税法第22条",
    "介護保険法第27条",
    "児童福祉法第6条の3第2項",
    "生活保護法第29条",
    "国民健康保険法第113条の2",
    "つくば市個人情報保護法施行条例第5条",
    "地方公務員法第34条",
    "災害対策基本法第49条の10",
    "つくば市情報公開条例第5条第1号",
    "地方自治法施行令第167条の2第1項第2号",
)
_DOC_PREFIX = ("つ総", "つ市民", "つ国年", "つこ政", "つ情政", "つ介保", "つ社福", "つ市税", "つデ推", "つ総務")


def meeting_date(rng: random.Random) -> date:
    """A date in the working years 2023-2026."""
    return date(2023, 4, 1) + timedelta(days=rng.randint(0, 1100))


def meeting_when(rng: random.Random) -> str:
    """Date and time of a meeting or a deadline in one of many styles."""
    d = meeting_date(rng)
    start = rng.randint(9, 16)
    end = start + rng.randint(1, 2)
    wd = "月火水木金土日"[d.weekday()]
    styles = [
        f"{d.year}年{d.month}月{d.day}日 {start}:00〜{end}:30",
        f"{d.year}年{d.month}月{d.day}日（{wd}）{start}時から{end}時まで",
        f"{d.month}月{d.day}日({wd}) {start}:30～{end}:00",
        f"{d.year}/{d.month:02d}/{d.day:02d} {start}:00",
        f"{date_text(rng, d)}（{wd}）{'午後' if start >= 12 else '午前'}{start - 12 if start > 12 else start}時",
        f"{d.month}月{d.day}日 午前{rng.randint(9, 11)}時{rng.choice(['', '30分'])}",
    ]
    return rng.choice(styles)


def plain_date(rng: random.Random) -> str:
    """A non-birth date (施行日, 受付日, 期限) written in any style, 和暦 included."""
    return date_text(rng, meeting_date(rng))


def fiscal_year(rng: random.Random) -> str:
    """令和6年度, 2024年度, R6年度, 平成30年度…"""
    y = rng.randint(2019, 2026) if rng.random() < 0.85 else rng.randint(2010, 2018)
    reiwa = y - 2018
    styles = [f"令和{reiwa}年度" if reiwa > 1 else "令和元年度", f"{y}年度", f"R{reiwa}年度", f"平成{y - 1988}年度"]
    return rng.choice(styles[:3] if y >= 2019 else styles[1:2] + styles[3:])


def amount(rng: random.Random) -> str:
    """Budget and fee amounts."""
    n = rng.randint(1000, 999_999_999)
    styles = [f"{n:,}円", f"{n // 10000:,}万円", f"{n / 1e8:.1f}億円", fullwidth(f"{n:,}") + "円", f"{n:,}千円"]
    text = rng.choice(styles)
    return text.replace(",", "，") if rng.random() < 0.1 else text


def law(rng: random.Random) -> str:
    """Article of a law or ordinance, with 条の and 項号."""
    return rng.choice(_LAWS)


def ordinance(rng: random.Random) -> str:
    """条例 with its number (令和5年条例第3号)."""
    return f"{rng.choice(['令和', '平成'])}{rng.randint(2, 30)}年条例第{rng.randint(1, 60)}号"


def doc_number(rng: random.Random) -> str:
    """文書番号: つ総第1234号, 6つ市民第56号."""
    prefix = rng.choice(["", str(rng.randint(4, 7))]) + rng.choice(_DOC_PREFIX)
    return f"{prefix}第{rng.randint(1, 9999)}号"


def corp_number(rng: random.Random) -> str:
    """法人番号: 13 digits with a valid leading check digit."""
    body = "".join(rng.choice("0123456789") for _ in range(12))
    return corporate_number.calc_check_digit(body) + body


def version(rng: random.Random) -> str:
    """Software and document version numbers (10.0.19045.3803 is a build number, not an IP address)."""
    styles = [
        f"第{rng.randint(1, 9)}版",
        f"Ver.{rng.randint(1, 9)}.{rng.randint(0, 9)}",
        f"v{rng.randint(1, 4)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}",
        "10.0.19045.3803",
        f"{rng.randint(1, 3)}.{rng.randint(0, 9)}.{rng.randint(0, 99)}",
    ]
    return rng.choice(styles)


def page(rng: random.Random) -> str:
    """Page and material references."""
    styles = [
        f"p.{rng.randint(1, 200)}",
        f"{rng.randint(1, 200)}ページ",
        f"資料{rng.randint(1, 9)}-{rng.randint(1, 9)}",
        f"別紙{rng.randint(1, 5)}",
        f"P{rng.randint(1, 40)}〜P{rng.randint(41, 90)}",
    ]
    return rng.choice(styles)


def statistic(rng: random.Random) -> str:
    """Population, households, rates and counts."""
    styles = [
        f"人口{rng.randint(240_000, 260_000):,}人",
        f"世帯数{rng.randint(110_000, 120_000):,}世帯",
        f"高齢化率{rng.randint(150, 300) / 10}%",
        f"前年度比{rng.randint(1, 90) / 10}ポイント増",
        f"{rng.randint(1, 9999):,}件",
        f"待機児童{rng.randint(0, 30)}人",
        f"出生数{rng.randint(1500, 2600):,}人",
        f"利用率{rng.randint(30, 99)}.{rng.randint(0, 9)}％",
        f"参加者{rng.randint(10, 300)}名",
    ]
    return rng.choice(styles)


def company(fake: Faker) -> str:
    """A company name (often containing a family name: still not personal information)."""
    return fake.company()
