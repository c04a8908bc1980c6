"""Chat threads, mail threads with quoted replies, foreign residents' mail and registration forms."""

from __future__ import annotations

from tests.eval.blind.model import Builder
from tests.eval.fourteenth import ids, places, pools
from tests.eval.fourteenth import layout as L
from tests.eval.fourteenth.values import DECOR, FOREIGN_STYLE, JP_STYLE, Ctx

GEN = JP_STYLE + FOREIGN_STYLE + ["kanji_cnkr"]

_TOPICS = [
    ("漏水の件", "現地確認したら、メーターボックス内で漏れてました。"),
    ("粗大ごみの件", "収集日に出ていなかったので、次回に回します。"),
    ("学童の件", "空きが1名分出たので、待機1番の方に連絡します。"),
    ("退去立会", "明日10時、鍵の受け取りまでお願いします。"),
    ("救急の申し送り", "搬送先から家族への連絡が取れないと連絡がありました。"),
]


def chat(ctx: Ctx, b: Builder) -> None:
    a, c, d = ctx.person("adult", "jp"), ctx.person("adult", "jp"), ctx.person("adult", "jp")
    resident = ctx.person()
    kid = ctx.person("child", "jp")
    topic, line1 = ctx.rng.choice(_TOPICS)

    def body() -> None:
        b.line(f"＃{ctx.choice(['係内連絡', '窓口チーム', '現場対応'])}（{topic}）")
        b.line("{a}  {t}", a=ctx.ctxname(a, "speaker"), t=L.clock(ctx))
        b.line("@{c} {l}", c=ctx.ctxname(c, "mention"), l=line1)
        b.line(
            "住民の{n}さん（{a}）には私から伝えます。",
            n=ctx.name(resident, [*GEN, "surname_only"]),
            a=places.address(ctx, ["partial", "hyphen", "ward", "kanji"]),
        )
        b.line()
        b.line("{c}  {t}", c=ctx.ctxname(c, "speaker"), t=L.clock(ctx))
        b.line("> " + line1)
        b.line("ありがとうございます！連絡先は{t}です（台帳の番号は古いそうです）", t=ids.phone(ctx))
        b.line()
        b.line("{d}  {t}", d=ctx.ctxname(d, "speaker"), t=L.clock(ctx))
        b.add("ちなみに、お子さんの")
        b.add("{k}", k=ctx.given(kid))
        b.line("ちゃんが{s}と同じクラスなので、念のため私は外れます🙏", s=ctx.choice(["うちの子", "娘"]))
        b.line(
            "@{a} @{c} {t}",
            a=ctx.ctxname(a, "mention"),
            c=ctx.ctxname(c, "mention"),
            t=ctx.choice(["了解です", "共有ありがとうございます", "明日の朝、係で確認しましょう"]),
        )

    L.wrap(ctx, b, body, ctx.choice(["このスレッドの結論だけ教えて", "チャットのやりとりを経緯メモにして", None]))


def mail_thread(ctx: Ctx, b: Builder) -> None:
    sender, staff = ctx.person(), ctx.person("adult", "jp")
    cc = [ctx.person("adult", "jp") for _ in range(ctx.rng.randint(2, 4))]

    def body() -> None:
        b.add('From: "')
        b.add("{n}", n=ctx.ctxname(sender, "signature") if ctx.rng.random() < 0.3 else ctx.name(sender, GEN))
        b.line('" {m}', m=("<", ids.email(ctx, sender, ["header"]), ">"))
        b.add("To: ")
        b.line("{m}", m=ids.email(ctx, staff, ["plain", "angle"], staff=True))
        b.put("CC: ")
        for i, p in enumerate(cc):
            b.put(ctx.ctxname(p, "list"))
            b.put("、" if i < len(cc) - 1 else "\n")
        b.line(
            "件名：Re: Re: {s}".format(
                s=ctx.choice(["保育所の入所について", "墓地の承継について", "家賃の件", "水道の名義変更"])
            )
        )
        b.line()
        b.line("{n}", n=ctx.name(staff, ["kanji_nospace", "kanji_space", "surname_only"], "様"))
        b.line(ctx.choice(["お返事ありがとうございます。", "ご連絡が遅くなりすみません。"]))
        b.line(ctx.choice(["書類は今週中に郵送します。", "必要書類がそろったので、金曜の午後に窓口へ伺います。"]))
        b.line("念のため、日中の連絡先は {t} です。", t=ids.phone(ctx, mobile=True))
        b.line(
            "なお、{w}から{a}に転居しています。",
            w=ctx.choice(["先月", "10月", "春"]),
            a=places.address(ctx, ["plain", "hyphen", "building_room", "katakana_building", "ward"]),
        )
        b.line()
        b.line("{n}", n=ctx.ctxname(sender, "signature"))
        b.line()
        b.line("> {n} 様", n=ctx.name(sender, GEN))
        b.line("> お問い合わせの件、住民票の写し（本籍・筆頭者記載）をご提出ください。")
        b.line("> 送付先：{p} {a}", p=places.postal(ctx), a=places.address(ctx))
        b.line("> {o} {s}", o=ctx.org(ctx.choice(pools.ORGS)), s=ctx.ctxname(staff, "signature"))

    L.wrap(ctx, b, body)


