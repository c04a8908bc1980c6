"""Machine text: chat exports, captions, quoted mail, web forms, SQL, XML, vCard, iCalendar, labels."""

from __future__ import annotations

from ..blind.model import Val
from .ctx import Ctx, needy, request
from .forms import FORMS, NUMBER_ENTITIES, PERSON_INLINE
from .pools import MAIL_DOMAINS


def _ts(c: Ctx) -> str:
    day = f"2026-{c.rng.randint(1, 12):02d}-{c.rng.randint(1, 28):02d}"
    return f"{day} {c.rng.randint(8, 18):02d}:{c.rng.randint(0, 59):02d}"


def chat_export(c: Ctx) -> None:
    """Teams/Slack export with timestamps, romanized display names and mentions (talk)."""
    request(c, "このやり取りの要点をまとめて")
    b = c.b
    staff = [c.new("ja") for _ in range(3)]
    b.line("#{ch} チャンネルのエクスポート", ch=c.choice(("fukushi-soudan", "zeimu-madoguchi", "kosodate", "bousai")))
    for _ in range(c.rng.randint(4, 5)):
        s = c.rng.choice(staff)
        b.add("[{t}] {n}: ", t=_ts(c), n=c.pname(s, "romanized"))
        kind = c.rng.randint(0, 3)
        if kind == 0:
            b.line(
                "@{m} 来庁者の{p}の件、折り返しお願いします {t}",
                m=c.pname(c.rng.choice(staff), "mention"),
                p=c.person("さん", PERSON_INLINE)[0],
                t=c.num("PHONE_NUMBER"),
            )
        elif kind == 1:
            b.line("@{m} 了解です。{a}へ訪問します", m=c.pname(c.rng.choice(staff), "mention"), a=c.addr())
        elif kind == 2:
            b.line(
                "返信: {q}さんのメッセージ「書類届きました」→ ありがとうございます",
                q=c.pname(c.rng.choice(staff), "quoted_reply"),
            )
        else:
            b.line(
                "@{m} {f}の確認済み、{o}に回付",
                m=c.pname(c.rng.choice(staff), "mention"),
                f=c.field(needy(c, 1)[0]),
                o=c.dept(),
            )


def captions(c: Ctx) -> None:
    """Auto-captions of an online meeting (talk)."""
    request(c, "議事メモにして")
    b = c.b
    speakers = [c.new() for _ in range(3)]
    b.line("WEBVTT　{o} オンライン会議", o=c.dept())
    for i in range(c.rng.randint(5, 6)):
        s = c.rng.choice(speakers)
        b.line(
            "00:{m}:{x}.000 --> 00:{m}:{y}.500",
            m=f"{i:02d}",
            x=f"{c.rng.randint(0, 29):02d}",
            y=f"{c.rng.randint(30, 59):02d}",
        )
        name = c.pname(s, "caption")
        b.add("<v {n}>", n=name)
        kind = c.rng.randint(0, 2)
        if kind == 0:
            b.line("えー、{p}のケースですが、{a}にお住まいで", p=c.person("さん", PERSON_INLINE)[0], a=c.addr())
        elif kind == 1:
            b.line("電話番号は{t}だそうです", t=c.num("PHONE_NUMBER", ("spoken", "half_kana", "dictated")))
        else:
            b.line("{o}と調整します、はい", o=c.org())


