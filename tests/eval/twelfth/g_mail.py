"""E-mail threads: quoted replies, forwarded headers, signatures, residents' simple-Japanese mails."""

from __future__ import annotations

from tests.eval.twelfth import pools
from tests.eval.twelfth.ctx import ALNUM_INLINE, MAIL_INLINE, NUM_INLINE, PHONE_INLINE, Ctx, Person
from tests.eval.twelfth.doc import Doc, loc, o
from tests.eval.twelfth.extras import extra
from tests.eval.twelfth.g_forms import city

HDR_NAME = ("kanji", "fullwidth_space", "romanized", "katakana")
TITLES = ("主査", "主任", "係長", "課長補佐", "主事", "保健師", "社会福祉士")


def signature(c: Ctx, d: Doc, p: Person, quote: str = "") -> None:
    r = c.rng
    dep = r.choice(pools.DEPTS)
    d.ln(quote + r.choice(("--", "━━━━━━━━━━━━", "-----------------------", "＊＊＊＊＊＊")))
    d.ln(quote + "{c} {dep}" + r.choice((" " + r.choice(TITLES), "")), c=o(city(c) + "役所"), dep=o(dep))
    d.ln(quote + "{n}", n=c.name_as(p, "signature"))
    ext = str(r.randint(1000, 4999))
    if r.random() < 0.5:
        g = c.phone_groups(False)
        d.ln(quote + "TEL " + "-".join(g) + "（代表）内線" + ext)
    else:
        d.ln(
            quote + "内線 " + ext + " ／ 公用携帯 {m}",
            m=c.val("PHONE_NUMBER", ("plain", "long_vowel_dash", "international", "fullwidth", "extension")),
        )
    d.ln(quote + "Mail: {e}", e=c.mail(c.pick("EMAIL_ADDRESS", ("plain", "mailto", "angle", "fullwidth")), p))


def _header(c: Ctx, d: Doc, p: Person, quote: str) -> None:
    r = c.rng
    style = r.randrange(3)
    dt = c.other_date("slash", 30)
    if style == 0:
        d.ln(
            quote + r.choice(("From: ", "差出人: ")) + "{n} <{e}>", n=c.name(p, HDR_NAME), e=c.mail("quoted_header", p)
        )
        d.ln(quote + "Sent: " + dt + " 9:" + str(r.randint(10, 59)))
    elif style == 1:
        d.ln(
            quote + dt + " " + str(r.randint(8, 17)) + ":" + str(r.randint(10, 59)) + " {n} <{e}>:",
            n=c.name(p, HDR_NAME),
            e=c.mail("quoted_header", p),
        )
    else:
        d.ln(quote + "On " + dt + ", {n} <{e}> wrote:", n=c.name(p, HDR_NAME), e=c.mail("quoted_header", p))


def mail_thread(c: Ctx, d: Doc) -> None:
    r = c.rng
    me, you, client = c.person(), c.person(), c.person(foreign=r.random() < 0.15)
    topic = r.choice(
        ("訪問日程の件", "認定調査の日程調整", "減免申請の添付書類", "転入手続きの確認", "家屋調査の立会い")
    )
    d.ln("件名: Re: " + topic)
    d.ln("{n}" + r.choice(("さん", "様", " 様")), n=c.name(you, ("surname_only", "kanji")))
    d.ln("お疲れ様です。{n}です。", n=c.name_as(me, "surname_only"))
    d.ln(
        "{cl}さんの件、本人に電話で確認しました（{ph}）。",
        cl=c.name(client, ("prose", "kanji", "surname_only", "foreign_katakana")),
        ph=c.val("PHONE_NUMBER", PHONE_INLINE),
    )
    d.ln(r.choice(("訪問は", "調査は", "立会いは")) + c.other_date("md", 10) + "の午後でお願いします。")
    if r.random() < 0.6:
        d.ln(
            "住所は{a}で、前回から変わっていません。",
            a=c.val(
                "ADDRESS",
                ("plain", "hyphen", "building_room", "katakana_building", "partial", "kanji_numerals", "seirei_ward"),
            ),
        )
    signature(c, d, me)
    d.ln()
    _header(c, d, you, "> ")
    d.ln("> {n}さん", n=c.name_as(me, "surname_only"))
    d.ln("> " + topic + "について、先方の都合を聞いてもらえますか。")
    if r.random() < 0.6:
        d.ln("> 介護保険の番号は {x} です。", x=c.val("CARE_INSURANCE", NUM_INLINE))
    d.ln(">")
    signature(c, d, you, "> ")
    extra(c, d, r.randint(2, 4), "prose")


