"""Hard negatives: text that looks personal and holds no personal value at all."""

from __future__ import annotations

from collections.abc import Callable

from stdnum.jp import cn as corp

from tests.eval.blind.model import Builder
from tests.eval.fourteenth import layout as L
from tests.eval.fourteenth import pools
from tests.eval.fourteenth.values import Ctx

TOWNS = ["桜台", "若葉町", "東原", "白鳥ケ丘", "富士見台", "西野", "栄町", "泉沢"]


def corp_numbers(ctx: Ctx, b: Builder) -> None:
    b.line(ctx.choice(["指名業者一覧（法人番号付き）", "取引先マスタ 抜粋", "法人番号の照合結果"]))
    for c in ctx.rng.sample(pools.COMPANIES, 4):
        body = "".join(str(ctx.rng.randint(0, 9)) for _ in range(12))
        num = corp.calc_check_digit(body) + body
        b.line("{c}　法人番号 {n}", c=ctx.org(c), n=num)
    b.line("※法人番号は国税庁公表サイトで確認済み")


def statistics(ctx: Ctx, b: Builder) -> None:
    b.line(f"町丁別世帯数・人口（令和7年{ctx.rng.randint(1, 11)}月末現在）")
    rows = []
    for t in ctx.rng.sample(TOWNS, 5):
        h = ctx.rng.randint(300, 4000)
        rows.append([ctx.loc(t), f"{h:,}", f"{int(h * 2.1):,}", f"{int(h * 1.05):,}"])
    L.table(ctx, b, ["町丁名", "世帯数", "男", "女"], rows)
    b.line("出典：住民基本台帳（外国人住民を含む）")


def ordinance(ctx: Ctx, b: Builder) -> None:
    b.line(
        ctx.choice(
            [
                "空き家等の適正管理に関する条例（抄）",
                "市営住宅条例の一部を改正する条例案",
                "墓地等の経営の許可等に関する条例",
            ]
        )
    )
    for n in range(1, ctx.rng.randint(4, 6)):
        b.line(
            f"第{n}条　"
            + ctx.choice(
                [
                    "この条例は、市民の生活環境の保全に寄与することを目的とする。",
                    "市長は、必要があると認めるときは、所有者等に対し助言又は指導をすることができる。",
                    "前条第2項の規定による届出は、規則で定める様式によらなければならない。",
                    "使用者は、使用料を毎月末日までに納付しなければならない。",
                ]
            )
        )
    b.line(f"附則　この条例は、令和{ctx.rng.randint(7, 8)}年4月1日から施行する。")


def timetable(ctx: Ctx, b: Builder) -> None:
    line = ctx.choice(["コミュニティバス 東循環", "デマンド交通 北ルート", "市民病院線"])
    b.line(f"{line}　時刻表（平日）")
    for stop in ctx.rng.sample(["市役所前", "市民病院", "桜台団地", "東原公民館", "駅西口", "若葉小学校"], 4):
        times = sorted(
            {f"{h}:{ctx.rng.choice(['05', '15', '25', '40', '52'])}" for h in ctx.rng.sample(range(7, 20), 5)},
            key=lambda s: int(s.split(":")[0]),
        )
        b.line("{s}　" + "　".join(times), s=ctx.org(stop) if ctx.rng.random() < 0.3 else stop)
    b.line("年末年始（12/29〜1/3）は運休します。")


def budget(ctx: Ctx, b: Builder) -> None:
    b.line(f"令和8年度 当初予算案 主要事業（{ctx.choice(['上下水道部', '環境部', 'こども未来部'])}）")
    for item in ctx.rng.sample(
        [
            "老朽管更新事業",
            "ごみ収集車更新",
            "保育士処遇改善",
            "空き家除却補助",
            "図書館システム更新",
            "救急車更新",
            "霊園駐車場整備",
        ],
        4,
    ):
        b.line(
            f"・{item}　{ctx.rng.randint(1, 900) * 1000 + ctx.rng.randint(0, 999):,}千円"
            f"（前年度比 {ctx.rng.randint(-20, 35)}%）"
        )
    b.line(f"一般会計総額 {ctx.rng.randint(600, 1800)}億{ctx.rng.randint(1000, 9999)}万円")


def bid_results(ctx: Ctx, b: Builder) -> None:
    b.line(f"入札結果（{ctx.choice(['配水管布設替工事', '庁舎清掃業務委託', '道路舗装修繕工事'])}）")
    b.line(f"予定価格 {ctx.rng.randint(5, 90) * 1000000:,}円（税抜）")
    for c in ctx.rng.sample(pools.COMPANIES, 3):
        b.line("{c}　{a}円", c=ctx.org(c), a=f"{ctx.rng.randint(4, 80) * 1000000 + ctx.rng.randint(0, 99) * 10000:,}")
    b.line("落札者は最低価格の者。失格なし。")


