"""Hard negatives: text that looks personal and holds no personal value (ORGANIZATION and LOCATION only)."""

from __future__ import annotations

from stdnum.jp import cn

from .ctx import Ctx, request
from .places import ALL_CITIES, town
from .pools import FAMILY, TOWN_A


def _city(c: Ctx) -> str:
    return c.rng.choice(ALL_CITIES).name


def corp_number(c: Ctx) -> None:
    """法人番号 with valid check digits."""
    request(c)
    b = c.b
    b.line("入札参加資格者一覧（{d}）", d=c.dept())
    for _ in range(4):
        body = "".join(c.rng.choice("0123456789") for _ in range(12))
        b.line("{o}　法人番号 {n}", o=c.org(), n=cn.calc_check_digit(body) + body)


def statistics(c: Ctx) -> None:
    """人口統計."""
    request(c)
    b = c.b
    b.line(
        "{l}の人口（{y}年{m}月1日現在）",
        l=c.loc(_city(c)),
        y=str(c.rng.randint(2020, 2026)),
        m=str(c.rng.randint(1, 12)),
    )
    for _ in range(4):
        b.line(
            "{t}　{n}世帯　{p}人　（前月比 {d}）",
            t=c.loc(town(c.rng)[0]),
            n=f"{c.rng.randint(800, 9000):,}",
            p=f"{c.rng.randint(1500, 20000):,}",
            d=f"{c.rng.randint(-30, 30):+d}",
        )


def ordinance(c: Ctx) -> None:
    """条例の条文."""
    request(c, "条文の読み方を解説して")
    b = c.b
    b.line(
        "{l}{x}条例",
        l=c.loc(_city(c)),
        x=c.choice(("空家等対策", "個人情報保護法施行", "手数料", "墓地等の経営の許可等に関する")),
    )
    for i in range(1, 4):
        b.line(
            "第{i}条　{t}は、第{j}条第{k}項の規定により、{d}に届け出なければならない。",
            i=str(i),
            t=c.choice(("所有者等", "管理者", "使用者")),
            j=str(c.rng.randint(2, 30)),
            k=str(c.rng.randint(1, 4)),
            d=c.choice(("市長", "教育委員会")),
        )
    b.line("（平成{y}年条例第{n}号）", y=str(c.rng.randint(10, 30)), n=str(c.rng.randint(1, 60)))


def timetable(c: Ctx) -> None:
    """コミュニティバス時刻表."""
    request(c)
    b = c.b
    b.line("{o}コミュニティバス 時刻表", o=c.loc(_city(c)))
    for _ in range(4):
        stop = c.rng.choice(TOWN_A).kanji + c.choice(("公民館前", "駅北口", "団地入口"))
        b.line(
            "{s}\t" + "\t".join(f"{c.rng.randint(6, 21):02d}:{c.rng.randint(0, 59):02d}" for _ in range(4)),
            s=c.org(stop),
        )
    b.line(
        "問合せ：{o}（代表 0{a}-{x}-{y}）",
        o=c.org(),
        a=str(c.rng.randint(3, 99)),
        x=str(c.rng.randint(200, 999)),
        y=str(c.rng.randint(1000, 9999)),
    )


def budget(c: Ctx) -> None:
    """予算書の抜粋（予算コード）."""
    request(c)
    b = c.b
    b.line("令和{y}年度 一般会計予算（{d}）", y=str(c.rng.randint(6, 9)), d=c.dept())
    for _ in range(4):
        b.line(
            "{a}-{b}-{c2}-{d2}　{x}　{n}千円",
            a=f"{c.rng.randint(1, 13):02d}",
            b=f"{c.rng.randint(1, 9):02d}",
            c2=f"{c.rng.randint(1, 9):02d}",
            d2=f"{c.rng.randint(1, 99):03d}",
            x=c.choice(("委託料", "報償費", "需用費", "負担金", "扶助費")),
            n=f"{c.rng.randint(100, 999999):,}",
        )


