"""Pastes with their conversation around them: forwarded mail, chat threads, transcripts, PDF pages."""

from __future__ import annotations

from tests.eval.blind.model import Builder
from tests.eval.eighth.asks import IDENTITY, WELFARE_IDS, ask, id_line, signature, staff
from tests.eval.eighth.values import Factory


def citizen_mail(f: Factory) -> Builder:
    """A citizen's e-mail forwarded with the quoted earlier reply (>) and both signatures."""
    b = Builder()
    p = f.person()
    officer = f.person()
    b.line(ask(f, "この市民からのメールへの返信案を作って。丁寧に", "返信の下書きをお願いします"))
    b.line("---------- Forwarded message ---------")
    b.line("From: {n} <{m}>", n=f.name(p, f.pick(("kanji", "romanized", "kana"))), m=f.email(p, "plain"))
    b.line("Date: {d}", d=f.recent())
    b.line("Subject: Re: {x}", x=f.pick(("児童手当の振込について", "介護保険料の通知", "粗大ごみの件", "国保税の還付")))
    b.line()
    b.line("{c}{t}", c=f.org(f.city.name + "役所"), t=f.pick(("御中", " ご担当者様", " 担当の方")))
    b.line("お世話になっております。{n}です。", n=f.name(p, f.pick(("surname_only", "kanji"))))
    b.line(
        "先日の件、{x}",
        x=f.pick(
            (
                "まだ振り込まれていないようです。",
                "通知の金額が昨年と違うのですが。",
                "電話がつながらないのでメールします。",
            )
        ),
    )
    b.line("念のため{lab}を書いておきます：{v}", lab="口座", v=f.ident("BANK_ACCOUNT"))
    if f.chance(0.5):
        b.line("住所は{a}、昼間は{ph}にお願いします。", a=f.address(), ph=f.ident("PHONE_NUMBER"))
    b.line("連絡用の別アドレス：{m}", m=f.email(p))
    if f.chance(0.9):
        b.line("申請のとき書いた{x}です。", x=id_line(f, IDENTITY + WELFARE_IDS + ("CREDIT_CARD",)))
    b.line()
    b.line("> {n}様", n=f.name(p, f.pick(("kanji", "fullwidth_space"))))
    b.line("> お問い合わせの件、{o}の{s}が確認いたします。", o=f.dept(), s=f.name(officer, "surname_only"))
    b.line("> {x}", x=f.pick(("今しばらくお待ちください。", "必要書類をご案内いたします。")))
    b.line(">")
    b.line("> {o} {n}", o=f.org(f.city.name + "役所"), n=f.name(officer, "kanji"))
    b.line("> 電話 {ph}", ph=f.ident("PHONE_NUMBER"))
    b.line()
    if f.chance(0.6):
        b.line("{n}", n=f.name(p, "kanji"))
        b.line("〒{z}　{a}", z=f.ident("POSTAL_CODE"), a=f.address())
    else:
        b.put(signature(f)).line()
    return b


def card_mail(f: Factory) -> Builder:
    """A complaint about a double charge on a facility booking or ふるさと納税, card number pasted in."""
    b = Builder()
    p = f.person()
    b.line(ask(f, "返金手続きの案内文を作って", "お詫びと返金の流れをまとめて"))
    b.line(
        "件名：{x}の二重決済について",
        x=f.pick(("体育館予約", "ふるさと納税", "市民プール回数券", "証明書のコンビニ交付")),
    )
    b.line("{o} ご担当者様", o=f.org(f.city.name + f.pick(("役所", "スポーツ協会", "ふるさと納税推進室"))))
    b.line(
        "{n}と申します。{d}にカードで決済したところ、2回引き落とされています。",
        n=f.name(p, f.pick(("kanji", "fullwidth_space"))),
        d=f.recent(),
    )
    b.line(
        "カード番号：{c}（有効期限 {m:02}/{y}）",
        c=f.ident("CREDIT_CARD"),
        m=str(f.rng.randint(1, 12)),
        y=str(f.rng.randint(26, 31)),
    )
    if f.chance(0.4):
        b.line("（前回は別のカード {c} で払っています）", c=f.ident("CREDIT_CARD"))
    b.line("返金先口座：{bk} {acc}", bk=f.bank()[0], acc=f.ident("BANK_ACCOUNT"))
    b.line("連絡先：{ph}／{m}", ph=f.ident("PHONE_NUMBER"), m=f.email(p))
    if f.chance(0.5):
        b.line("〒{z} {a}", z=f.ident("POSTAL_CODE"), a=f.address())
    return b


