"""Hard negatives of the tenth corpus: texts that look personal and hold no personal information."""

from __future__ import annotations

from collections.abc import Callable

from tests.eval.blind.model import Builder
from tests.eval.tenth import kit, pools
from tests.eval.tenth.values import Gen, corporate_number, my_number_check

PARTIES = ["自由民主党", "立憲民主党", "公明党", "日本維新の会", "日本共産党", "国民民主党", "無所属"]
WARDS = ["第1投票区", "第2投票区", "北部地区", "南部地区", "中央地区", "東地区"]
STOPS = ["市役所前", "中央公民館", "桜町中央", "若葉台団地", "北原小学校前", "東雲駅南口", "市民病院"]
ROOMS = ["第1会議室", "和室A", "調理実習室", "多目的ホール", "音楽室", "体育館アリーナ"]


def election(g: Gen, b: Builder) -> None:
    b.line(f"{g.pick(['市議会議員', '市長', '県議会議員'])}選挙 開票結果（{g.day()} 23:40確定）")
    b.line("党派\t" + "\t".join(WARDS[:4]) + "\t計")
    for party in g.r.sample(PARTIES, 5):
        votes = [g.r.randint(200, 9000) for _ in range(4)]
        b.line("{p}\t" + "\t".join(f"{v:,}" for v in votes) + f"\t{sum(votes):,}", p=kit.org(g, party))
    b.line(f"投票率 {g.r.randint(300, 600) / 10}%（前回比 {g.r.randint(-50, 30) / 10}ポイント）")


def checkup_rate(g: Gen, b: Builder) -> None:
    b.line(f"特定健診 受診率（{g.r.randint(2021, 2025)}年度・地区別）")
    for town in g.r.sample(pools.TOWNS, 5):
        b.line(
            "{t}　対象者 {n}人　受診者 {m}人　{r}%",
            t=kit.loc(g, town),
            n=f"{g.r.randint(800, 3000):,}",
            m=f"{g.r.randint(200, 799):,}",
            r=str(g.r.randint(200, 600) / 10),
        )


def garbage(g: Gen, b: Builder) -> None:
    b.line("ごみ収集カレンダー（抜粋）")
    for town in g.r.sample(pools.TOWNS, 4):
        b.line("{t}：燃やすごみ 月・木／資源ごみ " + g.day() + "・" + g.day(), t=kit.loc(g, town))
    b.line("年末年始は" + g.day() + "から" + g.day() + "まで収集を休みます。")


def statistics(g: Gen, b: Builder) -> None:
    b.line(f"一般会計 歳入歳出決算（{g.r.randint(2019, 2025)}年度）単位：円")
    for item in ["市税", "地方交付税", "国庫支出金", "民生費", "教育費"]:
        while True:
            n = g.digits(12)
            if my_number_check(n[:11]) != n[11]:
                break
        b.line(f"{item}\t{n}\t前年度比 {g.r.randint(900, 1100) / 10}%")


def bid_results(g: Gen, b: Builder) -> None:
    b.line(f"入札結果 {g.day()} 案件番号 {g.r.randint(2026, 2026)}-{g.r.randint(100, 999)}")
    b.line(f"件名：{g.pick(['市道舗装補修工事', '公民館空調更新工事', '庁舎清掃業務委託'])}")
    for co in g.r.sample(pools.COMPANIES, 3):
        b.line(
            "{c}（法人番号 " + corporate_number(g.digits(12)) + f"）入札額 {g.r.randint(100, 9000) * 10000:,}円",
            c=kit.org(g, co),
        )
    b.line("落札者は最低価格の者とした。")


def ordinance(g: Gen, b: Builder) -> None:
    n = g.r.randint(1, 40)
    b.line(f"{g.pick(['公民館条例', '手数料条例', '自転車駐車場条例'])}の一部を改正する条例")
    b.line(f"第{n}条　市長は、利用者が次の各号のいずれかに該当するときは、使用の許可を取り消すことができる。")
    b.line("一　公の秩序を乱すおそれがあるとき。")
    b.line("二　施設を損傷するおそれがあるとき。")
    b.line(f"附則　この条例は、{g.day()}から施行する。")


