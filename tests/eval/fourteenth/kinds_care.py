"""Fire and ambulance, library, the city hospital, guardianship and public assistance case records."""

from __future__ import annotations

from tests.eval.blind.model import Builder
from tests.eval.fourteenth import ids, places
from tests.eval.fourteenth import layout as L
from tests.eval.fourteenth.values import DECOR, FOREIGN_STYLE, JP_STYLE, Ctx

GEN = JP_STYLE + FOREIGN_STYLE + ["kanji_cnkr"]
GEN_D = GEN + DECOR


def ambulance(ctx: Ctx, b: Builder) -> None:
    p = ctx.person(ctx.choice(["elder", "adult", "elder"]))
    fam = ctx.person("adult", "jp")

    def body() -> None:
        b.line("救急活動記録（要約用）")
        b.line(f"覚知 {L.clock(ctx, 0, 23)}　現着 +8分　病院収容 +41分")
        b.line("傷病者：{n}（{sex}）", n=ctx.name(p, GEN_D), sex=ctx.choice(["男性", "女性"]))
        L.field(ctx, b, "生年月日", "BIRTH_DATE", p)
        b.line("発生場所：{a}", a=places.address(ctx))
        L.extras(
            ctx, b, p, 1, ["ADDRESS", "HEALTH_INSURANCE", "CARE_INSURANCE", "DISABILITY_CERTIFICATE", "PHONE_NUMBER"]
        )
        b.line(
            ctx.choice(
                [
                    "主訴：自宅トイレで倒れていた。意識JCS I-3、呼吸あり。",
                    "主訴：階段から転落、右大腿部痛。歩行不能。",
                    "主訴：胸部苦悶感、冷汗。既往に狭心症。",
                ]
            )
        )
        b.line(
            "関係者：{rel} {n}（{t}）",
            rel=ctx.choice(["長男", "妻", "長女", "夫"]),
            n=ctx.ctxname(fam, "relation"),
            t=ids.phone(ctx),
        )
        b.line("搬送先：{h}（{d}）", h=ctx.org("市民病院"), d=ctx.choice(["救急外来", "脳外科", "循環器内科"]))
        b.line(
            "かかりつけ：{c}、お薬手帳あり。保険証 記号番号 {h}",
            c=ctx.org(ctx.choice(["みなと内科クリニック", "青葉整形外科"])),
            h=ids.ident(ctx, "HEALTH_INSURANCE"),
        )

    L.wrap(ctx, b, body, ctx.choice(["この記録を申し送り用に3行でまとめて", None]))


def call_119(ctx: Ctx, b: Builder) -> None:
    caller = ctx.person()
    pt = ctx.person("elder", "jp")

    def body() -> None:
        b.line("119番通報 音声書き起こし（自動文字起こし・未修正）")
        b.line("指令員：119番消防です。火事ですか、救急ですか。")
        b.line("通報者：救急です、あの、えー、父が急に倒れて、息はしてるんですけど。")
        b.line("指令員：住所を教えてください。")
        b.line(
            "通報者：えっと、{a}です。", a=places.address(ctx, ["plain", "kanji", "banchi_no", "partial", "hokkaido"])
        )
        b.line("指令員：お父さんのお名前と年齢は。")
        b.line(
            "通報者：{n}、{age}さいです。",
            n=ctx.name(pt, ["hiragana", "katakana", "kanji_nospace"]),
            age=ctx.choice(["はちじゅうに", "ななじゅうきゅう", "はちじゅうご"]),
        )
        b.line("指令員：お父さんの生年月日は分かりますか。")
        b.line("通報者：あ、えー、{d}、だったと思います。", d=ids.birth(ctx, pt, ["spoken", "wareki", "kanji"]))
        b.line("指令員：あなたのお名前と、今かけている電話番号を。")
        b.line(
            "通報者：{n}です。番号は、{t}。",
            n=ctx.name(caller, ["katakana", "hiragana", "kanji_space", "foreign_katakana"]),
            t=ids.phone(ctx, ["spoken", "kana_half"], mobile=True),
        )
        b.line("指令員：救急車向かっています。玄関の鍵を開けて待っていてください。")

    L.wrap(
        ctx, b, body, ctx.choice(["以下の書き起こしを時系列で要約して", "誤変換を直して読みやすくしてください", None])
    )


