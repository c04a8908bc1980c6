"""Mail bodies with signatures."""

from __future__ import annotations

from tests.eval.blind.model import Builder
from tests.eval.third.forms import Ctx


def _signature(ctx: Ctx, b: Builder, staff, org: str) -> None:
    b.line("――――――――――――――")
    b.line("{o}　{d}", o=ctx.org(org), d=ctx.pick(["管理係", "給付係", "相談係", "企画担当"]))
    b.line("{n}", n=ctx.name(staff, ctx.pick(["kanji", "fullwidth_space"])))
    if ctx.chance(0.5):
        b.line("〒{pc} {a}", pc=ctx.num("POSTAL_CODE"), a=ctx.addr())
    b.line(
        "TEL {t}　内線{x}",
        t=ctx.num("PHONE_NUMBER", ctx.pick(["fixed2", "fixed3", "fixed4"])),
        x=str(ctx.rng.randint(1000, 4999)),
    )
    b.add("Mail: {e}", e=ctx.email(staff))


def _to_citizen(ctx: Ctx) -> Builder:
    b = Builder()
    p, staff = ctx.jp(), ctx.jp()
    b.line("件名：{x}について", x=ctx.pick(["申請書類の不備", "面談日程のご連絡", "還付金のお手続き", "ご相談の件"]))
    b.line("")
    b.line("{p}様", p=ctx.name(p, ctx.pick(["kanji", "fullwidth_space"])))
    b.line("")
    b.line("いつもお世話になっております。{o}の{s}です。", o=ctx.dept(), s=ctx.name(staff, "surname_only"))
    (lab, v), (lab2, v2) = ctx.flex(2, exclude=("CREDIT_CARD",))
    b.line("ご提出いただいた書類のうち、{l}の記載（{v}）と{l2}（{v2}）が", l=lab, v=v, l2=lab2, v2=v2)
    b.line("届出の内容と一致しておりませんでした。お手数ですが、ご確認ください。")
    b.line("")
    _signature(ctx, b, staff, ctx.pick(["市民課", "保険年金課", "税務課", "障害福祉課"]))
    return b


def _internal(ctx: Ctx) -> Builder:
    b = Builder()
    to, fr, cit = ctx.jp(), ctx.jp(), ctx.jp()
    b.line("{t}課長", t=ctx.name(to, "title"))
    b.line("")
    b.line("お疲れさまです。{f}です。", f=ctx.name(fr, "surname_only"))
    b.line(
        "先日ご相談した{c}さんの件、{o}から回答がありました。",
        c=ctx.name(cit, ctx.pick(["kanji", "surname_only"])),
        o=ctx.ext(),
    )
    b.line("ご本人の連絡先は {e} / {t} です。", e=ctx.email(cit), t=ctx.num("PHONE_NUMBER"))
    b.line("生年月日は{d}で照合済みです。", d=ctx.birth())
    lab, v = ctx.flex(1, exclude=("CREDIT_CARD",))[0]
    b.line("念のため{l}も共有します：", l=lab)
    b.line("{v}", v=v)
    b.line("")
    _signature(ctx, b, fr, ctx.pick(["生活福祉課", "介護保険課", "子ども家庭課"]))
    return b


def _from_citizen(ctx: Ctx) -> Builder:
    b = Builder()
    p = ctx.jp()
    b.line("{o}ご担当者様", o=ctx.dept())
    b.line("")
    b.line("{n}と申します。", n=ctx.name(p, ctx.pick(["kanji", "fullwidth_space"])))
    topic = ctx.pick(["ふるさと納税の返礼品", "児童手当の振込", "国保税の口座振替", "ふるさと納税の決済"])
    b.line("{x}の件でメールいたしました。", x=topic)
    if topic.startswith("ふるさと"):
        b.line("支払いに使ったカードは {c} です。", c=ctx.num("CREDIT_CARD"))
    else:
        lab, v = ctx.flex(1)[0]
        b.line("{l}は {v} です。", l=lab, v=v)
    b.line("よろしくお願いいたします。")
    b.line("")
    b.line("{n}", n=ctx.name(p, "kanji"))
    b.line("{a}", a=ctx.addr())
    b.add("携帯：{t}\nメール：{e}", t=ctx.num("PHONE_NUMBER", "mobile"), e=ctx.email(p))
    return b


def _vendor(ctx: Ctx) -> Builder:
    b = Builder()
    staff, rep = ctx.jp(), ctx.jp()
    b.line("{o}　{s}様", o=ctx.org("情報政策課"), s=ctx.name(staff, "kanji"))
    b.line("")
    company = ctx.pick(["株式会社ミライシステムズ", "株式会社北辰データ"])
    b.line("{c}の{r}でございます。", c=ctx.org(company), r=ctx.name(rep, "surname_only"))
    b.line("システム更新の件、作業日程をご連絡いたします。")
    b.line("ご不明点はサポート窓口（{t}）までお問い合わせください。", t=ctx.num("PHONE_NUMBER", "free"))
    b.line("")
    b.line("{o}　営業部", o=ctx.org(company))
    b.line("{r}", r=ctx.name(rep, ctx.pick(["kanji", "fullwidth_space", "romanized"])))
    b.add("{e}", e=ctx.email(rep))
    return b


def _forward(ctx: Ctx) -> Builder:
    b = Builder()
    fr, cit = ctx.jp(), ctx.jp()
    b.line("各位")
    b.line("{f}です。下記の問い合わせを転送します。ご対応お願いします。", f=ctx.name(fr, "surname_only"))
    b.line("")
    b.line("-----Original Message-----")
    b.line("From: {e}", e=ctx.email(cit))
    b.line("Subject: 住所変更について")
    b.line(
        "{n}です。{d}に{a}へ引っ越しました。",
        n=ctx.name(cit, ctx.pick(["kanji", "fullwidth_space", "kana"])),
        d=f"{ctx.rng.randint(1, 12)}月{ctx.rng.randint(1, 28)}日",
        a=ctx.addr(),
    )
    lab, v = ctx.flex(1, exclude=("CREDIT_CARD",))[0]
    b.add("手続きに必要なら{l}は{v}です。電話は{t}です。", l=lab, v=v, t=ctx.num("PHONE_NUMBER"))
    return b


def docs(ctx: Ctx, n: int) -> list[Builder]:
    gens = [_to_citizen, _internal, _from_citizen, _vendor, _forward]
    return [gens[i % len(gens)](ctx) for i in range(n)]