def foreign_mail(ctx: Ctx, b: Builder) -> None:
    nat = ctx.choice(["vn", "ph", "br", "np", "id", "us", "cn", "kr"])
    p = ctx.person("adult", nat)
    s = ctx.person("adult", "jp")

    def body() -> None:
        b.line(
            "Subject: {t}".format(
                t=ctx.choice(["About my water bill", "Nursery school application", "Moving out / 退去"])
            )
        )
        b.line()
        b.line("{h} {n},", h=ctx.choice(["Dear Mr.", "Dear Ms.", "Hello"]), n=ctx.name(s, ["english_sentence"]))
        b.line(
            "my name is {n}. I live at {a}.",
            n=ctx.name(p, ["english_sentence", "romanized"]),
            a=places.address(ctx, ["english", "english", "hyphen"]),
        )
        b.line(
            ctx.choice(
                [
                    "I got a letter from the city but I cannot read all of it.",
                    "I want to apply for nursery school for my son. He is 3 years old.",
                    "We will move to another city next month.",
                ]
            )
        )
        b.line("My residence card number is {r}.", r=ids.ident(ctx, "RESIDENCE_CARD"))
        b.line(
            "日本語すこしわかります。電話は{t}です。", t=ids.phone(ctx, ["plain", "nohyphen", "plus81"], mobile=True)
        )
        b.line("Email: {m}", m=ids.email(ctx, p))
        b.line("Thank you,")
        b.line("{n}", n=ctx.name(p, ["family_comma_given", "romanized", "signature"]))
        b.line("（{n}）", n=ctx.name(p, ["foreign_katakana"]))

    L.wrap(
        ctx,
        b,
        body,
        ctx.choice(
            ["この英文メールを訳して、やさしい日本語と英語で返信案を作って", "要件を日本語で整理してください", None]
        ),
    )


def resident_form(ctx: Ctx, b: Builder) -> None:
    nat = ctx.choice(["cn", "kr", "cn", "kr", "cn", "kr", "vn", "ph", "np", "br", "id"])
    p = ctx.person("adult", nat)
    sp = ctx.person("adult", nat)

    def body() -> None:
        b.line(ctx.choice(["外国人住民 転入届 記載内容の確認", "在留カード 住所届出 受付記録"]))
        forms = ["kanji_cnkr"] if nat in ("cn", "kr") else FOREIGN_STYLE
        b.line("氏名：{n}", n=ctx.name(p, forms))
        b.line(
            "国籍・地域：{c}",
            c=ctx.loc(
                {
                    "cn": "中国",
                    "kr": "韓国",
                    "vn": "ベトナム",
                    "ph": "フィリピン",
                    "np": "ネパール",
                    "br": "ブラジル",
                    "id": "インドネシア",
                }[nat]
            ),
        )
        L.field(ctx, b, "生年月日", "BIRTH_DATE", p)
        L.field(ctx, b, "在留カード番号", "RESIDENCE_CARD")
        L.field(ctx, b, "旅券番号", "PASSPORT")
        L.address_line(ctx, b)
        L.extras(ctx, b, p, ctx.rng.randint(2, 3))
        b.line(
            "世帯主との続柄：本人　同一世帯：{rel}・{n}", rel=ctx.choice(["妻", "夫"]), n=ctx.ctxname(sp, "relation")
        )
        b.line(
            ctx.choice(["前住所地：{l}", "転入前：{l}（国外）"]).replace("{l}", "{l}"),
            l=ctx.loc(ctx.choice(["ホーチミン", "マニラ", "サンパウロ", "カトマンズ", "ジャカルタ", "釜山", "大連"])),
        )

    L.wrap(ctx, b, body)