def isbn_list(ctx: Ctx, b: Builder) -> None:
    b.line(ctx.choice(["新着図書（郷土資料）", "リクエスト購入決定分"]))
    for _ in range(4):
        body = "978" + "4" + "".join(str(ctx.rng.randint(0, 9)) for _ in range(8))
        total = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
        isbn = body + str((10 - total % 10) % 10)
        b.line(
            f"ISBN {isbn[:3]}-{isbn[3]}-{isbn[4:8]}-{isbn[8:12]}-{isbn[12]}　"
            + ctx.choice(["『川と村の百年』", "『はじめての家庭菜園』", "『方言のひみつ』", "『鉄道のある町』"])
        )
    b.line("分類：291.3（日本地理 関東）／ 626（野菜園芸）")


def lot_codes(ctx: Ctx, b: Builder) -> None:
    b.line(ctx.choice(["備蓄品 ロット一覧", "給食用食材 納品記録", "消耗品 在庫表"]))
    for item in ctx.rng.sample(["アルファ米", "保存水2L", "簡易トイレ", "乾パン", "マスク"], 3):
        jan = "49" + "".join(str(ctx.rng.randint(0, 9)) for _ in range(11))
        b.line(
            f"{item}　JAN {jan}　LOT {ctx.choice(['A', 'B', 'K'])}{ctx.rng.randint(2300, 2599)}"
            f"-{ctx.rng.randint(10, 99)}"
            f"　賞味期限 2030.{ctx.rng.randint(1, 12)}"
        )


def weather(ctx: Ctx, b: Builder) -> None:
    river = ctx.choice(["桜川", "小貝川", "鬼怒川"])
    b.line("{r} 水位情報（" + f"{ctx.rng.randint(1, 28)}日）", r=ctx.loc(river))
    for h in range(6, 18, 3):
        b.line(f"{h}:00　{ctx.rng.randint(100, 450) / 100:.2f}m　雨量 {ctx.rng.randint(0, 30)}mm")
    b.line(f"氾濫注意水位 4.50m　最高気温 {ctx.rng.randint(5, 33)}℃　降水確率 {ctx.rng.randint(0, 100)}%")


def sister_city(ctx: Ctx, b: Builder) -> None:
    places = ctx.rng.sample(
        ["サクラメント", "ホーチミン", "ダバオ", "クリチバ", "ポカラ", "バンドン", "大連", "全州"], 3
    )
    b.line("姉妹都市・友好都市の紹介（国際交流フェア掲示用）")
    for p in places:
        b.line(
            "・{p}：人口約{n}万人。{t}",
            p=ctx.loc(p),
            n=str(ctx.rng.randint(30, 400)),
            t=ctx.choice(["平成元年に提携。", "毎年中学生を派遣。", "物産展を共催。", "オンライン交流を継続。"]),
        )
    b.line("協力：{o}", o=ctx.org("国際交流協会"))


def named_facilities(ctx: Ctx, b: Builder) -> None:
    fam, giv = ctx.rng.choice(pools.SEI)[0], ctx.rng.choice(pools.OLD)[0]
    b.line("市内の文化施設 開館案内")
    b.line("{m}：9:00〜17:00（月曜休館）", m=ctx.org(f"{fam}{giv}記念館"))
    b.line("{m}：土日のみ公開", m=ctx.org(f"旧{fam}家住宅"))
    b.line("{m}の応募締切は1月末です。", m=ctx.org(f"{fam}{giv}賞"))


def teams(ctx: Ctx, b: Builder) -> None:
    b.line(ctx.choice(["市民まつり ステージ出演団体", "市長杯 少年野球大会 組合せ"]))
    for t in ctx.rng.sample(
        ["桜台ジュニアーズ", "東原スターズ", "和太鼓 響", "若葉コーラス", "フラ・オハナ", "西野ファイターズ"], 4
    ):
        b.line("・{t}（{n}名）", t=ctx.org(t), n=str(ctx.rng.randint(8, 40)))


def election(ctx: Ctx, b: Builder) -> None:
    b.line("市議会議員選挙 党派別得票（速報）")
    for party in ctx.rng.sample(["無所属", "みどりの党", "市民ネット", "未来クラブ", "公正会"], 4):
        b.line(
            "{p}　{v}票（{s}議席）",
            p=ctx.org(party) if party != "無所属" else party,
            v=f"{ctx.rng.randint(3000, 40000):,}",
            s=str(ctx.rng.randint(0, 9)),
        )
    b.line(
        f"投票率 {ctx.rng.randint(35, 55)}.{ctx.rng.randint(0, 9)}%"
        f"（前回比 -{ctx.rng.randint(0, 5)}.{ctx.rng.randint(0, 9)}ポイント）"
    )


