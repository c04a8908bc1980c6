"""Hard negatives: what a city sends that holds no personal value but looks as if it might.

No person, no phone number, no street address, no e-mail, no 〒. Organisations and places are labelled.
"""

from __future__ import annotations

from tests.eval.blind.model import Builder
from tests.eval.ninth import pools
from tests.eval.ninth.forms import corporate_check, isbn13, my_number_valid, other_date
from tests.eval.ninth.people import Ctx, loc, org


def drill_plan(ctx: Ctx, b: Builder) -> None:
    b.line(
        "令和{y}年度 {d}総合防災訓練 実施計画（案）", y=str(ctx.rng.randrange(7, 9)), d=loc(ctx.choice(pools.DISTRICTS))
    )
    b.line(
        "主催：{o}　協力：{f}、{g}",
        o=org(ctx.choice(pools.DEPARTMENTS[:2])),
        f=org("消防団第2分団"),
        g=org(ctx.choice(pools.SCHOOLS)),
    )
    b.line("日時：{d} 8:30〜11:45（雨天時は{d2}に順延）", d=other_date(ctx.rng), d2=other_date(ctx.rng))
    for t, what in (
        ("8:30", "参集・受付"),
        ("9:00", "シェイクアウト訓練"),
        ("9:20", "避難所開設訓練"),
        ("10:15", "給水訓練"),
        ("11:30", "講評"),
    ):
        b.line("{t}　{w}（会場：{v}）", t=t, w=what, v=loc(ctx.choice(pools.FACILITIES)))
    b.line(
        "想定：{r}の水位が氾濫危険水位（4.2m）を超過、{s}周辺で道路冠水。",
        r=loc(ctx.choice(pools.RIVERS)),
        s=loc(ctx.choice(pools.STATIONS)),
    )
    b.line("参加見込み {n}名。要支援者の個別避難計画は本計画の対象外。", n=str(ctx.rng.randrange(120, 900)))


def water_tariff(ctx: Ctx, b: Builder) -> None:
    b.line("{o} 水道料金表（口径別・2か月あたり、税込）", o=org("上下水道局料金課"))
    b.line("口径\t基本料金\t1〜20㎥\t21〜40㎥\t41㎥以上")
    for d in ("13mm", "20mm", "25mm", "40mm", "50mm"):
        base = ctx.rng.randrange(1500, 9000)
        steps = "\t".join(f"{ctx.rng.randrange(lo, lo + 80)}円" for lo in (120, 180, 260))
        b.line(f"{d}\t{base:,}円\t{steps}")
    b.line(
        "検針スケジュール：{a}は奇数月の{x}日〜{y}日、{c}は偶数月。",
        a=loc(ctx.choice(pools.DISTRICTS)),
        x=str(ctx.rng.randrange(1, 10)),
        y=str(ctx.rng.randrange(11, 20)),
        c=loc(ctx.choice(pools.DISTRICTS)),
    )
    b.line("メーター交換（8年周期）は{c}が受託。", c=org(ctx.choice(pools.COMPANIES[:8])))


def tax_stats(ctx: Ctx, b: Builder) -> None:
    b.line("固定資産税 課税状況の統計（{y}年度）　{o}", y=f"令和{ctx.rng.randrange(5, 8)}", o=org("資産税課"))
    b.line("税率 1.4%（標準税率）　免税点 土地30万円・家屋20万円")
    b.line("区分\t納税義務者数\t評価額（百万円）\t課税標準額（百万円）")
    for k in ("宅地", "田", "畑", "山林", "雑種地", "家屋（木造）", "家屋（非木造）"):
        cells = "\t".join(f"{ctx.rng.randrange(lo, hi):,}" for lo, hi in ((800, 60000), (1000, 900000), (800, 700000)))
        b.line(f"{k}\t{cells}")
    b.line(
        "{a}の路線価は前年比 {p}%。", a=loc(ctx.choice(pools.CITIES_AS_PLACES)), p=f"+{ctx.rng.randrange(1, 40) / 10}"
    )


def zoning_map(ctx: Ctx, b: Builder) -> None:
    b.line(
        "区域図の説明（{t}）", t=ctx.choice(("土砂災害警戒区域", "浸水想定区域", "空き家等対策重点地区", "用途地域"))
    )
    b.line(
        "対象は{a}のうち、{r}右岸から{s}までの範囲。",
        a=loc(ctx.choice(pools.DISTRICTS)),
        r=loc(ctx.choice(pools.RIVERS)),
        s=loc(ctx.choice(pools.STATIONS)),
    )
    b.line(
        "図中の番号（A-1〜A-{n}）は区画番号で、地番ではありません。縮尺 1/{k}。",
        n=str(ctx.rng.randrange(6, 30)),
        k=ctx.choice(("2,500", "10,000", "25,000")),
    )
    b.line(
        "凡例：赤＝特別警戒区域、黄＝警戒区域。境界は{o}の測量成果（{d}）による。",
        o=org(ctx.choice(pools.COMPANIES)),
        d=other_date(ctx.rng),
    )