def id_register(ctx: Ctx, b: Builder) -> None:
    """A pasted register with many identifiers in cells (benefits, insurance, accounts)."""
    cols = ctx.rng.sample(
        [
            "MY_NUMBER",
            "PENSION_NUMBER",
            "HEALTH_INSURANCE",
            "CARE_INSURANCE",
            "DISABILITY_CERTIFICATE",
            "BANK_ACCOUNT",
            "CREDIT_CARD",
            "DRIVER_LICENSE",
            "RESIDENT_CODE",
            "EMAIL_ADDRESS",
            "POSTAL_CODE",
            "BIRTH_DATE",
        ],
        4,
    )
    names = {
        "MY_NUMBER": "個人番号",
        "PENSION_NUMBER": "基礎年金番号",
        "HEALTH_INSURANCE": "保険証記号番号",
        "CARE_INSURANCE": "介護保険番号",
        "DISABILITY_CERTIFICATE": "手帳番号",
        "BANK_ACCOUNT": "口座（店番-番号）",
        "CREDIT_CARD": "カード番号",
        "DRIVER_LICENSE": "免許証番号",
        "RESIDENT_CODE": "住民票コード",
        "EMAIL_ADDRESS": "メール",
        "POSTAL_CODE": "郵便番号",
        "BIRTH_DATE": "生年月日",
    }

    def body() -> None:
        b.line(
            ctx.choice(
                ["給付金 支給対象者（確認用）", "口座登録 不備一覧", "台帳照合結果（差異あり）", "減免申請 受付簿"]
            )
        )
        rows = []
        for _ in range(ctx.rng.randint(4, 6)):
            p = ctx.person()
            rows.append([ctx.ctxname(p, "table_cell"), *[L.cell(ctx, c, p) for c in cols]])
        L.table(ctx, b, ["氏名", *[names[c] for c in cols]], rows)
        b.line(
            ctx.choice(["差異のある行は黄色で表示していました。", "※3行目は本人確認未了", "", "突合は12/1時点のデータ"])
        )

    L.wrap(ctx, b, body, ctx.choice(["この表をCSVに直して", "列の順番を氏名→番号に揃えて", None]))


def id_form(ctx: Ctx, b: Builder) -> None:
    """A benefit or payment form with one identifier after another, label-above or inline."""
    p = ctx.person()
    ents = L.needy(ctx, ctx.rng.randint(11, 15))
    labels: dict[str, str] = {
        "MY_NUMBER": "個人番号",
        "PENSION_NUMBER": "年金番号",
        "HEALTH_INSURANCE": "被保険者記号・番号",
        "CARE_INSURANCE": "介護保険被保険者番号",
        "DISABILITY_CERTIFICATE": "身体障害者手帳番号",
        "CREDIT_CARD": "クレジットカード番号",
        "DRIVER_LICENSE": "運転免許証番号",
        "RESIDENT_CODE": "住民票コード",
        "PASSPORT": "旅券番号",
        "RESIDENCE_CARD": "在留カード番号",
        "EMAIL_ADDRESS": "メールアドレス",
        "POSTAL_CODE": "郵便番号",
    }

    def body() -> None:
        b.line(
            ctx.choice(
                [
                    "申請書 OCR結果（要確認）",
                    "申込内容の控え",
                    "電子申請 受付データ",
                    "口座振替依頼書 記載事項",
                    "障害福祉サービス 支給申請（転記）",
                    "国保加入届 記載内容",
                    "給付金 申請書の写し（手入力）",
                    "本人確認書類のメモ（窓口）",
                    "後期高齢 葬祭費申請 記載内容",
                ]
            )
        )
        b.line("申請者 {n}", n=ctx.name(p, GEN + DECOR))
        L.address_line(ctx, b, ctx.choice(["住所", "現住所", "住民登録地"]))
        for e in ents:
            L.field(ctx, b, labels.get(e) or ctx.choice(L.LABELS[e]), e, p, sep=ctx.choice(["：", " ", "："]))
        q = ctx.person("adult")
        b.line()
        b.line("{rel}：{n}", rel=ctx.choice(["配偶者", "世帯員", "代理人", "扶養親族"]), n=ctx.name(q, GEN + DECOR))
        for e in L.needy(ctx, ctx.rng.randint(3, 5)):
            L.field(ctx, b, "　" + ctx.choice(L.LABELS[e]), e, q)
        b.line()
        b.line(
            ctx.choice(["受付：{a}（{o}）　入力：{c}", "受付 {a}／{o}　確認 {c}", "処理者：{a}（{o}） 審査：{c}"]),
            a=ctx.name(ctx.person("adult", "jp"), ["kanji_nospace", "kanji_space", "surname_only", "signature"]),
            o=ctx.org(ctx.choice(pools.ORGS)),
            c=ctx.name(
                ctx.person("adult", "jp"),
                ["surname_only", "title", "kanji_nospace"],
                ctx.choice(["係長", "主査", "主任"]),
            ),
        )

    L.wrap(ctx, b, body, ctx.choice(["OCRの誤読っぽいところを直して", "項目名を揃えて表にして", None]))
