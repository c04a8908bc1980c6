"""Hard negatives, part 2: IT notes, role-only minutes, tourism prose, logistics chat, library and product lists."""

from __future__ import annotations

from collections.abc import Callable

from .common import time_text
from .context import Ctx
from .model import Builder
from .places import CITIES, COMPANIES
from .values import digits, luhn_digit


def isbn13(ctx: Ctx) -> str:
    body = "9784" + digits(ctx.rng, 8)
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
    check = str((10 - s % 10) % 10)
    return f"{body[:3]}-{body[3]}-{body[4:8]}-{body[8:]}-{check}"


def it_note(ctx: Ctx) -> Builder:
    b = Builder()
    b.line("【システム保守報告】{d}", d=ctx.date_text(2025))
    b.line(
        "対象：{s} v{a}.{c}.{e} → v{a}.{c1}.0",
        s=ctx.pick(["住民記録システム", "介護保険システム", "文書管理システム", "AIゲートウェイ"]),
        a=str(ctx.num(1, 9)),
        c=str(ctx.num(0, 20)),
        e=str(ctx.num(0, 9)),
        c1=str(ctx.num(21, 30)),
    )
    b.line("作業時間：{t}～{u}（停止 {m}分）", t=time_text(ctx), u=time_text(ctx), m=str(ctx.num(5, 90)))
    b.line(
        "注文番号 {o}　製品コード {p}",
        o=f"{ctx.num(2024, 2025)}{digits(ctx.rng, 8)}",
        p=f"{ctx.pick(['NX', 'PR', 'SV'])}-{digits(ctx.rng, 4)}-{ctx.pick('ABCDEF')}{digits(ctx.rng, 2)}",
    )
    b.line("シリアル：{s}", s=f"{ctx.pick(['JPX', 'CNF', 'SGH'])}{digits(ctx.rng, 7)}")
    b.line(
        "ログ件数 {n:}件、エラー {e}件（コード E{c}）",
        n=f"{ctx.num(1000, 990000):,}",
        e=str(ctx.num(0, 12)),
        c=digits(ctx.rng, 4),
    )
    b.line("ベンダー：{v}", v=ctx.org(ctx.pick(["株式会社北斗システムズ", "NTT東日本", "富士通Japan", "日本電気"])))
    return b


def role_minutes(ctx: Ctx) -> Builder:
    b = Builder()
    b.line(
        "第{n}回 {t}連絡会議 議事録", n=str(ctx.num(1, 12)), t=ctx.pick(["庁内DX推進", "防災", "地域福祉", "窓口改善"])
    )
    b.line(
        "日時：令和{y}年{m}月{d}日（{w}）{h}:00～{e}:00",
        y=str(ctx.num(6, 7)),
        m=str(ctx.num(1, 12)),
        d=str(ctx.num(1, 28)),
        w=ctx.pick("月火水木金"),
        h=str(ctx.num(9, 14)),
        e=str(ctx.num(15, 17)),
    )
    b.line("場所：{l}", l=ctx.loc(ctx.pick(ctx.city.facilities[1:])))
    b.line(
        "出席：{a}、{c}、{d}（計{n}名）",
        a=ctx.org("総務課"),
        c=ctx.org("高齢福祉課"),
        d=ctx.org("危機管理課"),
        n=str(ctx.num(8, 25)),
    )
    for role in ctx.rng.sample(["議長", "委員長", "事務局", "副部長", "課長", "係長", "委員"], ctx.num(3, 5)):
        b.line(
            "{r}：{x}",
            r=role,
            x=ctx.pick(
                [
                    "資料1から3について説明。",
                    f"第2四半期の実績は計画比{ctx.num(70, 120)}%。",
                    f"次回は{ctx.num(1, 12)}月{ctx.num(1, 28)}日に開催予定。",
                    "異議なし。",
                    "予算額{a}円の範囲で調整する。".format(a=f"{ctx.num(100, 9000) * 1000:,}"),
                ]
            ),
        )
    return b


