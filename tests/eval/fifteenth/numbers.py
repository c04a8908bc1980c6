"""Numbers and identifiers with their written forms (phones, mail, postcodes, IDs, cards, accounts)."""

from __future__ import annotations

import phonenumbers
from stdnum import luhn
from stdnum.jp import in_ as mynumber

from tests.eval.blind.model import Piece, Val

from . import pools
from .textutil import ZW, kanji_digits, mixed, read_digits, read_letters, zen
from .values import Ctx, Person

GENERIC = (
    "plain",
    "nohyphen",
    "fullwidth",
    "spaced",
    "kanji",
    "mixed_width",
    "zwsp",
    "line_broken",
    "choon",
    "dotted",
    "label_above",
    "label_after",
    "cell",
    "half_kana",
    "spoken",
)
# numbers written without a hyphen: the hyphenated form replaces 'no hyphen'; ー and dots as dashes do not apply
NOHYPHEN = tuple("hyphen" if f == "nohyphen" else f for f in GENERIC if f not in ("choon", "dotted"))
FORMS: dict[str, tuple[str, ...]] = {
    "PHONE_NUMBER": (*GENERIC, "paren_area", "plus81", "extension", "dictated"),
    "EMAIL_ADDRESS": (
        "plain",
        "fullwidth",
        "mixed_width",
        "zwsp",
        "line_broken",
        "paren_at",
        "bracket_at",
        "at_dot",
        "katakana_at",
        "spaced",
        "mailto",
        "angle",
        "header",
        "label_above",
        "label_after",
        "cell",
        "spoken",
    ),
    "POSTAL_CODE": (
        "plain",
        "nohyphen",
        "fullwidth",
        "spaced",
        "kanji",
        "mixed_width",
        "zwsp",
        "choon",
        "dotted",
        "label_above",
        "cell",
        "half_kana",
        "spoken",
    ),
    "MY_NUMBER": GENERIC,
    "RESIDENT_CODE": NOHYPHEN,
    "HEALTH_INSURANCE": GENERIC,
    "PENSION_NUMBER": GENERIC,
    "DRIVER_LICENSE": NOHYPHEN,
    "PASSPORT": (
        "plain",
        "fullwidth",
        "spaced",
        "mixed_width",
        "zwsp",
        "lowercase",
        "label_above",
        "label_after",
        "cell",
        "half_kana",
        "spoken",
    ),
    "RESIDENCE_CARD": (
        "plain",
        "fullwidth",
        "spaced",
        "mixed_width",
        "zwsp",
        "line_broken",
        "lowercase",
        "label_above",
        "label_after",
        "cell",
        "half_kana",
        "spoken",
    ),
    "BANK_ACCOUNT": GENERIC,
    "CREDIT_CARD": GENERIC,
    "CARE_INSURANCE": NOHYPHEN,
    "DISABILITY_CERTIFICATE": NOHYPHEN,
}
SPOKEN = ("spoken", "half_kana", "dictated")
PLACED = ("label_above", "label_after", "cell", *SPOKEN)
DICTATED = frozenset(SPOKEN)
# forms written on a labelled line (the label placement forms are realised by `field`)
LINE = {e: tuple(f for f in fs if f not in ("cell", *SPOKEN, "header")) for e, fs in FORMS.items()}
MEMO = {e: tuple(f for f in fs if f not in ("cell", "spoken", "header")) for e, fs in FORMS.items()}

AREAS = (
    ("03", 4, 4),
    ("029", 3, 4),
    ("0296", 2, 4),
    ("0299", 2, 4),
    ("045", 3, 4),
    ("06", 4, 4),
    ("0263", 3, 3),
    ("048", 3, 4),
    ("052", 3, 4),
    ("0280", 2, 4),
    ("028", 3, 4),
    ("092", 3, 4),
)


