"""counter_memo: 窓口 notes and phone-call memos written by clerks in a hurry."""

from __future__ import annotations

from tests.eval.blind.model import Builder

from .common import clock, hon, id_line, staff_title, when
from .gen import Gen

FAMS = ("MY_NUMBER", "RESIDENT_CODE", "HEALTH_INSURANCE", "PENSION_NUMBER", "DRIVER_LICENSE",
        "CARE_INSURANCE", "DISABILITY_CERTIFICATE", "RESIDENCE_CARD")


def _phone_memo(g: Gen) -> Builder:
    r, b = g.rng, Builder()
    caller = g.person()
    who, t = staff_title(g)
    b.line("【電話メモ】{d} {c}", d=when(r), c=clock(r))
    b.line("受：{w}", w=g.person().sur())
    b.line("宛：{w}{t}", w=who, t=t)
    b.line("相手：{n}{h}（{k}）", n=caller.full("kanji", r), h=hon(r), k=caller.kana(r, True))
    ph = g.num_pair("PHONE_NUMBER")
    b.line("TEL {p}", p=g.again("PHONE_NUMBER", ph))
    topic = r.choice(("介護保険料の納付書が届かない", "国保の保険証（資格確認書）の再発行について",
                      "児童手当の振込日の確認", "住民税の通知内容が分からない", "粗大ごみの戸別収集の件"))
    b.line("用件：{x}とのこと。", x=topic)
    fam = g.least(FAMS)
    label, v = g.idv(fam)
    b.line("{l}を読み上げてもらった → {v}（本人申告、未確認）", l=label, v=v)
    b.line("折り返し希望。日中はこちらへ：{p}", p=g.again("PHONE_NUMBER", ph))
    label2, v2 = g.idv(g.least(FAMS))
    b.line("あと{l}も言われたので一応→{v}", l=label2, v=v2)
    if r.random() < 0.5:
        b.line("※{s}さんが前回対応済み。経過は{o}のシステム参照。", s=g.person().sur(), o=g.city_org())
    return b


def _elder_dictation(g: Gen) -> Builder:
    r, b = g.rng, Builder()
    p = g.elder()
    son = g.person(sex="m")
    b.line("窓口対応記録（{d}）", d=when(r))
    bd = g.birth(lo=1926, hi=1945)
    b.add("{n}{h}（{a}歳）来庁。耳が遠いため筆談併用。", n=p.zen(), h=hon(r), a=str(g.last_age))
    b.add("ご本人のお話では「わしは{bd}の生まれでな、", bd=bd)
    b.line("住所はもう何十年も{ad}じゃ」とのこと。", ad=g.address())
    b.add("同行の長男（{s}）さんによると、", s=son.full("kanji", r))
    b.line("最近物忘れがひどく、通帳も何度も再発行しているらしい。")
    fam = g.least(("CARE_INSURANCE", "DISABILITY_CERTIFICATE", "PENSION_NUMBER", "HEALTH_INSURANCE"))
    label, v = g.idv(fam)
    b.line("持参された書類の{l}は{v}。", l=label, v=v)
    b.add("長男の連絡先は{p}。", p=g.num("PHONE_NUMBER", sub="mobile"))
    b.line("{o}へつなぐ旨お伝えした。{s}さんも了承。", o=g.org("地域包括支援センター"), s=son.sur())
    return b


def _identity_check(g: Gen) -> Builder:
    r, b = g.rng, Builder()
    p = g.person()
    clerk, t = staff_title(g)
    b.line("■本人確認メモ　{d}　担当:{c}".replace("{c}", "{c}{t}"), d=when(r), c=clerk, t=t)
    b.line("申請者　{n}", n=p.full("kanji", r))
    b.line("ﾌﾘｶﾞﾅ　{k}", k=p.kana(r, True))
    b.line("生年月日　{bd}", bd=g.birth())
    b.line("確認書類：運転免許証")
    b.line("  番号 {v}", v=g.num("DRIVER_LICENSE"))
    b.line("  ※住所変更の裏書あり。裏面記載の住所 〒{z} {a}", z=g.num("POSTAL_CODE"), a=g.address())
    fam = g.least(("HEALTH_INSURANCE", "CARE_INSURANCE", "PENSION_NUMBER", "DISABILITY_CERTIFICATE"))
    label, v = g.idv(fam)
    b.line("補助書類として{l}（{v}）も確認。", l=label, v=v)
    b.line("マイナンバーカード：交付済（暗証番号ロック解除のため来庁）")
    b.line("個人番号は控えない運用だが、申請書に {m} と記入あり→マスキングして保管", m=g.num("MY_NUMBER"))
    b.line("次回予約：{d} {c}", d=when(r), c=clock(r))
    return b


def _moving_in(g: Gen) -> Builder:
    r, b = g.rng, Builder()
    p, sp = g.person(sex="m"), g.person(sex="f")
    b.line("転入届　受付メモ")
    b.line("・届出人：{n}（世帯主）", n=p.full("kanji", r))
    b.line("・前住所：{a}", a=g.address())
    b.line("・新住所：〒{z} {a}", z=g.num("POSTAL_CODE"), a=g.address())
    b.line("・世帯員：妻 {s}、長女 {c}", s=sp.given(), c=g.child("f").given())
    rc = g.num_pair("RESIDENT_CODE")
    b.line("・住民票コード（本人）{v}", v=g.again("RESIDENT_CODE", rc))
    b.line("・転出証明書の記載と照合済。コードは {v} で一致。", v=g.again("RESIDENT_CODE", rc))
    b.line("・{o}（国保）と{o2}（児童手当）に案内票を渡した", o=g.org("保険年金課"), o2=g.org("子育て支援課"))
    b.line("・連絡先 {p}", p=g.num("PHONE_NUMBER"))
    id_line(b, g, g.least(("MY_NUMBER", "PENSION_NUMBER", "HEALTH_INSURANCE", "DRIVER_LICENSE")))
    return b


