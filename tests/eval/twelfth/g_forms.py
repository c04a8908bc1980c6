# ruff: noqa: E501
"""OCR'd and copy-pasted paper forms: separate-line labels, collapsed columns, ruled boxes, checkboxes."""

from __future__ import annotations

from tests.eval.twelfth import pools
from tests.eval.twelfth.ctx import ADDR_FIELD, BIRTH_FIELD, NUM_FIELD, PHONE_FIELD, Ctx
from tests.eval.twelfth.doc import Doc, loc, o
from tests.eval.twelfth.extras import extra

NAME_OCR = ("kanji", "fullwidth_space", "reading_parens", "dono")
KANA_OCR = ("katakana", "halfwidth_kana", "hiragana")


def city(c: Ctx) -> str:
    return c.rng.choice(pools.CITIES)[1]


def _sp(c: Ctx) -> str:
    return c.rng.choice(("  ", "   ", "　", "　　", " 　 ", "    "))


def ocr_application(c: Ctx, d: Doc) -> None:
    r = c.rng
    p = c.person()
    title = r.choice(
        ("介護保険 要介護認定・要支援認定 申請書", "介護保険 負担限度額認定申請書", "高額介護サービス費支給申請書")
    )
    d.ln("{l}長　様", l=loc(city(c)))
    d.ln(title)
    d.ln(r.choice(("□新規　■更新　□区分変更", "■新規　□更新", "☑ 要介護　□ 要支援")))
    d.ln("{x}", x=c.field("被保険者番号", "CARE_INSURANCE", NUM_FIELD, sep=_sp(c)))
    d.ln("フリガナ")
    d.ln("{x}", x=c.name(p, KANA_OCR))
    d.ln("氏　名")
    d.ln("{x}" + r.choice(("", "　　　印", " ㊞")), x=c.name(p, ("kanji", "fullwidth_space")))
    d.ln("{x}" + _sp(c) + "性別　" + r.choice(("■男 □女", "□男 ■女")), x=c.field("生年月日", "BIRTH_DATE", BIRTH_FIELD))
    d.ln("住　所" + _sp(c) + "〒{z}", z=c.val("POSTAL_CODE", NUM_FIELD[:-1]))
    d.ln("{a}", a=c.val("ADDRESS", ADDR_FIELD[:-1]))
    d.ln("{x}", x=c.field("電話番号", "PHONE_NUMBER", PHONE_FIELD, sep=_sp(c)))
    if r.random() < 0.7:
        d.ln("{x}", x=c.field("個人番号", "MY_NUMBER", NUM_FIELD, sep=_sp(c)))
    d.ln("主治医" + _sp(c) + "医療機関名 {h}" + _sp(c) + "医師氏名 {m}", h=o(r.choice(pools.HOSPITALS)),
         m=c.name(c.person(), ("kanji", "fullwidth_space")))  # fmt: skip
    d.ln("申請日　{dt}", dt=c.other_date("wareki"))
    if r.random() < 0.5:
        q = c.relative(p)
        d.ln(
            "提出代行者" + _sp(c) + "□本人 ■家族（続柄：" + r.choice(("長男", "長女", "妻", "次男")) + "）　氏名 {n}",
            n=c.name(q, NAME_OCR),
        )
        d.ln("{x}", x=c.field("連絡先", "PHONE_NUMBER", PHONE_FIELD))
    extra(c, d, r.randint(3, 4), "form")


