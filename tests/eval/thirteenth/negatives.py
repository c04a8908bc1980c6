"""Hard negatives: documents full of numbers, places and organisations but no personal value."""

from __future__ import annotations

from collections.abc import Callable

from stdnum.jp import cn

from tests.eval.thirteenth import pools as P
from tests.eval.thirteenth.layout import Doc, ask, loc, org, table, today
from tests.eval.thirteenth.values import Ctx


def stats(ctx: Ctx, b: Doc) -> None:
    ask(b, ctx)
    b.ln(("", loc(ctx.choice(P.CITIES)[1]), " 年齢別人口（", today(ctx), "現在）"))
    table(
        ctx,
        b,
        ["地区", "0-14歳", "15-64歳", "65歳以上"],
        [
            [
                loc(ctx.town()),
                str(ctx.rng.randint(100, 3000)),
                str(ctx.rng.randint(1000, 9000)),
                str(ctx.rng.randint(500, 4000)),
            ]
            for _ in range(ctx.rng.randint(3, 6))
        ],
    )


def corp_numbers(ctx: Ctx, b: Doc) -> None:
    ask(b, ctx)
    b.ln("入札参加資格者（法人番号つき）")
    for name in ctx.rng.sample(
        (
            "株式会社青葉建設",
            "みなと設備工業株式会社",
            "有限会社桜木造園",
            "東雲電気株式会社",
            "旭測量設計株式会社",
            "株式会社白鷺ビルサービス",
        ),
        4,
    ):
        body = ctx.digits(12)
        b.ln(("・", org(name), "　法人番号 ", cn.calc_check_digit(body) + body))


def ordinance(ctx: Ctx, b: Doc) -> None:
    ask(b, ctx)
    n = ctx.rng.randint(1, 40)
    b.ln(
        (
            "",
            loc(ctx.choice(P.CITIES)[1]),
            f"空き家等の適正管理に関する条例（令和{ctx.rng.randint(1, 7)}年条例第{n}号）",
        )
    )
    b.ln("第1条　この条例は、空き家等の適正な管理に関し必要な事項を定める。")
    b.ln("第2条　所有者等は、周辺の生活環境に悪影響を及ぼさないよう管理しなければならない。")
    b.ln(("第3条　市長は、", org("空家等対策審議会"), "の意見を聴いて勧告することができる。"))


def timetable(ctx: Ctx, b: Doc) -> None:
    ask(b, ctx)
    b.ln(("コミュニティバス ", loc(ctx.town()), "線 時刻表（平日）"))
    stops = [ctx.town() for _ in range(4)]
    table(
        ctx,
        b,
        ["便", *stops],
        [
            [f"{i}便"] + [f"{7 + i}:{ctx.rng.randint(0, 5)}{ctx.rng.randint(0, 9)}" for _ in stops]
            for i in range(1, ctx.rng.randint(4, 7))
        ],
        style="tsv",
    )


def budget(ctx: Ctx, b: Doc) -> None:
    ask(b, ctx)
    b.ln(f"令和{ctx.rng.randint(7, 8)}年度 一般会計予算（款別・千円）")
    for item in ("総務費", "民生費", "衛生費", "土木費", "教育費", "公債費"):
        b.ln(f"{item}\t{ctx.rng.randint(100000, 9999999):,}")
    b.ln(("所管：", org("財政課")))


def bids(ctx: Ctx, b: Doc) -> None:
    ask(b, ctx)
    b.ln(f"入札結果 {today(ctx)} 開札")
    table(
        ctx,
        b,
        ["件名", "落札者", "落札額（税抜）"],
        [
            [
                f"{ctx.town()}地内 {ctx.choice(('舗装', '側溝', '水道管'))}工事",
                org(ctx.choice(("株式会社青葉建設", "東雲舗道株式会社", "柳原工業有限会社"))),
                f"{ctx.rng.randint(1, 90)},{ctx.rng.randint(100, 999)},000円",
            ]
            for _ in range(3)
        ],
        style="markdown",
    )


def isbn(ctx: Ctx, b: Doc) -> None:
    ask(b, ctx)
    b.ln(("", org("市立図書館"), " 新着図書（郷土資料）"))
    for _ in range(4):
        body = "9784" + ctx.digits(8)
        s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
        full = body + str((10 - s % 10) % 10)
        b.ln(
            f"ISBN{full[:3]}-{full[3]}-{full[4:8]}-{full[8:12]}-{full[12]}"
            f"　『{ctx.town()}の歴史 第{ctx.rng.randint(1, 5)}巻』"
        )


def serials(ctx: Ctx, b: Doc) -> None:
    ask(b, ctx)
    b.ln("備品台帳（抜粋）")
    table(
        ctx,
        b,
        ["品名", "型番", "製造番号", "設置場所"],
        [
            [
                ctx.choice(("AED", "複合機", "発電機", "投光器")),
                f"{ctx.choice(('XR', 'GT', 'PV'))}-{ctx.rng.randint(100, 999)}",
                f"SN{ctx.digits(4)}-{ctx.choice('ABCDEFG')}{ctx.digits(3)}",
                org(ctx.choice(("第三公民館", "市民体育館", "本庁舎"))),
            ]
            for _ in range(ctx.rng.randint(3, 5))
        ],
    )


