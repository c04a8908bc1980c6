"""Layout helpers: the staff member's request, tables, CSV/TSV, JSON/YAML, mail and chat pieces."""

from __future__ import annotations

from collections.abc import Sequence

from tests.eval.blind.model import Builder, Piece

from . import addresses, dates, numbers, pools
from .values import Ctx, Person, person

REQUESTS = (
    "以下を要約してください。",
    "以下の内容を要約して、要点を3つにまとめてください。",
    "下記の返信案を作ってください。",
    "次の記録を表にしてください。",
    "以下を敬語に直してください。",
    "以下を英訳してください。",
    "この文章の誤字を直して。",
    "以下を時系列に整理してください。",
    "次の内容から課題を抜き出してください。",
    "下の文を読みやすく整えてほしいです",
    "以下をもとに上司への報告文を作成してください。",
    "これを箇条書きにして",
    "以下の記録から対応方針の案を出してください。",
    "次のメモを引継ぎ用に清書してください。",
    "以下の内容で回答文を作ってください（やさしい日本語で）。",
    "下記を Excel に貼れる形に整形してください。",
    "以下をもっと短くして。",
    "これを丁寧な文面に書き換えてください",
)
TAIL_REQUESTS = (
    "上記を要約してください。",
    "↑これを表にまとめてもらえますか。",
    "以上について返信案をお願いします。",
    "以上を英語にしてください。",
    "以上、決裁用に整えてください。",
)
INLINE_POSTAL = tuple(f for f in numbers.LINE["POSTAL_CODE"] if f not in ("label_above", "zwsp"))
INLINE_ADDR = tuple(f for f in addresses.LINE if f not in ("label_above", "line_broken", "english"))
ENTITY_POOL = (
    "PHONE_NUMBER",
    "EMAIL_ADDRESS",
    "POSTAL_CODE",
    "MY_NUMBER",
    "RESIDENT_CODE",
    "HEALTH_INSURANCE",
    "PENSION_NUMBER",
    "DRIVER_LICENSE",
    "PASSPORT",
    "RESIDENCE_CARD",
    "BANK_ACCOUNT",
    "CREDIT_CARD",
    "CARE_INSURANCE",
    "DISABILITY_CERTIFICATE",
)


def start(ctx: Ctx, request: bool = True) -> Builder:
    b = Builder()
    if request and ctx.p(0.8):
        b.line(ctx.c(REQUESTS))
        if ctx.p(0.5):
            b.line()
    return b


def finish(ctx: Ctx, b: Builder) -> Builder:
    if ctx.p(0.2):
        b.line().line(ctx.c(TAIL_REQUESTS))
    return b


def total(ctx: Ctx, entity: str) -> int:
    return sum(n for (e, _f), n in ctx.counts.items() if e == entity)


def written_total(ctx: Ctx, entity: str) -> int:
    return sum(n for (e, f), n in ctx.counts.items() if e == entity and f != "cell")


def weakest(ctx: Ctx, entity: str) -> int:
    return min(ctx.counts[(entity, f)] for f in numbers.LINE[entity])


def pick_entities(ctx: Ctx, cands: Sequence[str], k: int, cells: bool = False) -> list[str]:
    if cells:
        keyed = sorted(cands, key=lambda e: (ctx.counts[(e, "cell")], ctx.rng.random()))
    else:
        keyed = sorted(cands, key=lambda e: (weakest(ctx, e), written_total(ctx, e), ctx.rng.random()))
    return keyed[:k]


def extra_fields(ctx: Ctx, b: Builder, cands: Sequence[str], k: int, p: Person | None = None, bullet: str = "") -> None:
    for e in pick_entities(ctx, cands, k):
        b.put(bullet).put(numbers.field(ctx, e, p=p)).put("\n")


def contact(ctx: Ctx, b: Builder, p: Person, bullet: str = "", postal: bool = True, mail: bool = True) -> None:
    """住所・電話・メール lines of one person."""
    if postal:
        b.put(bullet + ctx.c(("住所：", "住所　", "現住所：", "住所 ")))
        if ctx.p(0.7):
            b.put(("〒", numbers.num(ctx, "POSTAL_CODE", INLINE_POSTAL), ctx.c((" ", "\u3000", ""))))
        b.put(addresses.address(ctx, INLINE_ADDR)).put("\n")
    else:
        b.put(bullet).put(addresses.addr_field(ctx)).put("\n")
    b.put(bullet).put(numbers.field(ctx, "PHONE_NUMBER", p=p)).put("\n")
    if mail:
        b.put(bullet).put(numbers.field(ctx, "EMAIL_ADDRESS", p=p)).put("\n")