def mail_forward(c: Ctx, d: Doc) -> None:
    r = c.rng
    sender, to, cc1, cc2, resident = c.person(), c.person(), c.person(), c.person(), c.person()
    d.ln("---------- Forwarded message ----------")
    d.ln(r.choice(("From: ", "差出人: ")) + "{n} <{e}>", n=c.name(sender, HDR_NAME), e=c.mail("quoted_header", sender))
    d.ln("Date: " + c.other_date("seireki", 20) + " " + str(r.randint(8, 18)) + ":" + str(r.randint(10, 59)))
    d.ln(r.choice(("To: ", "宛先: ")) + "{n} <{e}>", n=c.name(to, HDR_NAME), e=c.mail("quoted_header", to))
    d.ln(
        "Cc: {a} <{e}>, {b} <{f}>",
        a=c.name(cc1, HDR_NAME),
        e=c.mail("quoted_header", cc1),
        b=c.name(cc2, HDR_NAME),
        f=c.mail("quoted_header", cc2),
    )
    d.ln("Subject: " + r.choice(("【至急】窓口対応の引継ぎ", "転送：市民の声への回答案", "FW: 申請書の不備について")))
    d.ln()
    d.ln("{n}さん、下記ご確認ください。", n=c.name(to, ("surname_only", "kanji")))
    d.ln(
        "申請者：{n}（{k}）",
        n=c.name(resident, ("kanji", "fullwidth_space", "reading_parens")),
        k=c.val("BIRTH_DATE", ("seireki", "wareki", "slash", "era_letter", "age_with_date")),
    )
    d.ln("連絡先：{t}／{e}", t=c.val("PHONE_NUMBER", PHONE_INLINE), e=c.val("EMAIL_ADDRESS", MAIL_INLINE, p=resident))
    d.ln(
        "提出書類のうち、{doc}の番号欄（{x}）が読み取れないとのことです。",
        doc=r.choice(("国保の保険証", "後期高齢者医療被保険者証")),
        x=c.val("HEALTH_INSURANCE", NUM_INLINE),
    )
    d.ln("受付は" + c.other_date("md", 15) + "、受付番号は " + str(r.randint(20250000, 20259999)) + " です。")
    signature(c, d, sender)
    extra(c, d, r.randint(3, 4), "prose")


def foreign_mail(c: Ctx, d: Doc) -> None:
    r = c.rng
    p = c.person(foreign=True)
    country = r.choice(pools.COUNTRIES)
    d.ln(
        "件名："
        + r.choice(("ざいりゅうカードの こと", "てつづき について おしえてください", "Re: 在留カード 住所変更"))
    )
    d.ln("{dep}の みなさま", dep=o(r.choice(("市民課", "国際交流課", "外国人相談窓口"))))
    d.ln(
        "こんにちは。わたしは {n} です。{co}から きました。",
        n=c.name(p, ("foreign_katakana", "romanized")),
        co=loc(country),
    )
    d.ln(
        "{l}に すんでいます。じゅうしょは {a} です。",
        l=loc(city(c)),
        a=c.val("ADDRESS", ("plain", "hyphen", "katakana_building", "building_room", "fullwidth", "partial")),
    )
    d.ln("ざいりゅうカードの ばんごうは {x} です。", x=c.val("RESIDENCE_CARD", ALNUM_INLINE))
    if r.random() < 0.6:
        d.ln("パスポート: {x}", x=c.val("PASSPORT", ALNUM_INLINE))
    d.ln(c.other_date("md", 20) + "に まどぐちに いきたいです。だいじょうぶですか。")
    d.ln("でんわ {t} です。", t=c.val("PHONE_NUMBER", ("plain", "spaced", "international", "fullwidth", "dictated")))
    d.ln("ありがとうございます。")
    d.ln("{n}", n=c.name(p, ("signature", "romanized", "foreign_katakana")))
    d.ln("{e}", e=c.val("EMAIL_ADDRESS", ("plain", "angle", "spaced", "at_paren", "fullwidth"), p=p))
    extra(c, d, r.randint(3, 4), "prose")


