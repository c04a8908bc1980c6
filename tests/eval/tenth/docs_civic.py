"""Documents of 選挙管理委員会, 戸籍・住民票, 市税, 児童手当, 広報・ふるさと納税 and 観光."""

from __future__ import annotations

from tests.eval.blind.model import Builder
from tests.eval.tenth import kit, pools
from tests.eval.tenth.addresses import address
from tests.eval.tenth.values import Gen


def election_reissue(g: Gen, b: Builder) -> str:
    """Call memo: 投票所入場券の再発行."""
    p = g.person(False)
    b.line(f"【電話メモ】{g.day()} {g.r.randint(9, 16)}:{g.r.randint(0, 59):02d} 受付 {{s}}", s=kit.staff(g, False))
    b.line("入場券が届かない、再発行してほしいとの電話。")
    b.line("選挙人：{n}（{k}）", n=g.name(p, "kanji"), k=g.name(p, "kana"))
    b.line("生年月日：{d}", d=kit.born(g))
    b.line("住所：{a}", a=address(g))
    b.line("折り返し先：{t}", t=g.phone(form=g.least("PHONE_NUMBER", ("dictated", "spaced", "kanji", "plain"))))
    b.line(
        f"投票日は{g.day()}。期日前投票所（{g.pick(['本庁舎1階', '北支所', '中央公民館'])}）でも"
        "入場券なしで投票可と案内済み。"
    )
    return "election_reissue"


def election_oath(g: Gen, b: Builder) -> str:
    """期日前投票の宣誓書 pasted as a form."""
    kit.ask(g, b)
    b.line("期日前投票 宣誓書（写し）")
    b.line(f"選挙期日　{g.day()}")
    p = g.person()
    b.line("氏名　{n}", n=g.name(p))
    b.line("生年月日　{d}", d=kit.born(g, 1940, 2008))
    b.line("住所　〒{z}　{a}", z=g.postal(), a=address(g))
    b.line(
        g.pick(["事由：仕事（{w}）", "事由：旅行・冠婚葬祭（{w}）", "事由：{w}"]).format(
            w=g.pick(["出張", "通院", "法事"])
        )
    )
    b.line(f"受付：{g.day()}　第{g.r.randint(1, 40)}号")
    return "election_oath"


def election_proxy(g: Gen, b: Builder) -> str:
    """代理投票 incident narrative with two assisting staff (title form)."""
    voter, fam = g.person(False), g.person(False)
    b.line(f"{g.day()}、第{g.r.randint(1, 30)}投票所において代理投票の申し出があった。")
    b.add(
        "選挙人",
    ).add("{n}", n=kit.prose(g, voter))
    b.add("は手の不自由を理由に代理投票を申請し、補助者として")
    b.add("{s1}", s1=kit.staff(g)).add("と").add("{s2}", s2=kit.staff(g))
    b.line("が指名された。")
    b.line(
        "付き添いの長男{n}さん（携帯{t}）が記載を手伝おうとしたため、公職選挙法上家族は補助者になれない旨を説明した。",
        n=g.name(fam, "kanji"),
        t=g.phone("mobile"),
    )
    b.line("選挙人の住所：{a}（{d}）", a=address(g), d=kit.born(g, 1930, 1955))
    return "election_proxy"


def registry_move(g: Gen, b: Builder) -> str:
    """転入・転出 of a foreign resident with 在留カード and passport."""
    p = g.person(True)
    kit.ask(g, b, 0.5)
    b.line(g.pick(["転入届（外国人住民）", "住民異動届　転入", "転出届の受付記録"]))
    b.line("氏名（ローマ字）：{n}", n=g.name(p, "romanized"))
    b.line("氏名（カナ）：{n}", n=g.name(p, "foreign_katakana"))
    b.line(
        "生年月日：{d}　国籍：{c}",
        d=kit.born(g, 1960, 2006),
        c=g.pick(["ベトナム", "ネパール", "フィリピン", "ブラジル"]),
    )
    b.line("前住所：{a}", a=address(g))
    b.line("新住所：{a}", a=address(g))
    kit.ids(g, b, 2, ("RESIDENCE_CARD", "PASSPORT", "MY_NUMBER", "RESIDENT_CODE"))
    b.line(f"異動日：{g.day()}　届出日：{g.day()}")
    b.line("電話：{t}", t=g.phone())
    return "registry_move"


