# ruff: noqa: E501 - Japanese text is measured in display width
"""Office genres: filled forms and tables, e-mails with signatures, bank and payment records."""

from __future__ import annotations

from tests.eval.blind.model import Builder

from .idlines import id_line
from .labels import LABELS
from .places import address, birth, loc, org
from .values import NUM_FAMILIES, Ctx

FORM_FAMS = tuple(f for f in NUM_FAMILIES if f not in ("PHONE_NUMBER", "POSTAL_CODE"))


def _pick(ctx: Ctx, k: int) -> list[str]:
    out: list[str] = []
    for _ in range(k):
        rest = [f for f in FORM_FAMS if f not in out]
        out.append(ctx.neediest(rest))
    return out


def form(ctx: Ctx) -> Builder:
    r = ctx.rng
    b = Builder()
    style = r.randint(0, 4)
    p = ctx.person(r.random() < 0.2)
    nm = "kanji" if not p.foreign else "romanized"
    if style == 0:  # key: value
        b.line("{t}", t=r.choice(["国民健康保険 資格取得届", "介護保険 要介護認定申請書", "児童手当 認定請求書",
                                  "転入届（記入内容）"]))
        b.line("氏名：{n}", n=ctx.name(p, r.choice([nm, "fullwidth_space"]) if not p.foreign else nm))
        if r.random() < 0.6:
            b.line("フリガナ：{k}", k=ctx.name(p, "kana" if not p.foreign else "foreign_katakana"))
        b.line("生年月日：{d}", d=birth(ctx))
        b.line("郵便番号：{z}", z=ctx.num("POSTAL_CODE"))
        b.line("住所：{a}", a=address(ctx))
        for fam in _pick(ctx, 2):
            b.line("{lab}：{v}", lab=r.choice(LABELS[fam]), v=ctx.num(fam))
        if r.random() < 0.5:
            b.line("電話：{ph}", ph=ctx.num("PHONE_NUMBER"))
    elif style == 1:  # handwritten form transcribed by a clerk, odd order, ditto marks
        f1, f2 = _pick(ctx, 2)
        b.line("※手書き申請書より転記（判読不能箇所は？）")
        b.line("{lab}　{v}", lab=r.choice(LABELS[f1]), v=ctx.num(f1))
        b.line("氏名　{n}　（本人）", n=ctx.name(p, nm))
        sp = ctx.relative(p) if not p.foreign else ctx.person(True)
        b.line("〃　　{n}　（妻）　生 {d}", n=ctx.name(sp, r.choice(["kanji", "fullwidth_space"])), d=birth(ctx))
        b.line("住所　〒{z}　{a}　〃", z=ctx.num("POSTAL_CODE"), a=address(ctx))
        b.line("{v}　←{lab}（本人）", v=ctx.num(f2), lab=r.choice(LABELS[f2]))
        if r.random() < 0.5:
            b.line("連絡先　{ph}", ph=ctx.num("PHONE_NUMBER"))
        if r.random() < 0.4:
            b.line("受付 {s}", s=ctx.name(ctx.person(), "surname_only"))
    elif style == 2:  # Markdown table of a household
        fam = _pick(ctx, 1)[0]
        b.line("| 氏名 | 続柄 | 生年月日 | {lab} |", lab=LABELS[fam][0])
        b.line("|---|---|---|---|")
        fam_name = p
        for rel in r.sample(["世帯主", "妻", "長男", "長女", "母", "次男"], r.randint(2, 3)):
            q = fam_name if rel == "世帯主" else ctx.relative(fam_name)
            b.line("| {n} | {rel} | {d} | {v} |", n=ctx.name(q, "kanji" if not q.foreign else "romanized"), rel=rel,
                   d=birth(ctx), v=ctx.num(fam))
        b.line()
        b.line("上表は{o}提出分。", o=org(ctx))
    elif style == 3:  # TSV / CSV pasted into a chat
        fams = _pick(ctx, 2)
        sep = "\t" if r.random() < 0.5 else ","
        b.line("これCSVの一部です、列名そろえて表にしてください")
        b.line(sep.join(["氏名", "カナ", "電話", LABELS[fams[0]][0], LABELS[fams[1]][0]]))
        for _ in range(2):
            q = ctx.person()
            b.put(ctx.name(q, "kanji")).put(sep).put(ctx.name(q, "kana")).put(sep)
            b.put(ctx.num("PHONE_NUMBER") if r.random() < 0.4 else "").put(sep).put(ctx.num(fams[0])).put(sep).put(ctx.num(fams[1])).put("\n")
    else:  # PDF pasted with page header/footer in the middle of a record
        f1, f2 = _pick(ctx, 2)
        b.line("申請者情報")
        b.line("氏名 {n} 生年月日 {d}", n=ctx.name(p, nm), d=birth(ctx))
        b.line("住所 {z} {a}", z=ctx.num("POSTAL_CODE"), a=address(ctx))
        b.add("{lab} ", lab=r.choice(LABELS[f1]))
        b.line("{v}", v=ctx.num(f1))
        b.line("- {k} / {n} -", k=str(r.randint(1, 3)), n=str(r.randint(3, 5)))
        b.line("{o}　様式第{k}号（第{j}条関係）", o=org(ctx), k=str(r.randint(1, 12)), j=str(r.randint(2, 9)))
        b.line("{lab} {v}", lab=r.choice(LABELS[f2]), v=ctx.num(f2))
    for _ in range(1 + (r.random() < 0.08)):
        id_line(ctx, b)
    return b


