"""Foreign residents: 窓口相談 with 在留カード and 旅券, English and mixed English/Japanese mail."""

from __future__ import annotations

from tests.eval.blind.model import Builder

from . import addresses, dates, numbers, pools
from .layout import dept, finish, signature, start
from .values import ROMAN, Ctx, make_person, person, render

NATIONS = (
    "ベトナム",
    "中国",
    "フィリピン",
    "ブラジル",
    "ネパール",
    "韓国",
    "インドネシア",
    "タイ",
    "ペルー",
    "スリランカ",
)


def foreign_consult(ctx: Ctx) -> Builder:
    b = start(ctx)
    b.line(ctx.c(("外国人住民 窓口相談記録", "多文化共生 相談メモ（通訳同席）", "在留外国人 転入手続 チェックシート")))
    p, nm = person(
        ctx,
        ("foreign_katakana", "romanized", "cjk_kanji", "comma_given", "reading_paren"),
        honor="",
        age_group=ctx.c(("young", "adult")),
    )
    b.line("氏名：{n}", n=nm)
    b.line(
        "国籍：{c}　在留資格：{s}",
        c=ctx.loc(ctx.c(NATIONS)),
        s=ctx.c(("技能実習", "特定技能1号", "留学", "定住者", "永住者", "家族滞在")),
    )
    b.line("生年月日：{d}", d=dates.birth(ctx, p, ("english", "slash", "iso", "plain", "fullwidth", "age_after")))
    b.put(numbers.field(ctx, "RESIDENCE_CARD", p=p)).put("\n")
    b.put(numbers.field(ctx, "PASSPORT", p=p)).put("\n")
    b.put(addresses.addr_field(ctx, label="住所")).put("\n")
    b.put(numbers.field(ctx, "PHONE_NUMBER", p=p)).put("\n")
    b.line("勤務先：{c}", c=ctx.org(ctx.c(pools.COMPANIES)))
    if ctx.p(0.6):
        fam = make_person(ctx, age_group="child", family=p)
        b.put("家族：").put(ctx.c(("長男", "長女", "妻", "夫"))).put(" ").put(
            render(
                ctx,
                fam,
                ctx.pick("PERSON", ("relation", "foreign_katakana" if fam.origin == "foreign" else "relation")),
                "",
            )
        ).put("\n")
    interp = person(ctx, ("title", "full_space", "foreign_katakana"), honor="")[1]
    b.line("通訳：{i}（{o}）", i=interp, o=ctx.org(ctx.c(("国際交流協会", "多文化共生センター"))))
    b.line("内容：国民健康保険の加入手続と、子の{s}への編入について。", s=ctx.org(ctx.c(pools.SCHOOLS)))
    return finish(ctx, b)


def english_mail(ctx: Ctx) -> Builder:
    b = start(ctx)
    p = make_person(ctx, origin=ctx.c(("foreign", "foreign", "ja")))
    b.line(
        ctx.c(
            (
                "Subject: Question about my residence registration",
                "件名: Re: Child allowance application",
                "Subject: Moving out – what do I need?",
            )
        )
    )
    b.line().put("Dear ").put(dept(ctx)).line(",").line()
    who = render(ctx, p, ctx.pick("PERSON", ROMAN), "")
    b.put("My name is ").put(who).put(ctx.c((" and I have lived in ", ". I moved to "))).put(
        ctx.loc(ctx.c(pools.PREF_CITIES)[1])
    ).line(ctx.c((" since last April.", " in October.")))
    b.put("My address is ").put(addresses.address(ctx, ("english", "abbrev", "hyphen", "building_room"))).line(".")
    b.put("My date of birth is ").put(dates.birth(ctx, p, ("english", "iso", "slash"))).line(".")
    b.put("You can reach me at ").put(
        numbers.field(
            ctx, "PHONE_NUMBER", label="", sep="", p=p, forms=("plus81", "plain", "spaced", "dotted", "nohyphen")
        )
    ).put(" or by e-mail: ").put(
        numbers.num(ctx, "EMAIL_ADDRESS", ("plain", "at_dot", "bracket_at", "paren_at", "spaced"), p)
    ).line(".")
    spouse = make_person(ctx, origin=p.origin if p.origin != "variant" else "ja")
    b.put("My ").put(ctx.c(("wife", "husband", "partner"))).put(", ").put(
        render(ctx, spouse, ctx.pick("PERSON", ("english_sentence", "initial_family", "comma_given")), "")
    ).line(", will also come to the counter.")
    kid = make_person(ctx, origin=p.origin if p.origin != "variant" else "ja", age_group="child")
    b.put("Our ").put(ctx.c(("son", "daughter"))).put(" ").put(
        render(ctx, kid, ctx.pick("PERSON", ("english_sentence", "initial_family", "comma_given", "romanized")), "")
    ).put(" goes to ").put(ctx.org(ctx.c(pools.SCHOOLS))).put(", born ").put(
        dates.birth(ctx, kid, ("english", "iso", "slash"))
    ).line(".")
    if ctx.p(0.6):
        other = make_person(ctx, origin="ja")
        b.put("Last week ").put(ctx.c(("Mr. ", "Ms. ", ""))).put(
            render(ctx, other, ctx.pick("PERSON", ("english_sentence", "initial_family")), "")
        ).line(" at the counter told me to send this by mail.")
    b.line("日本語も少しわかります。よろしくお願いします。").line()
    b.put("Best regards,\n").put(ctx.val("PERSON", p.roman(ctx.c((0, 2))), "signature")).put("\n")
    if ctx.p(0.5):
        b.put(numbers.field(ctx, "RESIDENCE_CARD", label="Residence card No.", sep=": ", p=p)).put("\n")
    b.line().line("---- 返信案メモ ----")
    b.put("担当：").put(person(ctx, ("staff_surname",), honor="")[1]).line("（英語対応可）")
    if ctx.p(0.5):
        signature(ctx, b)
    return finish(ctx, b)