def nursery_vacancy(ctx: Ctx, b: Builder) -> None:
    b.line("保育所等の空き状況（{d}時点）　{o}", d=other_date(ctx.rng), o=org("保育課"))
    b.line("施設名｜0歳｜1歳｜2歳｜3歳｜4歳｜5歳")
    for f in ctx.rng.sample(pools.NURSERIES, 4):
        cells = "｜".join(ctx.choice(("0", "1", "2", "3", "若干", "－")) for _ in range(6))
        b.line("{f}｜{c}", f=org(f), c=cells)
    b.line("{a}の施設は送迎バスあり。", a=loc(ctx.choice(pools.DISTRICTS)))


def council_schedule(ctx: Ctx, b: Builder) -> None:
    b.line("{o} 第{n}回定例会 日程（案）", o=org("議会事務局"), n=str(ctx.rng.randrange(1, 5)))
    for _i in range(ctx.rng.randrange(3, 6)):
        b.line(
            "{d}　{w}",
            d=other_date(ctx.rng),
            w=ctx.choice(("本会議（開会・提案説明）", "一般質問", "委員会審査", "本会議（採決）", "全員協議会")),
        )
    for k in range(ctx.rng.randrange(3, 6)):
        b.line(
            "議案第{n}号　{t}",
            n=str(ctx.rng.randrange(40, 99) + k),
            t=ctx.choice(
                (
                    "一般会計補正予算（第3号）",
                    "水道事業給水条例の一部改正",
                    "市営住宅条例の一部改正",
                    "指定管理者の指定について",
                    "財産の取得について",
                )
            ),
        )
    b.line("請願・陳情の締切は{d}正午。", d=other_date(ctx.rng))


def library_isbn(ctx: Ctx, b: Builder) -> None:
    b.line("{o} 新着図書リスト", o=org(ctx.choice(("中央図書館", "旭町分館"))))
    for t in ctx.rng.sample(
        (
            "森林と水の循環",
            "地域防災の手引き",
            "光ファイバー通信入門",
            "渚の生きもの図鑑",
            "翼の科学",
            "長野の民話",
            "岡山の古墳",
            "小野の里山をたどる",
        ),
        4,
    ):
        b.line(
            "「{t}」 ISBN {i}　請求記号 {c}　{f}",
            t=t,
            i=_hyphen_isbn(isbn13(ctx.rng)),
            c=f"{ctx.rng.randrange(0, 999):03d}.{ctx.rng.randrange(1, 9)}/{ctx.choice('アイウカサタナ')}",
            f=ctx.choice(("一般書", "郷土資料", "児童書")),
        )
    b.line("寄贈：{o}", o=org(ctx.choice(pools.COMPANIES)))


def _hyphen_isbn(s: str) -> str:
    return f"{s[:3]}-{s[3]}-{s[4:7]}-{s[7:12]}-{s[12]}"


def dog_stats(ctx: Ctx, b: Builder) -> None:
    b.line("犬の登録件数・狂犬病予防注射の実施状況　{o}", o=org(ctx.choice(("生活衛生課", "動物愛護センター"))))
    for y in range(2021, 2026):
        b.line(
            f"{y}年度　登録 {ctx.rng.randrange(9000, 14000):,}頭　注射 {ctx.rng.randrange(6000, 11000):,}頭　"
            f"実施率 {ctx.rng.randrange(600, 900) / 10}%"
        )
    b.line(
        "集合注射会場：{a}、{c}（各会場 9:30〜11:30）",
        a=loc(ctx.choice(pools.FACILITIES)),
        c=loc(ctx.choice(pools.FACILITIES)),
    )


def curriculum(ctx: Ctx, b: Builder) -> None:
    b.line("{t} カリキュラム（{o}）", t=ctx.choice(("新規採用職員研修", "係長級研修", "窓口対応研修")), o=org("人事課"))
    for i, m in enumerate(
        ctx.rng.sample(
            (
                "地方自治制度の概要",
                "個人情報保護制度と実務",
                "文書事務",
                "接遇とクレーム対応",
                "防災と職員の役割",
                "財務会計システム",
                "情報セキュリティ",
                "メンタルヘルス",
            ),
            5,
        )
    ):
        b.line(f"第{i + 1}講 {9 + i}:00〜{9 + i}:50　{m}")
    b.line(
        "会場：{v}　講師：{o}",
        v=loc(ctx.choice(pools.FACILITIES)),
        o=org(ctx.choice(("自治研修所", "市町村職員研修センター"))),
    )