def tourism(ctx: Ctx) -> Builder:
    b = Builder()
    c = ctx.pick(CITIES)
    b.add(
        "{s}から徒歩{m}分の{f}は、",
        s=ctx.loc(ctx.pick(c.stations)),
        m=str(ctx.num(3, 25)),
        f=ctx.loc(ctx.pick(c.facilities)),
    )
    b.add("{y}年に開設された市民の憩いの場。", y=str(ctx.num(1890, 2015)))
    b.add("春には約{n}本の桜が咲き、{r}の眺めも楽しめる。", n=f"{ctx.num(100, 3000):,}", r=ctx.loc(ctx.pick(c.nature)))
    b.add("開館時間は9時から17時（入館は16時30分まで）、休館日は毎週{w}曜日。", w=ctx.pick("月火水"))
    b.add("入場料は大人{a}円、中学生以下無料。", a=str(ctx.num(2, 9) * 100))
    if ctx.chance(0.6):
        b.add(
            "{o}が運営し、年間来場者数は{n}人に上る。",
            o=ctx.org(ctx.pick([c.short + "市観光協会", "公益財団法人" + c.short + "市文化振興財団"])),
            n=f"{ctx.num(20000, 900000):,}",
        )
    b.add("最寄りの{p}から{b}系統のバスも利用できる。\n", p=ctx.loc(ctx.pick(c.stations)), b=str(ctx.num(1, 60)))
    return b


def logistics_chat(ctx: Ctx) -> Builder:
    b = Builder()
    lines = [
        "明日の研修、{r}会議室に変更になりました",
        "資料{n}部印刷お願いします🙏",
        "プロジェクター予約しました（{t}～）",
        "共有フォルダの「R7_{x}」に置いてます",
        "{o}からの照会、回答期限{d}です",
        "了解です！",
        "公用車{c}号車は午後空いてます",
        "アンケート回収{p}件でした、回収率{q}%",
    ]
    for _ in range(ctx.num(3, 6)):
        b.add("[{t}] ", t=time_text(ctx))
        b.line(
            ctx.pick(lines),
            r=str(ctx.num(201, 805)),
            n=str(ctx.num(10, 120)),
            t=time_text(ctx),
            x=ctx.pick(["予算", "研修", "報告書"]),
            o=ctx.org(ctx.pick([ctx.city.pref, "総務省", "社会福祉協議会"])),
            d=ctx.date_text(2025),
            c=str(ctx.num(1, 30)),
            p=str(ctx.num(50, 900)),
            q=str(ctx.num(30, 95)),
        )
    return b


def library_list(ctx: Ctx) -> Builder:
    b = Builder()
    b.line("新着資料のお知らせ（{l}）", l=ctx.loc(ctx.city.short + "市立中央図書館"))
    for _ in range(ctx.num(3, 5)):
        b.line(
            "・{t}　ISBN {i}　請求記号 {c}",
            t=ctx.pick(
                [
                    "『地域福祉の実践』",
                    "『やさしい日本語ハンドブック』",
                    "『防災まちづくり入門』",
                    "『介護保険制度の解説 令和6年版』",
                    "『自治体DXの教科書』",
                ]
            ),
            i=isbn13(ctx),
            c=f"{ctx.num(100, 999)}.{ctx.num(1, 9)}",
        )
    b.line("貸出期間は{n}日間、予約は{k}件まで。", n=str(ctx.pick([14, 15, 21])), k=str(ctx.num(5, 10)))
    return b


def product_list(ctx: Ctx) -> Builder:
    b = Builder()
    b.line("備蓄品一覧（{l}）", l=ctx.loc(ctx.pick(ctx.city.facilities)))
    b.line("品名\tJANコード\t数量\t消費期限")
    for _ in range(ctx.num(3, 6)):
        body = "49" + digits(ctx.rng, 10)
        s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
        jan = body + str((10 - s % 10) % 10)
        b.line(
            "{p}\t{j}\t{n}\t{y}/{m:}",
            p=ctx.pick(["アルファ米", "保存水2L", "簡易トイレ", "毛布", "乾電池単3", "紙おむつ"]),
            j=jan,
            n=str(ctx.num(10, 2000)),
            y=str(ctx.num(2026, 2031)),
            m=f"{ctx.num(1, 12):02d}",
        )
    b.line(
        "納入：{c}（検収番号 {k}）",
        c=ctx.org(ctx.pick(COMPANIES)),
        k=f"K{digits(ctx.rng, 6)}-{luhn_digit(digits(ctx.rng, 5))}",
    )
    return b


TEMPLATES: dict[str, Callable[[Ctx], Builder]] = {
    "negative_it": it_note,
    "negative_minutes": role_minutes,
    "negative_tourism": tourism,
    "negative_chat": logistics_chat,
    "negative_library": library_list,
    "negative_products": product_list,
}
