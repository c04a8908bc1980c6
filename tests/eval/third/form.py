"""Filled application forms: key: value lines, Markdown and tab-separated tables, CSV rows."""

from __future__ import annotations

from tests.eval.blind.model import Builder
from tests.eval.third.forms import Ctx

ID_DOCS = (
    "MY_NUMBER",
    "RESIDENT_CODE",
    "HEALTH_INSURANCE",
    "PENSION_NUMBER",
    "DRIVER_LICENSE",
    "PASSPORT",
    "RESIDENCE_CARD",
    "CARE_INSURANCE",
    "DISABILITY_CERTIFICATE",
)
# Form title -> identifier families that such a form plausibly asks for.
TITLES = {
    "住民異動届": (
        "MY_NUMBER",
        "RESIDENT_CODE",
        "RESIDENCE_CARD",
        "PASSPORT",
        "DRIVER_LICENSE",
        "HEALTH_INSURANCE",
        "PENSION_NUMBER",
        "CARE_INSURANCE",
    ),
    "国民健康保険被保険者資格取得届": (
        "MY_NUMBER",
        "HEALTH_INSURANCE",
        "PENSION_NUMBER",
        "RESIDENCE_CARD",
        "DRIVER_LICENSE",
        "BANK_ACCOUNT",
    ),
    "児童手当認定請求書": (
        "MY_NUMBER",
        "BANK_ACCOUNT",
        "HEALTH_INSURANCE",
        "PENSION_NUMBER",
        "RESIDENT_CODE",
        "RESIDENCE_CARD",
    ),
    "介護保険要介護認定申請書": (
        "CARE_INSURANCE",
        "MY_NUMBER",
        "HEALTH_INSURANCE",
        "DISABILITY_CERTIFICATE",
        "RESIDENT_CODE",
        "PENSION_NUMBER",
    ),
    "マイナンバーカード交付申請書（窓口）": (
        "MY_NUMBER",
        "RESIDENT_CODE",
        "DRIVER_LICENSE",
        "PASSPORT",
        "RESIDENCE_CARD",
        "HEALTH_INSURANCE",
        "DISABILITY_CERTIFICATE",
    ),
    "給付金支給申請書": ("MY_NUMBER", "BANK_ACCOUNT", "RESIDENT_CODE", "DRIVER_LICENSE", "PASSPORT", "PENSION_NUMBER"),
    "障害福祉サービス支給申請書": (
        "DISABILITY_CERTIFICATE",
        "MY_NUMBER",
        "HEALTH_INSURANCE",
        "BANK_ACCOUNT",
        "PENSION_NUMBER",
        "CARE_INSURANCE",
    ),
    "ふるさと納税寄附申込書（ワンストップ特例）": (
        "CREDIT_CARD",
        "MY_NUMBER",
        "DRIVER_LICENSE",
        "PASSPORT",
        "BANK_ACCOUNT",
    ),
}


def _kv(ctx: Ctx) -> Builder:
    b = Builder()
    p = ctx.jp()
    sep = ctx.pick(["：", ": ", "\t", "　"])
    title = ctx.pick(list(TITLES))
    b.line("■{t}", t=title)
    b.line("申請者氏名{s}{n}", s=sep, n=ctx.name(p, ctx.pick(["kanji", "fullwidth_space"])))
    b.line("フリガナ{s}{k}", s=sep, k=ctx.name(p, "kana"))
    b.line("生年月日{s}{d}", s=sep, d=ctx.birth())
    b.line("郵便番号{s}{pc}", s=sep, pc=ctx.num("POSTAL_CODE"))
    b.line("住所{s}{a}", s=sep, a=ctx.addr())
    b.line("電話番号{s}{t}", s=sep, t=ctx.num("PHONE_NUMBER"))
    if ctx.chance(0.5):
        b.line("メール{s}{e}", s=sep, e=ctx.email(p))
    for lab, v in ctx.flex(ctx.rng.randint(4, 6), only=TITLES[title]):
        b.line("{l}{s}{v}", l=lab, s=sep, v=v)
    b.add("受付課{s}{o}", s=sep, o=ctx.dept())
    return b