def quoted_mail(c: Ctx) -> None:
    """Mail with `>` quoted replies and reply attribution lines."""
    request(c, "返信案を作って")
    b = c.b
    a, pa = c.person("", ("full_space",))
    s = c.new("ja")
    b.line("From: {n} {m}", n=a, m=c.email(pa, ("angle",)))
    b.line("Subject: Re: {x}", x=c.choice(("転入手続きについて", "児童手当の申請", "介護認定の結果")))
    b.line()
    b.line("{o} {s}", o=c.dept(), s=c.pname(s, "surname_later"))
    b.line("ご回答ありがとうございます。追加で送ります：{f}", f=c.field(needy(c, 1)[0]))
    b.line()
    b.line("{d} {p} wrote:", d=_ts(c), p=c.pname(s, "quoted_reply"))
    b.line("> {p} 様", p=c.pname(pa, "quote_gt"))
    b.line("> 申請書の{x}欄が空欄でした。", x=c.choice(("世帯主", "続柄", "電話番号")))
    b.line("> 世帯員の{q}さんの分もご提出ください。", q=c.pname(c.new(), "quote_gt"))
    b.line("> {z}", z=c.field(needy(c, 1)[0]))
    b.line("> {o}　{p}", o=c.dept(), p=c.pname(s, "quote_gt"))
    b.line(">")
    b.line(
        "> {d} {p} <{m}> のメッセージ:",
        d=_ts(c),
        p=c.pname(pa, "quoted_reply"),
        m=c.email(pa, ("plain", "zwsp", "mixed_width")),
    )
    b.line(">> 母の{q}の件で相談です。", q=c.pname(c.new("ja"), "quote_gt"))


def web_form(c: Ctx) -> None:
    """Web form submission (`項目: 値`)."""
    request(c, "不足している項目を指摘して")
    b = c.b
    b.line("--- フォーム送信通知 ({t}) ---", t=_ts(c))
    b.line("フォーム名: {x}", x=c.choice(("転入前相談", "証明書郵送請求", "犬の登録変更", "市民相談予約")))
    who = c.new("ja")
    b.line("氏名: {p}", p=c.pname(who, c.choice(("full_space", "full_zen", "full_nospace"))))
    b.line("フリガナ: {p}", p=c.pname(who, c.choice(("katakana", "hankaku"))))
    b.line("住所: {a}", a=c.addr())
    for e in needy(c, 4, (*NUMBER_ENTITIES, "EMAIL_ADDRESS", "BIRTH_DATE")):
        b.line("{f}", f=c.field(e))
    b.line("添付ファイル: {f}_本人確認.jpg", f=c.pname(c.new(), "filename"))
    b.line("送信元IP: 192.0.2.{n}", n=str(c.rng.randint(1, 254)))


_SQL = {
    "PHONE_NUMBER": "tel",
    "POSTAL_CODE": "zip",
    "MY_NUMBER": "my_number",
    "RESIDENT_CODE": "juminhyo_code",
    "HEALTH_INSURANCE": "hokensha_no",
    "PENSION_NUMBER": "nenkin_no",
    "DRIVER_LICENSE": "license_no",
    "PASSPORT": "passport_no",
    "RESIDENCE_CARD": "zairyu_card",
    "BANK_ACCOUNT": "account_no",
    "CREDIT_CARD": "card_no",
    "CARE_INSURANCE": "kaigo_no",
    "DISABILITY_CERTIFICATE": "techo_no",
    "EMAIL_ADDRESS": "email",
    "ADDRESS": "address",
    "BIRTH_DATE": "birth_date",
}


def sql_insert(c: Ctx) -> None:
    """SQL INSERT statements with quoted values."""
    request(c, "このSQLの誤りを直して")
    b = c.b
    cols = ["ADDRESS", *c.least(tuple(e for e in _SQL if e != "ADDRESS"), "sql", 5)]
    table = c.choice(("t_applicant", "m_resident", "kyufu_taisho", "soudan_log"))
    b.line("-- {d} 移行データ", d=c.dept())
    for _ in range(4):
        b.add(
            "INSERT INTO {t} (id, name, {cs}) VALUES ({i}, '{p}'",
            t=table,
            cs=", ".join(_SQL[e] for e in cols),
            i=str(c.rng.randint(1000, 9999)),
            p=c.pname(c.new(), "cell"),
        )
        for e in cols:
            b.add(", '{v}'", v=c.ctxval(e, "sql"))
        b.line(");")


