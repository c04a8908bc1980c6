"""Machine-shaped documents: JSON payloads, CSV/TSV/fixed-width exports and application logs."""

# Japanese template text counts double width for the line-length rule; the data reads better unwrapped.
# ruff: noqa: E501

from __future__ import annotations

import unicodedata

from tests.eval.blind.model import Builder, Val
from tests.eval.sixth import pools
from tests.eval.sixth.core import Gen
from tests.eval.sixth.jsonout import Raw, dump

MACH = ("nohyphen", "plain")
NUM_KEYS = {
    "MY_NUMBER": ["kojin_no", "my_number", "mynumber", "個人番号", "kjn_bng"],
    "RESIDENT_CODE": ["jumin_cd", "juminhyo_code", "resident_code", "jmn_cd"],
    "HEALTH_INSURANCE": ["hihoken_no", "hokensha_no", "insurance_no", "hoken_bango"],
    "PENSION_NUMBER": ["nenkin_no", "kiso_nenkin_bango", "pension_no"],
    "DRIVER_LICENSE": ["menkyo_no", "license_no", "dl_no"],
    "PASSPORT": ["passport_no", "ryoken_no", "pp"],
    "RESIDENCE_CARD": ["zairyu_card_no", "rc_no", "zc"],
    "BANK_ACCOUNT": ["kouza", "kouza_no", "account_no", "acct"],
    "CREDIT_CARD": ["card_no", "pan", "cc_number"],
    "CARE_INSURANCE": ["kaigo_hihoken_no", "kaigo_no", "care_no"],
    "DISABILITY_CERTIFICATE": ["techo_no", "shogai_techo_bango", "dis_cert"],
}


def jnum(g: Gen, ent: str, as_int: bool = False) -> object:
    if as_int:
        v = g.num(ent, form="nohyphen", sub="acct" if ent == "BANK_ACCOUNT" else "")
        if v.text[0] != "0" and v.text.isdigit():
            return Raw(v)
        return v
    return g.num(ent, natural=MACH, json=True, sub="branch" if ent == "BANK_ACCOUNT" else "")


def record(g: Gen, style: str) -> dict:
    rng = g.rng
    p = g.person(foreign=0.15)
    pl = g.place()
    ents = g.ent(list(NUM_KEYS), rng.choice([3, 4]))
    if style == "romaji":
        rec: dict = {"shimei": g.name(p)}
        if rng.random() < 0.5:
            rec["shimei_kana"] = g.name(p, "kana") if not p.foreign else g.name(p, "romanized")
        rec |= {"seinengappi": g.birth(natural=("abbrev", "slash")),
                     "jusho": {"yubin": g.num("POSTAL_CODE", pl=pl, natural=MACH, json=True),
                               "todofuken": g.loc(pl.pref), "shikuchoson": g.loc(pl.city),
                               "banchi": g.val("ADDRESS", rng.choice(pools.TOWNS) + f"{rng.randint(1, 5)}-"
                                               f"{rng.randint(1, 30)}-{rng.randint(1, 20)}", "hyphen")}}
        if rng.random() < 0.5:
            rec["tel"] = g.phone(pl=pl, natural=MACH, json=True)
    elif style == "english":
        rec = {"id": rng.randint(1000, 99999), "last_name": g.name(p, "surname_only"),
               "first_name": g.val("PERSON", p.mei or p.mei_r, "kanji" if p.mei else "romanized"),
               "status": "active"}
        if rng.random() < 0.5:
            rec["dob"] = g.birth(natural=("slash",))
        else:
            rec["email"] = g.email(p)
    elif style == "cryptic":
        rec = {"c1": g.name(p)}
        if rng.random() < 0.5:
            rec["c2"] = g.name(p, "kana") if not p.foreign else g.name(p, "romanized")
        rec |= {"c4": rng.choice(["1", "2"]),
               "upd_usr": rng.randint(100, 999)}
        if rng.random() < 0.5:
            y, m, d = rng.randint(1935, 1988), rng.randint(1, 12), rng.randint(1, 28)
            rec["c3_gengo"] = "S" if y < 1989 else "H"
            rec["c3_ymd"] = g.val("BIRTH_DATE", f"{y - 1925:02d}{m:02d}{d:02d}", "abbrev")
        else:
            rec["c3"] = g.birth(natural=("abbrev",))
    else:
        rec = {"氏名": g.name(p), "生年月日": g.birth(), "住所": g.address(pl), "世帯番号": rng.randint(10000, 99999)}
    for e in ents:
        rec[rng.choice(NUM_KEYS[e])] = jnum(g, e, as_int=rng.random() < 0.3)
    return rec