def keigo_rewrite(f: Factory) -> Builder:
    """A blunt draft to a citizen the staff wants in keigo."""
    b = Builder()
    p = f.person()
    b.line(ask(f, "これを敬語に直して", "もう少し柔らかい敬語にして"))
    b.line("{n}さんへ", n=f.name(p, f.pick(("kanji", "kana", "fullwidth_space"))))
    b.line(
        "{d}に出してもらった申請書、{x}",
        d=f.recent(),
        x=f.pick(("印鑑が押してなかったので返します。", "添付書類が足りません。", "口座番号が読めませんでした。")),
    )
    b.line("{lab}は{v}で合っていますか。", lab=f.pick(("口座", "振込先")), v=f.ident("BANK_ACCOUNT"))
    if f.chance(0.6):
        b.line("郵便番号も{z}で合ってるか確認してください。", z=f.ident("POSTAL_CODE"))
    if f.chance(0.9):
        b.line("それと、{x}の記載が申請書と違っています。", x=id_line(f, WELFARE_IDS))
    b.line("わからなければ{ph}（{s}）まで電話してください。", ph=f.ident("PHONE_NUMBER"), s=staff(f))
    return b


def translate_notice(f: Factory) -> Builder:
    """A notice to a foreign resident, to be put in English and やさしい日本語."""
    b = Builder()
    fr = f.foreigner()
    b.line(ask(f, "以下を英語とやさしい日本語に訳して", "ベトナム語は無理なら英語とやさしい日本語で"))
    b.line("{n} 様", n=f.name(fr, f.pick(("romanized", "foreign_katakana"))))
    b.line("在留カード番号 {c} の方の国民健康保険の手続きが終わりました。", c=f.ident("RESIDENCE_CARD"))
    b.line("保険証のかわりに資格確認書を送ります。番号は {h} です。", h=f.ident("HEALTH_INSURANCE"))
    if f.chance(0.85):
        b.line("パスポート（{p}）のコピーをお返しします。", p=f.ident("PASSPORT"))
    b.line("送り先：〒{z} {a}", z=f.ident("POSTAL_CODE"), a=f.address())
    b.line(
        "質問は{o}（{ph}）へ。{s}さん（通訳）がいる日は火曜と金曜です。",
        o=f.org(f.city.name + "国際交流協会"),
        ph=f.ident("PHONE_NUMBER"),
        s=f.name(f.foreigner(), "foreign_katakana"),
    )
    return b


def meeting_transcript(f: Factory) -> Builder:
    """A case meeting transcript with speaker names (谷：, 【山口】) from a recording app."""
    b = Builder()
    speakers = [f.person() for _ in range(3)]
    client = f.person()
    bracket = f.chance(0.5)
    b.line(ask(f, "この会議録から決定事項と宿題を抜き出して"))
    b.line(
        "{o} 個別ケース会議 {d}",
        o=f.org(f.city.name + f.pick(("地域包括支援センター", "要保護児童対策地域協議会", "生活福祉課"))),
        d=f.recent(),
    )
    b.line(
        "出席：{a}、{b}、{c}",
        a=(f.dept(), f.name(speakers[0], "surname_only")),
        b=(f.name(speakers[1], "title"), f.pick(("主査", "保健師", "係長"))),
        c=f.name(speakers[2], "surname_only"),
    )
    b.line()

    def say(i: int, text: str, **vals: object) -> None:
        who = f.name(speakers[i], "surname_only")
        b.add("【{w}】" if bracket else "{w}：", w=who)
        b.line(text, **vals)

    say(
        0,
        "では{n}さんの件から。{bd}生まれ、現在{a}にお住まいです。",
        n=f.name(client, "kanji"),
        bd=f.birth(1930, 1960),
        a=f.address(),
    )
    say(
        1,
        "先週訪問しました。{s}さんは娘さんの{d}さんに頼りきりですね。",
        s=f.name(client, "surname_only"),
        d=f.name(f.person(True), "kanji"),
    )
    say(2, "介護保険の番号、{c}で申請出てます。", c=f.ident("CARE_INSURANCE"))
    say(0, "娘さんの連絡先は{ph}でいいですか。", ph=f.ident("PHONE_NUMBER"))
    say(
        1,
        "はい。あと{x}",
        x=f.pick(("通帳は娘さんが管理しているそうです。", "来月から短期入所を希望。", "年金の受取口座を変えたいと。")),
    )
    say(1, "{x}、これで合ってますよね。", x=id_line(f, (*WELFARE_IDS, "DRIVER_LICENSE")))
    if f.chance(0.6):
        say(2, "年金番号は{p}、えっと、{o}に確認中です。", p=f.ident("PENSION_NUMBER"), o=f.org("日本年金機構"))
    return b