def ocr_collapsed(c: Ctx, d: Doc) -> None:
    r = c.rng
    d.ln("{org}" + " " + r.choice(("国民健康保険 被保険者資格取得届", "後期高齢者医療 住所変更届", "国民年金 保険料免除申請書")),
         org=o(city(c) + "保険年金課"))  # fmt: skip
    d.ln("受付番号 R7-" + str(r.randint(1000, 9999)) + _sp(c) + "受付日 " + c.other_date("slash"))
    for _ in range(r.randint(1, 3)):
        p = c.person()
        d.ln("氏名" + _sp(c) + "{n}" + _sp(c) + "生年月日" + _sp(c) + "{b}" + _sp(c) + "続柄 " + r.choice(("世帯主", "妻", "子", "母")),
             n=c.name(p, ("kanji", "fullwidth_space", "katakana", "halfwidth_kana")), b=c.val("BIRTH_DATE", ("era_letter", "slash", "short_year", "wareki", "iso")))  # fmt: skip
        d.ln("個人番号" + _sp(c) + "{m}" + _sp(c) + "{h}",
             m=c.val("MY_NUMBER", ("plain", "nohyphen", "spaced", "mixed", "fullwidth")),
             h=c.field("記号番号", "HEALTH_INSURANCE", ("plain", "nohyphen", "fullwidth", "dotted", "mixed"), sep=" "))  # fmt: skip
    d.ln("住所" + _sp(c) + "〒{z}" + _sp(c) + "{a}", z=c.val("POSTAL_CODE", ("plain", "nohyphen", "fullwidth", "mixed")),
         a=c.val("ADDRESS", ("plain", "ocr_spaced", "hyphen", "fullwidth", "seirei_ward", "banchi_no")))  # fmt: skip
    d.ln("電話" + _sp(c) + "{t}" + _sp(c) + "携帯" + _sp(c) + "{m}",
         t=c.val("PHONE_NUMBER", ("plain", "paren_area", "fullwidth", "spaced")), m=c.val("PHONE_NUMBER", ("plain", "long_vowel_dash", "spaced")))  # fmt: skip
    if r.random() < 0.6:
        d.ln("{x}", x=c.field("基礎年金番号", "PENSION_NUMBER", NUM_FIELD, sep=_sp(c)))
    d.ln("異動日 " + c.other_date("wareki") + _sp(c) + "□転入 ■資格取得 □その他")
    extra(c, d, r.randint(3, 4), "form")


def ruled_box(c: Ctx, d: Doc) -> None:
    r = c.rng
    bar = r.choice(("｜", "│", "|"))
    p = c.person(foreign=r.random() < 0.2)
    d.ln(r.choice(("身体障害者手帳 再交付申請書", "療育手帳 記載事項変更届", "精神障害者保健福祉手帳 更新申請書")))
    d.ln("┌────────┬──────────────┐" if bar != "|" else "+--------+--------------+")
    d.ln(bar + "フリガナ" + bar + " {k} " + bar, k=c.name(p, ("katakana", "halfwidth_kana", "foreign_katakana")))
    d.ln(bar + "氏　　名" + bar + " {n} " + bar, n=c.name(p, ("kanji", "fullwidth_space", "romanized")))
    d.ln(
        bar + "生年月日" + bar + " {b} " + bar,
        b=c.val("BIRTH_DATE", ("wareki", "seireki", "era_letter", "kanji_numerals", "gannen")),
    )
    d.ln(bar + "住　　所" + bar + " 〒{z}　{a} " + bar, z=c.val("POSTAL_CODE", ("plain", "fullwidth", "kanji", "mixed")),
         a=c.val("ADDRESS", ("plain", "fullwidth", "kanji_numerals", "building_room", "katakana_building", "rural")))  # fmt: skip
    d.ln(
        bar + "手帳番号" + bar + " 第 {x} 号 " + bar,
        x=c.val("DISABILITY_CERTIFICATE", ("plain", "fullwidth", "kanji", "mixed", "spaced", "half_read")),
    )
    d.ln(bar + "電話番号" + bar + " {t} " + bar, t=c.val("PHONE_NUMBER", ("plain", "paren_area", "fullwidth", "kanji")))
    d.ln(bar + "再交付理由" + bar + " " + r.choice(("■紛失 □破損", "□紛失 ■汚損", "■等級変更")) + " " + bar)
    d.ln("└────────┴──────────────┘" if bar != "|" else "+--------+--------------+")
    d.ln("交付日 " + c.other_date("wareki") + "　担当 {dep}", dep=o(r.choice(("障害福祉課", "福祉総務課"))))
    extra(c, d, r.randint(2, 4), "form")