def product_codes(c: Ctx) -> None:
    """備蓄品の JAN・ロット番号."""
    request(c)
    b = c.b
    b.line("防災備蓄品 在庫表（{d}）", d=c.org("危機管理課"))
    for _ in range(4):
        b.line(
            "{x}　JAN {j}　LOT {l}　賞味期限 20{y}/{m}",
            x=c.choice(("保存水2L", "アルファ米", "簡易トイレ", "毛布")),
            j="45" + "".join(c.rng.choice("0123456789") for _ in range(11)),
            l=f"{c.rng.randint(10, 99)}{c.choice('ABCK')}{c.rng.randint(1000, 9999)}",
            y=str(c.rng.randint(27, 32)),
            m=str(c.rng.randint(1, 12)),
        )


def isbn(c: Ctx) -> None:
    """新着図書（ISBN）."""
    request(c)
    b = c.b
    b.line("{o} 新着図書", o=c.org(f"{c.rng.choice(TOWN_A).kanji}図書館"))
    for _ in range(4):
        b.line(
            "『{t}』 ISBN978-4-{a}-{x}-{k}",
            t=c.choice(("川と暮らし", "地方財政の基礎", "はじめての防災", "郷土料理集")),
            a=str(c.rng.randint(10, 99)),
            x=str(c.rng.randint(100000, 999999)),
            k=str(c.rng.randint(0, 9)),
        )


def dantai_code(c: Ctx) -> None:
    """地方公共団体コード."""
    request(c)
    b = c.b
    b.line("団体コード一覧")
    for city in c.rng.sample(ALL_CITIES, 4):
        b.line(
            "{p}{l}\t{n}",
            p=c.loc(city.pref),
            l=c.loc(city.name),
            n=f"{c.rng.randint(10, 47):02d}{c.rng.randint(100, 999)}{c.rng.randint(0, 9)}",
        )


def named_facilities(c: Ctx) -> None:
    """Facilities and prizes named after (invented) people."""
    request(c)
    b = c.b
    fam = c.rng.choice(FAMILY).kanji
    b.line("{o}の利用案内", o=c.org(f"{fam}記念館"))
    b.line("{p}の応募は{m}月末まで。", p=c.org(f"{c.rng.choice(FAMILY).kanji}賞"), m=str(c.rng.randint(1, 12)))
    b.line(
        "会場：{o}（旧{q}）",
        o=c.org(f"{c.rng.choice(FAMILY).kanji}ホール"),
        q=c.org(f"{c.rng.choice(TOWN_A).kanji}公会堂"),
    )


def job_titles(c: Ctx) -> None:
    """Job titles without names."""
    request(c)
    b = c.b
    b.line(
        "{x}について福祉部長が説明し、{d}長が補足した。", x=c.choice(("補正予算", "条例改正", "計画策定")), d=c.dept()
    )
    b.line("副市長は、{o}との協定を報告した。担当係長から質疑に回答。", o=c.org())
    b.line("次回は教育長、消防長が出席予定。")


def team_names(c: Ctx) -> None:
    """Team and group names."""
    request(c)
    b = c.b
    b.line("市民体育大会 結果（{o}）", o=c.org())
    for _ in range(3):
        b.line(
            "{a} 対 {t}　{x}-{y}",
            a=c.org(f"{c.rng.choice(TOWN_A).kanji}クラブ"),
            t=c.org(f"{c.rng.choice(TOWN_A).kanji}ファイターズ"),
            x=str(c.rng.randint(0, 9)),
            y=str(c.rng.randint(0, 9)),
        )