def complaint_mail(c: Ctx, d: Doc) -> None:
    r = c.rng
    p = c.person()
    d.ln("【市民の声】受付番号 " + str(r.randint(2025000, 2025999)))
    d.ln("受付日時：" + c.other_date("seireki", 60) + " " + str(r.randint(8, 22)) + ":" + str(r.randint(10, 59)))
    d.ln("担当課：{dep}", dep=o(r.choice(pools.DEPTS)))
    d.ln(
        "お名前：{n}", n=c.name(p, ("kanji", "fullwidth_space", "hiragana", "katakana", "halfwidth_kana", "romanized"))
    )
    d.ln(
        "ご住所：{a}",
        a=c.val(
            "ADDRESS",
            (
                "plain",
                "hyphen",
                "fullwidth",
                "ocr_spaced",
                "building_room",
                "katakana_building",
                "seirei_ward",
                "kanji_numerals",
            ),
        ),
    )
    d.ln("メール：{e}", e=c.val("EMAIL_ADDRESS", MAIL_INLINE, p=p))
    d.ln("電話：{t}", t=c.val("PHONE_NUMBER", PHONE_INLINE))
    d.ln("内容：")
    d.ln(r.choice((
        "{pl}の街灯が切れたままです。夜に子どもが通るので早く直してほしい。",
        "{pl}の歩道に自転車が放置されています。",
        "{pl}周辺のごみ集積所のカラス被害について対応をお願いします。",
    )), pl=loc(r.choice(pools.TOWN_HEAD) + r.choice(("町", "台"))))  # fmt: skip
    if r.random() < 0.5:
        d.ln("隣の{n}さんも困っていると言っていました。", n=c.name_as(c.person(), "surname_only"))
    d.ln("回答：" + r.choice(("要", "不要（メールで可）")))
    extra(c, d, r.randint(2, 3), "prose")


def card_mail(c: Ctx, d: Doc) -> None:
    r = c.rng
    p = c.person()
    d.ln("件名：ふるさと納税の決済エラーについて（{n}様）", n=c.name(p, ("kanji", "surname_only", "fullwidth_space")))
    d.ln("{co} ご担当者様", co=o(r.choice(pools.COMPANIES)))
    d.ln("{dep}の{me}です。", dep=o("企画政策課"), me=c.name_as(c.person(), "surname_only"))
    d.ln(
        "寄附者の方からお電話があり、カード番号 {x} で二重に決済されたとのことです。",
        x=c.val("CREDIT_CARD", NUM_INLINE),
    )
    d.ln("寄附日は" + c.other_date("md", 40) + "、金額は" + str(r.randint(1, 9)) + "0,000円です。")
    d.ln(
        "寄附者連絡先：{t}（日中）、{e}",
        t=c.val("PHONE_NUMBER", PHONE_INLINE),
        e=c.val("EMAIL_ADDRESS", MAIL_INLINE, p=p),
    )
    d.ln(
        "返礼品の送付先：〒{z} {a}",
        z=c.val("POSTAL_CODE", NUM_INLINE),
        a=c.val("ADDRESS", ("plain", "hyphen", "hokkaido", "kyoto", "seirei_ward", "building_room", "rural")),
    )
    d.ln("ご確認のほどよろしくお願いいたします。")
    extra(c, d, r.randint(3, 4), "prose")