def email(ctx: Ctx) -> Builder:
    r = ctx.rng
    b = Builder()
    sender, to = ctx.person(), ctx.person(r.random() < 0.2)
    b.line("{n}様", n=ctx.name(to, "surname_only") if r.random() < 0.6 else "ご担当者")
    b.line()
    b.line("いつもお世話になっております。{o}の{s}です。", o=org(ctx), s=ctx.name(sender, "surname_only"))
    fam = ctx.neediest(("MY_NUMBER", "PENSION_NUMBER", "HEALTH_INSURANCE", "CREDIT_CARD", "DRIVER_LICENSE"))
    w = r.randint(0, 2)
    if w == 0:
        b.line("ご提出いただいた書類のうち、{lab}（{v}）の記載に誤りがございました。", lab=r.choice(LABELS[fam]),
               v=ctx.num(fam))
    elif w == 1:
        b.line("{pl}の会場について、{k}さんからご連絡があり、{ph}までお電話くださいとのことです。", pl=loc(ctx),
               k=ctx.name(ctx.person(), "kanji"), ph=ctx.num("PHONE_NUMBER"))
    else:
        b.line("ご住所を{a}に変更いたしました。", a=address(ctx))
    if r.random() < 0.5:
        b.line("お手数ですが、{m} までご返信ください。", m=ctx.email(to))
    id_line(ctx, b)
    b.line()
    b.line("--")
    b.line("{o}", o=org(ctx))
    b.line("{s}", s=ctx.name(sender, r.choice(["kanji", "fullwidth_space"])))
    if r.random() < 0.15:
        b.line("{k}", k=ctx.name(sender, "romanized"))
    sig = r.randint(0, 2)
    if sig == 0:
        b.line("〒{z} {a}", z=ctx.num("POSTAL_CODE"), a=address(ctx, r.choice(["plain", "hyphen", "building_room"])))
    if sig <= 1:
        b.line("TEL: {ph} / 内線 {x}", ph=ctx.num("PHONE_NUMBER"), x=str(r.randint(2000, 4999)))
    else:
        b.line("内線 {x}", x=str(r.randint(2000, 4999)))
    if sig != 1:
        b.line("Mail: {m}", m=ctx.email(sender))
    return b


BANKS = ["みらい信用金庫", "東海銀行", "ゆうちょ銀行", "はまなす農業協同組合"]


def bank(ctx: Ctx) -> Builder:
    r = ctx.rng
    b = Builder()
    p = ctx.person(r.random() < 0.15)
    nm = "kanji" if not p.foreign else "romanized"
    style = r.randint(0, 3)
    if style == 0:  # 口座振替依頼書
        b.line("口座振替依頼書（{t}）", t=r.choice(["市県民税", "国民健康保険税", "介護保険料", "保育料"]))
        b.line("金融機関：{bk}　{br}支店", bk=org(ctx, r.choice(BANKS[:2])), br=r.choice(["駅前", "中央", "北"]))
        b.line("預金種目：普通　口座番号：{a}", a=ctx.num("BANK_ACCOUNT", sub="acct"))
        b.line("口座名義（カナ）：{k}", k=ctx.name(p, "kana" if not p.foreign else "romanized"))
        b.line("納税義務者：{n}　電話 {ph}", n=ctx.name(p, nm), ph=ctx.num("PHONE_NUMBER"))
    elif style == 1:  # ゆうちょ
        b.line("還付金振込先（ゆうちょ銀行）")
        b.line("記号番号 {a}", a=ctx.num("BANK_ACCOUNT", sub="yucho"))
        b.line("名義 {n}", n=ctx.name(p, "kana" if not p.foreign else "foreign_katakana"))
        b.line("還付額 {y}円（{t}）", y=f"{r.randint(1, 99)},{r.randint(100, 999)}", t=r.choice(["過誤納", "更正"]))
        b.line("本人確認 {lab} {v}", lab="個人番号", v=ctx.num("MY_NUMBER"))
    elif style == 2:  # 給付金 record row
        b.line("給付金支給台帳（抜粋）")
        b.line("受付番号\t氏名\t店番-口座\t電話")
        for _ in range(r.randint(2, 3)):
            q = ctx.person(r.random() < 0.2)
            b.put(f"{r.randint(2026, 2026)}-{ctx.digits(5)}\t").put(ctx.name(q, "kanji" if not q.foreign else "romanized"))
            b.put("\t").put(ctx.num("BANK_ACCOUNT", sub="branch")).put("\t")
            b.put(ctx.num("PHONE_NUMBER") if r.random() < 0.3 else "（未記入）").put("\n")
    else:  # card payment complaint
        b.line("{n}様より：ふるさと納税のカード決済が二重に。", n=ctx.name(p, nm))
        b.line("カード番号 {c}（有効期限 {m}/{y}）", c=ctx.num("CREDIT_CARD"), m=f"{r.randint(1, 12):02d}",
               y=str(r.randint(27, 31)))
        b.line("返金先口座 {bk} {a}", bk=org(ctx, r.choice(BANKS)), a=ctx.num("BANK_ACCOUNT"))
        b.line("担当主事が{o}に確認中", o=org(ctx, "株式会社北斗システム"))
    for _ in range(1 + (r.random() < 0.08)):
        id_line(ctx, b)
    return b
