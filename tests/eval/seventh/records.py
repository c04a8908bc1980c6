"""Machine-shaped records: JSON as applications send it, CSV/TSV exports, fixed-width listings."""

from __future__ import annotations

from collections.abc import Callable

from tests.eval.blind.model import Val
from tests.eval.seventh.common import DEPTS, B, iso_now, person
from tests.eval.seventh.ctx import Ctx
from tests.eval.seventh.forms import MACHINE_NUM
from tests.eval.seventh.values import Person

STYLES = ("romaji", "en", "ja", "cryptic")
# field: keys per style
KEYS: dict[str, tuple[str, str, str, str]] = {
    "name": ("shimei", "fullName", "氏名", "c1"),
    "sei": ("sei", "last_name", "姓", "l_nm"),
    "mei": ("mei", "first_name", "名", "f_nm"),
    "kana": ("shimei_kana", "nameKana", "フリガナ", "c2"),
    "roman": ("shimei_romaji", "nameLatin", "ローマ字氏名", "c3"),
    "birth": ("seinengappi", "birthDate", "生年月日", "bd"),
    "addr": ("jusho", "address", "住所", "adr1"),
    "zip": ("yubin_no", "postalCode", "郵便番号", "zip"),
    "tel": ("tel", "phone", "電話番号", "tel1"),
    "mail": ("mail", "email", "メール", "ml"),
    "MY_NUMBER": ("kojin_no", "myNumber", "個人番号", "kjn"),
    "RESIDENT_CODE": ("jumin_cd", "residentCode", "住民票コード", "jcd"),
    "HEALTH_INSURANCE": ("hihoken_no", "insuredNo", "被保険者番号", "hhn"),
    "PENSION_NUMBER": ("kiso_nenkin_no", "pensionNo", "基礎年金番号", "nnk"),
    "DRIVER_LICENSE": ("menkyo_no", "licenseNo", "免許証番号", "lic"),
    "PASSPORT": ("ryoken_no", "passportNo", "旅券番号", "pp"),
    "RESIDENCE_CARD": ("zairyu_card_no", "residenceCardNo", "在留カード番号", "rc_no"),
    "BANK_ACCOUNT": ("kouza", "accountNo", "口座番号", "acct"),
    "CREDIT_CARD": ("card_no", "cardNumber", "カード番号", "cc"),
    "CARE_INSURANCE": ("kaigo_hihoken_no", "ltcInsuredNo", "介護被保険者番号", "kg_no"),
    "DISABILITY_CERTIFICATE": ("techo_no", "disabilityCertNo", "手帳番号", "tc"),
}
IDS = (
    "MY_NUMBER",
    "RESIDENT_CODE",
    "HEALTH_INSURANCE",
    "PENSION_NUMBER",
    "DRIVER_LICENSE",
    "PASSPORT",
    "RESIDENCE_CARD",
    "BANK_ACCOUNT",
    "CREDIT_CARD",
    "CARE_INSURANCE",
    "DISABILITY_CERTIFICATE",
)
MACHINE_DATE = ("iso", "compact", "slash", "abbrev", "wareki", "seireki")


def esc(s: str) -> str:
    return "".join(c if ord(c) < 128 else f"\\u{ord(c):04x}" for c in s)


class Rec:
    """Field values of one person, made on demand, written by JSON, CSV and log writers."""

    def __init__(self, ctx: Ctx, p: Person, escaped: bool = False) -> None:
        self.ctx, self.p, self.escaped = ctx, p, escaped
        self.num_forms = ("plain", "nohyphen", "spaced") if escaped else MACHINE_NUM

    def value(self, field: str) -> tuple[Val | str, bool]:
        """The value of a field and whether it is written as a bare JSON number."""
        c, p = self.ctx, self.p
        if field == "name":
            v = c.name(p, ("kanji", "fullwidth_space", "foreign_katakana", "romanized"))
        elif field == "sei":
            v = c.name(p, "surname_only")
        elif field == "mei":
            v = c.val("PERSON", p.mei if not p.foreign else p.mei_kana, "given_only")
        elif field == "kana":
            v = c.name(p, ("kana", "foreign_katakana"))
        elif field == "roman":
            v = c.name(p, "romanized")
        elif field == "birth":
            v = c.birth(("iso", "compact") if self.escaped else MACHINE_DATE)
        elif field == "addr":
            v = c.address(("plain", "hyphen", "fullwidth", "building_room", "kanji_numerals"))
        elif field == "zip":
            v = c.postal(self.num_forms)
        elif field == "tel":
            v = c.phone(self.num_forms)
        elif field == "mail":
            v = c.email(p, ("plain", "fullwidth", "at_paren") if not self.escaped else ("plain",))
        else:
            v = c.num(field, self.num_forms)
            if v.form == "nohyphen" and v.text.isdigit() and c.chance(0.5):
                return c.recast(v, str(int(v.text)), "nohyphen"), True
        if self.escaped and any(ord(ch) > 127 for ch in v.text):
            v = c.recast(v, esc(v.text), "escaped")
        return v, False


