"""foreign_resident: consultations and forms of foreign residents (在留カード, 旅券, romanized names)."""

from __future__ import annotations

from tests.eval.blind.model import Builder

from .common import age, when
from .gen import Gen


def _intern_message(g: Gen) -> Builder:
    r, b = g.rng, Builder()
    f = g.foreigner("ベトナム") if r.random() < 0.6 else g.foreigner("インドネシア")
    boss = g.person()
    b.line("こんにちは。わたしは {n} です。", n=f.rom(r, False))
    b.line("{na}から きました。ぎのうじっしゅうせい です。", na=f.nationality)
    b.line("かいしゃは {o} です。", o=g.org(r.choice(("株式会社東亜食品", "有限会社丸栄運送"))))
    b.line("ざいりゅうカード の ばんごう は {v} です。", v=g.num("RESIDENCE_CARD"))
    b.line("パスポート は {v} です。", v=g.num("PASSPORT"))
    b.add("じゅうしょ が かわりました。あたらしい じゅうしょ は ")
    b.line("{a} です。", a=g.address(r.choice(("building_room", "hyphen", "line_broken", "fullwidth"))))
    b.line("でんわ {p}", p=g.num("PHONE_NUMBER", sub="mobile"))
    b.line("マイナンバー {m}", m=g.num("MY_NUMBER"))
    b.line("くに に かえる とき、ねんきん の おかね（だったいいちじきん）が ほしい です。ねんきん の ばんごう は {v}",
           v=g.num("PENSION_NUMBER"))
    b.line("しゃちょう の {s}さん も しっています。", s=boss.sur())
    b.line("にほんご すこし わかります。よろしく おねがいします🙏")
    return b


def _ido_form(g: Gen) -> Builder:
    r, b = g.rng, Builder()
    f = g.foreigner()
    b.line("住民異動届（外国人住民）　記入内容確認")
    b.line("氏名（アルファベット）：{ro}", ro=f.rom(r, False))
    b.line("氏名（カタカナ）：{k}", k=f.kata())
    if f.kanji_name and r.random() < 0.8:
        b.line("漢字氏名（併記）：{kj}", kj=f.kanji())
    b.line("国籍・地域：{na}", na=f.nationality)
    b.line("生年月日：{bd}", bd=g.birth(r.choice(("slash", "seireki", "spaced", None)), lo=1970, hi=2005))
    b.line("在留資格：{q}　在留期間満了日：2027年{m}月{d}日", q=r.choice(("技能実習", "特定技能1号", "留学",
                                                                     "家族滞在", "定住者", "技術・人文知識・国際業務")),
           m=str(r.randint(1, 12)), d=str(r.randint(1, 28)))
    b.line("在留カード番号：{v}", v=g.num("RESIDENCE_CARD"))
    b.line("（旧カード番号：{v}　更新済）", v=g.num("RESIDENCE_CARD"))
    b.line("旅券番号：{v}", v=g.num("PASSPORT"))
    b.line("個人番号：{v}（カード交付前のため通知書で確認）", v=g.num("MY_NUMBER"))
    b.line("転入前住所：{na}（国外）", na=f.nationality)
    b.line("住所：〒{z}　{a}", z=g.num("POSTAL_CODE"), a=g.address())
    if r.random() < 0.5:
        b.line("世帯主：{h}（続柄：夫）", h=g.foreigner(f.nationality, sex="m").rom(r))
    return b


def _brazil_family(g: Gen) -> Builder:
    r, b = g.rng, Builder()
    f = g.foreigner(r.choice(("ブラジル", "ペルー")))
    interp = g.person()
    b.line("相談記録　{d}　{o}", d=when(r), o=g.loc(r.choice(("大泉町", "太田市", "浜松市", "豊橋市"))))
    b.add("{n}さん（{ro}）が長男の就学手続きで来所。", n=f.kata(r), ro=f.rom(r, True))
    b.line("ポルトガル語通訳は{i}（{o}）。", i=interp.full("kanji", r), o=g.org("国際交流協会"))
    b.add("長男は{c}、", c=g.foreigner(f.nationality, sex="m").kata(r))
    b.line("生年月日{bd}。", bd=g.birth(lo=2012, hi=2019))
    b.line("ブラジル人学校から{o}へ転校希望。", o=g.org("市立第三小学校"))
    b.line("父の在留カード：{v}", v=g.num("RESIDENCE_CARD"))
    b.line("長男のパスポート：{v}（期限切れ）", v=g.num("PASSPORT"))
    b.add("{s}さんは派遣で夜勤が多く、", s=f.family())
    b.line("連絡は妻の携帯（{p}）の方がつながりやすいとのこと。", p=g.num("PHONE_NUMBER", sub="mobile"))
    b.line("就学援助の申請書も渡した。口座は後日 {o} の通帳を持参。", o=g.org("ゆうちょ銀行"))
    return b