def _phone_groups(ctx: Ctx) -> list[str]:
    while True:
        if ctx.p(0.45):
            groups = [ctx.c(("090", "080", "070")), f"{ctx.n(1000, 9999)}", f"{ctx.n(0, 9999):04d}"]
        elif ctx.p(0.1):
            groups = ["050", f"{ctx.n(1000, 9999)}", f"{ctx.n(0, 9999):04d}"]
        else:
            area, a, b = ctx.c(AREAS)
            groups = [area, str(ctx.n(2 * 10 ** (a - 1), 10**a - 1)), f"{ctx.n(0, 10**b - 1):0{b}d}"]
        num = phonenumbers.parse("".join(groups), "JP")
        if phonenumbers.is_valid_number(num):
            return groups


def groups_for(ctx: Ctx, entity: str, p: Person | None = None) -> tuple[list[str], str]:
    """Canonical digit groups and the separator of the plain form."""
    r = ctx.n
    if entity == "PHONE_NUMBER":
        return _phone_groups(ctx), "-"
    if entity == "POSTAL_CODE":
        return [f"{r(100, 999)}", f"{r(0, 9999):04d}"], "-"
    if entity == "MY_NUMBER":
        body = "".join(str(r(0, 9)) for _ in range(11))
        d = body + mynumber.calc_check_digit(body)
        return [d[:4], d[4:8], d[8:]], ctx.c((" ", " ", "-", ""))
    if entity == "RESIDENT_CODE":
        d = "".join(str(r(0, 9)) for _ in range(11))
        return [d[:4], d[4:8], d[8:]], ""
    if entity == "HEALTH_INSURANCE":
        k = ctx.c((4, 6, 8))
        return [f"{r(0, 10**k - 1):0{k}d}", f"{r(1, 999)}"], "-"
    if entity == "PENSION_NUMBER":
        return [f"{r(1000, 9999)}", f"{r(0, 999999):06d}"], "-"
    if entity == "DRIVER_LICENSE":
        d = f"{r(10, 99)}{r(70, 99) if ctx.p(0.5) else r(0, 24):02d}{r(0, 999999):06d}{r(0, 9)}{r(0, 2)}"
        return [d[:4], d[4:8], d[8:]], ""
    if entity == "CARE_INSURANCE":
        d = f"{r(0, 9999999999):010d}"
        return [d[:5], d[5:]], ""
    if entity == "DISABILITY_CERTIFICATE":
        return [f"{r(1, 47):02d}", f"{r(0, 99999):05d}"], ""
    if entity == "BANK_ACCOUNT":
        if ctx.p(0.3):
            return [f"1{r(0, 9999):04d}", f"{r(0, 9999999):07d}1"], "-"
        return [f"{r(1, 999):03d}", f"{r(0, 9999999):07d}"], "-"
    if entity == "CREDIT_CARD":
        prefix = ctx.c(("4", "5", "35", "36"))
        length = 14 if prefix == "36" else 16
        body = prefix + "".join(str(r(0, 9)) for _ in range(length - len(prefix) - 1))
        d = body + luhn.calc_check_digit(body)
        if length == 14:
            return [d[:4], d[4:10], d[10:]], "-"
        return [d[:4], d[4:8], d[8:12], d[12:]], ctx.c(("-", " ", "-"))
    if entity == "PASSPORT":
        return [ctx.c(("TK", "TR", "TZ", "MU", "RE", "TH")), f"{r(0, 9999999):07d}"], ""
    if entity == "RESIDENCE_CARD":
        up = "ABCDEFGHJKLMNPRSTUWXYZ"
        return [ctx.c(up) + ctx.c(up), f"{r(0, 99999999):08d}", ctx.c(up) + ctx.c(up)], ""
    raise ValueError(entity)


def _email_parts(ctx: Ctx, p: Person | None) -> tuple[str, str]:
    if p is not None and p.roman_family:
        f, g = p.roman_family.lower().replace(" ", ""), p.roman_given.lower().replace(" ", "")
        local = ctx.c(
            (f"{g}.{f}", f"{f}_{g[0]}", f"{g[0]}{f}{ctx.n(1, 99)}", f"{f}-{g}", f"{g}{p.birth.year % 100:02d}")
        )
    else:
        local = ctx.c(("info", "hana", "yama", "sakura", "kaz", "mt", "blue")) + f".{ctx.n(10, 9999)}"
    return local, ctx.c(pools.MAIL_DOMAINS)