def xml_doc(c: Ctx) -> None:
    """XML export."""
    request(c, "このXMLを表にして")
    b = c.b
    b.line('<?xml version="1.0" encoding="UTF-8"?>')
    b.line('<applicants office="{d}">', d=c.dept())
    for _ in range(2):
        b.line("  <applicant>")
        who = c.new("ja")
        b.line("    <name>{p}</name>", p=c.pname(who, c.choice(("full_space", "full_zen", "full_nospace", "variant"))))
        b.line("    <kana>{p}</kana>", p=c.pname(who, c.choice(("katakana", "hankaku", "hiragana"))))
        b.line("    <address>{a}</address>", a=c.addr())
        for e in needy(c, 2):
            b.line(
                "    <{t}>{v}</{t}>",
                t=_SQL[e],
                v=c.num(
                    e,
                    tuple(
                        f
                        for f in FORMS[e]
                        if f
                        in ("plain", "hyphen", "nohyphen", "fullwidth", "mixed_width", "zwsp", "lowercase", "grouped")
                    ),
                ),
            )
        b.line("  </applicant>")
    b.line("</applicants>")


def vcard(c: Ctx) -> None:
    """vCard entries."""
    request(c, "連絡先を一覧表にして")
    b = c.b
    for _ in range(2):
        p = c.new()
        b.line("BEGIN:VCARD")
        b.line("VERSION:3.0")
        b.line("FN:{n}", n=c.pname(p, "vcard"))
        b.line("N:{f};{g};;;", f=_vn(c, p.family.kanji), g=_vn(c, p.given.kanji))
        b.line("ORG:{o}", o=c.org())
        b.line("TEL;TYPE=CELL:{t}", t=c.ctxval("PHONE_NUMBER", "vcard"))
        b.line("EMAIL:{m}", m=c.ctxval("EMAIL_ADDRESS", "vcard", p))
        a = c.ctxval("ADDRESS", "vcard")
        b.line("ADR;TYPE=HOME:;;{a};{z};Japan", a=a, z=c.ctxval("POSTAL_CODE", "vcard"))
        b.line("BDAY:{d}", d=c.ctxval("BIRTH_DATE", "vcard"))
        b.line("END:VCARD")


def _vn(c: Ctx, text: str) -> Val:
    c.counts[("PERSON", "vcard")] += 1
    return Val("PERSON", text, "vcard")


def ical(c: Ctx) -> None:
    """iCalendar entries of home visits and interviews."""
    request(c, "予定を一覧にして")
    b = c.b
    b.line("BEGIN:VCALENDAR")
    for _ in range(2):
        b.line("BEGIN:VEVENT")
        b.line(
            "DTSTART:2026{m}{d}T{h}0000",
            m=f"{c.rng.randint(1, 12):02d}",
            d=f"{c.rng.randint(1, 28):02d}",
            h=f"{c.rng.randint(9, 16):02d}",
        )
        b.line("SUMMARY:{p} 訪問（{o}）", p=c.person("様", PERSON_INLINE)[0], o=c.dept())
        b.line("LOCATION:{a}", a=c.addr())
        b.line("DESCRIPTION:連絡先 {t}", t=c.num("PHONE_NUMBER", ("hyphen", "nohyphen", "plus81", "paren")))
        b.line("ORGANIZER;CN={s}:mailto:{m}", s=c.staff(), m=f"soudan@{c.choice(MAIL_DOMAINS)}")
        b.line("END:VEVENT")
    b.line("END:VCALENDAR")


def labels(c: Ctx) -> None:
    """宛名ラベル (address labels)."""
    request(c, "宛名ラベルの誤りを確認して")
    b = c.b
    for _ in range(3):
        z = c.num("POSTAL_CODE", ("hyphen", "nohyphen", "fullwidth", "mixed_width"))
        b.line("〒{z}", z=z)
        b.line("{a}", a=c.addr(("label", "label", "plain", "building_room")))
        b.line("{p}", p=c.person("様", ("full_zen", "full_space", "dono", "couple", "foreign_katakana"))[0])
        b.line("")
