"""Form lists, the form picker and the value factory (people, places, numbers, mail, dates)."""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass

from tests.eval.blind.model import Val
from tests.eval.sixth import pools
from tests.eval.sixth.numbers import Num, era, fw, kansuji, kd, luhn_digit, mod11_digit, render_num

NUMERIC = ("MY_NUMBER", "RESIDENT_CODE", "HEALTH_INSURANCE", "PENSION_NUMBER", "DRIVER_LICENSE", "PASSPORT",
           "RESIDENCE_CARD", "BANK_ACCOUNT", "CREDIT_CARD", "CARE_INSURANCE", "DISABILITY_CERTIFICATE",
           "PHONE_NUMBER", "POSTAL_CODE")
NUM_FORMS = ("plain", "nohyphen", "fullwidth", "spaced", "ideographic_space", "kanji", "kanji_mixed",
             "zero_width", "line_broken", "mixed")
FORMS = {e: NUM_FORMS for e in NUMERIC}
FORMS["EMAIL_ADDRESS"] = ("plain", "at_paren", "at_bracket", "at_katakana", "dot_spelled", "fullwidth", "spaced")
FORMS["PERSON"] = ("kanji", "fullwidth_space", "kana", "foreign_katakana", "romanized", "title", "surname_only",
                   "prose")
FORMS["ADDRESS"] = ("plain", "kanji_numerals", "hyphen", "fullwidth", "building_room", "line_broken")
FORMS["BIRTH_DATE"] = ("seireki", "wareki", "slash", "kanji_numerals", "abbrev", "spaced")
TARGET = {e: (8 if e in NUMERIC else 5) for e in FORMS}

ID_LABEL = {"MY_NUMBER": "個人番号", "RESIDENT_CODE": "住民票コード", "HEALTH_INSURANCE": "被保険者番号",
            "PENSION_NUMBER": "基礎年金番号", "DRIVER_LICENSE": "運転免許証番号", "PASSPORT": "旅券番号",
            "RESIDENCE_CARD": "在留カード番号", "BANK_ACCOUNT": "口座番号", "CREDIT_CARD": "カード番号",
            "CARE_INSURANCE": "介護保険被保険者番号", "DISABILITY_CERTIFICATE": "障害者手帳番号"}
@dataclass
class Person:
    sei: str
    mei: str
    sei_k: str
    mei_k: str
    sei_r: str
    mei_r: str
    origin: str
    gender: str

    @property
    def foreign(self) -> bool:
        return self.origin != "jp"


@dataclass
class Place:
    pref: str
    city: str
    area: str
    postal: str


