"""Shared pieces of the tenth corpus's documents: labelled identifiers, staff, signatures, requests."""

from __future__ import annotations

from tests.eval.blind.model import Builder, Piece, Val
from tests.eval.tenth import pools
from tests.eval.tenth.addresses import address
from tests.eval.tenth.values import ID_ENTITIES, Gen, Person

LABELS: dict[str, list[str]] = {
    "MY_NUMBER": ["個人番号", "マイナンバー", "個人番号（マイナンバー）", "マイナンバー（個人番号）"],
    "RESIDENT_CODE": ["住民票コード", "住民票コード（11桁）"],
    "PENSION_NUMBER": ["基礎年金番号", "年金番号", "基礎年金番号（年金手帳）"],
    "DRIVER_LICENSE": ["運転免許証番号", "免許証番号", "運転免許証の番号"],
    "PASSPORT": ["旅券番号", "パスポート番号", "Passport No."],
    "RESIDENCE_CARD": ["在留カード番号", "在留カードNo.", "在留カード番号（右上）"],
    "CREDIT_CARD": ["カード番号", "クレジットカード番号", "お支払いカード"],
    "CARE_INSURANCE": ["介護保険被保険者番号", "介護保険証番号", "被保険者番号（介護）"],
    "DISABILITY_CERTIFICATE": ["身体障害者手帳番号", "療育手帳番号", "精神障害者保健福祉手帳番号", "手帳番号"],
}
ASKS = [
    "以下を要約して",
    "次の文を英訳して",
    "これを敬語に直してください",
    "下の内容を表にして",
    "要点を箇条書きにして",
    "この文面もう少しやわらかくして",
    "以下の記録を時系列に整理してください",
    "誤字があれば直して",
]


def least_entity(g: Gen, choices: tuple[str, ...] = ID_ENTITIES) -> str:
    low = min(g.entity_counts[e] for e in choices)
    return g.r.choice([e for e in choices if g.entity_counts[e] == low])


def org(g: Gen, text: str) -> Val:
    return g.val("ORGANIZATION", text, "name")


def loc(g: Gen, text: str) -> Val:
    return g.val("LOCATION", text, "name")


def bank(g: Gen) -> Piece:
    """振込先 / 引落口座: the bank is an ORGANIZATION, 支店 and 種目 stay outside the span."""
    if g.r.random() < 0.25:
        return (org(g, "ゆうちょ銀行"), " 記号番号 ", g.ident("BANK_ACCOUNT", "yucho"))
    kind = g.pick(["普通", "普通", "当座"])
    branch = g.pick(pools.BRANCHES)
    return (
        org(g, g.pick(pools.BANKS)),
        "　",
        f"{branch}支店",
        g.pick(["　", " ", "／"]),
        kind,
        " ",
        g.ident("BANK_ACCOUNT"),
    )


def id_piece(g: Gen, choices: tuple[str, ...] = ID_ENTITIES, colon: str = "：") -> Piece:
    """A labelled identifier of the least-written entity among `choices`."""
    e = least_entity(g, choices)
    if e == "BANK_ACCOUNT":
        return (g.pick(["振込先", "口座", "引落口座", "還付先口座"]), colon, bank(g))
    if e == "HEALTH_INSURANCE":
        if g.r.random() < 0.5:
            return (g.pick(["保険者番号", "保険者番号（8桁）"]), colon, g.ident(e, "insurer"))
        return (g.pick(["被保険者証 記号・番号", "記号番号", "被保険者記号番号"]), colon, g.ident(e, "insured"))
    return (g.pick(LABELS[e]), colon, g.ident(e))


def ids(g: Gen, b: Builder, n: int, choices: tuple[str, ...] = ID_ENTITIES, prefix: str = "") -> None:
    for _ in range(n):
        b.line("{p}{x}", p=prefix, x=id_piece(g, choices))


def staff(g: Gen, with_unit: bool = True) -> Piece:
    """佐藤課長 / 市民課田中主査: the unit is an ORGANIZATION, the name alone is the PERSON span."""
    p = g.person(False)
    name = g.val("PERSON", p.sur if g.r.random() < 0.7 else f"{p.sur}{p.given}", "title")
    title = g.pick(pools.TITLES)
    if with_unit and g.r.random() < 0.5:
        return (org(g, g.pick(pools.STAFF_UNITS)), name, title)
    return (name, title)


def city(g: Gen) -> str:
    return g.pick(pools.PLACES)[1]


def signature(g: Gen, b: Builder, unit: str | None = None) -> None:
    """A staff mail signature: organisation, name line, extension and an e-mail (mailto or plain)."""
    p = g.person(False)
    b.line(g.pick(["-" * 20, "━━━━━━━━━━", "――――――――", "--"]))
    b.line("{o}", o=org(g, f"{city(g)}役所 {unit or g.pick(pools.STAFF_UNITS)}"))
    b.line("{t}　{n}", t=g.pick(pools.TITLES), n=g.val("PERSON", g.name_text(p, "kanji"), "signature"))
    b.line(f"内線 {g.r.randint(2000, 4999)}")
    form = g.least("EMAIL_ADDRESS", ("mailto", "plain", "dot_spelled"))
    if form == "mailto":
        b.line("E-mail: <mailto:{m}>", m=g.email(p, "mailto"))
    else:
        b.line("E-mail：{m}", m=g.email(p, form))