def _call_log(g: Gen) -> Builder:
    r, b = g.rng, Builder()
    b.line("TEL記録（{o}）", o=g.city_org())
    for _ in range(r.randint(5, 7)):
        p = g.person()
        fam = g.least(FAMS)
        style = r.random()
        b.add("{c} ", c=clock(r))
        if style < 0.35:
            b.line("{n}様より。{l}を教えてほしいと。番号は{v}とのことだが本人確認できず回答保留。",
                   n=p.full("kanji", r), l=r.choice(("納付状況", "手続きの進み具合", "保険料")), v=g.idv(fam)[1])
        elif style < 0.7:
            b.line("{n}（{k}）さん　折返し{ph}　{v}の件、再度ご連絡します",
                   n=p.sur(), k=p.kana(r), ph=g.num("PHONE_NUMBER"), v=g.idv(fam)[1])
        else:
            lab, val = g.idv(fam)
            b.line("{n}さんの娘さんから。父の{l}は{v}、住所は{a}。来週窓口に来るとのこと",
                   n=p.sur(), l=lab, v=val, a=g.address())
    b.line("以上、{w}が記録。", w=g.person().sur())
    return b


def _foreign_counter(g: Gen) -> Builder:
    r, b = g.rng, Builder()
    f = g.foreigner()
    b.line("窓口メモ {d}", d=when(r))
    b.line("{n}さん（{na}国籍）来庁。通訳は{o}の{i}さん。", n=f.kata(r), na=f.nationality,
           o=g.org("国際交流協会"), i=g.person().sur())
    b.line("在留カード {v} を確認、住所変更の届出。", v=g.num("RESIDENCE_CARD"))
    b.line("カード表記：{ro}", ro=f.rom(r, False))
    b.line("新住所 {a}", a=g.address())
    b.line("携帯 {p}（日本語少しOK）", p=g.num("PHONE_NUMBER", sub="mobile"))
    id_line(b, g, g.least(("MY_NUMBER", "HEALTH_INSURANCE", "PENSION_NUMBER", "PASSPORT")))
    id_line(b, g, g.least(("CARE_INSURANCE", "DISABILITY_CERTIFICATE", "RESIDENT_CODE", "CREDIT_CARD")))
    return b


def _id_register(g: Gen) -> Builder:
    r, b = g.rng, Builder()
    b.line("本人確認書類 受付簿（{d}）", d=when(r))
    b.line("No.  氏名          書類            番号")
    for i in range(1, r.randint(5, 7)):
        fam = g.least(("DRIVER_LICENSE", "PASSPORT", "RESIDENCE_CARD"))
        doc = {"DRIVER_LICENSE": "運転免許証", "PASSPORT": "旅券", "RESIDENCE_CARD": "在留カード"}[fam]
        name = g.person().full("kanji", r) if fam != "RESIDENCE_CARD" else g.foreigner().rom(r)
        b.line("{i}    {n}    {d}    {v}", i=str(i), n=name, d=doc, v=g.num(fam))
    b.line("確認者印：{s}", s=g.person().sur())
    return b


def _elder_verbatim(g: Gen) -> Builder:
    r, b = g.rng, Builder()
    p, d = g.elder(), g.person(sex="f")
    b.line("電話受付（ご本人の話をそのまま記録）{d} {c}", d=when(r), c=clock(r))
    b.add("「もしもし、あのね、わたし{n}いいます。", n=p.full("kanji", r))
    b.add("{ad}に住んどります。", ad=g.address(r.choice(("kanji_numerals", "plain", "line_broken"))))
    b.add("保険証の番号？ちょっと待ってね、眼鏡…はい、")
    b.add("{v}。", v=g.num("CARE_INSURANCE", form=r.choice(("kanji", "kanji_mixed", "spaced", None))))
    b.add("生まれは{bd}です。", bd=g.birth(r.choice(("wareki", "kanji_numerals", "abbrev")), lo=1928, hi=1945))
    b.add("電話は{ph}、", ph=g.num("PHONE_NUMBER", form=r.choice(("kanji", "kanji_mixed", None)), sub="fixed"))
    b.line("昼間は娘の{m}が出るかもしれん」", m=d.given())
    b.line("→ 要件：介護保険料の通知が2通届いた。重複か？　{o}へ確認して折り返す。", o=g.org("介護保険課"))
    b.line("→ 娘さん（{m}さん）の携帯：{ph}", m=d.given(), ph=g.num("PHONE_NUMBER", sub="mobile"))
    return b


TEMPLATES = (_elder_verbatim, _id_register, _phone_memo, _elder_dictation, _identity_check, _moving_in, _call_log,
             _foreign_counter)


def make(g: Gen, i: int) -> Builder:
    return TEMPLATES[i % len(TEMPLATES)](g)