def json_doc(g: Gen) -> Builder:
    b, rng = Builder(), g.rng
    mode = rng.randrange(5)
    indent = rng.choice([2, 2, 4, None])
    if mode == 0:
        dump(b, record(g, rng.choice(["romaji", "japanese"])), indent)
    elif mode == 1:
        dump(b, {"count": 2, "items": [record(g, "english") for _ in range(2)]}, indent)
    elif mode == 2:
        dump(b, {"req_id": f"{rng.getrandbits(64):016x}", "api": "v2/shinsei/upsert",
                 "data": record(g, "cryptic")}, indent)
    elif mode == 3:
        dump(b, record(g, rng.choice(["japanese", "romaji"])), indent, escape=True)
    else:
        p = g.person()
        bk = rng.choice(pools.BANKS)
        kana = g.name(p, "kana")
        dump(b, {"sei": g.name(p, "surname_only"), "mei": g.val("PERSON", p.mei, "kanji"),
                 "sei_kana": g.val("PERSON", p.sei_k, "kana"), "hoken": {
                     "kigo": g.val("HEALTH_INSURANCE", g.digits(rng.choice([3, 4, 5, 7]), "123456789"), "nohyphen"),
                     "bango": g.val("HEALTH_INSURANCE", str(rng.randint(1, 999)), "nohyphen")},
                 "kouza": {"bank_cd": bk[1], "bank_nm": g.org(bk[0]), "shiten_cd": f"{rng.randint(1, 899):03d}",
                           "shumoku": 1, "kouza_no": g.num("BANK_ACCOUNT", natural=MACH, sub="acct", json=True),
                           "meigi_kana": kana}}, indent)
    return b


CSV_COLS = [
    ("氏名", "shimei", "name", "PERSON"), ("カナ", "kana", "name_kana", "KANA"), ("生年月日", "birth", "dob", "BIRTH"),
    ("電話番号", "tel", "phone", "PHONE_NUMBER"), ("郵便番号", "zip", "postal", "POSTAL_CODE"),
    ("住所", "addr", "address", "ADDRESS"), ("個人番号", "kojin_no", "my_number", "MY_NUMBER"),
    ("被保険者番号", "hihoken_no", "insured_no", "HEALTH_INSURANCE"),
    ("介護保険番号", "kaigo_no", "care_no", "CARE_INSURANCE"), ("口座番号", "kouza", "account", "BANK_ACCOUNT"),
    ("メール", "mail", "email", "EMAIL_ADDRESS"), ("年金番号", "nenkin", "pension", "PENSION_NUMBER"),
    ("住民票コード", "jumin_cd", "res_code", "RESIDENT_CODE"), ("旅券番号", "ryoken_no", "passport_no", "PASSPORT"),
    ("在留カード番号", "zairyu_no", "residence_card", "RESIDENCE_CARD"),
    ("免許証番号", "menkyo_no", "license_no", "DRIVER_LICENSE"), ("手帳番号", "techo_no", "cert_no", "DISABILITY_CERTIFICATE"),
    ("カード番号", "card_no", "card_number", "CREDIT_CARD"),
]
SOFT = [c for c in CSV_COLS[1:] if c[3] in ("BIRTH", "PHONE_NUMBER", "ADDRESS", "EMAIL_ADDRESS", "POSTAL_CODE")]
HARD = {c[3]: c for c in CSV_COLS if c not in SOFT and c[3] not in ("PERSON", "KANA")}
EXTRA_COLS = [("受付日", "uketsuke_ymd", "received"), ("区分", "kbn", "type"), ("金額", "kingaku", "amount"),
              ("処理状況", "status", "status")]


