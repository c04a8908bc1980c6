"""Forms and tables: label/value lines, TSV-ish rows, wrapped table cells."""

from __future__ import annotations

from collections.abc import Callable

from .common import RELATIONS, full
from .context import Ctx
from .model import Builder, Piece, Val

Field = tuple[tuple[str, ...], Callable[[Ctx], Piece]]


def _hi(ctx: Ctx) -> Piece:
    sym, num = ctx.hi_symbol_number()
    return ("記号 ", sym, ctx.pick(["　", " ", " / "]), "番号 ", num)


FIELDS: tuple[Field, ...] = (
    (("個人番号", "マイナンバー", "個人番号（マイナンバー）", "個人番号(12桁)"), lambda c: c.my_number()),
    (("住民票コード", "住民票ｺｰﾄﾞ"), lambda c: c.resident_code()),
    (("保険者番号",), lambda c: c.insurer()),
    (("被保険者証",), _hi),
    (("後期高齢者医療被保険者番号", "被保険者番号（後期）"), lambda c: c.kouki()),
    (("基礎年金番号", "年金番号"), lambda c: c.pension()),
    (("運転免許証番号", "免許証番号", "免許証No."), lambda c: c.license()),
    (("旅券番号", "パスポート番号", "Passport No."), lambda c: c.passport()),
    (("在留カード番号", "在留カードNo"), lambda c: c.residence_card()),
    (("クレジットカード番号", "カード番号"), lambda c: c.card()),
    (("介護保険被保険者番号", "介護保険証番号"), lambda c: c.care()),
    (("障害者手帳番号", "手帳番号", "身体障害者手帳番号", "療育手帳番号"), lambda c: c.disability()),
    (("電話番号", "TEL", "携帯電話", "連絡先", "自宅電話"), lambda c: c.phone()),
    (("口座番号",), lambda c: ("普通 ", c.account(with_branch=c.chance(0.5)))),
)


# Rarer identifiers come round more often, so that every family appears in every written form.
ROTATION = tuple(str(i) for i in (0, 1, 1, 1, 2, 3, 4, 5, 5, 5, 6, 6, 7, 7, 8, 9, 9, 10, 11, 11, 11, 12, 13))


def pick_fields(ctx: Ctx, n: int) -> list[Field]:
    """n different fields, taken from a balanced rotation."""
    chosen: list[int] = []
    while len(chosen) < n:
        i = int(ctx.rotate("FIELD", ROTATION, 0))
        if i not in chosen:
            chosen.append(i)
    return [FIELDS[i] for i in chosen]


def _label_sep(ctx: Ctx) -> str:
    return ctx.pick(["：", "：", ": ", "　", "\t", "：　", " ： "])


def application(ctx: Ctx) -> Builder:
    b = Builder()
    b.line(ctx.pick(["申請書（写し）", "■申請内容確認票", "【届出内容】", "申込者情報", "交付申請書 記載事項"]))
    p = ctx.jname()
    sep = _label_sep(ctx)
    b.line("氏名{s}{n}", s=sep, n=ctx.person(p, ctx.pick(["kanji", "fullwidth_space"])))
    if ctx.chance(0.7):
        b.line("フリガナ{s}{n}", s=sep, n=ctx.person(p, "kana"))
    if ctx.chance(0.3):
        b.line("ローマ字{s}{n}", s=sep, n=ctx.person(p, "romanized"))
    b.line("生年月日{s}{d}", s=sep, d=ctx.birth())
    b.line("郵便番号{s}{z}", s=sep, z=ctx.postal())
    b.line("住所{s}{a}", s=sep, a=ctx.address())
    for labels, maker in pick_fields(ctx, ctx.num(3, 5)):
        b.line("{l}{s}{v}", l=ctx.pick(labels), s=sep, v=maker(ctx))
    if ctx.chance(0.4):
        b.line("メール{s}{e}", s=sep, e=ctx.email(p))
    b.line("受付日{s}{d}", s=sep, d=ctx.date_text())
    return b


def tsv_table(ctx: Ctx) -> Builder:
    b = Builder()
    b.line(ctx.pick(["# 訪問対象者一覧（{d}時点）", "対象者リスト", "■給付対象者（抜粋）"]).format(d=ctx.date_text()))
    fi, fj = pick_fields(ctx, 2)
    cols = ("氏名", "フリガナ", "生年月日", fi[0][0], fj[0][0])
    b.line("\t".join(("No.", *cols)))
    for k in range(ctx.num(3, 6)):
        p = ctx.jname()
        b.line(
            "{k}\t{n}\t{f}\t{d}\t{x}\t{y}",
            k=str(k + 1),
            n=ctx.person(p, ctx.pick(["kanji", "kanji", "fullwidth_space"])),
            f=ctx.person(p, "kana"),
            d=ctx.birth(),
            x=fi[1](ctx),
            y=fj[1](ctx),
        )
    b.line("計{n}名", n=str(ctx.num(3, 6)))
    return b


