# ruff: noqa: E501 - Japanese text is measured in display width
"""Welfare case notes (介護, 障害, 生活保護, 児童, 保健師, 民生委員) and school household surveys."""

from __future__ import annotations

from tests.eval.blind.model import Builder

from .idlines import id_line
from .labels import LABELS
from .places import address, birth, loc, org
from .values import Ctx


def welfare(ctx: Ctx) -> Builder:
    r = ctx.rng
    b = Builder()
    p, cw = ctx.person(r.random() < 0.1), ctx.person()
    kin = ctx.relative(p) if r.random() < 0.7 else ctx.person()
    style = r.randint(0, 4)
    nm = "kanji" if not p.foreign else "romanized"
    if style == 0:  # 生活保護 ケース記録
        b.line("ケース記録　No.{k}", k=f"{r.randint(1, 9)}{ctx.digits(3)}")
        b.line("世帯主 {n}（{d}生）", n=ctx.name(p, nm), d=birth(ctx, r.choice(["wareki", "abbrev", "kanji_numerals"])))
        b.line("{m}/{d} 訪問。{s}は{w}。", m=str(r.randint(1, 12)), d=str(r.randint(1, 28)), s=ctx.name(p, "surname_only"),
               w=r.choice(["糖尿病で通院中", "就労意欲あり", "長男からの仕送りが途絶えている", "室内に酒の空き缶多数"]))
        b.line("{rel} {k}（{pl}在住、連絡先 {ph}）に扶養照会予定。", k=ctx.name(kin, r.choice(["kanji", "prose"])),
               rel=r.choice(["長男", "長女", "次男", "妹", "兄"]), pl=loc(ctx), ph=ctx.num("PHONE_NUMBER"))
        b.line("年金：{lab} {v} にて照会、受給なし。", lab=r.choice(LABELS["PENSION_NUMBER"]), v=ctx.num("PENSION_NUMBER"))
        b.line("保護費振込先 {bk} 支店 普通 {a}", bk=org(ctx, r.choice(["みらい信用金庫", "東海銀行"])),
               a=ctx.num("BANK_ACCOUNT"))
        b.line("CW {c}", c=ctx.name(cw, r.choice(["kanji", "surname_only"])) if r.random() < 0.5 else "担当")
    elif style == 1:  # 介護 case note
        b.line("【支援経過】{o}", o=org(ctx, "地域包括支援センター"))
        b.line("利用者：{n}様　{d}", n=ctx.name(p, nm), d=birth(ctx, r.choice(["wareki", "kanji_numerals", "abbrev"]),
                                                          (1925, 1950)))
        fam = ctx.neediest(("CARE_INSURANCE", "HEALTH_INSURANCE"))
        b.line("介保 {v}　要介護{k}", v=ctx.num("CARE_INSURANCE"), k=str(r.randint(1, 5)))
        b.line("後期高齢 被保番号 {v}", v=ctx.num("HEALTH_INSURANCE", sub="kouki"))
        b.line("長女{k}さんより{w}。", k=ctx.given_only(kin),
               w=r.choice(["夜間の徘徊が増えたと連絡", "デイの回数を増やしたい", "施設入所を検討中"]))
        if fam == "HEALTH_INSURANCE":
            b.line("主治医：{h} {d}医師", h=org(ctx, "中央病院"), d=ctx.name(ctx.person(), "title"))
        b.line("住所 〒{z} {a}", z=ctx.num("POSTAL_CODE"), a=address(ctx))
        if r.random() < 0.5:
            b.line("記録者：{c}（社会福祉士）", c=ctx.name(cw, "fullwidth_space"))
    elif style == 2:  # 障害 / 保健師 terse note
        b.line("保健師メモ")
        b.line("Pt {n} {age}y", n=ctx.name(p, r.choice(["kana", "kanji"]) if not p.foreign else "romanized"),
               age=str(r.randint(18, 70)))
        b.line("精神手帳{g}級 {v}", g=str(r.randint(1, 3)), v=ctx.num("DISABILITY_CERTIFICATE"))
        b.line("自立支援医療 受給中。{h}通院、服薬自己中断あり", h=org(ctx, r.choice(["市立病院", "中央病院"])))
        b.line("母（{k}）TEL {ph}", k=ctx.name(kin, "kanji"), ph=ctx.num("PHONE_NUMBER"))
        b.line("次回 家庭訪問 2w後")
    elif style == 3:  # 民生委員 report
        b.line("民生委員・児童委員活動記録")
        b.line("委員名　{m}", m=ctx.name(cw, "fullwidth_space"))
        b.line("対象者　{n}（{a}）", n=ctx.name(p, nm), a=address(ctx))
        b.line("{s}は一人暮らし。{w}。緊急時は姪の{k}さん（{ph}）へ。", s="本人",
               w=r.choice(["最近食事を抜いている様子", "新聞がたまっていた", "転倒して右手首を骨折"]),
               k=ctx.name(kin, "prose"), ph=ctx.num("PHONE_NUMBER"))
        b.line("身障手帳 {v} 所持。", v=ctx.num("DISABILITY_CERTIFICATE"))
        b.line("{o}に情報提供済み。", o=org(ctx, "社会福祉協議会"))
    else:  # 児童 / 家庭調査票
        child = ctx.relative(p) if not p.foreign else ctx.person(True)
        b.line("家庭調査票（{o}）", o=org(ctx, r.choice(["市立第二中学校", "さくら保育園"])))
        b.line("児童氏名：{n}（ふりがな {k}）", n=ctx.name(child, "kanji"), k=ctx.name(child, "kana"))
        b.line("生年月日：{d}", d=birth(ctx, None, (2008, 2021)) if r.random() < 0.6 else f"{r.randint(2008, 2021)}年生")
        b.line("保護者：{g}　続柄：{rel}", g=ctx.name(p, nm), rel=r.choice(["母", "父", "祖母"]))
        b.line("緊急連絡先①：{ph}（{w}）", ph=ctx.num("PHONE_NUMBER"), w=r.choice(["母携帯", "勤務先", "祖母宅"]))
        if r.random() < 0.15:
            b.line("緊急連絡先②：{ph}", ph=ctx.num("PHONE_NUMBER"))
        b.line("住所：〒{z}　{a}", z=ctx.num("POSTAL_CODE"), a=address(ctx))
        b.line("家庭の様子：{w}（担任 {t}）", w=r.choice(["父は単身赴任中", "ひとり親家庭、児童扶養手当受給",
                                                    "こども家庭センターが見守り中"]), t=ctx.name(cw, "kanji"))
        if r.random() < 0.5:
            b.line("きょうだい：兄（{sc}在籍）", sc=org(ctx, "県立高等学校"))
    for _ in range(1 + (r.random() < 0.08)):
        id_line(ctx, b)
    return b