def weather(ctx: Ctx, b: Doc) -> None:
    ask(b, ctx)
    b.ln(("", loc(ctx.choice(P.CITIES)[1]), " 気象観測（", today(ctx), "）"))
    for h in (6, 9, 12, 15, 18):
        b.ln(
            f"{h}時　気温{ctx.rng.randint(5, 30)}.{ctx.rng.randint(0, 9)}℃"
            f"　降水量{ctx.rng.randint(0, 40)}mm　風速{ctx.rng.randint(1, 15)}m/s"
        )
    b.ln(("発表：", org("気象台"), "。大雨注意報は解除。"))


def group_codes(ctx: Ctx, b: Doc) -> None:
    ask(b, ctx)
    b.ln("全国地方公共団体コード（抜粋）")
    for pref, c in ctx.rng.sample(P.CITIES, 4):
        b.ln(("", loc(pref), "\t", loc(c), "\t", f"{ctx.rng.randint(1, 47):02d}{ctx.digits(3)}{ctx.rng.randint(0, 9)}"))


def election_results(ctx: Ctx, b: Doc) -> None:
    ask(b, ctx)
    b.ln(f"比例代表 政党別得票数（{today(ctx)}執行）")
    for party in ("みらい党", "緑の会", "市民連合", "地域改革の会"):
        b.ln(("", org(party), f"\t{ctx.rng.randint(1000, 90000):,}票"))
    b.ln(f"投票率 {ctx.rng.randint(30, 70)}.{ctx.rng.randint(0, 99):02d}%")


def agenda(ctx: Ctx, b: Doc) -> None:
    ask(b, ctx)
    b.ln(("", org("都市計画審議会"), f" 次第　{today(ctx)} 14時"))
    b.ln("1 開会").ln("2 会長あいさつ").ln("3 議事（1）用途地域の変更について　説明：事務局（都市計画課長）")
    b.ln("4 質疑（委員長、副委員長、各委員）").ln("5 閉会")


def roadworks(ctx: Ctx, b: Doc) -> None:
    ask(b, ctx)
    town = ctx.town()
    b.ln(("道路工事のお知らせ：市道", town, "線（", loc(town), "地内）"))
    b.ln(f"期間　{today(ctx)}〜{today(ctx)}　9時〜17時（土日休工）")
    b.ln(("施工：", org(ctx.choice(("株式会社青葉建設", "東雲舗道株式会社"))), "　発注：", org("道路維持課")))


def recall(ctx: Ctx, b: Doc) -> None:
    ask(b, ctx)
    b.ln(("【製品回収のお知らせ】", org(ctx.choice(("株式会社ひなた食品", "みどり乳業株式会社")))))
    b.ln(f"対象：ロット番号 L{ctx.digits(6)}、賞味期限 {today(ctx)}")
    b.ln(f"JANコード 49{ctx.digits(11)} の製品をお持ちの方はご購入店舗へ。")


def kata_places(ctx: Ctx, b: Doc) -> None:
    ask(b, ctx)
    b.ln("姉妹都市交流 訪問者数")
    table(
        ctx,
        b,
        ["都市", "国", "人数"],
        [
            [loc(c), loc(n), str(ctx.rng.randint(10, 400))]
            for c, n in ctx.rng.sample(
                (
                    ("サンパウロ", "ブラジル"),
                    ("ダナン", "ベトナム"),
                    ("ポートランド", "アメリカ"),
                    ("ヴィリニュス", "リトアニア"),
                    ("セブ", "フィリピン"),
                    ("ポカラ", "ネパール"),
                ),
                4,
            )
        ],
    )


def named_places(ctx: Ctx, b: Doc) -> None:
    ask(b, ctx)
    fac = ctx.rng.sample(("野口英世記念館", "宮沢賢治童話村", "伊能忠敬記念館", "新渡戸記念館", "坂本龍馬記念館"), 2)
    b.ln(("研修旅行の行程：", today(ctx), "、", org(fac[0]), "見学ののち、", org(fac[1]), "へ移動。"))
    b.ln(("宿泊は", loc(ctx.choice(P.CITIES)[1]), "市内。費用は一人", f"{ctx.rng.randint(8, 30)},000円。"))


def program(ctx: Ctx, b: Doc) -> None:
    ask(b, ctx)
    b.ln(("市民文化祭 プログラム（", org("市民会館"), "大ホール）"))
    for t, g in zip(
        (10, 11, 13, 14),
        ctx.rng.sample(("市立吹奏楽団", "桜台中学校合唱部", "和太鼓保存会", "市民劇団かもめ", "シニアコーラス青葉"), 4),
        strict=False,
    ):
        b.ln((f"{t}:00　", org(g)))


NEGATIVES: tuple[tuple[str, Callable[[Ctx, Doc], None]], ...] = (
    ("stats_table", stats),
    ("corporate_numbers", corp_numbers),
    ("ordinance", ordinance),
    ("timetable", timetable),
    ("budget", budget),
    ("bid_results", bids),
    ("isbn_list", isbn),
    ("serial_numbers", serials),
    ("weather", weather),
    ("group_codes", group_codes),
    ("election_results", election_results),
    ("agenda_roles", agenda),
    ("road_works", roadworks),
    ("product_recall", recall),
    ("katakana_places", kata_places),
    ("person_named_places", named_places),
    ("event_program", program),
)
