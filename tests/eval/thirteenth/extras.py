"""Follow-up lines staff add under a pasted record: the values still short of their targets."""

from __future__ import annotations

from collections.abc import Sequence

from tests.eval.thirteenth.layout import Doc, bank, dept, today
from tests.eval.thirteenth.numbers import (
    DOC_FIELD,
    DOC_INLINE,
    EMAIL_INLINE,
    NUM_FIELD,
    NUM_INLINE,
    doc_field,
    doc_id,
    email,
    num,
    num_field,
)
from tests.eval.thirteenth.values import ADDR_FIELD, ADDR_INLINE, Ctx

LABELS = {
    "MY_NUMBER": ("個人番号", "マイナンバー", "個人番号（本人申告）"),
    "RESIDENT_CODE": ("住民票コード", "住基コード"),
    "HEALTH_INSURANCE": ("保険者番号", "健康保険 保険者番号", "国保 保険者番号"),
    "PENSION_NUMBER": ("基礎年金番号", "年金番号"),
    "DRIVER_LICENSE": ("運転免許証番号", "免許証の番号"),
    "CREDIT_CARD": ("カード番号", "クレジットカード番号"),
    "CARE_INSURANCE": ("介護保険被保険者番号", "介護保険番号"),
    "DISABILITY_CERTIFICATE": ("障害者手帳番号", "手帳番号"),
    "POSTAL_CODE": ("郵便番号",),
    "PASSPORT": ("旅券番号", "パスポート番号"),
    "RESIDENCE_CARD": ("在留カード番号",),
}
PERSON_EXTRA = (
    "dono",
    "signature",
    "comma_order",
    "english_sentence",
    "foreign_katakana",
    "prose",
    "surname_only",
    "title",
    "mention",
)
HEADS = ("（追記）", "備考：", "※照会結果", "補足", "【システム照会】", "メモ", "")


def need(ctx: Ctx, entity: str, forms: Sequence[str], floor: int) -> int:
    return sum(max(0, floor - ctx.counts[(entity, f)]) for f in forms)


def extras(ctx: Ctx, b: Doc, entities: Sequence[str], k: int) -> None:
    """Write up to k follow-up lines for the entities (of this kind) that are furthest below target."""
    pool = [e for e in entities if e in LABELS or e in ("BANK_ACCOUNT", "EMAIL_ADDRESS", "ADDRESS")]
    pool += ["EMAIL_ADDRESS", "ADDRESS", *LABELS, "BANK_ACCOUNT"]
    scored = []
    for e in dict.fromkeys(pool):
        forms = DOC_FIELD if e in ("PASSPORT", "RESIDENCE_CARD") else NUM_FIELD
        if e == "EMAIL_ADDRESS":
            forms = EMAIL_INLINE
        if e == "ADDRESS":
            forms = ADDR_FIELD
        floor = 50 if e == "ADDRESS" else 17
        weight = 3 if e == "EMAIL_ADDRESS" else 1
        scored.append((weight * need(ctx, e, forms, floor), ctx.rng.random(), e))
    scored.sort(reverse=True)
    chosen = [e for n, _r, e in scored[:k] if n > 0]
    pn = need(ctx, "PERSON", PERSON_EXTRA, 50)
    if not chosen and pn <= 0:
        return
    head = ctx.choice(HEADS)
    b.ln("")
    if head:
        b.ln(head)
    for e in chosen:
        _one(ctx, b, e)
    if pn > 0 and ctx.chance(0.7):
        _person(ctx, b)


def _one(ctx: Ctx, b: Doc, e: str) -> None:
    r = ctx.rng
    if e == "ADDRESS":
        label = ctx.choice(("旧住所", "送付先", "実家の住所", "勤務先所在地", "前住所", "郵送先"))
        if r.random() < 0.5:
            b.ln(ctx.addr_field(label))
        else:
            b.ln((label, "は", ctx.address(ADDR_INLINE)[1], "とのこと。"))
        return
    if e == "EMAIL_ADDRESS":
        p = ctx.person()
        if ctx.counts[(e, "quoted_header")] < 15 and r.random() < 0.5:
            b.ln("> -----Original Message-----")
            b.ln(("> From: ", ctx.name(p, ("kanji", "romanized")), " ", email(ctx, p.sr, ("quoted_header",))[1]))
            b.ln(f"> Sent: {today(ctx)}")
            return
        b.ln((ctx.choice(("連絡用メール", "返信先", "メールでの回答希望")), "：", email(ctx, p.sr, EMAIL_INLINE)[1]))
        return
    if e == "BANK_ACCOUNT":
        bank(ctx, b, ctx.choice(("還付金振込先", "振込先", "引落口座")))
        return
    label = ctx.choice(LABELS[e])
    if e in ("PASSPORT", "RESIDENCE_CARD"):
        if r.random() < 0.6:
            b.ln(doc_field(ctx, label, e))
        else:
            b.ln((label, "は", doc_id(ctx, e, DOC_INLINE)[1], "（写しで確認、", today(ctx), "）"))
        return
    if r.random() < 0.6 or ctx.counts[(e, "label_next_line")] < 15:
        b.ln(num_field(ctx, label, e))
    else:
        b.ln((ctx.choice(("電話で", "申請書の", "前回記録の")), label, "は", num(ctx, e, NUM_INLINE)[1], "。"))


def _person(ctx: Ctx, b: Doc) -> None:
    form = ctx.pick("PERSON", PERSON_EXTRA)
    foreign = form in ("comma_order", "english_sentence", "foreign_katakana") or ctx.chance(0.1)
    p = ctx.person(foreign=foreign)
    if form == "dono":
        b.ln(("回答書の宛名は「", ctx.forced(p, "dono"), "」で作成。"))
    elif form == "signature":
        b.ln(("（", dept(ctx), "）")).ln(ctx.forced(p, "signature"))
    elif form == "comma_order":
        b.ln(("通訳同席：", ctx.forced(p, "comma_order"), "（", ctx.choice(("友人", "勤務先の担当者")), "）"))
    elif form == "english_sentence":
        b.ln(("English note: please call back ", ctx.forced(p, "english_sentence"), " tomorrow morning."))
    elif form == "foreign_katakana":
        b.ln(
            (
                "同行者：",
                ctx.forced(p, "foreign_katakana"),
                "さん（",
                ctx.choice(("技能実習生", "留学生", "配偶者")),
                "）",
            )
        )
    elif form == "mention":
        b.ln(("チャットで ", ctx.mention(p), " さんに共有済み。"))
    else:
        b.ln(("引継ぎ先は", ctx.forced(p, form, "さん"), "です。"))
