"""Extra identifier and address lines, drawn for the entity least written so far against its target."""

from __future__ import annotations

from tests.eval.twelfth import pools
from tests.eval.twelfth.ctx import ADDR_FIELD, ALNUM_FIELD, NUM_FIELD, Ctx
from tests.eval.twelfth.doc import Doc, o

LABELS: dict[str, tuple[str, ...]] = {
    "MY_NUMBER": ("個人番号", "マイナンバー", "個人番号（12桁）", "マイナンバーカードの番号"),
    "RESIDENT_CODE": ("住民票コード", "住民票ｺｰﾄﾞ", "住基コード"),
    "HEALTH_INSURANCE": ("保険者番号", "被保険者証 記号・番号", "国保 記号番号", "健康保険 保険者番号"),
    "PENSION_NUMBER": ("基礎年金番号", "年金番号", "年金手帳の番号"),
    "DRIVER_LICENSE": ("免許証番号", "運転免許証の番号", "免許番号"),
    "BANK_ACCOUNT": ("口座番号", "振込先 普通", "店番・口座番号"),
    "CREDIT_CARD": ("カード番号", "クレジットカード番号", "決済カード"),
    "CARE_INSURANCE": ("介護保険 被保険者番号", "介護保険証の番号", "介護被保険者番号"),
    "DISABILITY_CERTIFICATE": ("身体障害者手帳番号", "療育手帳番号", "受給者証番号", "精神保健福祉手帳 番号"),
    "POSTAL_CODE": ("郵便番号", "〒"),
    "PASSPORT": ("旅券番号", "パスポート番号", "Passport No."),
    "RESIDENCE_CARD": ("在留カード番号", "在留カードNo.", "在留カード"),
    "ADDRESS": ("住所", "現住所", "転居先", "旧住所", "送付先", "居所"),
}
TARGET = {e: (135 if e not in ("PASSPORT", "RESIDENCE_CARD", "ADDRESS") else 100) for e in LABELS} | {"ADDRESS": 640}


def _inline_count(c: Ctx, entity: str) -> int:
    return sum(n for (e, f), n in c.counts.items() if e == entity and f != "tab_cell")


def _next(c: Ctx) -> str:
    ratios = {e: _inline_count(c, e) / t for e, t in TARGET.items()}
    low = min(ratios.values())
    return c.rng.choice(sorted(e for e, x in ratios.items() if x == low))


def extra(c: Ctx, d: Doc, k: int, style: str = "form") -> None:
    """Write k lines, each holding one value of the entity furthest below its target."""
    r = c.rng
    for _ in range(k):
        e = _next(c)
        label = r.choice(LABELS[e])
        allowed: tuple[str, ...] = NUM_FIELD
        if e == "ADDRESS":
            allowed = ADDR_FIELD
        elif e in ("PASSPORT", "RESIDENCE_CARD"):
            allowed = ALNUM_FIELD
        if style != "form":
            allowed = tuple(f for f in allowed if f != "label_next_line")
        c.yucho = False
        if e == "BANK_ACCOUNT":
            bank = r.choice(pools.BANKS)
            c.yucho = bank == "ゆうちょ銀行"
            d.t("{b} " + ("" if c.yucho else r.choice(pools.BRANCHES) + "　"), b=o(bank))
        if style == "form":
            sep = "" if label == "〒" else r.choice(("：", "　", "  ", ":", " "))
            d.ln("{x}", x=c.field(label, e, allowed, sep=sep))
        elif style == "chat":
            x = c.val(e, allowed)
            d.ln(
                r.choice(("{l}→{x}", "{l}は{x}です", "{l} {x} で合ってます", "{l}：{x}（本人に確認済）")), l=label, x=x
            )
        else:
            x = c.val(e, allowed)
            d.ln(r.choice(("{l}は {x} とのこと。", "なお、{l}（{x}）を控えた。", "{l}：{x}")), l=label, x=x)
        c.yucho = False
