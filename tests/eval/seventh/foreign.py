"""Consultations and forms of foreign residents."""

from __future__ import annotations

from tests.eval.blind.model import Builder
from tests.eval.seventh.common import COMPANIES, SCHOOLS, B, extra_ids, id_line
from tests.eval.seventh.ctx import Ctx

STATUS = [
    "技能実習",
    "特定技能1号",
    "留学",
    "永住者",
    "定住者",
    "日本人の配偶者等",
    "家族滞在",
    "技術・人文知識・国際業務",
]


def foreign_resident(ctx: Ctx) -> Builder:
    b, r = B(), ctx.rng
    p = ctx.fo()
    mode = ctx.choice(["form", "consult", "consult", "interpreter"])
    if mode == "form":
        b.line("転入届（外国人住民）")
        b.line("氏名 NAME：{n}", n=ctx.name(p, "romanized"))
        b.line("カタカナ：{k}", k=ctx.name(p, "foreign_katakana"))
        if p.kanji and ctx.chance(0.7):
            b.line("漢字氏名：{k}", k=ctx.name(p, ("kanji", "fullwidth_space")))
        b.line("国籍・地域：{nat}", nat=ctx.loc(p.nationality))
        b.line("前住所：{c}（{pr}）", c=ctx.loc(ctx.city()[1]), pr=ctx.loc(ctx.city()[0]))
        b.line("生年月日 DATE OF BIRTH：{bd}", bd=ctx.birth(("slash", "seireki", "iso", "spaced")))
        b.line("在留資格：{s}　在留カード番号：{c}", s=ctx.choice(STATUS), c=ctx.num("RESIDENCE_CARD"))
        if ctx.chance(0.6):
            b.line("旅券番号 PASSPORT No.：{v}", v=ctx.num("PASSPORT"))
        b.line("新住所：〒{pc}", pc=ctx.postal())
        b.line("{ad}", ad=ctx.address())
        b.line("電話：{ph}", ph=ctx.phone(sub="mobile"))
        if ctx.chance(0.5):
            b.line("E-mail：{em}", em=ctx.email(p))
        b.line("勤務先：{c}", c=ctx.org(ctx.choice(COMPANIES)))
        extra_ids(ctx, b, r.randint(1, 2), ("MY_NUMBER", "HEALTH_INSURANCE", "PENSION_NUMBER", "BANK_ACCOUNT"))
    elif mode == "consult":
        staff = ctx.jp()
        b.line("相談記録（{org}）", org=ctx.org("国際交流課"))
        b.line(
            "相談者：{n}さん（{nat}、{s}）",
            n=ctx.name(p, ("foreign_katakana", "surname_only", "romanized")),
            nat=ctx.loc(p.nationality),
            s=ctx.choice(STATUS),
        )
        b.line(
            "内容：在留期間更新のため課税証明書と納税証明書が必要。会社（{c}）から言われて来た。",
            c=ctx.org(ctx.choice(COMPANIES)),
        )
        b.line(
            "在留カードを確認（{c}、期限 {y}年{m}月）。",
            c=ctx.num("RESIDENCE_CARD"),
            y=r.randint(2026, 2030),
            m=r.randint(1, 12),
        )
        fam = ctx.least(("MY_NUMBER", "HEALTH_INSURANCE", "PENSION_NUMBER", "BANK_ACCOUNT"))
        id_line(ctx, b, fam, sep=" ")
        extra_ids(ctx, b, 1, ("MY_NUMBER", "BANK_ACCOUNT", "PASSPORT", "DRIVER_LICENSE", "CREDIT_CARD"))
        b.line(
            "日本語は簡単な会話なら可。やさしい日本語で説明。{s}さんの{rel}（{k}）が同行。",
            s=ctx.name(p, "surname_only"),
            rel=ctx.choice(["妻", "夫", "兄", "友人"]),
            k=ctx.name(ctx.fo(), ("foreign_katakana", "romanized")) if ctx.chance(0.5) else "通訳可",
        )
        b.line("連絡先：{ph} / {em}", ph=ctx.phone() if ctx.chance(0.5) else "なし", em=ctx.email(p))
        b.line("担当：{s}", s=ctx.name(staff, ("kanji", "surname_only")))
    else:
        kid = ctx.fo()
        b.line(
            "通訳メモ（{lang}）", lang=ctx.choice(["ベトナム語", "ポルトガル語", "ネパール語", "タガログ語", "中国語"])
        )
        b.line(
            "{n}さんから：子どもの{s}への転入手続き。",
            n=ctx.name(p, ("foreign_katakana", "surname_only")),
            s=ctx.org(ctx.choice(SCHOOLS)),
        )
        b.line(
            "子の名前は {k}、生年月日は {bd}。",
            k=ctx.name(kid, ("romanized", "foreign_katakana")),
            bd=ctx.birth(("slash", "seireki", "abbrev", "spaced", "kanji_numerals")),
        )
        b.line("パスポートの番号を読み上げてもらった：{v}", v=ctx.num("PASSPORT"))
        b.line("住所は 〒{pc} {ad}（英語表記で書いてきたので窓口で直した）", pc=ctx.postal(), ad=ctx.address())
        if ctx.chance(0.3):
            b.line("母国の家族への連絡は不要とのこと。電話 {ph}", ph=ctx.phone())
        extra_ids(ctx, b, 1, ("RESIDENCE_CARD", "HEALTH_INSURANCE", "MY_NUMBER"))
    return b