def md_table(b: Builder, headers: Sequence[str], rows: Sequence[Sequence[Piece]]) -> None:
    b.line("| " + " | ".join(headers) + " |")
    b.line("|" + "|".join("---" for _ in headers) + "|")
    for row in rows:
        b.put("| ")
        for i, cell in enumerate(row):
            b.put(cell).put(" | " if i < len(row) - 1 else " |")
        b.put("\n")


def sep_rows(
    b: Builder, headers: Sequence[str], rows: Sequence[Sequence[Piece]], sep: str = ",", quote: bool = False
) -> None:
    b.line(sep.join(headers))
    for row in rows:
        for i, cell in enumerate(row):
            if i:
                b.put(sep)
            b.put(('"', cell, '"') if quote and not isinstance(cell, str) else cell)
        b.put("\n")


def json_obj(b: Builder, items: Sequence[tuple[str, Piece]], indent: str = "  ", last: bool = True) -> None:
    b.put("{\n")
    for i, (k, v) in enumerate(items):
        quoted = not (isinstance(v, str) and v.isdigit())
        b.put(f'{indent}"{k}": ').put(('"', v, '"') if quoted else v).put("," if i < len(items) - 1 else "").put("\n")
    b.put("}\n" if last else "},\n")


def yaml_obj(b: Builder, items: Sequence[tuple[str, Piece]], indent: str = "") -> None:
    for k, v in items:
        b.put(f"{indent}{k}: ").put(v).put("\n")


def cell_person(ctx: Ctx, age_group: str = "adult", forms: tuple[str, ...] = ("cell",)) -> tuple[Person, Piece]:
    return person(ctx, forms, honor="", age_group=age_group)


def cell_num(ctx: Ctx, entity: str, p: Person | None = None) -> Piece:
    return numbers.num(ctx, entity, ("cell",), p)


def cell_addr(ctx: Ctx) -> Piece:
    return addresses.address(ctx, ("csv_field",))


def cell_birth(ctx: Ctx, p: Person) -> Piece:
    return dates.birth(ctx, p, ("cell",))


def staff(ctx: Ctx) -> tuple[Person, Piece]:
    """A staff member written by surname without honorific (鈴木が対応)."""
    return person(ctx, ("staff_surname",), honor="")


def dept(ctx: Ctx) -> Piece:
    return ctx.org(ctx.c(pools.DEPTS))


def office_dept(ctx: Ctx) -> Piece:
    return (ctx.org(ctx.c(pools.CITY_OFFICES)), " ", ctx.org(ctx.c(pools.DEPTS)))


def signature(ctx: Ctx, b: Builder, p: Person | None = None) -> Person:
    """A mail signature block: office, department, name, phone, mail."""
    rule = ctx.c(("――――――――", "------------------------", "＝＝＝＝＝＝＝＝＝＝", "--"))
    b.line(rule)
    if p is None:
        p, piece = person(ctx, ("signature",), honor="")
    else:
        piece = ctx.val("PERSON", p.full(ctx.c((" ", "\u3000", ""))), "signature")
    if ctx.p(0.5):
        b.put(office_dept(ctx)).put("\n").put(piece).put("\n")
    else:
        b.put(piece).put("\n").put(office_dept(ctx)).put("\n")
    b.put(
        numbers.field(
            ctx,
            "PHONE_NUMBER",
            label=ctx.c(("TEL", "電話", "Tel")),
            sep=ctx.c((" ", "：", ": ")),
            forms=("plain", "extension", "paren_area", "plus81", "dotted", "fullwidth"),
        )
    ).put("\n")
    b.put(
        numbers.field(
            ctx,
            "EMAIL_ADDRESS",
            label=ctx.c(("Mail", "E-mail", "メール")),
            sep=ctx.c((" ", "：", ": ")),
            forms=("plain", "fullwidth", "paren_at", "bracket_at", "katakana_at", "mailto", "angle"),
            p=p,
        )
    ).put("\n")
    b.line(rule)
    return p
