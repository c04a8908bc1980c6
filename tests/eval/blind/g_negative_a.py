"""Hard negatives, part 1: budgets, notices, statistics and procurement full of non-personal numbers."""

from __future__ import annotations

from collections.abc import Callable

from .context import Ctx
from .model import Builder
from .places import CITY_DEPTS, COMPANIES, NATIONAL_ORGS
from .values import digits

PROJECTS = (
    "地域包括ケア推進事業",
    "介護予防・日常生活支援総合事業",
    "多文化共生推進事業",
    "子ども食堂支援事業",
    "空き家対策事業",
    "デジタル窓口整備事業",
    "避難所環境改善事業",
    "生活困窮者自立支援事業",
    "生成AI活用実証事業",
)


def corporate_number(ctx: Ctx) -> str:
    """法人番号: 13 digits with a leading check digit (public, not personal)."""
    base = digits(ctx.rng, 12)
    s = sum((1 if i % 2 == 0 else 2) * int(d) for i, d in enumerate(reversed(base)))
    return str(9 - s % 9) + base


def yen(ctx: Ctx, lo: int = 10, hi: int = 90000) -> str:
    return f"{ctx.num(lo, hi) * 1000:,}"


def budget(ctx: Ctx) -> Builder:
    b = Builder()
    y = ctx.num(6, 8)
    b.line("令和{y}年度 {o} 当初予算（案）の概要", y=str(y), o=ctx.org(ctx.city.short + "市"))
    b.line(
        "一般会計　{a}千円（前年度比 {p}%）",
        a=yen(ctx, 30000, 90000),
        p=f"{ctx.pick(['+', '△'])}{ctx.num(1, 99) / 10:.1f}",
    )
    for _ in range(ctx.num(3, 6)):
        b.line("・{p}　{a}円（{d}）", p=ctx.pick(PROJECTS), a=yen(ctx), d=ctx.org(ctx.pick(CITY_DEPTS)))
    b.line("※財源内訳：国庫支出金 {a}円、県支出金 {c}円、一般財源 {g}円", a=yen(ctx), c=yen(ctx), g=yen(ctx))
    b.line("（資料番号 {x}-{n}、{p}ページ参照）", x=ctx.city.doc_prefix, n=str(ctx.num(1, 30)), p=str(ctx.num(3, 120)))
    return b


def notice(ctx: Ctx) -> Builder:
    b = Builder()
    d1 = ctx.date_text(2025)
    b.line("{p}政第{n}号", p=ctx.city.doc_prefix, n=str(ctx.num(10, 999)))
    b.line("令和{y}年{m}月{d}日", y=str(ctx.num(6, 7)), m=str(ctx.num(1, 12)), d=str(ctx.num(1, 28)))
    b.line("各課長 様")
    b.line("{o}長", o=ctx.org(ctx.pick(["総務課", "危機管理課", "情報政策課"])))
    b.line()
    b.line(
        "{t}について（通知）",
        t=ctx.pick(["庁内ネットワーク機器の更新", "生成AIサービスの利用", "防災訓練の実施", "文書管理システムの改修"]),
    )
    b.line("標記の件について、下記のとおり実施しますので通知します。")
    b.line("1 日時　{d} {h}:00～{e}:30", d=d1, h=str(ctx.num(9, 13)), e=str(ctx.num(14, 17)))
    b.line(
        "2 場所　本庁舎{f}階 第{r}会議室（定員{c}名）",
        f=str(ctx.num(2, 8)),
        r=str(ctx.num(1, 5)),
        c=str(ctx.num(12, 60)),
    )
    b.line(
        "3 根拠　{c}条例（令和{y}年条例第{n}号）第{a}条",
        c=ctx.city.short + "市" + ctx.pick(["個人情報保護法施行", "情報公開", "行政手続"]),
        y=str(ctx.num(2, 6)),
        n=str(ctx.num(1, 40)),
        a=str(ctx.num(2, 25)),
    )
    b.line("4 その他　詳細は別紙（全{p}ページ）を参照のこと。", p=str(ctx.num(2, 14)))
    return b