def _spoken_groups(ctx: Ctx, groups: list[str], letters: bool = False) -> str:
    sep = ctx.c(("の", "、", "、", " ", "の"))
    out = [read_letters(g) if letters and g.isalpha() else read_digits(ctx.rng, g) for g in groups]
    return sep.join(out)


def render_digits(ctx: Ctx, entity: str, form: str, groups: list[str], psep: str) -> str:
    plain = psep.join(groups)
    if form in ("plain", "label_above", "label_after", "extension"):
        return plain
    if form == "cell":
        return plain if ctx.p(0.7) else "".join(groups)
    if form == "nohyphen":
        return "".join(groups)
    if form == "hyphen":
        return "-".join(groups)
    if form == "lowercase":
        return "".join(groups).lower()
    if form == "fullwidth":
        return zen(plain if psep else "-".join(groups) if ctx.p(0.3) else plain)
    if form == "spaced":
        if ctx.p(0.5) or len(groups) < 2:
            return " ".join("".join(groups))
        return ctx.c(("\u3000", " ")).join(groups)
    if form == "kanji":
        return kanji_digits(ctx.c(("－", "ー", "の", "")).join(groups))
    if form == "mixed_width":
        return mixed(ctx.rng, plain if psep else "-".join(groups))
    if form == "zwsp":
        if len(groups) > 1 and psep:
            return (psep + ZW).join(groups)
        d = "".join(groups)
        cut = ctx.n(2, len(d) - 2)
        return d[:cut] + ZW + d[cut:]
    if form == "line_broken":
        k = ctx.n(1, len(groups) - 1)
        return psep.join(groups[:k]) + ctx.c((psep, "")) + "\n" + psep.join(groups[k:])
    if form == "choon":
        return "ー".join(groups)
    if form == "dotted":
        return ".".join(groups)
    if form == "paren_area":
        return f"{groups[0]}({groups[1]}){groups[2]}" if ctx.p(0.6) else f"{groups[0]}（{groups[1]}）{groups[2]}"
    if form == "plus81":
        g = [groups[0][1:], *groups[1:]]
        return ctx.c(("+81-" + "-".join(g), "+81 " + " ".join(g), "+81" + "".join(g)))
    if form == "half_kana":
        k = ctx.n(1, len(groups) - 1)
        letters = entity in ("PASSPORT", "RESIDENCE_CARD")
        head = _spoken_groups(ctx, groups[:k], letters)
        return head + ctx.c(("の", "、", " ")) + psep.join(groups[k:])
    if form in ("spoken", "dictated"):
        return _spoken_groups(ctx, groups, entity in ("PASSPORT", "RESIDENCE_CARD"))
    raise ValueError((entity, form))


def render_email(ctx: Ctx, form: str, local: str, domain: str) -> str:
    plain = f"{local}@{domain}"
    if form in ("plain", "label_above", "label_after", "cell", "mailto", "angle", "header"):
        return plain
    if form == "fullwidth":
        return zen(plain)
    if form == "mixed_width":
        return zen(local) + "@" + domain if ctx.p(0.5) else local + "＠" + domain
    if form == "zwsp":
        return local + ZW + "@" + domain if ctx.p(0.5) else local + "@" + ZW + domain
    if form == "line_broken":
        return local + "@\n" + domain if ctx.p(0.5) else local + "\n@" + domain
    if form == "paren_at":
        return local + ctx.c(("(at)", "（at）", "(アット)")) + domain
    if form == "bracket_at":
        return local + ctx.c(("[at]", "［at］", "[@]")) + domain
    if form == "at_dot":
        return local + " at " + domain.replace(".", " dot ")
    if form == "katakana_at":
        return local + ctx.c(("アットマーク", "アット", "あっと")) + domain
    if form == "spaced":
        return local + ctx.c((" @ ", " ＠ ")) + domain
    if form == "spoken":
        return (
            local.replace(".", "ドット").replace("_", "アンダーバー")
            + "、アットマーク、"
            + domain.replace(".", "ドット")
        )
    raise ValueError(form)


