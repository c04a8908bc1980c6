"""Filled forms (key: value, Markdown and tab-separated tables) and mail bodies with signatures."""

from __future__ import annotations

from dataclasses import replace

from tests.eval.seventh.common import COMPANIES, DEPTS, FACILITIES, SCHOOLS, B, age_of, extra_ids, id_line, person
from tests.eval.seventh.ctx import Ctx
from tests.eval.seventh.values import Person

FORM_TITLES = {
    "jumin": ("住民票の写し等交付申請書", ("MY_NUMBER", "RESIDENT_CODE")),
    "tennyu": ("転入届", ("MY_NUMBER", "RESIDENT_CODE", "HEALTH_INSURANCE")),
    "jidou": ("児童手当 認定請求書", ("MY_NUMBER", "BANK_ACCOUNT", "HEALTH_INSURANCE", "PENSION_NUMBER")),
    "hoiku": ("保育所等利用申込書", ("MY_NUMBER", "HEALTH_INSURANCE")),
    "kokuho": ("国民健康保険 資格取得届", ("HEALTH_INSURANCE", "MY_NUMBER", "PENSION_NUMBER")),
    "jutaku": ("市営住宅 入居申込書", ("MY_NUMBER", "DISABILITY_CERTIFICATE", "BANK_ACCOUNT")),
    "sodai": ("粗大ごみ収集申込", ()),
    "tosho": ("図書館利用カード登録申請", ("DRIVER_LICENSE", "HEALTH_INSURANCE")),
    "senkyo": ("期日前投票 宣誓書", ()),
    "suido": ("水道使用開始届", ("BANK_ACCOUNT", "CREDIT_CARD")),
    "shomei": ("各種証明書 交付申請書（郵送請求）", ("MY_NUMBER", "DRIVER_LICENSE", "PASSPORT")),
    "kouki": ("後期高齢者医療 被保険者証 再交付申請書", ("HEALTH_INSURANCE", "MY_NUMBER")),
}


def form(ctx: Ctx) -> B:
    b, r = B(), ctx.rng
    key = ctx.choice(sorted(FORM_TITLES))
    title, fams = FORM_TITLES[key]
    p = person(ctx, 0.15)
    shape = ctx.choice(["kv", "kv", "markdown", "tsv", "csv_chat"])
    if key == "senkyo" or shape == "kv":
        b.line("{t}", t=title)
        b.line("提出先：{c}{d}", c=ctx.loc(ctx.city()[1]), d=ctx.org(ctx.choice(DEPTS)))
        b.line("氏名：{n}", n=ctx.name(p, ("kanji", "fullwidth_space", "foreign_katakana", "romanized")))
        if ctx.chance(0.5):
            b.line("フリガナ：{k}", k=ctx.name(p, ("kana", "foreign_katakana")))
        lo, hi = {"jidou": (1978, 2002), "hoiku": (1978, 2002), "kouki": (1930, 1950)}.get(key, (1940, 2006))
        b.line("生年月日：{bd}", bd=ctx.birth(ymd=ctx.birth_ymd(lo, hi)))
        b.line("住所：〒{pc}　{ad}", pc=ctx.postal(), ad=ctx.address())
        if ctx.chance(0.6):
            b.line("電話番号：{ph}", ph=ctx.phone())
        if key == "senkyo":
            b.line(
                "事由：{x}。投票所 {f}", x=ctx.choice(["仕事", "冠婚葬祭", "旅行"]), f=ctx.loc(ctx.choice(FACILITIES))
            )
        elif key == "sodai":
            b.line(
                "品目：{x}　収集希望日：{m}月{d}日",
                x=ctx.choice(["タンス", "自転車", "ソファ"]),
                m=r.randint(1, 12),
                d=r.randint(1, 28),
            )
        for fam in fams:
            id_line(ctx, b, fam)
        extra_ids(ctx, b, r.randint(0, 1), foreign=p.foreign)
        if key in ("jidou", "hoiku"):
            kid = ctx.jp()
            b.line(
                "児童氏名：{n}　生年月日：{bd}",
                n=ctx.name(kid, ("kanji", "given_only")),
                bd=ctx.birth(ymd=ctx.birth_ymd(2019, 2025)),
            )
            b.line("希望園：{s}", s=ctx.org(ctx.choice(SCHOOLS[3:])))
        return b
    head_p = person(ctx, 0.15)
    rows = [head_p] + [same_family(ctx, head_p) for _ in range(r.randint(1, 3))]
    years = [(1950, 1990), (1950, 1992), (2005, 2022), (2005, 2022)]
    fam = fams[0] if fams else "PHONE_NUMBER"
    col = {
        "PHONE_NUMBER": "電話番号",
        "MY_NUMBER": "個人番号",
        "RESIDENT_CODE": "住民票コード",
        "HEALTH_INSURANCE": "記号番号",
        "BANK_ACCOUNT": "口座番号",
        "DRIVER_LICENSE": "免許証番号",
        "CREDIT_CARD": "カード番号",
        "PENSION_NUMBER": "基礎年金番号",
        "DISABILITY_CERTIFICATE": "手帳番号",
        "PASSPORT": "旅券番号",
    }[fam]
    b.line("{t}（世帯員一覧）", t=title)
    if shape == "csv_chat":
        b.line("これ世帯員のデータです、申請書の形に直してもらえますか")
    head = ["続柄", "氏名", "生年月日", col]
    rels = ["世帯主", "妻", "子", "子", "母"]
    if shape == "markdown":
        b.line("| " + " | ".join(head) + " |")
        b.line("|---|---|---|---|")
    else:
        sep = "\t" if shape == "tsv" else ","
        b.line(sep.join(head))
    allowed = ("plain", "nohyphen", "fullwidth", "spaced", "ideographic_space", "zero_width", "mixed", "kanji_mixed")
    for i, q in enumerate(rows):
        name = ctx.name(q, ("kanji", "fullwidth_space", "foreign_katakana", "romanized", "kana"))
        forms = ("seireki", "wareki", "slash", "abbrev", "iso", "compact")
        bd = ctx.birth(forms, ctx.birth_ymd(*years[i])) if ctx.chance(0.5) else ""
        v = ctx.phone(allowed) if fam == "PHONE_NUMBER" else ctx.num(fam, allowed)
        if shape == "markdown":
            b.line("| {r} | {n} | {bd} | {v} |", r=rels[i], n=name, bd=bd, v=v)
        else:
            sep = "\t" if shape == "tsv" else ","
            b.line(sep.join(["{r}", "{n}", "{bd}", "{v}"]), r=rels[i], n=name, bd=bd, v=v)
    b.line("住所：{ad}", ad=ctx.address())
    return b


