"""Layout helpers shared by the document kinds: labels for places and organisations, tables, requests."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from tests.eval.blind.model import Builder, Piece, Val
from tests.eval.thirteenth import pools as P
from tests.eval.thirteenth.numbers import DOC_FIELD, NUM_FIELD, doc_field, num_field
from tests.eval.thirteenth.values import Ctx, era


class Doc(Builder):
    """A Builder whose `ln` writes any piece (no template) and a newline."""

    def put(self, piece: Piece) -> Doc:
        super().put(piece)
        return self

    def add(self, template: str, **values: Piece) -> Doc:
        super().add(template, **values)
        return self

    def ln(self, piece: Piece = "") -> Doc:
        self.put(piece)
        self.put("\n")
        return self


ASKS = (
    "以下を要約してください。",
    "次の記録から対応すべきことを整理してもらえますか。",
    "この文面を丁寧な文章に直してください。",
    "下の内容で課内回覧用のメモを作りたいです。",
    "誤字がないか確認をお願いします。",
    "返信の下書きを考えてください。",
    "箇条書きにまとめてください。",
    "決裁用に論点を三つに絞ってください。",
    "",
    "",
    "次の件、どう返答すべきか相談です。",
    "以下を表に整理し直してください。",
)


def org(name: str) -> Val:
    return Val("ORGANIZATION", name, "name")


def loc(name: str) -> Val:
    return Val("LOCATION", name, "name")


def city_org(ctx: Ctx) -> tuple[str, str]:
    pref, c = ctx.rng.choice(P.CITIES)
    return pref, c


def dept(ctx: Ctx, city: str | None = None) -> Piece:
    d = ctx.choice(P.DEPTS)
    if city and ctx.chance(0.4):
        return org(f"{city}役所{d}") if city.endswith("市") else org(city + d)
    return org(d)


def wdate(d: dt.date, style: int) -> str:
    name, _l, y = era(d)
    if style == 0:
        return f"{name}{y}年{d.month}月{d.day}日"
    if style == 1:
        return f"{d.year}年{d.month}月{d.day}日"
    if style == 2:
        return f"{d.year}/{d.month}/{d.day}"
    return f"{d.month}月{d.day}日"


def today(ctx: Ctx) -> str:
    return wdate(ctx.date_near(), ctx.rng.randrange(4))


def ask(b: Doc, ctx: Ctx) -> None:
    a = ctx.choice(ASKS)
    if a:
        b.ln(a)
        if ctx.chance(0.5):
            b.ln("---")


def table(ctx: Ctx, b: Doc, headers: Sequence[str], rows: Sequence[Sequence[Piece]], style: str = "") -> None:
    style = style or ctx.choice(("tsv", "markdown", "csv"))
    if style == "tsv":
        b.ln("\t".join(headers))
        for row in rows:
            b.put(_join(row, "\t")).put("\n")
    elif style == "csv":
        b.ln(",".join(headers))
        for row in rows:
            b.put(_join(row, ",")).put("\n")
    else:
        b.ln("| " + " | ".join(headers) + " |")
        b.ln("|" + "---|" * len(headers))
        for row in rows:
            b.put(("| ", _join(row, " | "), " |\n"))


def _join(row: Sequence[Piece], sep: str) -> Piece:
    out: list[Piece] = []
    for i, cell in enumerate(row):
        if i:
            out.append(sep)
        out.append(cell)
    return tuple(out)


ID_CHOICES = ("DRIVER_LICENSE", "PASSPORT", "RESIDENCE_CARD", "MY_NUMBER", "HEALTH_INSURANCE")
ID_LABEL = {
    "DRIVER_LICENSE": ("運転免許証", "免許証番号"),
    "PASSPORT": ("旅券", "旅券番号"),
    "RESIDENCE_CARD": ("在留カード", "在留カード番号"),
    "MY_NUMBER": ("個人番号カード", "個人番号"),
    "HEALTH_INSURANCE": ("健康保険証", "保険者番号"),
}


def need(ctx: Ctx, entity: str, target: int) -> int:
    return target - ctx.total(entity)


def id_check(ctx: Ctx, b: Doc, choices: Sequence[str] = ID_CHOICES) -> None:
    """本人確認書類: whichever identifier is furthest below its target."""
    targets = {"DRIVER_LICENSE": 190, "PASSPORT": 150, "RESIDENCE_CARD": 150, "MY_NUMBER": 190, "HEALTH_INSURANCE": 190}
    ent = max(choices, key=lambda e: (need(ctx, e, targets[e]), ctx.rng.random()))
    doc, label = ID_LABEL[ent]
    style = ctx.rng.randrange(3)
    if style == 0:
        b.ln(f"本人確認：{doc}（確認済）")
    elif style == 1:
        b.ln(f"確認書類　{doc}")
    else:
        b.ln(f"※窓口で{doc}を提示")
    if ent in ("PASSPORT", "RESIDENCE_CARD"):
        b.ln(doc_field(ctx, label, ent, DOC_FIELD))
    else:
        b.ln(num_field(ctx, label, ent, NUM_FIELD))


def bank(ctx: Ctx, b: Doc, label: str = "振込先") -> None:
    yucho = ctx.chance(0.3)
    if yucho:
        b.ln(
            label,
        ).ln(("　", org("ゆうちょ銀行"), "　", num_field(ctx, "記号番号", "BANK_ACCOUNT", yucho=True)))
        return
    bk, br = ctx.choice(P.BANKS), ctx.choice(P.BRANCHES)
    kind = ctx.choice(("普通", "当座", "普通預金"))
    style = ctx.rng.randrange(3)
    if style == 0:
        b.ln((label, "：", org(bk), " ", br, " ", kind, " ", num_field(ctx, "", "BANK_ACCOUNT", sep="")))
    elif style == 1:
        b.ln(f"{label}口座").ln(("金融機関　", org(bk), "（", br, "）"))
        b.ln(("種目　", kind)).ln(num_field(ctx, "店番-口座番号", "BANK_ACCOUNT", sep="　"))
    else:
        b.ln(
            (
                org(bk),
                br,
                "の",
                kind,
                "口座（",
                num_field(
                    ctx, "", "BANK_ACCOUNT", tuple(f for f in NUM_FIELD if f not in ("label_next_line",)), sep=""
                ),
                "）へ振込予定",
            )
        )