class Gen:
    """Random source, form picker and value factory shared by all generators."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.counts: Counter[tuple[str, str]] = Counter()
        self.clock = 9 * 60  # minutes since midnight, for chat and memo timestamps

    # ---- picking -------------------------------------------------------------
    def pick(self, entity: str, natural: tuple[str, ...] = (), allowed: tuple[str, ...] | None = None) -> str:
        forms = allowed or FORMS[entity]
        natural = natural or (forms[0],)
        rng = self.rng
        exotic = [f for f in forms if f not in natural]
        short = [f for f in exotic if self.counts[(entity, f)] < TARGET[entity]]
        if short and rng.random() < (0.85 if entity in NUMERIC else 0.7):
            low = min(self.counts[(entity, f)] for f in short)
            return rng.choice([f for f in short if self.counts[(entity, f)] == low])
        if exotic and rng.random() < 0.12:
            return rng.choice(exotic)
        return rng.choice(natural)

    def ent(self, cands: list[str], k: int = 1) -> list[str]:
        """Choose k entity types, preferring those whose forms are still short of their target."""
        pool, out = list(cands), []
        for _ in range(k):
            need = {e: sum(max(0, TARGET[e] - self.counts[(e, f)]) for f in FORMS[e]) for e in pool}
            top = max(need.values())
            if top and self.rng.random() < 0.8:
                e = self.rng.choice([x for x in pool if need[x] == top])
            else:
                e = self.rng.choice(pool)
            out.append(e)
            pool.remove(e)
        return out

    def some_id(self, cands: list[str] | None = None, **kw) -> tuple[str, Val]:  # type: ignore[no-untyped-def]
        """An identifier of a type still short of its forms, with its usual label."""
        e = self.ent(cands or list(ID_LABEL))[0]
        return ID_LABEL[e], self.num(e, **kw)

    def given(self, p: Person) -> Val:
        """A given name written alone."""
        if not p.mei:
            return self.val("PERSON", p.mei_k.split("・")[0], "foreign_katakana")
        kana = all(not ("\u4e00" <= c <= "\u9fff") for c in p.mei)
        return self.val("PERSON", p.mei, "kana" if kana else "kanji")

    def val(self, entity: str, text: str, form: str) -> Val:
        self.counts[(entity, form)] += 1
        return Val(entity, text, form)

    def org(self, text: str) -> Val:
        return self.val("ORGANIZATION", text, "plain")

    def loc(self, text: str) -> Val:
        return self.val("LOCATION", text, "plain")

    def choice(self, seq):  # type: ignore[no-untyped-def]
        return self.rng.choice(seq)

    def digits(self, n: int, first: str = "0123456789") -> str:
        return self.rng.choice(first) + "".join(self.rng.choice("0123456789") for _ in range(n - 1))

    # ---- people and places ---------------------------------------------------
    def person(self, foreign: float = 0.0, gender: str | None = None) -> Person:
        rng = self.rng
        if rng.random() < foreign:
            origin, fam, giv = rng.choice(pools.FOREIGN)
            return Person(fam[2], giv[2], fam[1], giv[1], fam[0], giv[0], origin, rng.choice("mf"))
        sei = rng.choice(pools.SEI)
        mei = rng.choice([m for m in pools.MEI if gender is None or m[3] == gender])
        return Person(sei[0], mei[0], sei[1], mei[1], sei[2], mei[2], "jp", mei[3])

    def name(self, p: Person, form: str | None = None, natural: tuple[str, ...] = ("kanji",)) -> Val:
        rng = self.rng
        if form is None:
            allowed = ("kanji", "fullwidth_space", "kana", "romanized") if not p.foreign else (
                "foreign_katakana", "romanized", "fullwidth_space")
            nat = natural if not p.foreign else ("foreign_katakana",)
            form = self.pick("PERSON", nat, allowed)
        if p.foreign:
            kata_sep = rng.choice(["・", "・", " ", "＝"]) if form == "foreign_katakana" else "・"
            kata = (p.sei_k + kata_sep + p.mei_k) if p.origin not in ("us", "fr") else (p.mei_k + kata_sep + p.sei_k)
            if form in ("title", "surname_only"):
                text = p.sei or rng.choice([p.sei_k, p.sei_k, p.sei_r.title()])
            elif form == "romanized":
                text = rng.choice([f"{p.sei_r} {p.mei_r}", f"{p.sei_r} {p.mei_r.title()}",
                                   f"{p.mei_r.title()} {p.sei_r.title()}"])
            elif form == "fullwidth_space":
                text = f"{p.sei}\u3000{p.mei}" if p.sei else p.sei_k + "\u3000" + p.mei_k.replace("・", "\u3000")
            elif form == "kanji" and p.sei:
                text = p.sei + rng.choice(["", " "]) + p.mei
            elif form == "prose":
                text = p.sei + p.mei if p.sei and rng.random() < 0.5 else kata.replace("＝", "・")
            else:
                form = "foreign_katakana"
                text = kata
            return self.val("PERSON", text, form)
        if form in ("title", "surname_only"):
            text = p.sei
        elif form == "fullwidth_space":
            text = f"{p.sei}\u3000{p.mei}"
        elif form == "kana":
            k = rng.choice([" ", "\u3000", ""]).join((p.sei_k, p.mei_k))
            if rng.random() < 0.35:
                k = "".join(chr(ord(c) - 0x60) if "ァ" <= c <= "ン" else c for c in k)
            text = k
        elif form == "romanized":
            text = rng.choice([f"{p.mei_r} {p.sei_r}", f"{p.sei_r.upper()} {p.mei_r}",
                               f"{p.sei_r.upper()} {p.mei_r.upper()}"])
        elif form == "prose":
            text = p.sei + p.mei
        else:
            form = "kanji"
            text = p.sei + rng.choice(["", "", " "]) + p.mei
        return self.val("PERSON", text, form)

    def place(self) -> Place:
        c = self.rng.choice(pools.CITIES)
        return Place(*c)

    def address(self, pl: Place | None = None, form: str | None = None, with_pref: bool | None = None,
                natural: tuple[str, ...] = ("plain", "hyphen")) -> Val:
        rng = self.rng
        pl = pl or self.place()
        form = form or self.pick("ADDRESS", natural)
        town = rng.choice(pools.TOWNS)
        c, b, go = rng.randint(1, 5), rng.randint(1, 30), rng.randint(1, 25)
        head = (pl.pref if (with_pref if with_pref is not None else rng.random() < 0.5) else "") + pl.city
        chome = "丁目"
        if form == "plain":
            tail = rng.choice([f"{c}{chome}{b}番{go}号", f"{c}{chome}{b}番地{go}", f"{b * 10 + go}番地"])
        elif form == "kanji_numerals":
            tail = rng.choice([f"{kansuji(c)}丁目{kansuji(b)}番{kansuji(go)}号", f"{kansuji(c)}丁目{kansuji(b)}番地"])
        elif form == "fullwidth":
            tail = rng.choice([fw(f"{c}-{b}-{go}"), f"{fw(str(c))}丁目{fw(str(b))}番{fw(str(go))}号"])
        elif form == "building_room":
            room = f"{rng.randint(1, 9)}0{rng.randint(1, 9)}"
            bld = rng.choice(pools.BUILDINGS)
            tail = rng.choice([f"{c}-{b}-{go} {bld}{room}号室", f"{c}丁目{b}番{go}号{bld}{room}",
                               f"{c}-{b}-{go}-{room}", f"{c}-{b}-{go}　{bld} {room}号"])
        else:
            tail = f"{c}-{b}-{go}"
        if form == "line_broken":
            return self.val("ADDRESS", rng.choice([head + "\n" + town + tail, head + town + f"{c}丁目\n{b}番{go}号",
                                                   head + town + tail + "\n" + rng.choice(pools.BUILDINGS)
                                                   + f" {rng.randint(1, 5)}0{rng.randint(1, 9)}号室"]), form)
        return self.val("ADDRESS", head + town + tail, form)

    # ---- numbers -------------------------------------------------------------
    def make_num(self, entity: str, sub: str = "") -> Num:
        rng, d = self.rng, self.digits
        if entity == "MY_NUMBER":
            body = d(11, "123456789")
            s = body + mod11_digit(body)
            return Num((s[:4], s[4:8], s[8:]), rng.choice([" ", "-", " "]))
        if entity == "RESIDENT_CODE":
            body = d(10)
            s = body + mod11_digit(body)
            return Num((s[:4], s[4:8], s[8:]), "")
        if entity == "HEALTH_INSURANCE":
            kind = sub or rng.choice(["hokensha", "kouki", "kigou", "kigou"])
            if kind in ("hokensha", "kouki"):
                if kind == "hokensha":
                    body = rng.choice(["0113", "0613", "0127", "0114", "0623"]) + d(3)
                else:
                    body = d(7, "123456789")
                s = body + luhn_digit(body)
                return Num((s[:4], s[4:]), "")
            a, b = rng.choice([(2, 5), (3, 4), (4, 5), (5, 4), (2, 4), (7, 3), (3, 6), (4, 3)])
            return Num((d(a, "123456789"), d(b, "123456789")), "-")
        if entity == "PENSION_NUMBER":
            return Num((d(4, "123456789"), d(6)), "-")
        if entity == "DRIVER_LICENSE":
            body = rng.choice(["30", "45", "62", "50", "43"]) + f"{rng.randint(0, 99):02d}" + d(6)
            w = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)
            check = (11 - sum(int(c) * x for c, x in zip(body, w, strict=True)) % 11) % 11 % 10
            s = body + str(check) + rng.choice("0001")
            return Num((s[:4], s[4:8], s[8:]), "")
        if entity == "PASSPORT":
            return Num((rng.choice(["TK", "TR", "TZ", "MU", "MZ", "RE", "TH", "TS"]), d(7)), "")
        if entity == "RESIDENCE_CARD":
            up = "ABCDEFGHJKLMNPQRSTUVWXYZ"
            return Num(("".join(rng.choice(up) for _ in range(2)), d(8), "".join(rng.choice(up) for _ in range(2))),
                       "")
        if entity == "BANK_ACCOUNT":
            kind = sub or rng.choice(["acct", "acct", "branch", "yucho"])
            if kind == "yucho":
                return Num(("1" + d(4) + "0", d(7) + "1"), "-")
            acct = d(7, "0123456789")
            return Num((d(3), acct), "-") if kind == "branch" else Num((acct[:3], acct[3:]), "")
        if entity == "CREDIT_CARD":
            pre = rng.choice(["4", "5", "35", "37"])
            n = 15 if pre == "37" else 16
            body = pre + d(n - 1 - len(pre))
            s = body + luhn_digit(body)
            if n == 15:
                return Num((s[:4], s[4:10], s[10:]), rng.choice(["-", " "]))
            return Num((s[:4], s[4:8], s[8:12], s[12:]), rng.choice(["-", " ", "-"]))
        if entity == "CARE_INSURANCE":
            s = rng.choice(["0000", "0001", "1000", "0100"]) + d(6)
            return Num((s[:5], s[5:]), "")
        if entity == "DISABILITY_CERTIFICATE":
            s = d(rng.choice([5, 6, 7]), "0123456789")
            return Num((s[:3], s[3:]), "")
        if entity == "PHONE_NUMBER":
            kind = sub or rng.choice(["mobile", "mobile", "fixed", "fixed", "ip"])
            if kind == "mobile":
                return Num((rng.choice(["090", "080", "070"]), d(4, "123456789"), d(4)), "-")
            if kind == "ip":
                return Num(("050", d(4, "123456789"), d(4)), "-")
            if kind == "free":
                return Num(("0120", d(3), d(3)), "-")
            area = sub_area = self._area
            rest = 10 - len(area)
            first = rest - 4
            return Num((sub_area, d(first, "23456789"), d(4)), "-")
        if entity == "POSTAL_CODE":
            return Num((self._postal, d(4)), "-")
        raise ValueError(entity)

    _area = "03"
    _postal = "100"

    def num(self, entity: str, form: str | None = None, natural: tuple[str, ...] = ("plain",), sub: str = "",
            pl: Place | None = None, json: bool = False, allowed: tuple[str, ...] | None = None) -> Val:
        if pl is not None:
            self._area, self._postal = pl.area, pl.postal
        else:
            c = self.rng.choice(pools.CITIES)
            self._area, self._postal = c[2], c[3]
        form = form or self.pick(entity, natural, allowed)
        text = render_num(self.make_num(entity, sub), form, self.rng, json=json)
        return self.val(entity, text, form)

    def phone(self, sub: str = "", pl: Place | None = None, **kw) -> Val:  # type: ignore[no-untyped-def]
        return self.num("PHONE_NUMBER", sub=sub, pl=pl, **kw)

    def email(self, p: Person | None = None, form: str | None = None, staff: bool = False) -> Val:
        rng = self.rng
        form = form or self.pick("EMAIL_ADDRESS", ("plain",))
        if p is not None:
            local = rng.choice([f"{p.mei_r}.{p.sei_r}", f"{p.sei_r[0]}-{p.mei_r}", f"{p.mei_r}{rng.randint(1, 99)}",
                                f"{p.sei_r}_{p.mei_r[0]}"]).lower().replace(" ", "")
        else:
            local = rng.choice(["info", "k.tanaka", "hana_0412", "sakura-mama", "yamato77", "office.m"])
        domain = rng.choice(pools.STAFF_DOMAINS if staff else pools.MAIL_DOMAINS)
        if form == "at_paren":
            text = f"{local} (at) {domain}" if rng.random() < 0.6 else f"{local}(at){domain}"
        elif form == "at_bracket":
            text = rng.choice([f"{local}［at］{domain}", f"{local}[at]{domain}", f"{local}【@】{domain}"])
        elif form == "at_katakana":
            text = rng.choice([f"{local}アットマーク{domain}", f"{local} アットマーク {domain}"])
        elif form == "dot_spelled":
            text = f"{local} (at) " + " (dot) ".join(domain.split(".")) if rng.random() < 0.5 else (
                local + "@" + "(dot)".join(domain.split(".")))
        elif form == "fullwidth":
            text = fw(f"{local}@{domain}") if rng.random() < 0.6 else f"{local}＠{domain}"
        elif form == "spaced":
            text = f"{local} @ " + " . ".join(domain.split("."))
        else:
            text = f"{local}@{domain}"
        return self.val("EMAIL_ADDRESS", text, form)

    def birth(self, form: str | None = None, young: bool = False, old: bool = False,
              natural: tuple[str, ...] = ("seireki", "wareki")) -> Val:
        rng = self.rng
        y = rng.randint(2008, 2025) if young else rng.randint(1928, 1958) if old else rng.randint(1940, 2005)
        m, d = rng.randint(1, 12), rng.randint(1, 28)
        form = form or self.pick("BIRTH_DATE", natural)
        name, letter, ey = era(y, m, d)
        eys = "元" if ey == 1 and rng.random() < 0.5 else str(ey)
        if form == "seireki":
            text = rng.choice([f"{y}年{m}月{d}日", f"{y}年{m:02d}月{d:02d}日"])
        elif form == "wareki":
            text = f"{name}{eys}年{m}月{d}日"
        elif form == "slash":
            text = rng.choice([f"{y}/{m}/{d}", f"{y}/{m:02d}/{d:02d}", f"{y}-{m:02d}-{d:02d}"])
        elif form == "kanji_numerals":
            text = rng.choice([f"{name}{kansuji(ey)}年{kansuji(m)}月{kansuji(d)}日",
                               f"{kd(str(y))}年{kansuji(m)}月{kansuji(d)}日"])
        elif form == "abbrev":
            text = rng.choice([f"{letter}{ey}.{m}.{d}", f"{letter}{ey:02d}.{m:02d}.{d:02d}", f"{letter}{ey}/{m}/{d}",
                               f"{y}{m:02d}{d:02d}"])
        else:
            text = rng.choice([f"{y} 年 {m} 月 {d} 日", f"{name} {ey} 年 {m} 月 {d} 日", f"{y} / {m:02d} / {d:02d}"])
        return self.val("BIRTH_DATE", text, form)