def resident_sig(g: Gen, b: Builder, p: Person) -> None:
    """A resident's own mail signature: name, address, phone, perhaps an e-mail."""
    b.line(g.pick(["--", "＊＊＊＊＊＊＊＊", "____"]))
    form = "signature" if p.foreign is False or g.r.random() < 0.5 else "romanized"
    b.line("{n}", n=g.val("PERSON", g.name_text(p, "kanji" if form == "signature" else "romanized"), form))
    b.line("〒{z} {a}", z=g.postal(), a=address(g))
    b.line("{k} {t}", k=g.pick(["TEL", "携帯", "Tel:", "電話"]), t=g.phone())
    if g.r.random() < 0.5:
        form = g.least("EMAIL_ADDRESS", ("mailto", "plain", "fullwidth", "spaced"))
        b.line("{k}{m}", k="mailto:" if form == "mailto" else "Mail: ", m=g.email(p, form))


def ask(g: Gen, b: Builder, chance: float = 0.35) -> None:
    if g.r.random() < chance:
        b.line(g.pick(ASKS) + g.pick(["", "。", "\n", "↓"]))


def forward_header(g: Gen, b: Builder, sender: Person, subject: str) -> None:
    """A forwarded mail's header block."""
    b.line(g.pick(["---------- Forwarded message ---------", "-----Original Message-----", "＞＞転送＞＞"]))
    b.line("From: {n} <{m}>", n=g.name(sender), m=g.email(sender, "plain"))
    b.line(f"Date: {g.day()} {g.r.randint(8, 18)}:{g.r.randint(0, 59):02d}")
    b.line(f"Subject: {subject}")
    b.line()


def speaker(g: Gen, p: Person, chat: bool = False) -> Val:
    """○山田委員 / 山田： the name alone is the span, in the `speaker` form."""
    full = not p.foreign and not chat and g.r.random() < 0.2
    return g.val("PERSON", p.sur + p.given if full else g.name_text(p, "speaker"), "speaker")


def prose(g: Gen, p: Person) -> Val:
    """A name in running text with no honorific and no label."""
    return g.val("PERSON", p.kata if p.foreign else g.name_text(p, "kanji"), "prose")


def sur(g: Gen, p: Person) -> Val:
    """The family name alone (followed by さん/様 outside the span)."""
    return g.val("PERSON", g.name_text(p, "surname_only"), "surname_only")


def adult_birth(g: Gen) -> Val:
    return g.birth(1938, 2004)


def age_note(g: Gen) -> str:
    return g.pick(["生（{a}歳）", "生 {a}歳", "生まれ（{a}）", "生（満{a}歳）"]).format(a=g.last_age)


def born(g: Gen, lo: int = 1938, hi: int = 2004) -> Piece:
    """A birth date; in the age_with_date form followed by 生（41歳） outside the span."""
    v = g.birth(lo, hi, with_age=True)
    return (v, age_note(g)) if v.form == "age_with_date" else v


TAILS = [
    "本人確認：{x}",
    "（備考）{x}",
    "確認済み {x}",
    "※控え {x}",
    "照合用 {x}",
    "添付書類より転記：{x}",
    "{x}（届出書の記載どおり）",
]


def tail(g: Gen, b: Builder) -> None:
    """A closing note of a positive document: identifiers, and now and then contacts, in varied wording."""
    r = g.r
    n = r.choice([1, 2, 2, 3, 3])
    if r.random() < 0.5:
        b.line(g.pick(["", "---", "【メモ】", "以下、係内メモ"]))
    for _ in range(n):
        b.line(g.pick(TAILS), x=id_piece(g, colon=g.pick(["：", " ", "　"])))
    if r.random() < 0.35:
        p = g.person()
        b.line(
            g.pick(["連絡先メール {m}", "返信は{m}へ", "メールアドレス：{m}", "（{m} から届いた添付を転記）"]),
            m=g.email(p),
        )
    if r.random() < 0.2:
        b.line(g.pick(["郵送先 〒{z} {a}", "書類送付先：〒{z}　{a}", "〒{z}\n{a}"]), z=g.postal(), a=address(g))
    if r.random() < 0.2:
        b.line(g.pick(["日中の連絡先 {t}", "不在時は{t}へ", "折返し {t}"]), t=g.phone())
    if r.random() < 0.12:
        b.line(
            g.pick(["{s}さんに確認済み", "詳細は{s}さんから聞いてください", "{s}さんへ引継ぎ"]), s=sur(g, g.person())
        )
