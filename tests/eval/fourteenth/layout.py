"""Shared layout: the request staff type around a pasted text, tables, signatures, chat and mail furniture."""

from __future__ import annotations

from collections.abc import Callable

from tests.eval.blind.model import Builder, Piece
from tests.eval.fourteenth import ids, places, pools
from tests.eval.fourteenth.values import Ctx, Person

REQUESTS = [
    "以下を要約してください。",
    "次の内容を3行くらいでまとめて",
    "下の文面、誤字脱字があれば直してください。",
    "以下の記録を時系列の表にしてもらえますか。",
    "この内容への返信案を作ってください。丁寧めでお願いします。",
    "課内共有用に箇条書きにして",
    "上司への報告用に整えてほしいです。",
    "要点だけ抜き出してください",
    "敬語がおかしいところを直して。",
    "次の書き起こしを読みやすく整形してください（内容は変えずに）",
    "これを表にしてください。列は自由で大丈夫です。",
    "以下について、対応漏れがないか確認してほしい。",
    "引き継ぎ用のメモにしたいので整理をお願いします",
    "下記を決裁用の文書っぽく書き直してもらえますか",
    "以下のメールに返信したいです。角が立たない言い方で。",
    "この記録から次にやるべきことを挙げて",
]
CLOSERS = [
    "よろしくお願いします。",
    "急ぎではないです。",
    "",
    "",
    "",
    "長くてすみません。",
    "個人名はそのままで大丈夫です。",
    "※明日の朝会で使います",
    "",
    "表形式だと助かります",
]


def request_open(ctx: Ctx, b: Builder, text: str | None = None) -> None:
    """The staff member's request, with a separator before the pasted material (or none)."""
    b.line(text or ctx.choice(REQUESTS))
    sep = ctx.choice(["", "", "---", "――――――", "```", "＜ここから＞", "【貼り付け】"])
    if sep:
        b.line(sep)
    elif ctx.rng.random() < 0.5:
        b.line()


def request_close(ctx: Ctx, b: Builder) -> None:
    tail = ctx.choice(CLOSERS)
    if tail:
        b.line()
        b.line(tail)


def wrap(ctx: Ctx, b: Builder, body: Callable[[], None], request: str | None = None) -> None:
    """Request before the material (most often) or after it."""
    if ctx.rng.random() < 0.75:
        request_open(ctx, b, request)
        body()
        request_close(ctx, b)
    else:
        body()
        b.line()
        b.line(request or ctx.choice(REQUESTS))


def table(ctx: Ctx, b: Builder, header: list[str], rows: list[list[Piece]]) -> None:
    """A table in one of three pasted styles; every cell is a piece."""
    style = ctx.rng.choice(["pipe", "tab", "pipe", "csv"])
    if style == "pipe":
        b.line("| " + " | ".join(header) + " |")
        b.line("|" + "---|" * len(header))
        for row in rows:
            b.put("| ")
            for i, cell in enumerate(row):
                b.put(cell)
                b.put(" | " if i < len(row) - 1 else " |")
            b.line()
    else:
        sep = "\t" if style == "tab" else ","
        b.line(sep.join(header))
        for row in rows:
            for i, cell in enumerate(row):
                b.put(cell)
                if i < len(row) - 1:
                    b.put(sep)
            b.line()


def staff(ctx: Ctx) -> tuple[Person, str, str]:
    """A staff member with their department and section."""
    return ctx.person("adult", "jp"), ctx.choice(pools.DEPTS), ctx.choice(pools.ORGS)


def signature(ctx: Ctx, b: Builder, p: Person, org: str, with_mail: bool = True) -> None:
    b.line(ctx.choice(["――――――――――――", "--", "＊＊＊＊＊＊＊＊＊＊", "━━━━━━━━━━"]))
    b.line("{o}　{t}", o=ctx.org(org), t=ctx.choice(["", "主査", "主事", "係長", "会計年度任用職員"]))
    b.line("{n}", n=ctx.ctxname(p, "signature"))
    b.line("TEL {t}", t=ids.phone(ctx, ["extension", "plain", "paren_area"], mobile=False))
    if with_mail:
        b.line("Mail {m}", m=ids.email(ctx, p, ["plain", "angle", "mailto"], staff=True))


def label_above(b: Builder, label: str, value: Piece) -> None:
    b.line(label)
    b.line("{v}", v=value)


def clock(ctx: Ctx, lo: int = 8, hi: int = 18) -> str:
    return f"{ctx.rng.randint(lo, hi)}:{ctx.rng.randint(0, 59):02d}"


def address_line(ctx: Ctx, b: Builder, label: str = "住所") -> None:
    """Postal code and address, sometimes with the label on the line above."""
    if ctx.rng.random() < 0.2:
        b.line("{p}", p=places.postal(ctx))
        b.put(places.address_above(ctx, label)).line()
    else:
        b.line("{l}：{p} {a}", l=label, p=places.postal(ctx), a=places.address(ctx, [*places.INLINE, "line_broken"]))