def registry_certificate(g: Gen, b: Builder) -> str:
    """証明書の交付申請 chat from the counter."""
    p = g.person(False)
    s = g.person(False)
    b.line(f"#窓口チャット {g.day()}")
    b.line(
        "{s}：窓口に{n}さん来庁 住民票の写し2通 本人確認は免許証 {x}",
        s=kit.speaker(g, s, True),
        n=kit.sur(g, p),
        x=kit.id_piece(g, ("DRIVER_LICENSE", "MY_NUMBER"), " "),
    )
    b.line("{s}：マイナンバー記載ありで? 提出先どこ", s=kit.speaker(g, g.person(False), True))
    b.line("{s}：勤務先 ｶｲｼｬに出すって 記載なしで出します 住所 {a}", s=kit.speaker(g, s, True), a=address(g))
    b.line("{s}：りょ 生年月日 {d} で照合OK 交付は{t}", s=kit.speaker(g, g.person(False), True), d=g.birth(), t=g.day())
    return "registry_certificate"


def registry_proxy(g: Gen, b: Builder) -> str:
    """委任状 pasted for a 敬語 rewrite."""
    kit.ask(g, b, 0.8)
    a, c = g.person(), g.person(False)
    b.line("委　任　状")
    b.line(f"{g.day()}")
    b.line("（代理人）住所 {x}　氏名 {n}　電話 {t}", x=address(g), n=g.name(c), t=g.phone())
    b.line("私は、上記の者を代理人と定め、戸籍謄本の請求及び受領に関する権限を委任します。")
    b.line("（委任者）住所 〒{z} {x}", z=g.postal(), x=address(g))
    b.line("氏名 {n}　生年月日 {d}", n=g.name(a), d=kit.born(g))
    kit.ids(g, b, 1, ("RESIDENT_CODE", "MY_NUMBER", "DRIVER_LICENSE"))
    return "registry_proxy"


def child_allowance(g: Gen, b: Builder) -> str:
    """児童扶養手当・児童手当 table pasted as TSV."""
    kit.ask(g, b, 0.6)
    b.line("受給者\tふりがな\t生年月日\t児童\t口座\t年金番号")
    for _ in range(g.r.randint(2, 4)):
        p, ch = g.person(), g.person(False)
        kana = g.name(p, "kana") if not p.foreign else g.name(p, "romanized")
        bank = kit.bank(g)
        b.line(
            "{n}\t{k}\t{d}\t{c}（{cd}）\t{bk}\t{pn}",
            n=g.name(p),
            k=kana,
            d=g.birth(1970, 2002),
            c=g.val("PERSON", ch.given, "kanji"),
            cd=g.birth(2010, 2025),
            bk=bank,
            pn=g.ident("PENSION_NUMBER"),
        )
    b.line(f"※現況届の提出期限 {g.day()}、支給日 {g.day()}")
    return "child_allowance"


def tax_debit(g: Gen, b: Builder) -> str:
    """市税の口座振替 forwarded mail."""
    p = g.person()
    kit.forward_header(g, b, p, "口座振替の申込について")
    b.line("{o} 御中", o=kit.org(g, f"{kit.city(g)}役所 納税課"))
    b.line("固定資産税と市県民税の口座振替を申し込みたく、必要事項をお送りします。")
    b.line("納税義務者：{n}", n=g.name(p))
    b.line("引落口座：{x}", x=kit.bank(g))
    b.line("口座名義：{n}", n=g.name(p, "kana") if not p.foreign else g.name(p, "romanized"))
    b.line(f"開始希望：{g.day()}の納期から")
    kit.resident_sig(g, b, p)
    return "tax_debit"


def tax_refund(g: Gen, b: Builder) -> str:
    """還付 notice drafted for politeness."""
    kit.ask(g, b, 0.9)
    p = g.person()
    b.line("{n}様", n=g.name(p))
    b.line(f"過誤納金が発生したので還付します。還付額 {g.r.randint(1, 90) * 1000 + 400:,}円、還付予定日 {g.day()}。")
    b.line("口座が解約されてたので新しい口座を教えてほしい。{x}宛に書類送る。", x=address(g))
    b.line("担当 {s}（{t}）", s=kit.staff(g), t=g.phone(form="plain") if g.r.random() < 0.2 else "内線2231")
    kit.ids(g, b, 1, ("BANK_ACCOUNT", "MY_NUMBER"), "前回の")
    return "tax_refund"


