"""Hard negatives: text that looks like it holds personal data and holds none."""

from __future__ import annotations

from stdnum import ean, isbn
from stdnum.jp import cn, in_

from tests.eval.blind.model import Builder

from .gen import Gen
from .ids import mod11
from .pools import COMPANIES, DEPARTMENTS, MUNICIPALITIES, SISTER_CITIES, TOWNS

PARTIES = ("みらい創生党", "市民ネットワーク", "緑の風の会", "新しい地域の党", "地方自治クラブ", "無所属の会")
PUBLISHERS = ("ひたち野出版", "さくら台書房", "北関東教育図書", "あおば社", "郷土文化研究会")
TITLES = (
    "図説 ふるさとの川",
    "地域福祉のしくみ",
    "はじめての防災",
    "里山の四季",
    "自治体財務の基礎",
    "こどもの遊び百選",
)


def _figure(g: Gen, n: int) -> str:
    """An n-digit statistic that is no identifier (a 12-digit one fails the マイナンバー check)."""
    while True:
        s = str(g.rng.randint(1, 9)) + g.digits(n - 1)
        if n == 12 and in_.is_valid(s):
            continue
        if n == 11 and mod11(s[:10]) == s[10]:
            continue
        if s.startswith("81"):  # would read as +81 …
            continue
        return s


def _city(g: Gen) -> str:
    return g.rng.choice(MUNICIPALITIES)[1]


def statistics(g: Gen) -> Builder:
    b = Builder()
    b.line("市町村別 歳入決算額（令和{y}年度、単位：円）", y=str(g.rng.randint(3, 7)))
    b.line("団体名\t歳入総額\t歳出総額\t地方債現在高")
    for _ in range(g.rng.randint(4, 6)):
        b.line(
            "{c}\t{a}\t{b}\t{d}",
            c=g.loc(_city(g)),
            a=_figure(g, 11),
            b=_figure(g, 12),
            d=_figure(g, g.choice((11, 13))),
        )
    b.line("出典：{o}", o=g.org(g.choice(("県総務部市町村課", "総務省自治財政局"))))
    return b


def corporate_numbers(g: Gen) -> Builder:
    b = Builder()
    b.line("指定管理者一覧（法人番号）")
    for _ in range(g.rng.randint(3, 5)):
        body = g.digits(12)
        number = cn.calc_check_digit(body) + body
        b.line("{o}　法人番号 {n}　所在地 {c}", o=g.org(g.choice(COMPANIES)), n=number, c=g.loc(_city(g)))
    b.line("※法人番号は{o}の公表サイトで確認できます。", o=g.org("国税庁"))
    return b


def ordinance(g: Gen) -> Builder:
    b = Builder()
    name = g.choice(("公民館条例", "手数料条例", "空き家等の適正管理に関する条例", "個人情報保護法施行条例"))
    b.line("{c}{n}施行規則", c=g.loc(_city(g)), n=name)
    for i in range(1, g.rng.randint(4, 7)):
        b.line(
            "第{i}条　{t}",
            i=str(i),
            t=g.choice(
                (
                    "この規則は、条例の施行に関し必要な事項を定める。",
                    "市長は、前条の申請があったときは、速やかに審査するものとする。",
                    "第2条第1項の規定による届出は、様式第3号によるものとする。",
                    "手数料の額は、別表第1に定めるとおりとする。",
                )
            ),
        )
    b.line("附則　この規則は、令和{y}年4月1日から施行する。", y=str(g.rng.randint(6, 9)))
    return b


def reservations(g: Gen) -> Builder:
    b = Builder()
    if g.chance(0.5):
        b.line(
            "{f}　施設予約状況（{m}月）",
            f=g.org(g.choice(("中央公民館", "総合体育館", "市民会館", "東部コミュニティセンター"))),
            m=str(g.rng.randint(1, 12)),
        )
        for day in sorted(g.rng.sample(range(1, 29), 5)):
            b.line(
                "{d}日　午前：{a}　午後：{p}　夜間：{n}",
                d=str(day),
                a=g.choice(("空き", "予約済", "休館")),
                p=g.choice(("空き", "予約済")),
                n=g.choice(("空き", "予約済")),
            )
    else:
        b.line("コミュニティバス {r} 時刻表（平日）", r=g.choice(("東ルート", "西ルート", "循環線")))
        for stop in g.rng.sample(("市役所", "駅南口", "総合病院", "図書館", "運動公園", "ふれあいセンター"), 4):
            times = sorted(f"{g.rng.randint(7, 19)}:{g.choice(('05', '20', '35', '50'))}" for _ in range(4))
            b.line("{s}\t{t}", s=stop, t="\t".join(times))
    return b


