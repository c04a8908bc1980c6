"""E-mails between staff, residents and partner organisations, with signatures."""

from __future__ import annotations

from collections.abc import Callable

from .common import dept, full
from .context import Ctx
from .model import Builder
from .people import JName


def _signature(ctx: Ctx, b: Builder, who: JName, domain: str | None = None) -> None:
    b.line(ctx.pick(["――――――――――――", "-----", "＿＿＿＿＿＿＿＿", "━━━━━━━━"]))
    b.line("{o} {d}", o=ctx.city_org("役所"), d=dept(ctx))
    style = ctx.rng.randrange(3)
    if style == 0:
        b.line("{n}（{k}）", n=ctx.person(who, "kanji"), k=ctx.person(who, "kana"))
    elif style == 1:
        b.line("{k}", k=ctx.person(who, "kana"))
    else:
        b.line("担当：{n}", n=ctx.person(who, "fullwidth_space"))
    b.line("TEL {t}", t=ctx.phone(mobile=False))
    b.line(
        "{l}{e}", l=ctx.pick(["Mail: ", "E-mail：", "✉ ", "メール "]), e=ctx.email(who, domain or ctx.staff_domain())
    )


def staff_to_resident(ctx: Ctx) -> Builder:
    b = Builder()
    res, me = ctx.jname(), ctx.jname()
    b.line("件名：{x}について", x=ctx.pick(["ご提出書類", "申請の不備", "説明会のご案内", "ご相談の件"]))
    b.line("{n}様", n=full(ctx, res, ctx.pick(["kanji", "fullwidth_space", "kana"])))
    b.line()
    b.line("いつもお世話になっております。{o}の{s}です。", o=ctx.city_org("役所"), s=ctx.surname(me))
    r = ctx.rng.randrange(3)
    if r == 0:
        b.line("先日ご提出いただいた申請書について、記載いただいた個人番号（{m}）の桁数が", m=ctx.my_number())
        b.line("足りないようでしたので、お手数ですが再度ご確認をお願いいたします。")
    elif r == 1:
        b.line("ご依頼の書類は、{z} {a} 宛に本日発送いたしました。", z=ctx.postal(), a=ctx.address())
    else:
        b.line(
            "ご相談の件、{d}（{w}）{t}に{l}でお待ちしております。",
            d=ctx.date_text(),
            w=ctx.pick("月火水木金"),
            t=f"{ctx.num(9, 16)}時",
            l=ctx.loc(ctx.pick(ctx.city.facilities)),
        )
    b.line("ご不明な点がございましたら、下記までご連絡ください。")
    b.line()
    _signature(ctx, b, me)
    return b


def resident_to_city(ctx: Ctx) -> Builder:
    b = Builder()
    me = ctx.jname()
    b.line("{o} ご担当者様", o=dept(ctx))
    b.line()
    b.line(ctx.pick(["突然のメール失礼いたします。", "お世話になります。", "はじめてご連絡します。"]))
    b.line(
        "{a}に住んでおります{n}と申します。", a=ctx.address(), n=ctx.person(me, ctx.pick(["kanji", "fullwidth_space"]))
    )
    r = ctx.rng.randrange(3)
    if r == 0:
        b.line(
            "母（{m}、{d}生まれ）の介護保険証（{c}）をなくしてしまい、",
            m=full(ctx, ctx.jname(True)),
            d=ctx.birth(1930, 1950),
            c=ctx.care(),
        )
        b.line("再発行の手続きを教えていただけますでしょうか。")
    elif r == 1:
        b.line(
            "児童手当の振込口座を変更したく、新しい口座は{bk} {acc}です。",
            bk=ctx.org(ctx.pick(ctx.city.banks)),
            acc=("普通 ", ctx.account(with_branch=True)),
        )
    else:
        b.line(
            "平日は仕事で電話に出られないため、メール（{e}）かSMS（{t}）でご連絡いただけると助かります。",
            e=ctx.email(me),
            t=ctx.phone(mobile=True),
        )
    b.line("よろしくお願いいたします。")
    b.line()
    b.line("{k}", k=ctx.person(me, "kana"))
    if ctx.chance(0.6):
        b.line("{e}", e=ctx.email(me))
    return b


def partner_mail(ctx: Ctx) -> Builder:
    b = Builder()
    them, me = ctx.jname(), ctx.jname()
    org = ctx.org(
        ctx.pick(
            [
                "社会福祉法人みどりの会",
                "特定非営利活動法人にじいろネット",
                "株式会社ケアサポート結",
                "医療法人社団和光会",
            ]
        )
    )
    b.line("{o}", o=org)
    if ctx.chance(0.5):
        b.line("{n}{t}", n=ctx.person(them, "title"), t=ctx.pick(["施設長", "理事長", "事務長", "事務局長"]))
    else:
        b.line("{n} 様", n=ctx.person(them, ctx.pick(["kanji", "fullwidth_space"])))
    b.line()
    b.line("お世話になっております。{d}の{s}です。", d=dept(ctx), s=ctx.surname(me))
    b.line(
        "先日の会議でお話しした{x}の件、資料を添付いたします。",
        x=ctx.pick(["見守り協定", "研修会", "避難訓練", "実習受入れ"]),
    )
    b.line(
        "当日は{l}の{f}でお待ちしております。",
        l=ctx.loc(ctx.pick(ctx.city.stations)),
        f=ctx.pick(["東口", "改札前", "北口ロータリー"]),
    )
    b.line()
    _signature(ctx, b, me)
    return b


def card_mail(ctx: Ctx) -> Builder:
    """A resident who writes a card number into a mail (and the reply asking them not to)."""
    b = Builder()
    me, staff = ctx.jname(), ctx.jname()
    b.line("件名：{x}", x=ctx.pick(["施設予約の支払い", "Re: ふるさと納税のお申込み", "粗大ごみ手数料の支払方法"]))
    b.line()
    b.line("{n}です。電話でお話しした件です。", n=ctx.person(me, ctx.pick(["kanji", "fullwidth_space"])))
    b.line("カード番号は {c} 、名義は {r} です。", c=ctx.card(), r=ctx.person(me, "romanized"))
    if ctx.chance(0.5):
        b.line("念のため携帯 {t} も書いておきます。", t=ctx.phone(mobile=True))
    b.line()
    b.line("> {s}様", s=ctx.surname(me))
    b.line("> カード番号はメールで送らないでください。お手数ですが専用フォームからお願いします。")
    b.line("> {o} {n}", o=dept(ctx), n=ctx.person(staff, ctx.pick(["kanji", "kana"])))
    return b


TEMPLATES: tuple[Callable[[Ctx], Builder], ...] = (staff_to_resident, resident_to_city, partner_mail, card_mail)


def make(ctx: Ctx) -> Builder:
    return ctx.pick(TEMPLATES)(ctx)