def place_family_names(c: Ctx) -> None:
    """Place names that are family names (田中町, 佐藤原) as LOCATION."""
    request(c)
    b = c.b
    f1, f2 = c.rng.sample(FAMILY[:60], 2)
    b.line(
        "{a}から{b}にかけて道路工事を行います。",
        a=c.loc(f1.kanji + "町"),
        b=c.loc(f2.kanji + c.choice(("原", "台", "新田"))),
    )
    b.line(
        "{c1}地区の通行止めは{m}月{d}日まで。迂回路は{l}方面です。",
        c1=c.loc(c.rng.choice(FAMILY[:60]).kanji),
        m=str(c.rng.randint(1, 12)),
        d=str(c.rng.randint(1, 28)),
        l=c.loc(_city(c)),
    )


def lookalike_numbers(c: Ctx) -> None:
    """Numbers that look like phones or identifiers and are not."""
    request(c)
    b = c.b
    b.line(
        "会議室 {r} 号室、機器シリアル SN-{s}、管理番号 {k}-{n}",
        r=str(c.rng.randint(201, 1210)),
        s=str(c.rng.randint(10**9, 10**10 - 1)),
        k=str(c.rng.randint(1000, 9999)),
        n=str(c.rng.randint(100000, 999999)),
    )
    b.line(
        "根拠：地方自治法第{a}条の{x}、令和{y}年度予算科目 {z}",
        a=str(c.rng.randint(100, 299)),
        x=str(c.rng.randint(2, 9)),
        y=str(c.rng.randint(6, 8)),
        z=f"{c.rng.randint(10, 99)}-{c.rng.randint(1000, 9999)}-{c.rng.randint(1000, 9999)}",
    )
    b.line("{o}の文書番号 第{n}号", o=c.dept(), n=f"{c.rng.randint(100, 9999)}-{c.rng.randint(10, 99)}")


def event_dates(c: Ctx) -> None:
    """Dates that are not birth dates."""
    request(c)
    b = c.b
    b.line("{o} 年間行事", o=c.org())
    for _ in range(4):
        b.line(
            "{y}年{m}月{d}日（{w}）　{x}",
            y=str(c.rng.randint(2026, 2027)),
            m=str(c.rng.randint(1, 12)),
            d=str(c.rng.randint(1, 28)),
            w=c.choice("月火水木金土日"),
            x=c.choice(("防災訓練", "敬老会", "成人式", "市民祭り")),
        )
    b.line("昭和{y}年開館、平成{z}年改修。", y=str(c.rng.randint(40, 63)), z=str(c.rng.randint(2, 30)))


def office_numbers(c: Ctx) -> None:
    """Organisations' 0120 numbers, representative numbers, reception and exam numbers."""
    request(c)
    b = c.b
    b.line(
        "{o} 代表電話 0{a}-{x}-{y}",
        o=c.org(f"{_city(c)}役所"),
        a=str(c.rng.randint(3, 99)),
        x=str(c.rng.randint(200, 999)),
        y=str(c.rng.randint(1000, 9999)),
    )
    b.line("{o} フリーダイヤル 0120-{x}-{y}", o=c.org(), x=str(c.rng.randint(100, 999)), y=str(c.rng.randint(100, 999)))
    b.line(
        "受付番号 {a}、整理番号 {b}、受験番号 {k}",
        a=str(c.rng.randint(10**6, 10**7)),
        b=str(c.rng.randint(100, 9999)),
        k=f"{c.choice('ABC')}{c.rng.randint(1000, 9999)}",
    )


def org_notice(c: Ctx) -> None:
    """An office notice with departments, schools and a town only."""
    request(c)
    b = c.b
    b.line("{o}からのお知らせ", o=c.dept())
    b.line("{s}の体育館改修に伴い、{t}の避難所は{f}に変更します。", s=c.org(), t=c.loc(town(c.rng)[0]), f=c.org())
    b.line("詳しくは{d}の窓口へ。", d=c.dept())


NEGATIVE_KINDS = (
    corp_number,
    statistics,
    ordinance,
    timetable,
    budget,
    product_codes,
    isbn,
    dantai_code,
    named_facilities,
    job_titles,
    team_names,
    place_family_names,
    lookalike_numbers,
    event_dates,
    office_numbers,
    org_notice,
)
