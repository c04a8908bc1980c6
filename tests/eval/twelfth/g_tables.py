"""Spreadsheets pasted as TSV, CSV or markdown tables, headers in Japanese or English."""

from __future__ import annotations

from collections.abc import Callable

from tests.eval.blind.model import Piece
from tests.eval.twelfth import pools
from tests.eval.twelfth.ctx import ADDR_CELL, BIRTH_CELL, NAME_CELL, Ctx, Person
from tests.eval.twelfth.doc import Doc, o

Cell = Callable[[Ctx, Person], Piece]

PHONE_CELL = ("plain", "paren_area", "international", "fullwidth", "long_vowel_dash", "spaced")
MAIL_CELL = ("plain", "fullwidth", "at_paren", "at_bracket", "at_word")


def _id(entity: str) -> Cell:
    return lambda c, p: c.ident(entity, "tab_cell")


COLUMNS: dict[str, tuple[tuple[str, str], Cell]] = {
    "name": (("氏名", "name"), lambda c, p: c.name(p, NAME_CELL)),
    "kana": (("フリガナ", "kana"), lambda c, p: c.name(p, ("katakana", "halfwidth_kana", "hiragana"))),
    "birth": (("生年月日", "birth"), lambda c, p: c.val("BIRTH_DATE", BIRTH_CELL)),
    "addr": (("住所", "address"), lambda c, p: c.val("ADDRESS", ADDR_CELL)),
    "zip": (("郵便番号", "zip"), _id("POSTAL_CODE")),
    "tel": (("電話番号", "tel"), lambda c, p: c.val("PHONE_NUMBER", PHONE_CELL)),
    "mail": (("メール", "email"), lambda c, p: c.val("EMAIL_ADDRESS", MAIL_CELL, p=p)),
    "my": (("個人番号", "my_number"), _id("MY_NUMBER")),
    "rc": (("住民票コード", "resident_code"), _id("RESIDENT_CODE")),
    "hi": (("保険者番号", "insurer_no"), _id("HEALTH_INSURANCE")),
    "pn": (("基礎年金番号", "pension_no"), _id("PENSION_NUMBER")),
    "dl": (("免許証番号", "license_no"), _id("DRIVER_LICENSE")),
    "bank": (("口座番号", "account"), _id("BANK_ACCOUNT")),
    "card": (("カード番号", "card_no"), _id("CREDIT_CARD")),
    "care": (("被保険者番号", "care_no"), _id("CARE_INSURANCE")),
    "dis": (("手帳番号", "certificate"), _id("DISABILITY_CERTIFICATE")),
    "pp": (("旅券番号", "passport"), _id("PASSPORT")),
    "zc": (("在留カード番号", "residence_card"), _id("RESIDENCE_CARD")),
}
ID_COLS = ("my", "rc", "hi", "pn", "dl", "bank", "card", "care", "dis", "zip", "pp", "zc")
TITLES = (
    ("敬老祝金 対象者一覧", ("name", "kana", "birth", "addr", "bank")),
    ("高額療養費 支給対象者", ("name", "birth", "hi", "bank", "tel")),
    ("介護認定 調査予定", ("name", "care", "addr", "tel")),
    ("障害者手帳 更新予定者", ("name", "dis", "birth", "tel")),
    ("運転免許返納者 支援券交付", ("name", "dl", "birth", "addr")),
    ("年金生活者支援給付金 照会", ("name", "pn", "my", "birth")),
    ("マイナンバーカード 交付予約", ("name", "kana", "my", "tel")),
    ("住民票 郵送請求 処理簿", ("name", "rc", "zip", "addr")),
    ("ふるさと納税 返金処理", ("name", "card", "mail", "zip")),
    ("外国人住民 届出一覧", ("name", "zc", "pp", "birth")),
    ("避難行動要支援者名簿", ("name", "birth", "addr", "tel", "care")),
    ("講座申込者リスト", ("name", "kana", "tel", "mail")),
    ("在留外国人 国保加入者", ("name", "zc", "birth", "hi")),
    ("旅券申請 受付簿", ("name", "kana", "pp", "birth", "tel")),
    ("技能実習生 住居一覧", ("name", "pp", "zc", "addr")),
)


def _table(c: Ctx, d: Doc, fmt: str, english: bool) -> None:
    r = c.rng
    title, first = r.choice(TITLES)
    cols: tuple[str, ...] = tuple(first)
    extra = r.choice([x for x in ID_COLS if x not in cols])
    if r.random() < 0.5:
        cols = (*cols, extra)
    foreign_ok = "zc" in cols or "pp" in cols
    d.ln("{dep} " + title + "（" + c.other_date("slash", 30) + " 時点）", dep=o(r.choice(pools.DEPTS)))
    heads = ["No", *(COLUMNS[k][0][1 if english else 0] for k in cols), "note" if english else "備考"]
    notes = ("済", "未", "要確認", "", "再送", "転出予定", "")
    if fmt == "md":
        d.ln("| " + " | ".join(heads) + " |")
        d.ln("|" + "---|" * len(heads))
    else:
        d.ln(("\t" if fmt == "tsv" else ",").join(heads))
    for i in range(r.randint(4, 8)):
        p = c.person(foreign=(foreign_ok and r.random() < 0.7) or r.random() < 0.05)
        sep = {"tsv": "\t", "csv": ",", "md": " | "}[fmt]
        d.t("| " if fmt == "md" else "").t(str(i + 1))
        for k in cols:
            d.t(sep)
            cell = COLUMNS[k][1](c, p)
            quote = fmt == "csv" and r.random() < 0.3
            d.t('"' if quote else "").put(cell).t('"' if quote else "")
        d.t(sep + r.choice(notes))
        d.ln(" |" if fmt == "md" else "")
    d.ln("計 " + str(r.randint(4, 8)) + "件　※個人情報につき取扱注意")


def tsv_table(c: Ctx, d: Doc) -> None:
    _table(c, d, "tsv", english=False)


def csv_table(c: Ctx, d: Doc) -> None:
    _table(c, d, "csv", english=c.rng.random() < 0.3)


def markdown_table(c: Ctx, d: Doc) -> None:
    _table(c, d, "md", english=c.rng.random() < 0.3)


def english_table(c: Ctx, d: Doc) -> None:
    _table(c, d, c.rng.choice(("tsv", "csv", "md")), english=True)