def agenda(ctx: Ctx, b: Builder) -> None:
    b.line(ctx.choice(["部長会議 次第", "防災会議 次第"]))
    b.line("1　開会（総務部長）")
    b.line("2　報告事項（" + ctx.choice(["福祉部長", "上下水道部長", "消防長"]) + "）")
    b.line("3　協議事項　" + ctx.choice(["冬季の漏水対策", "年末年始の救急体制", "空き家対策計画の改定"]))
    b.line("4　閉会（副市長）")
    b.line(ctx.choice(["福祉部長が説明し、消防長が補足した。", "説明者：担当課長　記録：担当係長"]))


def road_works(ctx: Ctx, b: Builder) -> None:
    b.line("道路工事のお知らせ")
    b.line("場所：市道{n}号線（{t}地内）".format(n=ctx.rng.randint(1000, 3999), t="{t}"), t=ctx.loc(ctx.choice(TOWNS)))
    b.line(f"期間：1月{ctx.rng.randint(5, 15)}日〜3月{ctx.rng.randint(10, 25)}日　9:00〜17:00")
    b.line("内容：" + ctx.choice(["配水管の布設替え", "舗装の打ち換え", "側溝の改修"]) + "。片側交互通行になります。")
    b.line("施工：{c}", c=ctx.org(ctx.choice(pools.COMPANIES)))


def classification(ctx: Ctx, b: Builder) -> None:
    b.line("郷土資料コーナー 配架替え（NDC）")
    for c, t in ctx.rng.sample(
        [
            ("213.1", "茨城県の歴史"),
            ("291.31", "地誌"),
            ("382.1", "民俗"),
            ("611.2", "農業経済"),
            ("518.52", "ごみ処理"),
            ("369.31", "災害救助"),
        ],
        4,
    ):
        b.line(f"{c}　{t}　{ctx.rng.randint(10, 90)}冊")


def group_codes(ctx: Ctx, b: Builder) -> None:
    b.line("地方公共団体コード一覧（照会用）")
    for pref, city, *_ in ctx.rng.sample(pools.CITIES, 4):
        code = f"{ctx.rng.randint(1, 47):02d}{ctx.rng.randint(200, 299)}{ctx.rng.randint(0, 9)}"
        b.line("{c}　{p}{m}", c=code, p=ctx.loc(pref), m=ctx.loc(city))


def barcode_like(ctx: Ctx, b: Builder) -> None:
    b.line("郵便物 区分コード（料金後納 集計）")
    for _ in range(4):
        b.line(
            f"区分 {ctx.rng.randint(10, 99)}-{ctx.rng.randint(100, 999)}-{ctx.rng.randint(10, 99)}"
            f"　通数 {ctx.rng.randint(100, 9000):,}"
        )
    b.line("料金計器番号・後納承認番号は別紙。")


def eras(ctx: Ctx, b: Builder) -> None:
    b.line(ctx.choice(["市のあゆみ（年表案）", "文化財説明板 原稿"]))
    b.line(f"明治{ctx.rng.randint(5, 40)}年　村制施行")
    b.line(f"大正{ctx.rng.randint(2, 14)}年　鉄道開通、駅開業")
    b.line(f"昭和{ctx.rng.randint(25, 40)}年　町村合併により市制施行")
    b.line(f"平成{ctx.rng.randint(2, 30)}年　新庁舎完成")
    b.line("慶長年間に開かれた宿場町で、寛永期には市が立った。")


NEGATIVES: dict[str, Callable[[Ctx, Builder], None]] = {
    "neg_corp_number": corp_numbers,
    "neg_statistics": statistics,
    "neg_ordinance": ordinance,
    "neg_timetable": timetable,
    "neg_budget": budget,
    "neg_bid_results": bid_results,
    "neg_isbn": isbn_list,
    "neg_lot_codes": lot_codes,
    "neg_weather_river": weather,
    "neg_sister_city": sister_city,
    "neg_named_facility": named_facilities,
    "neg_teams": teams,
    "neg_election": election,
    "neg_agenda_roles": agenda,
    "neg_road_works": road_works,
    "neg_classification": classification,
    "neg_group_codes": group_codes,
    "neg_barcode_like": barcode_like,
    "neg_eras": eras,
}


def negative(ctx: Ctx, b: Builder, kind: str) -> None:
    """A negative with a request around it, as staff would paste it."""
    L.wrap(ctx, b, lambda: NEGATIVES[kind](ctx, b))