def _chinese_kokuho(g: Gen) -> Builder:
    r, b = g.rng, Builder()
    f = g.foreigner(r.choice(("中国", "韓国")))
    b.line("国保加入手続メモ")
    b.add("{kj}（{k}）さん、", kj=f.kanji() or f.kata(), k=f.kata(r))
    b.line("留学生、{a}。{o}の推薦状あり。", a=age(r, 19, 30), o=g.org(r.choice(("NPO法人にじの会", "国際交流協会"))))
    b.line("ローマ字：{ro}", ro=f.rom(r))
    b.line("在留カード {v}（在留期限まで1年以上）", v=g.num("RESIDENCE_CARD"))
    b.add("旅券 {v} 提示。", v=g.num("PASSPORT"))
    b.line("資格確認書は{a}に郵送。", a=g.address())
    b.line("保険者番号 {v} を案内。", v=g.num("HEALTH_INSURANCE", sub="kokuho"))
    b.line("保険料は口座振替希望：{v}", v=g.num("BANK_ACCOUNT", sub="branch"))
    b.line("メール連絡可 → {m}", m=g.email(f.roman.split()[0] + f.roman.split()[-1]))
    return b


def _nepal_tax(g: Gen) -> Builder:
    r, b = g.rng, Builder()
    f = g.foreigner(r.choice(("ネパール", "モンゴル", "フィリピン")))
    b.line("件名: 課税証明書がほしいです")
    b.line("")
    b.line("{o} ごたんとうさま", o=g.org("税務課"))
    b.line("")
    b.line("はじめまして。{ro} ともうします。", ro=f.rom(r, True))
    b.line("ビザのこうしん（在留期間更新）のために、課税証明書と納税証明書がひつようです。")
    b.add("わたしの在留カードは {v} です。", v=g.num("RESIDENCE_CARD"))
    b.line("マイナンバーは {m} です。", m=g.num("MY_NUMBER"))
    b.line("レストラン「{o}」ではたらいています。", o=g.org(r.choice(("株式会社ミナトサービス", "有限会社丸栄運送"))))
    b.line("ゆうびんで おくってください。")
    b.line("〒{z}", z=g.num("POSTAL_CODE"))
    b.line("{a}", a=g.address())
    b.line("{k}（{ro}）", k=f.kata(r), ro=f.rom(r, False))
    b.line("TEL {p}", p=g.num("PHONE_NUMBER", sub="mobile"))
    return b


def _spouse_visa(g: Gen) -> Builder:
    r, b = g.rng, Builder()
    f = g.foreigner(r.choice(("フィリピン", "韓国", "中国", "ベトナム")), sex="f")
    h = g.person(sex="m")
    b.line("婚姻届 受理後の確認事項（{d}）", d=when(r))
    b.line("夫：{h}　本籍 {l}", h=h.full("kanji", r), l=g.loc(r.choice(("札幌市", "熊本市", "長岡市"))))
    b.line("妻：{k}　{ro}", k=f.kata(), ro=f.rom(r, False))
    b.line("妻 生年月日 {bd}", bd=g.birth(lo=1980, hi=2003))
    b.line("妻 旅券 {p}／在留カード {c}", p=g.num("PASSPORT"), c=g.num("RESIDENCE_CARD"))
    b.line("婚姻要件具備証明書：{o}発行の翻訳文あり", o=g.org(f.nationality + "大使館"))
    b.line("→ 戸籍には「{k}」で記載。", k=f.kata())
    b.line("夫の連絡先 {p}", p=g.num("PHONE_NUMBER"))
    b.line("夫の運転免許証 {v}（本人確認）", v=g.num("DRIVER_LICENSE"))
    lab, val = g.idv(g.least(("PENSION_NUMBER", "HEALTH_INSURANCE", "CARE_INSURANCE", "DISABILITY_CERTIFICATE",
                               "RESIDENT_CODE", "CREDIT_CARD")))
    b.line("夫の{l}：{v}（扶養確認のため）", l=lab, v=val)
    return b


def _intern_list(g: Gen) -> Builder:
    r, b = g.rng, Builder()
    b.line("技能実習生 住所届出 一覧（監理団体：{o}）", o=g.org("技能実習監理団体アジア協同組合"))
    b.line("| 氏名 | 国籍 | 在留カード番号 | 旅券番号 | 在留期限 |")
    b.line("|---|---|---|---|---|")
    for _ in range(r.randint(4, 6)):
        f = g.foreigner(r.choice(("ベトナム", "インドネシア", "フィリピン", "ネパール", "モンゴル")))
        b.line("| {n} | {na} | {c} | {p} | {m} |", n=f.rom(r, False), na=f.nationality, c=g.num("RESIDENCE_CARD"),
               p=g.num("PASSPORT"), m=f"2027/{r.randint(1, 12):02d}/{r.randint(1, 28):02d}")
    b.line("寮の住所：{a}（全員同じ）", a=g.address(r.choice(("building_room", "hyphen", "plain"))))
    b.line("担当：{s}（{o}）", s=g.person().full("kanji", r), o=g.org("株式会社東亜食品"))
    return b


TEMPLATES = (_intern_list, _intern_message, _ido_form, _brazil_family, _chinese_kokuho, _nepal_tax, _spouse_visa)


def make(g: Gen, i: int) -> Builder:
    return TEMPLATES[i % len(TEMPLATES)](g)