def pr_interview(g: Gen, b: Builder) -> str:
    """広報誌の市民インタビュー記事 (prose)."""
    p, q = g.person(), g.person(False)
    club = g.pick(pools.CLUBS)
    b.add("【まちの人】{n}", n=kit.prose(g, p)).line(
        f"さん（{g.r.randint(19, 88)}歳・{{t}}）", t=kit.loc(g, g.pick(pools.TOWNS))
    )
    b.add("{n}", n=kit.prose(g, p)).add("さんは").add("{o}", o=kit.org(g, club))
    b.line("で子どもたちに教えて二十年になる。")
    b.add("「最初は三人だけでした」と笑う。練習を支えるのは妻の").add("{w}", w=kit.prose(g, q))
    b.line(f"さん。{g.day()}の市民大会では教え子が優勝した。")
    if g.r.random() < 0.5:
        b.line("取材の申込先：{t}（{n}）", t=g.phone(), n=g.name(p))
    return "pr_interview"


def furusato(g: Gen, b: Builder) -> str:
    """ふるさと納税の寄附者対応 mail."""
    p = g.person(False)
    b.line("件名：寄附金受領証明書の再発行依頼")
    b.line("{n} 様", n=g.name(p, g.least("PERSON", ("kanji", "fullwidth_space", "kana"))))
    b.line(f"このたびはふるさと納税（受付番号 F{g.r.randint(100000, 999999)}）にご寄附いただきありがとうございます。")
    b.line("ご登録の送付先は{a}です。", a=address(g))
    b.line(
        "お支払いのカード：{c}（有効期限 {m}/{y}）",
        c=g.ident("CREDIT_CARD"),
        m=f"{g.r.randint(1, 12):02d}",
        y=str(g.r.randint(27, 31)),
    )
    b.line("ご連絡先メール：{m}", m=g.email(p))
    b.line(f"ワンストップ特例の申請期限は{g.day()}です。")
    kit.signature(g, b, "シティプロモーション課")
    return "furusato"


def tourism_mail(g: Gen, b: Builder) -> str:
    """English/Japanese mixed inquiry from a foreign visitor."""
    p = g.person(True)
    b.line("英訳と返信案をお願いします。")
    b.line("Dear {o},", o=kit.org(g, f"{kit.city(g)} Tourist Information Center"))
    b.line(f"I lost my bag at the station on {g.day()}. My passport was inside.")
    b.line("Name: {n}", n=g.name(p, "romanized"))
    b.line("Passport: {x}", x=g.ident("PASSPORT"))
    b.line("Date of birth: {d}", d=g.birth(1950, 2004, g.least("BIRTH_DATE", ("iso", "slash", "compact", "seireki"))))
    b.line("Hotel: {a}", a=address(g))
    b.line("Phone: {t} / Email: {m}", t=g.phone("mobile"), m=g.email(p))
    b.line("ありがとうございます。{n}", n=g.val("PERSON", p.kata, "signature"))
    return "tourism_mail"


def foreign_record(g: Gen, b: Builder) -> str:
    """在留カード・旅券の写しを書き起こした記録 (names in both orders, capitals, middle names)."""
    p = g.person(True)
    b.line(g.pick(["在留カード（表面）の記載", "旅券の写し 記載事項", "ZAIRYU CARD"]))
    b.line("NAME {n}", n=g.val("PERSON", f"{p.sur_roman} {p.given_roman.upper()}", "romanized"))
    b.line("氏名カナ {n}", n=g.name(p, "foreign_katakana"))
    b.line("DATE OF BIRTH {d}", d=g.birth(1955, 2006))
    b.line("住居地 {a}", a=address(g))
    kit.ids(g, b, 2, ("RESIDENCE_CARD", "PASSPORT", "HEALTH_INSURANCE", "PENSION_NUMBER"))
    b.line(f"在留期間（満了日） {g.day()}　就労制限の有無：就労制限なし")
    b.line("同居家族：{n}", n=g.name(g.person(True), "romanized"))
    return "foreign_record"


DOCS = [
    election_reissue,
    election_oath,
    election_proxy,
    registry_move,
    registry_certificate,
    registry_proxy,
    child_allowance,
    tax_debit,
    tax_refund,
    pr_interview,
    furusato,
    tourism_mail,
    foreign_record,
]