def _md_table(ctx: Ctx) -> Builder:
    b = Builder()
    title = ctx.pick([t for t in TITLES if not t.startswith("ふるさと")])
    lab, first = ctx.flex(1, only=TITLES[title])[0]
    entity = first.entity
    b.line("{t}（世帯一括）", t=title)
    b.line("| No. | 氏名 | 生年月日 | {l} |", l=lab)
    b.line("|---:|---|---|---|")
    vals = [first] + [ctx.num(entity) for _ in range(ctx.rng.randint(2, 4))]
    for i, v in enumerate(vals, 1):
        p = ctx.jp()
        b.line(
            "| {i} | {n} | {d} | {v} |",
            i=str(i),
            n=ctx.name(p, ctx.pick(["kanji", "fullwidth_space", "kana"])),
            d=ctx.birth(),
            v=v,
        )
    b.add("確認者：{s}", s=ctx.name(ctx.jp(), "surname_only"))
    return b


def _tsv(ctx: Ctx) -> Builder:
    b = Builder()
    cols = ctx.flex(2, exclude=("BANK_ACCOUNT", "CREDIT_CARD"))
    b.line("氏名\t郵便番号\t電話\t{a}\t{c}", a=cols[0][0], c=cols[1][0])
    ents = [cols[0][1], cols[1][1]]
    for r in range(ctx.rng.randint(2, 4)):
        p = ctx.jp()
        x = ents if r == 0 else [ctx.num(e.entity) for e in ents]
        b.line(
            "{n}\t{pc}\t{t}\t{x}\t{y}",
            n=ctx.name(p, ctx.pick(["kanji", "fullwidth_space"])),
            pc=ctx.num("POSTAL_CODE"),
            t=ctx.num("PHONE_NUMBER"),
            x=x[0],
            y=x[1],
        )
    b.add("（{o}から提供、{pl}分）", o=ctx.dept(), pl=ctx.loc(kind="district"))
    return b


def _csv(ctx: Ctx) -> Builder:
    b = Builder()
    b.line("お願いします、このデータを表にしてください👇")
    b.line("受付日,氏名,住所,電話,メール")
    for _ in range(ctx.rng.randint(2, 4)):
        p = ctx.jp()
        b.line(
            "2025/{m}/{d},{n},{a},{t},{e}",
            m=str(ctx.rng.randint(1, 12)),
            d=str(ctx.rng.randint(1, 28)),
            n=ctx.name(p, "kanji"),
            a=ctx.addr(form=ctx.pick(["plain", "hyphen", "fullwidth", "kanji_numerals"])),
            t=ctx.num("PHONE_NUMBER"),
            e=ctx.email(p),
        )
    return b


def _insurance(ctx: Ctx) -> Builder:
    b = Builder()
    p = ctx.jp()
    b.line("国民健康保険　資格取得届（記入例ではなく実データ）")
    b.line("世帯主　{n}", n=ctx.name(p, ctx.pick(["kanji", "fullwidth_space"])))
    b.line("保険者番号　{h}", h=ctx.num("HEALTH_INSURANCE", "kokuho"))
    b.line("前保険の記号・番号　{k}", k=ctx.num("HEALTH_INSURANCE", "kigou"))
    b.line("前保険の保険者番号　{h}（{o}）", h=ctx.num("HEALTH_INSURANCE"), o=ctx.org("協会けんぽ"))
    b.line("個人番号　{m}", m=ctx.num("MY_NUMBER"))
    b.add("資格喪失証明書は{o}発行のものを添付。", o=ctx.org(ctx.pick(["株式会社みどり建設", "有限会社さくら運送"])))
    return b


def _identity(ctx: Ctx) -> Builder:
    b = Builder()
    p = ctx.jp()
    b.line("本人確認記録票（{o}）", o=ctx.dept())
    b.line("氏名：{n}　生年月日：{d}", n=ctx.name(p, ctx.pick(["kanji", "fullwidth_space"])), d=ctx.birth())
    b.line("確認書類および番号")
    for lab, v in ctx.flex(ctx.rng.randint(5, 7), only=ID_DOCS):
        b.line("{bullet}{l}　{v}", bullet=ctx.pick(["・", "- ", "□ ", "1) "]), l=lab, v=v)
    b.add("確認者 {s}（印）", s=ctx.name(ctx.jp(), "surname_only"))
    return b


def docs(ctx: Ctx, n: int) -> list[Builder]:
    gens = [_kv, _md_table, _tsv, _csv, _insurance, _identity]
    return [gens[i % len(gens)](ctx) for i in range(n)]