def bank_transfer(c: Ctx, d: Doc) -> None:
    r = c.rng
    p = c.person()
    bank = r.choice(pools.BANKS)
    c.yucho = bank == "ゆうちょ銀行"
    d.ln(r.choice(("口座振替依頼書（市税・国民健康保険税）", "児童手当 受給口座変更届", "給付金 振込口座届出書")))
    d.ln("提出日 " + c.other_date())
    d.ln(
        "金融機関名" + _sp(c) + "{b}" + _sp(c) + ("" if bank == "ゆうちょ銀行" else r.choice(pools.BRANCHES)), b=o(bank)
    )
    d.ln("預金種目" + _sp(c) + r.choice(("■普通 □当座", "1.普通", "普通")))
    d.ln(
        "{x}", x=c.field(r.choice(("口座番号", "記号・番号", "店番・口座番号")), "BANK_ACCOUNT", NUM_FIELD, sep=_sp(c))
    )
    c.yucho = False
    d.ln("口座名義（カナ）")
    d.ln("{k}", k=c.name(p, KANA_OCR))
    d.ln("{x}", x=c.field("納税義務者氏名", "PERSON", ("kanji", "fullwidth_space", "dono"), p=p))
    d.ln("住所 {a}", a=c.val("ADDRESS", ADDR_FIELD[:-1]))
    d.ln("{x}", x=c.field("電話", "PHONE_NUMBER", PHONE_FIELD))
    d.ln("※金融機関確認印　　　　　　　{dep} 受付", dep=o(city(c) + "収納課"))
    extra(c, d, r.randint(3, 4), "form")


def insurance_change(c: Ctx, d: Doc) -> None:
    r = c.rng
    d.ln("{l} 国民健康保険 資格喪失届（社会保険加入）", l=loc(city(c)))
    p = c.person()
    d.ln(
        "世帯主 {n}　{b}生",
        n=c.name(p, ("kanji", "fullwidth_space", "reading_parens")),
        b=c.val("BIRTH_DATE", ("seireki", "wareki", "kanji_numerals", "era_letter")),
    )
    d.ln("{x}", x=c.field("国保 記号番号", "HEALTH_INSURANCE", NUM_FIELD))
    d.ln("新しい保険証")
    d.ln("保険者名 {co}健康保険組合", co=o(r.choice(("つばさ精工", "星見ロジスティクス", "清流ビルメンテナンス"))))
    d.ln("{x}", x=c.field("保険者番号", "HEALTH_INSURANCE", NUM_FIELD))
    d.ln("資格取得日 " + c.other_date("wareki"))
    d.ln("喪失する人")
    for rel in r.sample(["妻", "長男", "長女", "次女", "母"], r.randint(1, 3)):
        q = c.relative(p)
        d.ln(
            "　" + rel + "　{n}（{k}）　" + r.choice(("", "学生", "")),
            n=c.name_as(q, "relation"),
            k=c.val("BIRTH_DATE", ("slash", "iso", "short_year", "era_letter")),
        )
    d.ln("{x}", x=c.field("届出人電話", "PHONE_NUMBER", PHONE_FIELD))
    extra(c, d, r.randint(3, 4), "form")


def license_return(c: Ctx, d: Doc) -> None:
    r = c.rng
    p = c.person()
    d.ln("運転経歴証明書 提示による {x} 申請", x=r.choice(("タクシー利用券", "高齢者バス無料乗車証", "自主返納支援")))
    d.ln("申請者")
    d.ln(
        "{x}", x=c.field("氏名", "PERSON", ("kanji", "fullwidth_space", "katakana", "hiragana", "halfwidth_kana"), p=p)
    )
    d.ln("{x}", x=c.field("生年月日", "BIRTH_DATE", BIRTH_FIELD, lo=1930, hi=1955))
    d.ln("{x}", x=c.field("住所", "ADDRESS", ADDR_FIELD))
    d.ln("{x}", x=c.field("免許証番号", "DRIVER_LICENSE", NUM_FIELD, sep=_sp(c)))
    d.ln(
        "返納日 " + c.other_date("seireki") + "　返納先 {ps}",
        ps=o(r.choice(pools.PREFS) + r.choice(("警察本部", "中央警察署", "運転免許センター"))),
    )
    d.ln("{x}", x=c.field("電話", "PHONE_NUMBER", PHONE_FIELD))
    extra(c, d, r.randint(3, 5), "form")