def budget(g: Gen) -> Builder:
    b = Builder()
    b.line("令和{y}年度 一般会計予算（抜粋）", y=str(g.rng.randint(7, 9)))
    for item in g.rng.sample(
        (
            "民生費 社会福祉費",
            "衛生費 保健衛生費",
            "土木費 道路橋りょう費",
            "教育費 小学校費",
            "消防費 消防費",
            "総務費 戸籍住民基本台帳費",
        ),
        4,
    ):
        b.line(
            "{i}\t{a}千円\t前年度比 {r}%",
            i=item,
            a=f"{g.rng.randint(10000, 9999999):,}",
            r=f"{g.rng.uniform(-9, 9):+.1f}",
        )
    b.line("所管：{o}", o=g.org("財政課"))
    return b


def bids(g: Gen) -> Builder:
    b = Builder()
    b.line(
        "入札結果　{w}",
        w=g.choice(("市道改良工事", "庁舎空調設備更新工事", "学校給食配送業務委託", "公園樹木剪定業務")),
    )
    b.line("予定価格 {a}円（税抜）", a=f"{g.rng.randint(1000, 90000) * 1000:,}")
    for company in g.rng.sample(COMPANIES, 4):
        b.line("{c}\t{a}円", c=g.org(company), a=f"{g.rng.randint(1000, 90000) * 1000:,}")
    b.line("落札者：{c}", c=g.org(g.choice(COMPANIES)))
    return b


def books(g: Gen) -> Builder:
    b = Builder()
    b.line("{o} 新着図書案内", o=g.org("市立図書館"))
    for _ in range(g.rng.randint(4, 6)):
        body = "978" + str(g.rng.randint(4, 4)) + g.digits(8)
        b.line(
            "・{t}　{p}　ISBN{n}",
            t=g.choice(TITLES),
            p=g.org(g.choice(PUBLISHERS)),
            n=isbn.format(body + ean.calc_check_digit(body)),
        )
    return b


def serials(g: Gen) -> Builder:
    b = Builder()
    b.line("備品台帳（情報機器）{o}", o=g.org(g.choice(DEPARTMENTS)))
    b.line("品名\t型番\t製造番号\t取得年度")
    for _ in range(g.rng.randint(4, 6)):
        model = f"{g.choice(('NX', 'LB', 'PR', 'QX'))}-{g.rng.randint(100, 999)}{g.choice('ABCJ')}"
        head = f"{g.rng.randint(1, 9)}{g.choice('CDFGH')}{g.choice('DQRW')}"
        serial = f"{head}{g.digits(4)}{g.choice('KLMN')}{g.rng.randint(1, 9)}"
        b.line(
            "{n}\t{m}\t{s}\tR{y}",
            n=g.choice(("ノートPC", "複合機", "タブレット", "プロジェクター")),
            m=model,
            s=serial,
            y=str(g.rng.randint(1, 7)),
        )
    return b


def weather(g: Gen) -> Builder:
    b = Builder()
    b.line(
        "{c} 気象観測データ（{m}月{d}日）", c=g.loc(_city(g)), m=str(g.rng.randint(1, 12)), d=str(g.rng.randint(1, 28))
    )
    b.line("時刻\t気温(℃)\t降水量(mm)\t風速(m/s)\t湿度(%)")
    for hour in range(6, 24, 3):
        b.line(
            "{h}:00\t{t}\t{r}\t{w}\t{u}",
            h=str(hour),
            t=f"{g.rng.uniform(-3, 33):.1f}",
            r=f"{g.rng.uniform(0, 12):.1f}",
            w=f"{g.rng.uniform(0, 9):.1f}",
            u=str(g.rng.randint(30, 98)),
        )
    return b