def _key(style: str, field: str, escaped: bool) -> str:
    k = KEYS[field][STYLES.index(style)]
    return esc(k) if escaped else k


def pick_fields(ctx: Ctx, n_ids: int) -> list[str]:
    r = ctx.rng
    base = ["name"] if r.random() < 0.75 else ["sei", "mei"]
    probs = {"kana": 0.15, "roman": 0.08, "birth": 0.12, "zip": 0.2, "addr": 0.25, "tel": 0.1, "mail": 0.12}
    base += [f for f, q in probs.items() if r.random() < q]
    ids = sorted(IDS, key=lambda f: (ctx.family[f], r.random()))[:n_ids]
    return base + ids


SPLIT = {
    "HEALTH_INSURANCE": (
        ("hihoken_kigo", "hihoken_bango"),
        ("insCardSymbol", "insCardNumber"),
        ("記号", "番号"),
        ("kg", "bg"),
    ),
    "BANK_ACCOUNT": (("tenban", "kouza_no"), ("branchCode", "accountNumber"), ("店番", "口座番号"), ("c7", "c8")),
}


def split_pair(ctx: Ctx, field: str, style: str, forms: tuple[str, ...]) -> tuple[tuple[str, Val | str], ...]:
    """A number a program keeps in two fields: 記号 and 番号 (both labelled), 店番 (public) and 口座番号."""
    k1, k2 = SPLIT[field][STYLES.index(style)]
    if field == "HEALTH_INSURANCE":
        return (k1, ctx.num(field, forms, "kigo")), (k2, ctx.num(field, forms, "bango"))
    return (k1, f"{ctx.rng.randint(1, 899):03d}"), (k2, ctx.num(field, forms, "account"))


def json_doc(ctx: Ctx) -> B:
    b, r = B(), ctx.rng
    style = ctx.choice(STYLES)
    escaped = (ctx.chance(0.22) and style != "ja") or (style == "ja" and ctx.chance(0.4))
    shape = ctx.choice(["flat", "nested", "array"])
    fields = pick_fields(ctx, r.randint(2, 4))
    ind = ctx.choice(["", "  ", "    "])
    nl = "\n" if ind else " "

    def who() -> Person:
        return ctx.fo() if "RESIDENCE_CARD" in fields else person(ctx, 0.2)

    def record(p: Person, pad: str) -> None:
        rec = Rec(ctx, p, escaped)
        b.put("{" + nl)
        for i, f in enumerate(fields):
            comma = "," if i < len(fields) - 1 else ""
            if f in SPLIT and ctx.chance(0.35):
                (k1, v1), (k2, v2) = split_pair(ctx, f, style, rec.num_forms)
                b.put((pad + ind, '"', k1, '": "', v1, '",', nl, pad + ind, '"', k2, '": "', v2, '"', comma, nl))
                continue
            v, bare = rec.value(f)
            q = "" if bare else '"'
            b.put((pad + ind, '"', _key(style, f, escaped), '": ', q, v, q, comma, nl))
        b.put(pad + "}")

    if shape == "flat":
        if not escaped and ctx.chance(0.5):
            b.put(("// 送信元: ", ctx.org(ctx.choice(DEPTS)), "\n"))
        record(who(), "")
    elif shape == "nested":
        b.put("{" + nl + ind + '"request_id": "' + f"req-{r.randrange(16**8):08x}" + '",' + nl)
        b.put((ind, '"sent_at": "', iso_now(ctx).replace(" ", "T"), '+09:00",', nl))
        b.put((ind, '"dept": "', ctx.org(ctx.choice(DEPTS)) if not escaped else "ZEIMU", '",', nl))
        b.put(ind + '"applicant": ')
        record(who(), ind)
        b.put("," + nl + ind + '"count": ' + str(r.randint(1, 9)) + nl + "}")
    else:
        b.put("[" + nl)
        n = r.randint(2, 3)
        for i in range(n):
            b.put(ind)
            record(who(), ind)
            b.put(("," if i < n - 1 else "") + nl)
        b.put("]")
    return b


