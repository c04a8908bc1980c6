"""email: mail bodies with signatures — residents, contractors, staff, forwarded threads."""

from __future__ import annotations

from tests.eval.blind.model import Builder, Val

from . import names as N
from .common import id_line, staff_title, when
from .gen import ALL_IDS, Gen
from .people import Person


def _signature(b: Builder, g: Gen, p: Person, dept: str | None = None) -> None:
    r = g.rng
    addr = g.address(r.choice(("plain", "hyphen", "fullwidth")))
    city = g.last_city
    b.line("――――――――――――――")
    b.line("{c}　{o}", c=g.loc(city), o=g.org(dept) if dept else g.org(r.choice(N.ORGS_CITY[:12])))
    b.line("{n}（{k}）", n=p.zen() if r.random() < 0.6 else p.full("kanji", r), k=p.kana(r, False))
    if r.random() < 0.5:
        b.line("TEL：{p}　FAX：{f}", p=g.num("PHONE_NUMBER", sub="fixed"), f=g.num("PHONE_NUMBER", sub="fixed"))
    else:
        b.line("TEL：{p}（直通）", p=g.num("PHONE_NUMBER", sub="fixed"))
    b.line("Mail：{m}", m=g.email(p.mail_local(), domain="city.example.lg.jp"))
    b.line("〒{z} {a}", z=g.num("POSTAL_CODE"), a=addr)
    b.line("――――――――――――――")


def _resident_mail(g: Gen) -> Builder:
    r, b = g.rng, Builder()
    p, staff = g.person(), g.staff()
    b.line("件名：Re: 介護保険料の減免について")
    b.line("")
    b.line("{o}", o=g.org("介護保険課"))
    b.line("{s}様", s=staff.sur())
    b.line("")
    b.line("お世話になっております。{n}です。", n=p.full("kanji", r))
    b.add("先日お電話でお話しした母（{m}）の件ですが、", m=g.elder("f").full("kanji", r))
    b.line("被保険者番号は{v}でした。", v=g.num("CARE_INSURANCE"))
    b.line("母の基礎年金番号も念のため：{v}", v=g.num("PENSION_NUMBER"))
    b.line("必要書類は明日、郵送いたします。")
    b.line("何かあれば携帯 {p} までお願いします。", p=g.num("PHONE_NUMBER", sub="mobile"))
    b.line("")
    b.line("{n}", n=p.zen())
    b.line("{m}", m=g.email(p.mail_local()))
    b.line("")
    b.line("> {s}様", s=staff.sur())
    b.line("> 減免申請には収入を証明する書類が必要です。")
    return b


def _contractor(g: Gen) -> Builder:
    r, b = g.rng, Builder()
    staff, vendor = g.staff(), g.staff()
    who, t = staff_title(g)
    b.line("件名：【至急】データ移行テストの件")
    b.line("")
    b.line("{o}", o=g.org(r.choice(("株式会社ミナトサービス", "有限会社丸栄運送"))))
    b.line("{v}様", v=vendor.sur())
    b.line("")
    b.line("{o}の{s}です。", o=g.org("情報政策課"), s=staff.sur())
    b.line("テスト環境に本番データが1件混入していました。以下の方です。")
    b.line("　{n}　{bd}生", n=g.person().zen(), bd=g.birth())
    used: list[str] = []
    for _ in range(3):
        fam = g.least(tuple(f for f in ALL_IDS if f not in used))
        used.append(fam)
        id_line(b, g, fam, style="space")
    b.line("至急削除のうえ、{w}{t}宛てに報告書をお願いします。", w=who, t=t)
    b.line("")
    _signature(b, g, staff, "情報政策課")
    return b


def _forward(g: Gen) -> Builder:
    r, b = g.rng, Builder()
    p, s1 = g.person(), g.staff()
    b.line("{s}さん", s=g.staff().sur())
    b.line("下記、転送します。対応お願いできますか。")
    b.line("")
    b.line("-----Original Message-----")
    b.line("From: {n} <{m}>", n=p.roman(r), m=g.email(p.mail_local(), form="plain"))
    b.line("Sent: {d}", d=when(r))
    b.line("Subject: 住民票の郵送請求")
    b.line("")
    b.line("住民票の写しを郵送で請求したいです。")
    b.line("本籍地：{l}", l=g.loc(r.choice(("仙台市", "熊本市", "盛岡市"))))
    b.line("住所：〒{z} {a}", z=g.num("POSTAL_CODE"), a=g.address())
    b.line("生年月日：{bd}", bd=g.birth(lo=1940, hi=2000))
    b.line("電話：{p}", p=g.num("PHONE_NUMBER"))
    b.line("念のためメールは {m} にもお願いします", m=g.email(p.mail_local()))
    b.line("本人確認として、{l}は {v} です。", l=r.choice(("運転免許証の番号", "パスポート番号", "在留カードの番号")),
           v=g.num(g.least(("DRIVER_LICENSE", "PASSPORT", "RESIDENCE_CARD"))))
    b.line("")
    _signature(b, g, s1)
    return b