def cell(g: Gen, kind: str, p, form_ok: bool) -> Val:  # type: ignore[no-untyped-def]
    if kind == "PERSON":
        return g.name(p)
    if kind == "KANA":
        return g.name(p, "kana") if not p.foreign else g.name(p, "romanized")
    if kind == "BIRTH":
        return g.birth(natural=("slash", "abbrev"))
    if kind == "ADDRESS":
        return g.address(natural=("hyphen", "plain"), form=None if form_ok else "hyphen")
    if kind == "EMAIL_ADDRESS":
        return g.email(p, form=None if form_ok else "plain")
    return g.num(kind, natural=MACH, sub="acct" if kind == "BANK_ACCOUNT" else "",
                 allowed=None if form_ok else ("plain", "nohyphen", "fullwidth", "zero_width", "mixed"))


def dwidth(s: str) -> int:
    """Display width: East Asian wide and full-width characters take two columns."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 0 if c == "\u200b" else 1 for c in s)


def csv_export(g: Gen) -> Builder:
    b, rng = Builder(), g.rng
    lang = rng.randrange(3)
    rows = rng.choice([3, 3, 4, 4, 4, 6, 10])
    if rows > 4:  # a longer export with fewer personal columns
        personal = [CSV_COLS[0]] + [HARD[e] for e in g.ent(list(HARD), 1)]
    else:
        personal = [CSV_COLS[0]] + rng.sample(SOFT, 1) + [HARD[e] for e in g.ent(list(HARD), rng.choice([2, 3, 3]))]
    cols = personal + rng.sample(EXTRA_COLS, rng.randint(1, 2))
    rng.shuffle(cols)
    mode = rng.choice(["csv", "csv", "tsv", "fixed"])
    delim = {"csv": ",", "tsv": "\t", "fixed": ""}[mode]
    quote_all = mode == "csv" and rng.random() < 0.4
    width = 22

    def pad(text: str) -> str:
        return " " * max(1, width - dwidth(text)) if mode == "fixed" else ""

    if rng.random() < 0.4:
        b.line(rng.choice(["# export: jumin_kihon_202603.csv", "-- 抽出条件: 異動日 >= 2026-03-01",
                           "出力日時 2026/03/02 09:00  出力者ID 10452"]))
    heads = [c[lang] for c in cols]
    if mode == "fixed":
        b.line("".join(h + pad(h) for h in heads).rstrip())
    else:
        b.line(delim.join(f'"{h}"' if quote_all else h for h in heads))
    for _ in range(rows):
        p = g.person(foreign=0.15)
        for i, c in enumerate(cols):
            if i:
                b.put(delim)
            kind = c[3] if len(c) == 4 else ""
            if not kind:
                v = {"受付日": f"2026-0{rng.randint(1, 3)}-{rng.randint(10, 28)}", "区分": rng.choice(["01", "02", "11"]),
                     "金額": str(rng.randint(1, 90) * 1000), "処理状況": rng.choice(["済", "未", "保留"])}[c[0]]
                b.put((f'"{v}"' if quote_all else v) + pad(v))
                continue
            if rng.random() < 0.08:
                b.put(('""' if quote_all else "") + pad(""))
                continue
            val = cell(g, kind, p, form_ok=mode != "fixed" and rng.random() < 0.7)
            q = '"' if quote_all or "\n" in val.text or "," in val.text else ""
            b.put(q).put(val).put(q + pad(val.text))
        b.put("\n")
    return b


LEVELS = ["ERROR", "WARN", "INFO", "DEBUG"]


def log(g: Gen) -> Builder:
    b, rng = Builder(), g.rng
    mode = rng.choice([0, 1, 2, 3, 4, 5, 5])
    base = f"2026-0{rng.randint(1, 3)}-{rng.randint(10, 28)} {rng.randint(8, 20):02d}:{rng.randint(0, 59):02d}"
    for _ in range(rng.randint(1, 2)):
        b.line("{ts}:0{s}.{ms} INFO  [{th}] request started id={rid}".replace("{s}", str(rng.randint(0, 9))),
               ts=base, ms=str(rng.randint(100, 999)), th=f"http-nio-8080-exec-{rng.randint(1, 9)}",
               rid=f"{rng.getrandbits(48):012x}")
    p = g.person(foreign=0.15)
    if mode == 5:
        for i in range(rng.randint(2, 3)):
            e = g.ent(list(NUM_KEYS))[0]
            b.line("{ts}:3{i}.{ms} WARN  [dedupe] {k}={v} matched {n} records, skipped", ts=base, i=str(i),
                   ms=str(rng.randint(100, 999)), k=NUM_KEYS[e][0], v=g.num(e, natural=MACH), n=str(rng.randint(2, 3)))
    elif mode == 4:
        e = g.ent(list(NUM_KEYS))[0]
        b.put('{"ts":"' + base.replace(" ", "T") + ':21.004+09:00","level":"error","svc":"kyufu-api","msg":"schema validation failed","input":')
        dump(b, {"name": g.name(p), NUM_KEYS[e][0]: g.num(e, natural=MACH, json=True)}, None)
        b.line("}}")
    elif mode == 0:
        b.line("{ts}:12.345 ERROR [jukiupd] update failed for user={n} tel={tel}: ORA-00001 unique constraint violated",
               ts=base, n=g.name(p), tel=g.phone(natural=MACH))
        e = g.ent(list(NUM_KEYS))[0]
        b.line("{ts}:12.347 ERROR [jukiupd] payload={{{k}={mn}, birth={bd}, addr={ad}}}", ts=base, k=NUM_KEYS[e][0],
               mn=g.num(e, natural=MACH), bd=g.birth(natural=("abbrev", "slash")), ad=g.address())
    elif mode == 1:
        b.line("{ts}:03.001 WARN  validation failed: field 'hihoken_no' value '{h}' not found in master (user {n})",
               ts=base, h=g.num("HEALTH_INSURANCE", natural=MACH), n=g.name(p, "romanized"))
        b.line("{ts}:03.002 WARN  fallback lookup by care_no={c} / jumin_cd={r}", ts=base,
               c=g.num("CARE_INSURANCE", natural=MACH), r=g.num("RESIDENT_CODE", natural=MACH))
    elif mode == 2:
        b.line("Traceback (most recent call last):")
        b.line('  File "/opt/kyufu/batch/transfer.py", line {ln}, in build_row', ln=str(rng.randint(40, 400)))
        b.line("    acct = rec['kouza'] + rec['shiten']")
        b.line("KeyError: 'shiten'")
        b.line("record = {{'name': '{n}', 'kouza': '{a}', 'tel': '{tel}', 'mail': '{m}'}}", n=g.name(p),
               a=g.num("BANK_ACCOUNT", natural=MACH, sub="acct"), tel=g.phone(natural=MACH), m=g.email(p))
    else:
        e = g.ent(list(NUM_KEYS))[0]
        b.line("{ts}:44.120 DEBUG [ocr-import] page=2 fields: 氏名={n} 生年月日={bd} {k}={dl}", ts=base,
               n=g.name(p), bd=g.birth(natural=("abbrev", "seireki")), k=NUM_KEYS[e][0], dl=g.num(e, natural=MACH))
        b.line("{ts}:44.121 ERROR [ocr-import] zip '{z}' does not match address '{ad}'", ts=base,
               z=g.num("POSTAL_CODE", natural=MACH), ad=g.address())
        if rng.random() < 0.5:
            b.line("{ts}:44.122 INFO  [ocr-import] notified operator {op} ({m})", ts=base,
                   op=g.name(g.person(), "romanized"), m=g.email(g.person(), staff=True))
    b.line("{ts}:59.999 INFO  [{th}] request finished status={st} elapsed={ms}ms", ts=base,
           th=f"http-nio-8080-exec-{rng.randint(1, 9)}", st=rng.choice(["500", "422", "200"]), ms=str(rng.randint(5, 900)))
    return b