CSV_HEAD_JA = {
    "name": "氏名",
    "sei": "姓",
    "mei": "名",
    "kana": "カナ氏名",
    "roman": "ローマ字",
    "birth": "生年月日",
    "addr": "住所",
    "zip": "郵便番号",
    "tel": "電話",
    "mail": "メールアドレス",
    "MY_NUMBER": "個人番号",
    "RESIDENT_CODE": "住民票コード",
    "HEALTH_INSURANCE": "被保険者番号",
    "PENSION_NUMBER": "年金番号",
    "DRIVER_LICENSE": "免許番号",
    "PASSPORT": "旅券番号",
    "RESIDENCE_CARD": "在留カード番号",
    "BANK_ACCOUNT": "口座番号",
    "CREDIT_CARD": "カード番号",
    "CARE_INSURANCE": "介護保険番号",
    "DISABILITY_CERTIFICATE": "手帳番号",
}


def csv_export(ctx: Ctx) -> B:
    b, r = B(), ctx.rng
    ids = sorted(IDS, key=lambda f: (ctx.family[f], r.random()))[: r.choice([2, 3, 3])]
    who = ctx.choice(["name", "name", "kana", "roman", "", ""])
    fields = [*([who] if who else []), *ids]
    fields += [f for f in ("birth", "tel", "zip") if r.random() < 0.05]
    r.shuffle(fields)
    shape = ctx.choice(["csv", "csv", "tsv", "fixed"])
    jp_head = ctx.chance(0.5)
    head = [CSV_HEAD_JA[f] if jp_head else KEYS[f][0] for f in fields]
    nrows = r.choice([3, 3, 3, 4, 4, 5, 8])
    if nrows > 6:
        fields, head = fields[:2], head[:2]
    if ctx.chance(0.4):
        b.line(
            "# export {t} {d} rows={n}",
            t=iso_now(ctx),
            d=ctx.choice(["jukyu_list", "taino_list", "hinan_meibo"]),
            n=nrows,
        )
    numbered = ctx.chance(0.6)
    sep = {"csv": ",", "tsv": "\t", "fixed": ""}[shape]
    width = [24 if f == "addr" else 20 for f in fields]
    if shape == "fixed":
        b.line(("No  " if numbered else "") + "".join(h.ljust(w) for h, w in zip(head, width, strict=False)).rstrip())
    else:
        b.line(sep.join(["no", *head] if numbered else head))
    for i in range(nrows):
        rec = Rec(ctx, ctx.fo() if "RESIDENCE_CARD" in fields else person(ctx, 0.2))
        if numbered:
            b.put(f"{i + 1:<4}" if shape == "fixed" else f"{i + 1}{sep}")
        for j, f in enumerate(fields):
            if ctx.chance(0.06) and f not in ("name", "kana", "roman"):
                cell: tuple[Val | str, ...] = ("",)
            else:
                v, _ = rec.value(f)
                quote = shape == "csv" and (ctx.chance(0.3) or "," in v.text) if isinstance(v, Val) else False
                cell = ('"', v, '"') if quote else (v,)
            b.put(cell)
            if j < len(fields) - 1:
                used = sum(len(c.text) if isinstance(c, Val) else len(c) for c in cell)
                b.put(sep if shape != "fixed" else " " * max(2, width[j] - used))
        b.put("\n")
    if ctx.chance(0.3):
        b.line("合計 {n} 件　出力者 {o}", n=nrows, o=ctx.org(ctx.choice(DEPTS)))
    return b


GENERATORS: dict[str, Callable[[Ctx], B]] = {"json": json_doc, "csv_export": csv_export}