def _teacher(g: Gen) -> Builder:
    r, b = g.rng, Builder()
    t, par = g.staff(), g.person()
    c = g.child_of(par)
    b.line("件名：就学援助の申請書類について")
    b.line("")
    b.line("{o} 学務係 御中", o=g.org("教育委員会"))
    b.line("")
    b.line("{sch}の{t}です。", sch=g.org(r.choice(("市立第三小学校", "東中学校"))), t=t.full("kanji", r))
    b.add("4年2組の{c}さん（保護者：{p}様）の申請書類をお送りします。", c=c.full("kanji", r), p=par.full("kanji", r))
    b.line("保護者の方の連絡先は{ph}です。", ph=g.num("PHONE_NUMBER"))
    b.line("なお、{c}さんは療育手帳をお持ちで、番号は{v}と伺っています。", c=c.sur(), v=g.num("DISABILITY_CERTIFICATE"))
    b.line("口座番号の記載が {v} となっていますが、桁が足りないかもしれません。", v=g.num("BANK_ACCOUNT"))
    b.line("ご確認をお願いします。")
    b.line("")
    b.line("{t}", t=t.sur())
    b.line("{m}", m=g.email(t.mail_local(), domain="school.example.ed.jp"))
    return b


def _it_request(g: Gen) -> Builder:
    r, b = g.rng, Builder()
    p = g.person()
    b.line("件名：AIで文案作成してよいか（確認）")
    b.line("")
    b.line("お疲れ様です。下の文面をAIに丁寧語に直させたいのですが、問題ないでしょうか。")
    b.line("")
    b.line("＞{n}様　先日ご提出いただいた書類のうち、{l}（{v}）の記載に誤りがありました。",
           n=p.full("kanji", r), l="マイナンバー", v=g.num("MY_NUMBER"))
    lab, val = g.idv(g.least(ALL_IDS))
    b.line("＞また、{l}欄の「{v}」は数字が一部読み取れません。", l=lab, v=val)
    b.line("＞お手数ですが {a} までご返送ください。", a=g.address())
    b.line("")
    _signature(b, g, g.staff())
    return b


def _card_mail(g: Gen) -> Builder:
    r, b = g.rng, Builder()
    p = g.person()
    b.line("件名：施設利用料のカード決済エラー")
    b.line("")
    b.line("{o} ご担当者様", o=g.loc(r.choice(("総合体育館", "市民プール", "市民会館"))))
    b.line("予約番号 RS-2025-{x} の件です。".replace("{x}", str(r.randint(10000, 99999))))
    b.line("登録したカード {c} で決済できませんでした。", c=g.num("CREDIT_CARD"))
    b.line("別のカード（{c}）に変更できますか。", c=g.num("CREDIT_CARD"))
    b.line("")
    b.line("{n}", n=p.full("kanji", r))
    b.line("{p} / {m}", p=g.num("PHONE_NUMBER", sub="mobile"), m=g.email(p.mail_local()))
    return b


def _complaint(g: Gen) -> Builder:
    r, b = g.rng, Builder()
    p = g.person(style="rare")
    b.line("件名：何度も同じことを聞かれるのはおかしい")
    b.line("")
    b.line("市役所の方へ")
    b.line("")
    b.add("先月から3回電話して、3回とも{l}を言わされました。", l="マイナンバー")
    b.add("いい加減にしてほしい。{v}です。", v=g.num("MY_NUMBER"))
    b.line("これで4回目です。")
    b.add("窓口の{s}という職員は「システムが別だから」と言うだけ。", s=g.person().sur())
    b.line("住所も{ad}から一度も変わっていません。", ad=g.address())
    b.line("返事は電話ではなくメールで。{m}", m=g.email(p.mail_local()))
    b.line("")
    b.line("{n}", n=p.full("kanji", r))
    return b


def _english_mail(g: Gen) -> Builder:
    r, b = g.rng, Builder()
    f = g.foreigner(r.choice(("ネパール", "フィリピン", "ベトナム", "インドネシア")))
    b.line("Subject: Certificate of residence (住民票) request")
    b.line("")
    b.line("Dear {o},", o=g.org("市民課"))
    b.line("")
    b.line("My name is {n}. I moved to {a} last month.", n=f.rom(r, True), a=g.address(r.choice(("hyphen", "plain"))))
    b.line("Could you send me a copy of my 住民票 for my visa renewal?")
    b.line("My residence card number is {v} and my passport number is {p}.", v=g.num("RESIDENCE_CARD"),
           p=g.num("PASSPORT"))
    b.line("Date of birth: {bd}", bd=g.birth(r.choice(("slash", "seireki", "spaced"))))
    mob = g.digits(4)
    tail = g.digits(4)
    b.line("Phone: {p}", p=Val("PHONE_NUMBER", f"+81 {r.choice(('90', '80', '70'))}-{mob}-{tail}", "mixed"))
    b.line("")
    b.line("Best regards,")
    b.line("{n}", n=f.rom(r, False))
    b.line("{m}", m=g.email(f.roman.split()[-1] + f.roman.split()[0]))
    return b


TEMPLATES = (_english_mail, _complaint, _resident_mail, _contractor, _forward, _teacher, _it_request, _card_mail)


def make(g: Gen, i: int) -> Builder:
    return TEMPLATES[i % len(TEMPLATES)](g)
