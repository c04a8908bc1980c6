"""Dense application forms: OCR read-outs of 申請書 and the 窓口 確認票 of a one-stop 転入 procedure."""

from __future__ import annotations

from tests.eval.blind.model import Builder

from . import addresses, dates, numbers, pools
from .layout import ENTITY_POOL, contact, extra_fields, finish, start
from .values import GENERAL, Ctx, person

IDS = tuple(e for e in ENTITY_POOL if e not in ("PHONE_NUMBER", "EMAIL_ADDRESS"))
FORM_NAMES = (
    "国民健康保険 資格取得届",
    "児童手当 認定請求書",
    "介護保険 要介護認定申請書",
    "国民年金 保険料免除申請書",
    "就学援助 申請書",
    "自立支援医療 支給認定申請書",
    "特別定額給付金 申請書（再発行）",
    "口座振替依頼書",
)


def ocr(ctx: Ctx) -> Builder:
    b = start(ctx, request=False)
    b.line(
        ctx.c(
            (
                "以下は申請書をOCRで読み取った結果です。読み取りミスがありそうな所を指摘してください。",
                "スキャンした申請書のテキスト化結果です。項目ごとに表にして",
                "OCR結果の確認をお願いします",
            )
        )
    )
    b.line(f"--- OCR: {ctx.c(FORM_NAMES)}（{ctx.n(1, 3)}/3ページ） ---")
    p, nm = person(ctx, GENERAL, honor="")
    b.put(ctx.c(("申請者氏名 ", "氏名：", "申請者 "))).put(nm).put("\n")
    b.put(dates.birth_field(ctx, p, sep=ctx.c((" ", "：")))).put("\n")
    contact(ctx, b, p, mail=ctx.p(0.7))
    b.put(addresses.addr_field(ctx, label=ctx.c(("前住所", "旧住所", "送付先")))).put("\n")
    extra_fields(ctx, b, IDS, ctx.n(10, 13), p=p)
    if ctx.p(0.6):
        m, mn = person(ctx, GENERAL, honor="", family=p)
        b.put("世帯員 ").put(mn).put(" 続柄 ").put(ctx.c(("妻", "夫", "子", "母"))).put("\n")
        extra_fields(ctx, b, IDS, ctx.n(3, 5), p=m)
    b.line(f"--- 信頼度 {ctx.n(71, 98)}% ---")
    return finish(ctx, b)


def onestop(ctx: Ctx) -> Builder:
    b = start(ctx)
    b.line(ctx.c(("転入ワンストップ窓口 確認票", "お引越し手続き チェックシート（記入済）", "窓口受付 番号確認メモ")))
    p, nm = person(ctx, GENERAL, honor="")
    b.put("お名前：").put(nm).put("\n")
    b.put(addresses.addr_field(ctx, label=ctx.c(("新住所", "転入先")))).put("\n")
    b.add("転入元：{c}　", c=ctx.loc(ctx.c(pools.PREF_CITIES)[1])).put(addresses.address(ctx)).put("\n")
    for e in ("MY_NUMBER", "RESIDENT_CODE"):
        if ctx.p(0.6):
            b.put("□ ").put(numbers.field(ctx, e, p=p)).put("\n")
    if ctx.p(0.9):
        b.put("□ ").put(numbers.field(ctx, "EMAIL_ADDRESS", p=p)).put("\n")
    extra_fields(ctx, b, IDS, ctx.n(10, 13), p=p, bullet="□ ")
    b.line(ctx.c(("※番号は本人確認書類と照合済み", "※控えは本人へ返却", "※国保・年金・介護は各課へ回付")))
    return finish(ctx, b)
