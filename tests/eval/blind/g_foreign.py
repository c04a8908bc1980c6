"""Documents about foreign residents: 在留カード, 旅券, romanized and katakana names, interpreters."""

from __future__ import annotations

from collections.abc import Callable

from .common import full, time_text
from .context import Ctx
from .model import Builder
from .places import CITIES, FAR_PLACES, City

STATUS = (
    "技能実習",
    "特定技能1号",
    "留学",
    "永住者",
    "定住者",
    "家族滞在",
    "技術・人文知識・国際業務",
    "日本人の配偶者等",
)
LANGS = {
    "ベトナム": "ベトナム語",
    "中国": "中国語",
    "韓国": "韓国語",
    "フィリピン": "タガログ語",
    "ブラジル": "ポルトガル語",
    "ペルー": "スペイン語",
    "ネパール": "ネパール語",
    "インドネシア": "インドネシア語",
    "ミャンマー": "ミャンマー語",
}


def intake(ctx: Ctx) -> Builder:
    b = Builder()
    f = ctx.fname()
    b.line(ctx.pick(["転入届 受付メモ", "【外国人住民 窓口受付】", "転入手続きチェックシート"]))
    b.line("氏名：{r}", r=ctx.fperson(f, "romanized"))
    if ctx.chance(0.7):
        b.line("カタカナ：{k}", k=ctx.fperson(f))
    b.line("国籍・地域：{c}", c=ctx.loc(f.country))
    b.line("在留カード番号：{n}", n=ctx.residence_card())
    b.line(
        "在留資格：{s}　在留期間満了日：{d}",
        s=ctx.pick(STATUS),
        d=f"{ctx.num(2025, 2029)}年{ctx.num(1, 12)}月{ctx.num(1, 28)}日",
    )
    if ctx.chance(0.7):
        b.line("旅券番号：{p}", p=ctx.passport())
    b.line("生年月日：{d}", d=ctx.birth(1965, 2006))
    b.line(
        "前住所：{a}",
        a=ctx.address(city=ctx.pick(_other_cities(ctx))) if ctx.chance(0.5) else ctx.loc(ctx.pick(FAR_PLACES)),
    )
    b.line("新住所：{a}", a=ctx.address())
    if ctx.chance(0.6):
        b.line("電話：{t}", t=ctx.phone(mobile=True))
    if ctx.chance(0.5):
        lang = LANGS.get(f.country, "英語")
        interp = ctx.jname()
        b.line("通訳：{n}（{o}・{l}）", n=full(ctx, interp), o=ctx.city_org("国際交流協会"), l=lang)
    if ctx.chance(0.4):
        b.line(
            "勤務先：{o}",
            o=ctx.org(
                ctx.pick(["株式会社ひかり精機", "合同会社アオバ食品", "協同組合ファーマーズ", "株式会社サンライズ介護"])
            ),
        )
    return b


def _other_cities(ctx: Ctx) -> list[City]:
    return [c for c in CITIES if c is not ctx.city]


def prose_visit(ctx: Ctx) -> Builder:
    b = Builder()
    f = ctx.fname()
    b.add(
        "{d}{t}、{c}国籍の{n}さんが{x}のため来庁。",
        d=ctx.date_text(),
        t=time_text(ctx),
        c=ctx.loc(f.country),
        n=ctx.fperson(f),
        x=ctx.pick(["国民健康保険の加入", "児童手当の申請", "転出届", "在留カードの住所変更"]),
    )
    if ctx.chance(0.6):
        interp = ctx.jname()
        b.add("通訳は{o}の{i}さん。", o=ctx.city_org("国際交流協会"), i=full(ctx, interp))
    r = ctx.rng.randrange(3)
    if r == 0:
        b.add("在留カード（{rc}）の裏面に新住所{a}を記載した。", rc=ctx.residence_card(), a=ctx.address())
    elif r == 1:
        b.add("本人確認はパスポート（{p}）で行った。", p=ctx.passport())
        b.add("在留カードは{o}で更新中とのこと。", o=ctx.org(ctx.pick(["出入国在留管理庁", "東京出入国在留管理局"])))
    else:
        b.add(
            "勤務先の{o}の担当者{s}さんも同行。",
            o=ctx.org(ctx.pick(["株式会社ひかり精機", "合同会社アオバ食品"])),
            s=full(ctx, ctx.jname()),
        )
        b.add("保険証の記号番号は後日郵送。")
    b.add("{s}さんは日本語の日常会話は可能。", s=ctx.fsurname(f))
    if ctx.chance(0.5):
        b.add("連絡先は{p}。", p=ctx.phone(mobile=True))
    b.put("\n")
    return b


def school_enrollment(ctx: Ctx) -> Builder:
    b = Builder()
    parent, child = ctx.fname(), ctx.fname()
    b.line("就学案内 送付先確認")
    b.line("保護者：{p}", p=ctx.fperson(parent, ctx.pick(["romanized", "foreign_katakana"])))
    b.line("児童：{c}（{d}生）", c=ctx.fperson(child), d=ctx.birth(2013, 2019))
    b.line(
        "学校：{s}",
        s=ctx.org(
            ctx.pick(
                [
                    f"{ctx.city.short}市立第二小学校",
                    f"{ctx.city.short}市立中央小学校",
                    f"{ctx.city.short}市立みなみ小学校",
                ]
            )
        ),
    )
    b.line("住所：{a}", a=ctx.address())
    b.line("やさしい日本語の案内を送る。メール：{e}", e=ctx.email())
    return b


def easy_japanese(ctx: Ctx) -> Builder:
    b = Builder()
    f = ctx.fname()
    b.line("{n} さん へ", n=ctx.fperson(f, ctx.pick(["romanized", "foreign_katakana"])))
    b.line()
    b.line("しやくしょ の {o} です。", o=ctx.org(ctx.pick(["国際交流課", "市民課", "国保年金課"])))
    b.line("あなた の マイナンバー は {m} です。", m=ctx.my_number())
    b.line("この かみ を たいせつに してください。")
    b.line("わからない ことが あったら でんわ してください。")
    if ctx.chance(0.5):
        b.line(
            "つうやく：{n}（{l}）",
            n=ctx.fperson(ctx.fname()),
            l=ctx.pick(["ベトナムご", "えいご", "ネパールご", "ちゅうごくご"]),
        )
    return b


def dormitory_list(ctx: Ctx) -> Builder:
    b = Builder()
    org = ctx.org(ctx.pick(["協同組合ファーマーズ", "株式会社サンライズ介護", "合同会社アオバ食品"]))
    b.line("技能実習生 住居一覧（{o} 提出）", o=org)
    addr = ctx.address()
    b.line("住居：{a}", a=addr)
    for _ in range(ctx.num(2, 4)):
        f = ctx.fname(ctx.pick(["ベトナム", "インドネシア", "ミャンマー", "フィリピン", "ネパール"]))
        b.line(
            "{r} / {k} / 在留カード {c} / 旅券 {p}",
            r=ctx.fperson(f, "romanized"),
            k=ctx.fperson(f),
            c=ctx.residence_card(),
            p=ctx.passport(),
        )
    b.line("生活指導員：{n}（{t}）", n=full(ctx, ctx.jname()), t=ctx.phone())
    return b


TEMPLATES: tuple[Callable[[Ctx], Builder], ...] = (
    intake,
    intake,
    prose_visit,
    school_enrollment,
    easy_japanese,
    dormitory_list,
)


def make(ctx: Ctx) -> Builder:
    return ctx.pick(TEMPLATES)(ctx)