def library(ctx: Ctx, b: Builder) -> None:
    p = ctx.person()
    s = ctx.person("adult", "jp")

    def body() -> None:
        if p.foreign:
            b.line("To: {m}", m=ids.email(ctx, p, ["plain", "angle"]))
            b.line("Subject: Overdue items / 延滞資料のお知らせ")
            b.line()
            b.line("Dear {n},", n=ctx.name(p, ["english_sentence", "romanized"]))
            b.line()
            b.line("This is the Central Library. The following items were due on November 20 and are now overdue.")
            b.line("以下の資料の返却期限が過ぎています。")
            b.line("・『はじめての家庭菜園』ほか2点")
            b.line(
                "Please return them at the counter or the book drop. "
                "If you have moved, please tell us your new address."
            )
        else:
            b.line("{n}様", n=ctx.name(p, GEN_D))
            b.line(
                ctx.choice(["リクエストいただいた資料がご用意できました。", "貸出中の資料の返却期限が過ぎております。"])
            )
            b.line(f"利用者番号：2301-{ctx.rng.randint(10000, 99999)}（※カード番号は個人情報ではありません）")
            b.line(
                "ご登録の連絡先（{t}）にお電話しましたがつながらなかったため、メールでご連絡しています。",
                t=ids.phone(ctx),
            )
            b.line("ご登録住所：{a}", a=places.address(ctx))
        b.line()
        L.signature(ctx, b, s, "中央図書館", with_mail=ctx.rng.random() < 0.5)

    L.wrap(ctx, b, body)


def hospital_referral(ctx: Ctx, b: Builder) -> None:
    p = ctx.person(ctx.choice(["adult", "elder"]))
    doc = ctx.person("adult", "jp")

    def body() -> None:
        b.line("診療情報提供書")
        b.line("{h} {d} 担当医 御侍史", h=ctx.org("市民病院"), d=ctx.choice(["消化器内科", "整形外科", "神経内科"]))
        b.line("患者氏名：{n}　{sex}", n=ctx.name(p, GEN_D), sex=ctx.choice(["男", "女"]))
        L.field(ctx, b, "生年月日", "BIRTH_DATE", p)
        b.line("住所：{a}", a=places.address(ctx))
        L.field(ctx, b, "電話", "PHONE_NUMBER")
        L.field(ctx, b, "被保険者証 記号・番号", "HEALTH_INSURANCE")
        L.extras(ctx, b, p, ctx.rng.randint(2, 3))
        b.line(ctx.choice(["紹介目的：精査加療のお願い", "紹介目的：手術適応のご判断", "紹介目的：MRI検査のお願い"]))
        b.line(
            "経過："
            + ctx.choice(
                [
                    "2か月前より心窩部痛、体重減少4kg。",
                    "転倒後から腰痛持続、下肢しびれあり。",
                    "物忘れの進行を家族が心配し受診。",
                ]
            )
        )
        b.line(
            "{c}　{n}",
            c=ctx.org(ctx.choice(["みなと内科クリニック", "柏木医院", "ひかり診療所"])),
            n=ctx.name(doc, ["kanji_space", "kanji_fullspace", "signature"]),
        )

    L.wrap(ctx, b, body)


