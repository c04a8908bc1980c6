"""Pasted machine text: CSV export, JSON / YAML records, log lines, file lists, spreadsheet cells."""

from __future__ import annotations

from tests.eval.blind.model import Builder, Piece

from . import pools
from .layout import (
    ENTITY_POOL,
    cell_addr,
    cell_birth,
    cell_num,
    cell_person,
    finish,
    json_obj,
    pick_entities,
    sep_rows,
    start,
    yaml_obj,
)
from .numbers import LABELS
from .values import Ctx, make_person

FILE_DOCS = ("申請書", "本人確認書類", "同意書", "面談記録", "住民票", "領収書", "診断書", "在留カード写し", "履歴書")


def csv_export(ctx: Ctx) -> Builder:
    b = start(ctx, request=False)
    b.line(ctx.c(("システムから出力したCSVです。重複している行を教えてください。", "```csv", "export_20251105.csv")))
    extra = pick_entities(ctx, ENTITY_POOL, 2, cells=True)
    head = ["宛名番号", "氏名", "生年月日", "住所", *[LABELS[e][0] for e in extra]]
    rows: list[list[Piece]] = []
    for _ in range(ctx.n(4, 7)):
        p, nm = cell_person(ctx, ctx.c(("adult", "elder", "young")))
        rows.append(
            [
                f"{ctx.n(10000000, 99999999)}",
                nm,
                cell_birth(ctx, p),
                cell_addr(ctx),
                *[cell_num(ctx, e, p) for e in extra],
            ]
        )
    sep_rows(b, head, rows, sep=",", quote=ctx.p(0.5))
    return finish(ctx, b)


def spreadsheet(ctx: Ctx) -> Builder:
    b = start(ctx, request=False)
    b.line(
        ctx.c(
            ("Excel からコピーしました（タブ区切り）。", "スプレッドシートの貼り付け↓", "下の表の空欄を埋める方法は？")
        )
    )
    extra = pick_entities(ctx, ENTITY_POOL, 2, cells=True)
    rows: list[list[Piece]] = []
    for _ in range(ctx.n(4, 6)):
        p, nm = cell_person(ctx)
        rows.append(
            [
                nm,
                cell_num(ctx, "PHONE_NUMBER", p),
                cell_addr(ctx),
                *[cell_num(ctx, e, p) for e in extra],
                ctx.c(("済", "未", "保留", "")),
            ]
        )
    sep_rows(b, ["氏名", "電話", "住所", *[LABELS[e][0] for e in extra], "状況"], rows, sep="\t")
    return finish(ctx, b)


def json_records(ctx: Ctx) -> Builder:
    b = start(ctx, request=False)
    b.line(ctx.c(("API のレスポンスです。項目の意味を説明してください。", "この JSON を表にしてほしい", "```json")))
    use_yaml = ctx.p(0.35)
    count = ctx.n(2, 3)
    if not use_yaml:
        b.put("[\n")
    for i in range(count):
        p, nm = cell_person(ctx, forms=("cell", "initial_family", "comma_given", "romanized"))
        e = pick_entities(ctx, ENTITY_POOL, 2, cells=True)
        items: list[tuple[str, Piece]] = [
            ("id", f"{ctx.n(1000, 9999)}"),
            ("name", nm),
            ("birth", cell_birth(ctx, p)),
            ("address", cell_addr(ctx)),
        ]
        items += [(x.lower(), cell_num(ctx, x, p)) for x in e]
        items.append(("dept", ctx.org(ctx.c(pools.DEPTS))))
        if use_yaml:
            b.line("- " + items[0][0] + ": " + str(items[0][1]))
            yaml_obj(b, items[1:], indent="  ")
        else:
            json_obj(b, items, last=(i == count - 1))
    if not use_yaml:
        b.put("]\n")
    return finish(ctx, b)


def logs(ctx: Ctx) -> Builder:
    b = start(ctx, request=False)
    b.line(ctx.c(("エラーログです。原因を推測してください。", "このログの意味を教えて", "申請システムのログ抜粋")))
    for _ in range(ctx.n(4, 7)):
        t = f"2025-{ctx.n(9, 11):02d}-{ctx.n(1, 28):02d} {ctx.n(8, 19):02d}:{ctx.n(0, 59):02d}:{ctx.n(0, 59):02d}"
        lvl = ctx.c(("INFO", "WARN", "ERROR"))
        p, nm = cell_person(ctx, forms=("cell", "initial_family", "comma_given"))
        e = ctx.c(("EMAIL_ADDRESS", "PHONE_NUMBER", "POSTAL_CODE", *ENTITY_POOL))
        msg = ctx.c(("submit ok", "validation failed", "duplicate entry", "mail bounced", "timeout"))
        b.put(f"{t} {lvl} [apply] {msg} user=").put(nm).put(f" {e.lower()}=").put(cell_num(ctx, e, p)).put("\n")
    return finish(ctx, b)


def files(ctx: Ctx) -> Builder:
    b = start(ctx, request=False)
    b.line(
        ctx.c(
            (
                "共有フォルダのファイル一覧です。命名規則に合わないものを挙げてください。",
                "添付ファイル一覧",
                "以下のファイルを年度別に整理したい",
            )
        )
    )
    for _ in range(ctx.n(4, 7)):
        p = make_person(ctx)
        form = "filename"
        name = ctx.val("PERSON", ctx.c((p.full(""), p.full("_"), p.family, p.roman(1).replace(" ", "_"))), form)
        date = f"2025{ctx.n(1, 12):02d}{ctx.n(1, 28):02d}"
        style = ctx.n(0, 2)
        doc = ctx.c(FILE_DOCS)
        ext = ctx.c((".pdf", ".xlsx", ".docx", ".jpg"))
        if style == 0:
            b.put(name).put(f"_{doc}{ext}\n")
        elif style == 1:
            b.put(f"{date}_{doc}_").put(name).put(f"{ext}\n")
        else:
            b.put(f"\\\\fs01\\共有\\{ctx.c(pools.DEPTS)}\\").put(name).put(f"様_{doc}{ext}\n")
    return finish(ctx, b)