def resident_request(c: Ctx, d: Doc) -> None:
    r = c.rng
    p = c.person()
    d.ln("住民票の写し等交付請求書（郵送請求）")
    d.ln("請求日：" + c.other_date())
    d.ln("必要な方の住所")
    d.ln("{a}", a=c.val("ADDRESS", ADDR_FIELD[:-1]))
    d.ln(
        "必要な方の氏名  {n}" + _sp(c) + "{b}",
        n=c.name(p, ("kanji", "fullwidth_space", "katakana")),
        b=c.field("生年月日", "BIRTH_DATE", BIRTH_FIELD[:-1]),
    )
    d.ln("{x}", x=c.field("住民票コード（分かる場合）", "RESIDENT_CODE", NUM_FIELD))
    d.ln("■住民票コード記載　□個人番号記載　□世帯全員")
    d.ln(
        "使いみち　" + r.choice(("年金手続き", "相続手続き（{l}家庭裁判所）", "自動車登録")),
        l=loc(r.choice(pools.PREFS)[:-1]),
    )
    d.ln("請求者（本人）連絡先 {t}", t=c.val("PHONE_NUMBER", PHONE_FIELD[:-1]))
    d.ln("返送先 〒{z} 同上", z=c.val("POSTAL_CODE", NUM_FIELD[:-1]))
    extra(c, d, r.randint(3, 5), "form")


def pension_form(c: Ctx, d: Doc) -> None:
    r = c.rng
    p = c.person()
    d.ln("国民年金保険料 " + r.choice(("免除・納付猶予申請書", "学生納付特例申請書", "口座振替納付申出書")))
    d.ln("{x}", x=c.field("基礎年金番号", "PENSION_NUMBER", NUM_FIELD))
    d.ln("{x}", x=c.field("個人番号", "MY_NUMBER", NUM_FIELD))
    d.ln(
        "氏名 {n}　　生年月日 {b}",
        n=c.name(p, ("kanji", "fullwidth_space", "reading_parens")),
        b=c.val("BIRTH_DATE", ("wareki", "era_letter", "gannen", "kanji_numerals", "seireki")),
    )
    d.ln("住所 〒{z}", z=c.val("POSTAL_CODE", NUM_FIELD[:-1]))
    d.ln("{a}", a=c.val("ADDRESS", ADDR_FIELD[:-1]))
    d.ln("申請期間　令和7年7月分から令和8年6月分まで")
    d.ln(
        "{b} {br}　{x}",
        b=o(r.choice(pools.BANKS[:4])),
        br=r.choice(pools.BRANCHES),
        x=c.field("普通", "BANK_ACCOUNT", NUM_FIELD[:-1], sep=" "),
    )
    d.ln("提出先 {o}（{l}）", o=o("年金事務所"), l=loc(city(c)))
    extra(c, d, r.randint(3, 4), "form")


def notice_letter(c: Ctx, d: Doc) -> None:
    r = c.rng
    p = c.person(foreign=r.random() < 0.1)
    if r.random() < 0.35:
        d.ln("{z}", z=c.field("郵便番号", "POSTAL_CODE", NUM_FIELD, sep="　"))
    else:
        d.ln("〒{z}", z=c.val("POSTAL_CODE", NUM_FIELD[:-1]))
    d.ln(
        "{a}",
        a=c.field(r.choice(("送付先", "宛先住所", "住所")), "ADDRESS", ADDR_FIELD, sep=r.choice(("　", "：", "\n")))
        if r.random() < 0.6
        else c.val("ADDRESS", ADDR_FIELD[:-1]),
    )
    d.ln("{n}", n=c.name(p, ("dono", "dono", "kanji", "fullwidth_space", "romanized")))
    d.ln("　　　　　　　　　　　　{c}長", c=loc(city(c)))
    d.ln(r.choice(("福", "保", "介", "子")) + "第" + str(r.randint(100, 9999)) + "号　" + c.other_date("wareki", 30))
    d.ln(
        r.choice(
            (
                "介護保険負担限度額認定決定通知書",
                "児童扶養手当 支給停止通知書",
                "国民健康保険税 減免決定通知書",
                "自立支援医療 受給者証 送付のお知らせ",
            )
        )
    )
    d.ln("あなたから" + c.other_date("md", 60) + "に申請のあった件について、下記のとおり決定しましたので通知します。")
    d.ln("記")
    extra(c, d, r.randint(4, 6))
    d.ln("問い合わせ先：{dep}（代表 " + "-".join(c.phone_groups(False)) + "）", dep=o(r.choice(pools.DEPTS)))