def discharge_chat(ctx: Ctx, b: Builder) -> None:
    pt = ctx.person("elder")
    msw, cm, nurse = ctx.person("adult", "jp"), ctx.person("adult", "jp"), ctx.person("adult", "jp")

    def body() -> None:
        b.line("＃退院調整（地域連携室）")
        b.line("{a} {t}", a=ctx.ctxname(msw, "speaker"), t=L.clock(ctx))
        b.line(
            "@{c} さん、{p}の退院日、12/{d}で調整中です。",
            c=ctx.ctxname(cm, "mention"),
            p=ctx.name(pt, GEN_D, "さん"),
            d=str(ctx.rng.randint(5, 25)),
        )
        b.line("介護保険の被保険者番号は {n} で合ってますか？", n=ids.ident(ctx, "CARE_INSURANCE"))
        b.line("{c} {t}", c=ctx.ctxname(cm, "speaker"), t=L.clock(ctx))
        b.line("> 介護保険の被保険者番号は…")
        b.line(
            "合ってます。要介護2、認定期間は来年8月末まで。自宅は{a}で、階段が急です。",
            a=places.address(ctx, ["partial", "plain", "hyphen"]),
        )
        b.line("{n} {t}", n=ctx.ctxname(nurse, "speaker"), t=L.clock(ctx))
        b.add("@{m} ", m=ctx.ctxname(msw, "mention"))
        b.line(
            "{s}さん、ご家族（{rel}の{g}さん）が面会時に手すりの相談をしたいそうです。",
            s=ctx.sur(pt),
            rel=ctx.choice(["長女", "次男", "姪"]),
            g=ctx.given(ctx.person("adult", "jp")),
        )

    L.wrap(ctx, b, body)


def guardian_case(ctx: Ctx, b: Builder) -> None:
    p = ctx.person(ctx.choice(["elder", "adult"]))
    cw = ctx.person("adult", "jp")
    lawyer = ctx.person("adult", "jp")

    def body() -> None:
        b.line(ctx.choice(["ケース記録（生活保護）", "成年後見 市長申立て 検討記録", "支援経過記録"]))
        b.line("対象者：{n}", n=ctx.name(p, GEN_D))
        L.field(ctx, b, "生年月日", "BIRTH_DATE", p)
        L.field(ctx, b, "基礎年金番号", "PENSION_NUMBER")
        if ctx.rng.random() < 0.5:
            L.field(ctx, b, "障害者手帳番号", "DISABILITY_CERTIFICATE")
        else:
            L.field(ctx, b, "介護保険被保険者番号", "CARE_INSURANCE")
        b.line("居所：{a}", a=places.address(ctx))
        L.extras(ctx, b, p, ctx.rng.randint(2, 4))
        b.line()
        b.add("{d}　", d=ctx.choice(["11/12", "11月19日", "R7.11.26"]))
        b.add("{cw}", cw=ctx.name(cw, ["title", "surname_only"], ctx.choice(["CW", "主査"])))
        b.line(
            ctx.choice(
                [
                    "が訪問。室内にごみが堆積、通帳の所在を本人が把握していない。",
                    "が面談。年金の受取口座が親族名義になっている可能性あり。",
                ]
            )
        )
        b.line(
            "親族：{rel}　{n}（{l}在住）",
            rel=ctx.choice(["弟", "姉", "長男", "妹"]),
            n=ctx.ctxname(ctx.person("elder", "jp"), "relation"),
            l=ctx.loc(ctx.choice(["大阪市", "札幌市", "長岡市", "倉敷市"])),
        )
        b.line(
            "本人は「{n}（甥）に任せている」と話す。甥の連絡先は不明。",
            n=ctx.name(ctx.person("adult", "jp"), ["kanji_nospace", "given_only", "quoted"]),
        )
        b.line(
            "候補者として{o}の{l}弁護士に打診予定。",
            o=ctx.org("みなと法律事務所"),
            l=ctx.name(lawyer, ["kanji_space", "kanji_nospace"]),
        )
        b.line(
            "本人口座：{bk} {br} 普通 {a}",
            bk=ctx.org("ゆうちょ銀行") if ctx.rng.random() < 0.3 else ctx.org("東西銀行"),
            br=ctx.choice(["〇一八店", "本店"]),
            a=ids.ident(ctx, "BANK_ACCOUNT"),
        )

    L.wrap(ctx, b, body)