def facility(g: Gen, b: Builder) -> None:
    b.line("{f} 予約状況 " + g.day(), f=kit.org(g, g.pick(["中央公民館", "北原コミュニティセンター", "市民体育館"])))
    for room in g.r.sample(ROOMS, 4):
        b.line(f"{room}　9:00-12:00 {g.pick(['予約済', '空き'])}　13:00-17:00 {g.pick(['予約済', '空き', '休館'])}")


def timetable(g: Gen, b: Builder) -> None:
    b.line(f"コミュニティバス {g.pick(['北ルート', '南循環', '桜線'])} 時刻表（{g.day()}改正）")
    for stop in g.r.sample(STOPS, 5):
        h = g.r.randint(6, 9)
        b.line("{s}　" + "　".join(f"{h + k}:{g.r.randint(0, 59):02d}" for k in range(4)), s=kit.loc(g, stop))


def library(g: Gen, b: Builder) -> None:
    b.line("新着図書リスト（郷土資料）")
    for _ in range(4):
        body = "9784" + "".join(str(g.r.randint(0, 9)) for _ in range(8))
        s = sum((1 if i % 2 == 0 else 3) * int(d) for i, d in enumerate(body))
        isbn = body + str((10 - s % 10) % 10)
        b.line(f"請求記号 {g.r.randint(200, 299)}.{g.r.randint(1, 9)}/{g.pick(['サ', 'ミ', 'カ'])}　ISBN {isbn}")


def vaccine_schedule(g: Gen, b: Builder) -> None:
    b.line("定期予防接種の標準的な接種時期")
    for v, age in [
        ("ヒブ", "生後2か月〜7か月"),
        ("小児用肺炎球菌", "生後2か月〜7か月"),
        ("BCG", "生後5か月〜8か月"),
        ("MR1期", "1歳〜2歳未満"),
        ("日本脳炎", "3歳〜4歳"),
    ]:
        b.line(f"・{v}：{age}（{g.r.randint(1, 4)}回）")
    b.line(f"集団接種日：{g.day()}、{g.day()}（会場：保健センター）")


def bills(g: Gen, b: Builder) -> None:
    b.line(f"{g.pick(['6月', '9月', '12月'])}定例会 議案一覧")
    for _ in range(5):
        b.line(
            f"議案第{g.r.randint(1, 90)}号　"
            f"{g.pick(['令和8年度一般会計補正予算', '職員給与条例の一部改正', '市道路線の認定', '指定管理者の指定'])}"
        )
    b.line(f"会期：{g.day()}から{g.day()}まで")


def serials(g: Gen, b: Builder) -> None:
    b.line("備品台帳（抜粋）")
    for item in g.r.sample(["ノートPC", "プロジェクター", "AED", "複合機", "公用車ドライブレコーダー"], 4):
        b.line(
            f"{item}　型番 {g.pick(['XK', 'PJ', 'AD', 'MF'])}-{g.r.randint(100, 999)}{g.pick(['A', 'S', 'R'])}　"
            f"製造番号 {g.pick(['SN', 'No.'])}{g.digits(9)}　取得日 {g.day()}"
        )


def jis_places(g: Gen, b: Builder) -> None:
    b.line("団体コード一覧（抜粋）")
    for pref, city in g.r.sample(pools.PLACES, 5):
        b.line(f"{g.r.randint(1, 47):02d}{g.r.randint(100, 999)}　" + "{p}{c}", p=kit.loc(g, pref), c=kit.loc(g, city))


def weather(g: Gen, b: Builder) -> None:
    b.line(f"気象観測データ（{g.pick(['市役所', '北部'])}観測点）")
    for _ in range(5):
        b.line(
            f"{g.day()}　最高{g.r.randint(50, 350) / 10}℃　最低{g.r.randint(-50, 250) / 10}℃　"
            f"降水量{g.r.randint(0, 80)}mm"
        )


NEGATIVES: list[tuple[str, Callable[[Gen, Builder], None]]] = [
    ("negative_election", election),
    ("negative_checkup_rate", checkup_rate),
    ("negative_garbage", garbage),
    ("negative_statistics", statistics),
    ("negative_bid", bid_results),
    ("negative_ordinance", ordinance),
    ("negative_facility", facility),
    ("negative_timetable", timetable),
    ("negative_library", library),
    ("negative_vaccine_schedule", vaccine_schedule),
    ("negative_bills", bills),
    ("negative_serials", serials),
    ("negative_jis", jis_places),
    ("negative_weather", weather),
]