def value(ctx: Ctx, entity: str, form: str, p: Person | None = None) -> Val:
    if entity == "EMAIL_ADDRESS":
        local, domain = _email_parts(ctx, p)
        return ctx.val(entity, render_email(ctx, form, local, domain), form)
    groups, psep = groups_for(ctx, entity, p)
    return ctx.val(entity, render_digits(ctx, entity, form, groups, psep), form)


def num(ctx: Ctx, entity: str, forms: tuple[str, ...] | None = None, p: Person | None = None) -> Val:
    """A value in the least-written of `forms` (default: the forms a labelled line allows)."""
    allowed = [f for f in (forms or LINE[entity]) if f in FORMS[entity]] or ["plain"]
    return value(ctx, entity, ctx.pick(entity, allowed), p)


LABELS: dict[str, tuple[str, ...]] = {
    "PHONE_NUMBER": ("電話", "TEL", "電話番号", "連絡先", "携帯", "Tel"),
    "EMAIL_ADDRESS": ("メール", "E-mail", "メールアドレス", "Mail"),
    "POSTAL_CODE": ("郵便番号",),
    "MY_NUMBER": ("個人番号", "マイナンバー", "個人番号（マイナンバー）"),
    "RESIDENT_CODE": ("住民票コード",),
    "HEALTH_INSURANCE": ("被保険者証 記号-番号", "保険証の記号番号", "国保 記号・番号"),
    "PENSION_NUMBER": ("基礎年金番号", "年金番号"),
    "DRIVER_LICENSE": ("運転免許証番号", "免許証番号", "運転免許証 番号"),
    "PASSPORT": ("旅券番号", "パスポート番号", "Passport No."),
    "RESIDENCE_CARD": ("在留カード番号", "在留カードNo."),
    "BANK_ACCOUNT": ("口座番号", "振込先口座"),
    "CREDIT_CARD": ("カード番号", "クレジットカード番号"),
    "CARE_INSURANCE": ("介護保険被保険者番号", "介護保険 被保険者番号"),
    "DISABILITY_CERTIFICATE": ("身体障害者手帳番号", "手帳番号", "療育手帳番号", "精神障害者保健福祉手帳 番号"),
}
AFTER = {"PHONE_NUMBER": ("自宅", "携帯", "勤務先", "日中連絡可", "本人")}


def field(
    ctx: Ctx,
    entity: str,
    label: str = "",
    sep: str = "：",
    p: Person | None = None,
    forms: tuple[str, ...] | None = None,
) -> Piece:
    """A labelled value on one line (or the label on the line above, or the label after the value)."""
    label = label or ctx.c(LABELS[entity])
    v = num(ctx, entity, forms or LINE[entity], p)
    bank: Piece = ""
    if entity == "BANK_ACCOUNT":
        digits = "".join(ch for ch in v.text if ch.isdigit())
        if len(digits) >= 13:
            bank = ("（", ctx.org("ゆうちょ銀行"), " 記号-番号）")
        else:
            name = ctx.c([b for b in pools.BANKS if b != "ゆうちょ銀行"])
            bank = ("（", ctx.org(name), " " + ctx.c(pools.BRANCHES) + " " + ctx.c(("普通", "普通", "当座")) + "）")
    if v.form == "label_above":
        return (label, "\n", v, bank)
    if v.form == "label_after":
        return (v, "（" + ctx.c(AFTER.get(entity, (label,))) + "）", bank)
    if v.form == "mailto":
        return (label, sep, "mailto:", v)
    if v.form == "angle":
        return (label, sep, "<", v, ">")
    if v.form == "extension":
        ext = ctx.n(100, 4999)
        return (label, sep, v, ctx.c((f" 内線{ext}", f"（内線{ext}）", f" ext.{ext}", f" 内線 {ext}")))
    if v.form == "zwsp" and entity == "POSTAL_CODE":
        return ("〒", v)
    return (label, sep, v, bank)
