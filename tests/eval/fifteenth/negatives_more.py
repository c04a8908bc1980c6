"""Hard negatives (part 2): places, facilities, teams, elections, agendas, road works, library, codes, history."""

from __future__ import annotations

from tests.eval.blind.model import Builder

from .negatives import neg_start
from .values import Ctx

SISTER = (
    ("リバーサイド市", "アメリカ合衆国"),
    ("グラーツ", "オーストリア"),
    ("ダナン", "ベトナム"),
    ("ソウル特別市麻浦区", "韓国"),
    ("クライストチャーチ", "ニュージーランド"),
    ("サンタ・マリア", "ブラジル"),
    ("チェンマイ", "タイ"),
)
FACILITY = (
    "小松崎清之助記念館",
    "軍司タケ生家",
    "宇留野文庫",
    "染谷伊三郎賞",
    "飯塚記念ホール",
    "鴨志田翁顕彰碑公園",
    "根本正記念室",
    "海老原喜之助美術館",
)
GROUPS = (
    "東雲吹奏楽団",
    "ひたち少年少女合唱団",
    "桜台太鼓保存会",
    "茨城レッドホークス",
    "水戸シティＦＣ",
    "つくばスターズ女子ソフトボール部",
    "若葉ジャズオーケストラ",
    "筑波山麓ばやし連",
)
PARTIES = ("自由民権党", "市民の会", "みどりネット", "労働者連合", "無所属")
EVENTS = ("大洪水で堤が決壊", "新田開発が始まる", "宿場が整備される", "大火で町の半分が焼失", "鉄道が開通")
ROLES = ("市長", "副市長", "教育長", "福祉部長", "総務部長", "市民生活部長", "財政課長", "議長", "委員長", "事務局長")


def sister_cities(ctx: Ctx) -> Builder:
    b = neg_start(ctx)
    b.line(ctx.c(("姉妹都市・友好都市交流の歩み", "国際交流事業の実績", "海外派遣団の行程")))
    for city, country in ctx.rng.sample(SISTER, ctx.n(3, 4)):
        b.put("・").put(ctx.loc(city)).put("（").put(ctx.loc(country)).line(
            f"）　{ctx.n(1975, 2018)}年提携、中学生派遣 {ctx.n(5, 30)}人"
        )
    b.line("行程：成田 → " + ctx.c(("ロサンゼルス", "ウィーン", "ハノイ", "仁川")) + " → 現地着")
    return b


def facilities(ctx: Ctx) -> Builder:
    b = neg_start(ctx)
    b.line(ctx.c(("文化施設の開館カレンダー", "郷土の先人顕彰事業のお知らせ", "指定管理施設一覧")))
    for f in ctx.rng.sample(FACILITY, ctx.n(3, 4)):
        b.put("・").put(ctx.org(f)).line(
            f"　開館 9:00〜17:00（{ctx.c(('月曜休館', '火曜休館', '年中無休'))}）　入館料 {ctx.n(0, 5) * 100}円"
        )
    b.line(f"第{ctx.n(10, 40)}回の受賞作は{ctx.n(10, 80)}点の応募から選ばれ、市民文化会館で展示される。")
    return b


def teams(ctx: Ctx) -> Builder:
    b = neg_start(ctx)
    b.line(ctx.c(("市民まつり ステージ出演団体", "市長杯 組合せ表", "成人の日コンサート プログラム")))
    for i, g in enumerate(ctx.rng.sample(GROUPS, ctx.n(3, 5))):
        b.put(f"{i + 1}. {10 + i}:{ctx.c(('00', '30'))}　").put(ctx.org(g)).line(
            f"　{ctx.c(('演奏', '演舞', '第1試合', '合唱', '準決勝'))}"
        )
    b.line("雨天時は市民体育館に会場を変更します。")
    return b


def election(ctx: Ctx) -> Builder:
    b = neg_start(ctx)
    b.line(f"市議会議員一般選挙 党派別得票数（投票率 {ctx.n(30, 60)}.{ctx.n(0, 9)}%）")
    for p in ctx.rng.sample(PARTIES, ctx.n(3, 5)):
        b.put(ctx.org(p) if p != "無所属" else p).line(f"\t{ctx.n(1000, 40000):,}票\t当選 {ctx.n(0, 9)}人")
    b.line(f"当日有権者数 {ctx.n(50000, 200000):,}人　期日前投票 {ctx.n(5000, 40000):,}人")
    return b


def agenda(ctx: Ctx) -> Builder:
    b = neg_start(ctx)
    b.line(ctx.c(("次第", "会議次第（案）", "式次第")))
    for i, r in enumerate(ctx.rng.sample(ROLES, ctx.n(3, 5))):
        act = ctx.c(("あいさつ", "が説明", "より報告", "閉会のことば", "講評"))
        b.line(f"{i + 1}　{r}{act}")
    b.line(f"{ctx.c(ROLES)}が説明した後、質疑応答。配布資料は資料1〜{ctx.n(3, 8)}。")
    return b


def roadworks(ctx: Ctx) -> Builder:
    b = neg_start(ctx)
    b.line("道路工事・通行止めのお知らせ")
    for _ in range(ctx.n(2, 4)):
        road = ctx.c(("市道1-23号線", "県道水戸岩間線", "市道桜台中央線", "国道沿い側道"))
        b.line(
            f"・{road}（{ctx.c(('旭町', '梅園', '竹園'))}地内）"
            f"{ctx.n(10, 12)}/{ctx.n(1, 28)}〜{ctx.n(1, 3)}/{ctx.n(1, 28)}"
            f"　{ctx.c(('下水道管布設', '舗装補修', '橋梁点検'))}のため片側交互通行　延長{ctx.n(50, 800)}m"
        )
    b.line("迂回路は現地の案内看板に従ってください。")
    return b


def library(ctx: Ctx) -> Builder:
    b = neg_start(ctx)
    b.line("日本十進分類法（NDC）で棚を並べ替えたい。以下の順でよいか確認して")
    for code, name in ctx.rng.sample(
        (
            ("210.1", "日本史 通史"),
            ("291.31", "関東地方 地誌"),
            ("369.4", "児童福祉"),
            ("493.9", "小児科学"),
            ("596", "食品・料理"),
            ("913.6", "日本文学 小説"),
            ("780", "スポーツ"),
            ("318.2", "地方自治"),
        ),
        5,
    ):
        b.line(f"{code}\t{name}\t{ctx.n(20, 900)}冊")
    return b


def codes(ctx: Ctx) -> Builder:
    b = neg_start(ctx)
    b.line(ctx.c(("全国地方公共団体コード（抜粋）", "統計システムの団体コード対応表", "地域コード一覧")))
    for _ in range(ctx.n(4, 6)):
        b.line(
            f"{ctx.n(10, 47)}{ctx.n(100, 999)}{ctx.n(0, 9)}\t"
            f"{ctx.c(('水戸市', '日立市', '土浦市', '笠間市', '那珂市'))}"
            f"\t区分{ctx.n(1, 3)}"
        )
    return b


def history(ctx: Ctx) -> Builder:
    b = neg_start(ctx)
    b.line(ctx.c(("郷土年表", "市史年表（近世〜近代）", "文化財説明板の原稿")))
    for era, year in ctx.rng.sample(
        (
            ("元禄", 1688),
            ("享保", 1716),
            ("天明", 1781),
            ("天保", 1830),
            ("安政", 1854),
            ("明治", 1868),
            ("大正", 1912),
        ),
        4,
    ):
        n = ctx.n(2, 14)
        b.line(f"{era}{n}年（{year + n - 1}年）　" + ctx.c(EVENTS))
    return b