def wrapped_cells(ctx: Ctx) -> Builder:
    """A table pasted from a PDF: cells wrap onto new lines."""
    b = Builder()
    b.line("｜項目｜内容｜")
    b.line("｜---｜---｜")
    p = ctx.jname()
    b.line("｜氏名｜{n}｜", n=full(ctx, p))
    b.line("｜住所｜{a}｜", a=ctx.address(form=ctx.pick(["plain", "kanji", "fullwidth", "mixed"])))
    for labels, maker in pick_fields(ctx, 3):
        b.line("｜{l}｜{v}｜", l=ctx.pick(labels), v=maker(ctx))
    b.line("｜緊急連絡先｜{rel} {n} {p}｜", rel=ctx.pick(RELATIONS), n=full(ctx, ctx.jname()), p=ctx.phone())
    return b


def csv_rows(ctx: Ctx) -> Builder:
    b = Builder()
    ((labels, maker),) = pick_fields(ctx, 1)
    b.line("氏名,カナ,郵便番号,住所,{h}", h=labels[0])
    for _ in range(ctx.num(2, 4)):
        p = ctx.jname()
        b.line(
            "{n},{k},{z},{a},{v}",
            n=ctx.person(p, "kanji"),
            k=ctx.person(p, "kana"),
            z=ctx.postal(),
            a=ctx.address(form=ctx.pick(["plain", "fullwidth"])),
            v=maker(ctx),
        )
    return b


def family_sheet(ctx: Ctx) -> Builder:
    b = Builder()
    b.line("世帯員一覧")
    head = ctx.jname()
    b.line("世帯主：{n}　{d}生", n=ctx.person(head, ctx.pick(["kanji", "fullwidth_space"])), d=ctx.birth(1940, 1990))
    b.line("　個人番号 {m}", m=ctx.my_number())
    for rel in ctx.rng.sample(["妻", "長男", "長女", "次男", "母"], ctx.num(1, 3)):
        m = ctx.jname(rel in ("妻", "長女", "母"))
        b.line(
            "{r}：{n}　{d}生", r=rel, n=ctx.person(m, "kana" if ctx.chance(0.3) else "kanji"), d=ctx.birth(1935, 2022)
        )
        if ctx.chance(0.5):
            b.line("　個人番号 {m}", m=ctx.my_number())
    b.line("※番号は{o}からの回答による", o=ctx.org("地方公共団体情報システム機構"))
    return b


def _insurer_block(ctx: Ctx) -> Builder:
    b = Builder()
    b.line("被保険者資格確認")
    b.line("氏名：{n}", n=full(ctx, ctx.jname()))
    b.line("保険者番号：{i}", i=ctx.insurer())
    b.line("被保険者証 記号：{s}　番号：{n}", s=(v := ctx.hi_symbol_number())[0], n=v[1])
    b.line("資格取得日：{d}", d=ctx.date_text())
    b.line("勤務先：{o}", o=ctx.org(ctx.pick(["株式会社ひかり精機", "田中建設株式会社", "株式会社北斗システムズ"])))
    return b


def juminhyo(ctx: Ctx) -> Builder:
    b = Builder()
    p = ctx.jname()
    b.line(ctx.pick(["住民票（写し）記載事項", "住民票記載事項証明 下書き", "■住基照会結果"]))
    b.line("氏名　{n}", n=ctx.person(p, ctx.pick(["fullwidth_space", "kanji"])))
    b.line("生年月日　{d}　性別　{g}", d=ctx.birth(), g="女" if p.female else "男")
    b.line("住所　{a}", a=ctx.address())
    b.line("住民となった年月日　{d}", d=ctx.date_text(ctx.num(2000, 2024)))
    b.line("住民票コード　{c}", c=ctx.resident_code())
    if ctx.chance(0.6):
        b.line("個人番号　{m}", m=ctx.my_number())
    return b


def id_copies(ctx: Ctx) -> Builder:
    """本人確認書類の控え: several identity documents of one person."""
    b = Builder()
    p = ctx.jname()
    b.line(ctx.pick(["本人確認書類 控え", "【本人確認記録】", "確認書類チェック欄"]))
    b.line("申請者：{n}", n=full(ctx, p))
    docs = [
        ("運転免許証 番号", ctx.license),
        ("住民票コード", ctx.resident_code),
        ("クレジットカード（下4桁のみ可→全桁記載あり）", ctx.card),
        ("基礎年金番号", ctx.pension),
        ("障害者手帳", ctx.disability),
        ("介護保険被保険者証", ctx.care),
        ("健康保険 保険者番号", ctx.insurer),
    ]
    for label, maker in ctx.rng.sample(docs, ctx.num(3, 4)):
        b.line("□{l}：{v}", l=label, v=maker())
    b.line("確認者印　済（{s}）", s=ctx.person(ctx.jname(), "kanji"))
    return b


TEMPLATES: tuple[Callable[[Ctx], Builder], ...] = (
    application,
    application,
    tsv_table,
    wrapped_cells,
    csv_rows,
    family_sheet,
    _insurer_block,
    juminhyo,
    id_copies,
    id_copies,
)


def make(ctx: Ctx) -> Builder:
    return ctx.pick(TEMPLATES)(ctx)


def field_value(ctx: Ctx) -> tuple[str, Piece]:
    """A random labelled identifier, for other genres."""
    ((labels, maker),) = pick_fields(ctx, 1)
    return ctx.pick(labels), maker(ctx)


__all__ = ["FIELDS", "Val", "field_value", "make"]