def codes(g: Gen) -> Builder:
    b = Builder()
    b.line("地方公共団体コード・地区コード対照表")
    for pref, city, _p in g.rng.sample(MUNICIPALITIES, 5):
        b.line("{p}\t{c}\t{code}\t地区 {a}", p=g.loc(pref), c=g.loc(city), code=g.digits(6), a=g.loc(g.choice(TOWNS)))
    return b


def election(g: Gen) -> Builder:
    b = Builder()
    b.line("{c}議会議員一般選挙　党派別得票数", c=g.loc(_city(g)))
    for party in g.rng.sample(PARTIES, 4):
        b.line("{p}\t{v}票\t{s}議席", p=g.org(party), v=f"{g.rng.randint(1000, 60000):,}", s=str(g.rng.randint(0, 12)))
    b.line("投票率 {r}%（前回比 {d} ポイント）", r=f"{g.rng.uniform(30, 60):.2f}", d=f"{g.rng.uniform(-5, 5):+.2f}")
    return b


def agenda(g: Gen) -> Builder:
    b = Builder()
    b.line(
        "{c}　第{n}回会議　次第",
        c=g.org(g.choice(("地域福祉計画策定委員会", "環境審議会", "子ども・子育て会議"))),
        n=str(g.rng.randint(1, 9)),
    )
    for i, item in enumerate(
        ("開会", "委員長あいさつ", "議事（1）計画素案について", "議事（2）意見募集の結果", "副委員長より報告", "閉会"),
        1,
    ):
        b.line("{i}　{t}", i=str(i), t=item)
    b.line("出席：委員長、副委員長、委員8名、事務局（{o}）", o=g.org(g.choice(DEPARTMENTS)))
    return b


def roadworks(g: Gen) -> Builder:
    b = Builder()
    b.line("道路工事のお知らせ")
    b.line("路線名：{a}", a=g.loc(f"市道{g.choice('ABC')}{g.rng.randint(100, 999)}号線"))
    b.line(
        "区間：{t1}地内から{t2}地内まで（延長{m}m）",
        t1=g.loc(g.choice(TOWNS)),
        t2=g.loc(g.choice(TOWNS)),
        m=str(g.rng.randint(80, 900)),
    )
    b.line(
        "期間：令和{y}年{m}月から約{n}か月",
        y=str(g.rng.randint(8, 9)),
        m=str(g.rng.randint(1, 12)),
        n=str(g.rng.randint(2, 8)),
    )
    b.line("施工：{c}　発注：{o}", c=g.org(g.choice(COMPANIES)), o=g.org("道路維持課"))
    b.line("通行止めの時間帯は迂回路をご利用ください。")
    return b


def sister_cities(g: Gen) -> Builder:
    b = Builder()
    country, city = g.rng.choice(SISTER_CITIES)
    b.line("{c}との姉妹都市提携{n}周年", c=g.loc(city), n=str(g.rng.randint(10, 60)))
    b.line(
        "{c}は{k}の{r}に位置し、{h}とは{y}年に提携しました。両市は港と城下町という共通点を持ち、{o}を通じて交流を続けています。",
        c=g.loc(city),
        k=g.loc(country),
        r=g.choice(("北部", "南東部", "西海岸", "内陸部")),
        h=g.loc(_city(g)),
        y=str(g.rng.randint(1965, 2005)),
        o=g.org("国際交流協会"),
    )
    return b


NEGATIVE_KINDS = (
    ("統計表", statistics, 8),
    ("法人番号一覧", corporate_numbers, 8),
    ("条例規則", ordinance, 8),
    ("施設予約・時刻表", reservations, 8),
    ("予算書", budget, 8),
    ("入札結果", bids, 8),
    ("図書リスト", books, 8),
    ("型番製造番号", serials, 8),
    ("気象観測", weather, 8),
    ("団体コード", codes, 8),
    ("選挙結果", election, 8),
    ("議事次第", agenda, 8),
    ("道路工事", roadworks, 7),
    ("姉妹都市_地名のみ", sister_cities, 7),
)