def ordinance(ctx: Ctx, b: Builder) -> None:
    b.line("{c}空家等の適切な管理に関する条例（抄）", c=org(ctx.choice(pools.CITIES_AS_PLACES[:6])))
    b.line(
        "第1条　この条例は、空家等の適切な管理に関し必要な事項を定めることにより、"
        "生活環境の保全を図ることを目的とする。"
    )
    b.line(
        "第{n}条　所有者等は、周辺の生活環境に悪影響を及ぼさないよう、空家等を適切に管理しなければならない。",
        n=str(ctx.rng.randrange(2, 5)),
    )
    b.line("第{n}条　市長は、必要な限度において、職員に立入調査をさせることができる。", n=str(ctx.rng.randrange(6, 12)))
    b.line("附則　この条例は、{d}から施行する。", d=other_date(ctx.rng))


def bid_notice(ctx: Ctx, b: Builder) -> None:
    b.line("入札公告（{o}）", o=org(ctx.choice(("契約課", "上下水道局総務課"))))
    b.line(
        "案件番号 {n}　{t}",
        n=f"{ctx.rng.randrange(2025, 2027)}{ctx.rng.randrange(1, 99999):05d}",
        t=ctx.choice(("配水管布設替工事（第4工区）", "北部防災センター空調更新", "水道メーター購入（13mm 3,000個）")),
    )
    b.line("前回落札者：{c}（法人番号 {x}）", c=org(ctx.choice(pools.COMPANIES)), x=corporate_number(ctx))
    b.line(
        "参加資格：{a}内に本店を有する者。開札 {d} 10:00 {v}",
        a=loc(ctx.choice(pools.CITIES_AS_PLACES)),
        d=other_date(ctx.rng),
        v=loc(ctx.choice(pools.FACILITIES)),
    )
    b.line("予定価格 {p}円（税抜）", p=f"{ctx.rng.randrange(3, 900) * 100000:,}")


def corporate_number(ctx: Ctx) -> str:
    body = "".join(ctx.choice("0123456789") for _ in range(12))
    return str(corporate_check(body)) + body


def serials(ctx: Ctx, b: Builder) -> None:
    b.line("{t} 機器台帳", t=ctx.choice(("量水器（水道メーター）", "防災無線 屋外子局", "庁舎AED", "避難所用発電機")))
    b.line("製造番号\t型式\t設置場所\t点検日")
    for _ in range(ctx.rng.randrange(3, 6)):
        sn = ctx.choice(
            (
                f"SN{ctx.rng.randrange(10**9, 10**10)}",
                f"{ctx.rng.randrange(10**7, 10**8)}-{ctx.rng.randrange(100, 999)}",
                f"M{ctx.rng.randrange(20, 26)}{ctx.rng.randrange(10**6, 10**7)}",
            )
        )
        b.line(
            "{s}\t{m}\t{p}\t{d}",
            s=sn,
            m=ctx.choice(("WM-13A", "DR-5", "G2800", "AED-3100")),
            p=loc(ctx.choice(pools.FACILITIES)),
            d=other_date(ctx.rng),
        )
    b.line("保守契約：{c}", c=org(ctx.choice(pools.COMPANIES)))


def reference_numbers(ctx: Ctx, b: Builder) -> None:
    b.line("{o} 文書管理システム 参照番号一覧", o=org(ctx.choice(pools.DEPARTMENTS)))
    for _ in range(ctx.rng.randrange(3, 6)):
        b.line(
            "照会番号 {n}　{t}　{d}",
            n=bad_twelve(ctx),
            t=ctx.choice(("工事完了届", "補助金交付決定", "物品購入", "施設使用許可", "委託契約変更")),
            d=other_date(ctx.rng),
        )
    b.line("番号は12桁。マイナンバーとは無関係です。")


def bad_twelve(ctx: Ctx) -> str:
    while True:
        s = ctx.choice("123456789") + "".join(ctx.choice("0123456789") for _ in range(11))
        if not my_number_valid(s):
            return s if ctx.rng.random() < 0.6 else f"{s[:4]} {s[4:8]} {s[8:]}"


NEGATIVES = {
    "negative_drill_plan": drill_plan,
    "negative_water_tariff": water_tariff,
    "negative_tax_stats": tax_stats,
    "negative_zoning_map": zoning_map,
    "negative_nursery_vacancy": nursery_vacancy,
    "negative_council_schedule": council_schedule,
    "negative_library_isbn": library_isbn,
    "negative_dog_stats": dog_stats,
    "negative_training_curriculum": curriculum,
    "negative_ordinance": ordinance,
    "negative_bid_notice": bid_notice,
    "negative_serial_numbers": serials,
    "negative_reference_numbers": reference_numbers,
}