def same_family(ctx: Ctx, head: Person) -> Person:
    """Another member of the household: same family name, another given name."""
    other = ctx.fo() if head.foreign else ctx.jp()
    if head.foreign:
        return replace(other, sei=head.sei, sei_kana=head.sei_kana, sei_rom=head.sei_rom, kanji="")
    return replace(other, sei=head.sei, sei_kana=head.sei_kana, sei_rom=head.sei_rom)


def _office(city: str) -> str:
    return (city[: city.index("市") + 1] if "市" in city else city) + "役所"


def _signature(ctx: Ctx, b: B, staff: Person, dept_name: str) -> None:
    b.line("――――――――――――――――")
    b.line("{c}　{d}", c=ctx.org(_office(ctx.city()[1])), d=ctx.org(dept_name))
    b.line("{n}", n=ctx.name(staff, ("kanji", "fullwidth_space")))
    b.line("TEL {ph}（直通）", ph=ctx.phone(sub="fixed"))
    b.line("Mail {em}", em=ctx.email(staff, domain="city.example.lg.jp"))


def email(ctx: Ctx) -> B:
    b, r = B(), ctx.rng
    staff, res = ctx.jp(), person(ctx, 0.15)
    mode = ctx.choice(["resident", "vendor", "internal"])
    if mode == "resident":
        b.line("件名：{t}について", t=ctx.choice(["保育園の入所", "住民税の通知", "道路の陥没", "ごみ収集日"]))
        b.line("")
        b.line("{d} ご担当者様", d=ctx.org(ctx.choice(DEPTS)))
        b.line("")
        b.line(
            "いつもお世話になっております。{n}と申します。", n=ctx.name(res, ("kanji", "foreign_katakana", "romanized"))
        )
        b.line("先日お電話でお話しした件ですが、{w}", w=ctx.choice(["まだ回答がありません。", "書類を送付しました。"]))
        if ctx.chance(0.85):
            fam = ctx.least(("MY_NUMBER", "HEALTH_INSURANCE", "PENSION_NUMBER", "RESIDENT_CODE", "CARE_INSURANCE"))
            b.line("念のため番号を書いておきます。{v}", v=ctx.num(fam))
        b.line("")
        b.line("{n}", n=ctx.name(res, ("kanji", "fullwidth_space", "romanized")))
        b.line("〒{pc} {ad}", pc=ctx.postal(), ad=ctx.address())
        if ctx.chance(0.4):
            b.line("{ph}", ph=ctx.phone())
        b.line("{em}", em=ctx.email(res))
    elif mode == "vendor":
        ven, co = ctx.jp(), ctx.choice(COMPANIES)
        b.line("{co}", co=ctx.org(co))
        b.line("{n} 様", n=ctx.name(ven, ("kanji", "surname_only")))
        b.line("")
        b.line(
            "お世話になっております。{d}の{s}です。", d=ctx.org(ctx.choice(DEPTS)), s=ctx.name(staff, "surname_only")
        )
        b.line(
            "{f}の点検日程の件、{m}月{dd}日で承知しました。",
            f=ctx.loc(ctx.choice(FACILITIES)),
            m=r.randint(1, 12),
            dd=r.randint(1, 28),
        )
        if ctx.chance(0.5):
            b.line("当日の立会いは{x}{t}が伺います。", x=ctx.name(ctx.jp(), "title"), t=ctx.title())
        else:
            b.line("当日の立会いは{x}が伺います。", x=ctx.name(ctx.jp(), "kanji"))
        b.line("請求書の振込先口座（{v}）に変更はありません。", v=ctx.num("BANK_ACCOUNT", sub="branch"))
        _signature(ctx, b, staff, ctx.choice(DEPTS))
    else:
        b.line("{n}さん", n=ctx.name(ctx.jp(), ("surname_only", "kanji")))
        b.line("")
        ymd = ctx.birth_ymd(1940, 2000)
        b.line(
            "{s}です。{p}さん（{a}歳）の件、差し替えの記録を送ります。",
            s=ctx.name(staff, "surname_only"),
            p=ctx.name(res, ("kanji", "foreign_katakana", "surname_only")),
            a=age_of(ymd[0]),
        )
        fam = ctx.least(("MY_NUMBER", "RESIDENT_CODE", "PENSION_NUMBER", "DISABILITY_CERTIFICATE", "DRIVER_LICENSE"))
        id_line(ctx, b, fam)
        extra_ids(ctx, b, 2, foreign=res.foreign)
        b.line("生年月日 {bd}", bd=ctx.birth(ymd=ymd))
        b.line("旧住所の記載も残しておきます：{ad}", ad=ctx.address())
        _signature(ctx, b, staff, ctx.choice(DEPTS))
    return b