def statistics(ctx: Ctx) -> Builder:
    b = Builder()
    b.line(
        "{c}の人口と世帯（{y}年{m}月1日現在）",
        c=ctx.loc(ctx.city.short + "市"),
        y=str(ctx.num(2024, 2025)),
        m=str(ctx.num(1, 12)),
    )
    tot = ctx.num(90000, 740000)
    b.line("総人口　{t}人（前月比 {d}人）", t=f"{tot:,}", d=f"{ctx.pick(['+', '-'])}{ctx.num(10, 400)}")
    b.line("世帯数　{h}世帯", h=f"{tot * 10 // ctx.num(20, 24):,}")
    b.line("外国人住民　{f}人（{n}か国・地域）", f=f"{ctx.num(800, 9000):,}", n=str(ctx.num(40, 90)))
    b.line("65歳以上人口の割合　{p}%", p=f"{ctx.num(240, 340) / 10:.1f}")
    b.line("地区別\t人口\t世帯")
    for t in ctx.rng.sample(ctx.city.towns, 3):
        b.line("{t}\t{p}\t{h}", t=ctx.loc(t), p=f"{ctx.num(1000, 30000):,}", h=f"{ctx.num(500, 14000):,}")
    b.line("出典：{o}（住民基本台帳）", o=ctx.org(ctx.pick(["市民課", "企画政策課", "統計調査係"])))
    return b


def procurement(ctx: Ctx) -> Builder:
    b = Builder()
    b.line("入札結果の公表（{d}開札）", d=ctx.date_text(2025))
    b.line(
        "件名：{t}",
        t=ctx.pick(["庁舎空調設備改修工事", "介護認定審査システム保守業務", "公用車リース", "窓口案内表示機購入"]),
    )
    b.line("予定価格：{p}円（税抜）", p=yen(ctx, 1000, 90000))
    for _ in range(ctx.num(2, 4)):
        b.line(
            "{c}　法人番号 {n}　入札額 {a}円",
            c=ctx.org(ctx.pick(COMPANIES)),
            n=corporate_number(ctx),
            a=yen(ctx, 1000, 90000),
        )
    b.line(
        "落札率 {r}%　契約番号 R{y}-{k}",
        r=f"{ctx.num(800, 999) / 10:.1f}",
        y=str(ctx.num(6, 7)),
        k=f"{ctx.num(1, 999):04d}",
    )
    return b


def business_registry(ctx: Ctx) -> Builder:
    b = Builder()
    b.line("介護サービス事業所一覧（抜粋）")
    b.line("事業所番号\t事業所名\tサービス種別\t定員")
    for _ in range(ctx.num(3, 5)):
        code = f"{ctx.pick(['08', '24', '20', '10', '16', '43', '01', '22'])}7{digits(ctx.rng, 7)}"
        b.line(
            "{c}\t{n}\t{s}\t{k}",
            c=code,
            n=ctx.org(
                ctx.pick(
                    [
                        "デイサービスすずらん",
                        "株式会社ケアサポート結",
                        "社会福祉法人みどりの会",
                        "株式会社サンライズ介護",
                        "医療法人社団和光会",
                    ]
                )
            ),
            s=ctx.pick(["通所介護", "訪問介護", "短期入所", "小規模多機能"]),
            k=str(ctx.num(9, 40)),
        )
    b.line("指定権者：{o}", o=ctx.org(ctx.pick([ctx.city.pref, ctx.city.short + "市"])))
    return b


def national_guidance(ctx: Ctx) -> Builder:
    b = Builder()
    o = ctx.pick(NATIONAL_ORGS)
    b.line(
        "{o}事務連絡（令和{y}年{m}月{d}日）",
        o=ctx.org(o),
        y=str(ctx.num(5, 7)),
        m=str(ctx.num(1, 12)),
        d=str(ctx.num(1, 28)),
    )
    b.add("標記について、別添のとおり取りまとめましたので、貴管内市区町村への周知方お願いします。")
    b.add(
        "なお、様式第{n}号の記載例（{p}ページ）及び Q&A（Ver.{v}）も併せて参照願います。",
        n=str(ctx.num(1, 12)),
        p=str(ctx.num(2, 40)),
        v=f"{ctx.num(1, 4)}.{ctx.num(0, 9)}",
    )
    b.add("照会番号：{q}\n", q=f"{ctx.num(2024, 2025)}{ctx.num(1, 12):02d}-{ctx.num(1, 9999):05d}")
    return b


TEMPLATES: dict[str, Callable[[Ctx], Builder]] = {
    "negative_budget": budget,
    "negative_notice": notice,
    "negative_stats": statistics,
    "negative_procurement": procurement,
    "negative_registry": business_registry,
    "negative_guidance": national_guidance,
}