def logo_chat(f: Factory) -> Builder:
    """A LoGoチャット thread between departments, copied with its timestamps."""
    b = Builder()
    a, c = f.person(), f.person()
    client = f.person()
    b.line(ask(f, "このチャットのやりとりを引き継ぎメモにして"))
    for i, (who, text, vals) in enumerate(
        (
            (a, "{n}さんの件、{o}に来られてます。本人確認は{lab}{v}でした", {"n": f.label_name(client), "o": f.dept()}),
            (c, "了解です。住所変わってますか？", {}),
            (a, "はい、{ad}になってます。電話は{ph}", {"ad": f.address(), "ph": f.ident("PHONE_NUMBER")}),
            (
                c,
                "{s}さんの生年月日{bd}で照会かけます",
                {"s": f.name(client, "surname_only"), "bd": f.birth(1940, 2000)},
            ),
        )
    ):
        if i == 0:
            entity, v = f.any_ident(("DRIVER_LICENSE", "MY_NUMBER", "PASSPORT", "RESIDENCE_CARD"))
            vals = vals | {
                "lab": {
                    "DRIVER_LICENSE": "免許証",
                    "MY_NUMBER": "マイナンバーカード 個人番号",
                    "PASSPORT": "旅券",
                    "RESIDENCE_CARD": "在留カード",
                }[entity]
                + " ",
                "v": v,
            }
        b.line(
            "{d} {t}",
            d=(f.dept(), f.name(who, "surname_only")) if f.chance(0.5) else f.name(who, "kanji"),
            t=f"{f.rng.randint(8, 17)}:{f.rng.randint(0, 59):02d}",
        )
        b.line(text, **vals)
        b.line()
    return b


def pdf_page(f: Factory) -> Builder:
    """A page of a PDF (通知書 or 申請書) copied with its line breaks, header and page number."""
    b = Builder()
    p = f.person()
    lb = ("line_broken", "line_broken", "mixed", "plain", "spaced")
    b.line(ask(f, "PDFからコピーしたので崩れてます。整形して要約して"))
    b.line(
        "{o}　　　　　　　　　　　　　　　　{d}",
        o=f.org(f.city.name + f.pick(("福祉事務所", "役所", "保健所"))),
        d=f.recent(),
    )
    b.line(
        f.pick(
            (
                "特別児童扶養手当認定請求書（写）",
                "生活保護開始決定通知書",
                "障害福祉サービス受給者証交付申請書",
                "後期高齢者医療 限度額適用認定申請書",
            )
        )
    )
    b.line("申請者氏名 {n}", n=f.name(p, f.pick(("fullwidth_space", "kanji", "kana"))))
    b.line("生年月日 {bd}", bd=f.birth(1940, 2005, f.pick(("wareki", "kanji_numerals", "spaced", "seireki"))))
    b.line("住所 {a}", a=f.address(f.pick(("line_broken", "building_room", "plain"))))
    b.line("電話番号 {ph}", ph=f.ident("PHONE_NUMBER", allowed=lb))
    entity, v = f.any_ident(
        ("MY_NUMBER", "HEALTH_INSURANCE", "DISABILITY_CERTIFICATE", "CARE_INSURANCE", "RESIDENT_CODE"),
        allowed=("line_broken", "spaced", "ideographic_space", "plain", "mixed", "kanji"),
    )
    b.line(
        "{lab}\n{v}",
        lab={
            "MY_NUMBER": "個人番号",
            "HEALTH_INSURANCE": "被保険者番号",
            "DISABILITY_CERTIFICATE": "手帳番号",
            "CARE_INSURANCE": "介護保険被保険者番号",
            "RESIDENT_CODE": "住民票コード",
        }[entity],
        v=v,
    )
    b.line("振込先口座 {acc}", acc=f.ident("BANK_ACCOUNT", allowed=lb))
    if f.chance(0.6):
        b.line("{x}", x=id_line(f, ("DRIVER_LICENSE", "PASSPORT", "RESIDENCE_CARD", "PENSION_NUMBER", "CREDIT_CARD")))
    b.line()
    b.line("- {n} -", n=str(f.rng.randint(1, 4)))
    return b