def make(ctx: Ctx, entity: str, forms: list[str] | None, p: Person | None = None) -> Piece:
    """One personal value of `entity` in one of `forms` (None: the entity's inline forms)."""
    if entity == "PHONE_NUMBER":
        return ids.phone(ctx, forms)
    if entity == "EMAIL_ADDRESS":
        return ids.email(ctx, p, forms)
    if entity == "BIRTH_DATE":
        return ids.birth(ctx, p or ctx.person(), forms)
    if entity == "POSTAL_CODE":
        return places.postal(ctx, forms, prefix="")
    if entity == "ADDRESS":
        return places.address(ctx, forms)
    return ids.ident(ctx, entity, forms)


def inline_forms(entity: str) -> list[str]:
    return {
        "PHONE_NUMBER": ids.PHONE_FORMS,
        "EMAIL_ADDRESS": ids.EMAIL_FORMS,
        "BIRTH_DATE": ids.DATE_FORMS,
        "POSTAL_CODE": places.POSTAL_FORMS,
        "ADDRESS": [*places.INLINE, "line_broken"],
    }.get(entity) or ids.ID_FORMS[entity]


def field(ctx: Ctx, b: Builder, label: str, entity: str, p: Person | None = None, sep: str = "：") -> None:
    """`label：value` on one line, or the label on the line above when that form is the least written."""
    form = ctx.pick(entity, [*inline_forms(entity), "label_above"])
    if form == "label_above":
        b.line(label)
        b.line("{v}", v=make(ctx, entity, ["label_above"], p))
    else:
        b.line("{l}{s}{v}", l=label, s=sep, v=make(ctx, entity, [form], p))


def cell(ctx: Ctx, entity: str, p: Person | None = None) -> Piece:
    return make(ctx, entity, ["table_cell"], p)


TARGET = {
    "ADDRESS": 900,
    "PHONE_NUMBER": 330,
    "EMAIL_ADDRESS": 230,
    "BIRTH_DATE": 190,
    "POSTAL_CODE": 150,
    "MY_NUMBER": 160,
    "HEALTH_INSURANCE": 160,
    "PENSION_NUMBER": 160,
    "BANK_ACCOUNT": 160,
    "CREDIT_CARD": 160,
    "RESIDENT_CODE": 120,
    "DRIVER_LICENSE": 120,
    "CARE_INSURANCE": 120,
    "DISABILITY_CERTIFICATE": 120,
    "PASSPORT": 100,
    "RESIDENCE_CARD": 110,
}
LABELS = {
    "ADDRESS": ["送付先住所", "実家の住所", "勤務先所在地", "旧住所", "緊急連絡先住所"],
    "PHONE_NUMBER": ["連絡先", "携帯電話", "日中の連絡先", "緊急連絡先電話"],
    "EMAIL_ADDRESS": ["メールアドレス", "E-mail", "連絡用メール"],
    "BIRTH_DATE": ["生年月日", "生年月日（本人）"],
    "POSTAL_CODE": ["郵便番号", "送付先郵便番号"],
    "MY_NUMBER": ["個人番号", "マイナンバー", "個人番号（12桁）"],
    "HEALTH_INSURANCE": ["被保険者証 記号・番号", "保険証の記号番号", "国保 記号-番号"],
    "PENSION_NUMBER": ["基礎年金番号", "年金番号"],
    "BANK_ACCOUNT": ["振込先口座（店番-番号）", "引落口座 店番・口座番号", "ゆうちょ 記号-番号"],
    "CREDIT_CARD": ["クレジットカード番号", "カード番号（納付用）"],
    "RESIDENT_CODE": ["住民票コード"],
    "DRIVER_LICENSE": ["運転免許証番号", "免許証番号"],
    "CARE_INSURANCE": ["介護保険被保険者番号", "介護保険証番号"],
    "DISABILITY_CERTIFICATE": ["身体障害者手帳番号", "療育手帳番号", "精神障害者保健福祉手帳番号"],
    "PASSPORT": ["旅券番号", "パスポート番号"],
    "RESIDENCE_CARD": ["在留カード番号"],
}


def needy(ctx: Ctx, k: int, pool: list[str] | None = None) -> list[str]:
    """The k entities furthest below their share, counting values outside table cells."""
    total: dict[str, int] = {}
    for (entity, form), n in ctx.counts.items():
        if form != "table_cell":
            total[entity] = total.get(entity, 0) + n
    cands = list(pool or TARGET)
    ctx.rng.shuffle(cands)
    cands.sort(key=lambda e: total.get(e, 0) / TARGET[e])
    return cands[:k]


def extras(ctx: Ctx, b: Builder, p: Person | None, k: int = 2, pool: list[str] | None = None) -> None:
    """k more labelled fields for the values the corpus is shortest of."""
    for entity in needy(ctx, k, pool):
        field(ctx, b, ctx.choice(LABELS[entity]), entity, p)
