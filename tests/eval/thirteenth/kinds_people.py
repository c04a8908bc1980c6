"""Foreign residents, SNS, chat, minutes, and welfare services."""

from __future__ import annotations

from tests.eval.thirteenth import pools as P
from tests.eval.thirteenth.layout import Doc, ask, bank, dept, id_check, loc, org, table, today
from tests.eval.thirteenth.numbers import (
    DOC_CELL,
    DOC_FIELD,
    NUM_CELL,
    doc_field,
    doc_id,
    email,
    num,
    num_field,
    phone,
    phone_field,
)
from tests.eval.thirteenth.values import ADDR_INLINE, JP_FIELD, JP_PROSE, Ctx


def foreign_mail(ctx: Ctx, b: Doc) -> None:
    p = ctx.person(foreign=True)
    ask(b, ctx)
    s = ctx.rng.randrange(3)
    if s == 0:
        b.ln(("From: ", ctx.name(p, ("romanized",)), " ", email(ctx, p.mr, ("quoted_header",))[1]))
        b.ln("Subject: moving in").ln("")
        b.ln(
            (
                "Hello, my name is ",
                ctx.forced(p, "english_sentence"),
                ". I moved to ",
                loc(ctx.choice(P.CITIES)[1]),
                " last month.",
            )
        )
        b.ln(("My new address is ", ctx.address(ADDR_INLINE)[1], " and my phone is ", phone(ctx)[1], "."))
        b.ln(doc_field(ctx, "Residence card", "RESIDENCE_CARD", DOC_FIELD, sep=": "))
        b.ln("Where do I register for health insurance? Thank you.")
        b.ln(ctx.forced(p, "signature"))
    elif s == 1:
        b.ln(("Name: ", ctx.name(p, ("comma_order", "romanized"))))
        b.ln(doc_field(ctx, "Passport No.", "PASSPORT", DOC_FIELD, sep=" "))
        b.ln(ctx.birth_field("Date of birth", p))
        b.ln(("こんにちは。I need 住民票. ", ctx.forced(p, "english_sentence"), " is my name, 電話は ", phone(ctx)[1]))
        b.ln(f"Visit date: {today(ctx)}")
    else:
        friend = ctx.person(foreign=True)
        b.ln(("Dear ", org("City Hall"), ","))
        b.ln(("I am writing for my friend ", ctx.forced(friend, "english_sentence"), ". She does not speak Japanese."))
        b.ln(
            (
                "Her residence card is ",
                doc_id(ctx, "RESIDENCE_CARD")[1],
                " and she lives at ",
                ctx.address(ADDR_INLINE)[1],
                ".",
            )
        )
        b.ln(("Please call me at ", phone(ctx)[1], " or email ", email(ctx, p.mr)[1], "."))
        b.ln(f"She got a tax letter dated {today(ctx)}.").ln("Best regards,")
        b.ln(ctx.forced(p, "signature"))


def foreign_reply(ctx: Ctx, b: Doc) -> None:
    p = ctx.person(foreign=True)
    staff = ctx.person()
    ask(b, ctx)
    s = ctx.rng.randrange(3)
    if s == 0:
        b.ln(("Dear ", ctx.name(p, ("romanized", "comma_order")), ","))
        b.ln(f"Thank you for your e-mail of {today(ctx)}. Please bring your passport and residence card.")
        b.ln(("We have your passport number as ", doc_id(ctx, "PASSPORT")[1], "; please check it."))
        b.ln(("", ctx.name(staff, ("romanized",)), " / ", dept(ctx)))
    elif s == 1:
        b.ln(("", ctx.name(p, ("foreign_katakana",)), "さん（", ctx.name(p, ("comma_order",)), "）の在留カード情報"))
        b.ln(doc_field(ctx, "在留カード番号", "RESIDENCE_CARD"))
        b.ln(doc_field(ctx, "旅券番号", "PASSPORT"))
        b.ln(("住所：", ctx.address(ADDR_INLINE)[1], "　受付：", today(ctx)))
    else:
        b.ln(f"外国人住民 転入受付一覧 {today(ctx)}")
        rows = []
        for _ in range(ctx.rng.randint(4, 7)):
            q = ctx.person(foreign=True)
            rows.append(
                [
                    ctx.name(q, ("romanized", "foreign_katakana")),
                    doc_id(ctx, "RESIDENCE_CARD", DOC_CELL)[1],
                    doc_id(ctx, "PASSPORT", DOC_CELL)[1],
                    ctx.choice(("ベトナム", "フィリピン", "ネパール", "ブラジル")),
                ]
            )
        table(ctx, b, ["氏名", "在留カード番号", "旅券番号", "国籍"], rows, style=ctx.choice(("tsv", "markdown")))


def sns(ctx: Ctx, b: Doc) -> None:
    ask(b, ctx)
    b.ln("市公式アカウントへの返信（スクリーンショットから書き起こし）")
    for _ in range(ctx.rng.randint(2, 4)):
        p = ctx.person(foreign=ctx.chance(0.15))
        handle = f"@{ctx.choice(('machi', 'sakura', 'tabi', 'neko'))}_{ctx.digits(3)}"
        s = ctx.rng.randrange(4)
        b.ln(f"{handle}・{today(ctx)}")
        if s == 0:
            b.ln(
                (
                    "",
                    ctx.mention(ctx.person()),
                    " さん、昨日の清掃ボランティアありがとう！ ",
                    ctx.name(p, JP_PROSE, "さん"),
                    "もお疲れさまでした",
                )
            )
        elif s == 1:
            b.ln(("道路の陥没、うちの前です。", ctx.address(ADDR_INLINE)[1], "。連絡は ", phone(ctx)[1], " へ"))
        elif s == 2:
            b.ln(
                (
                    "Hi, I'm ",
                    ctx.forced(p, "english_sentence"),
                    ". Lost my wallet near the station. Mail ",
                    email(ctx, p.mr)[1],
                )
            )
        else:
            b.ln(("", ctx.mention(ctx.person()), " ", ctx.mention(ctx.person()), " 今日の防災訓練の写真です"))
        b.ln("")
    b.ln(("【市の返信】", ctx.choice(("個人情報の書き込みはお控えください。", "担当課から連絡します。"))))


def staff_chat(ctx: Ctx, b: Doc) -> None:
    a, c = ctx.person(), ctx.person()
    client = ctx.person()
    ask(b, ctx)
    b.ln(f"庁内チャット（{today(ctx)}）")
    b.ln((ctx.speaker(a), "：", ctx.mention(c), " さん、", ctx.name(client, JP_PROSE, "さん"), "の件どうなりました？"))
    b.ln((ctx.speaker(c), "：介護保険の", num_field(ctx, "被保険者番号", "CARE_INSURANCE", sep=" "), " で照会中です"))
    b.ln((ctx.speaker(a), "：住所変わってますよね、", ctx.address(ADDR_INLINE)[1], "で合ってる？"))
    b.ln((ctx.speaker(c), "：はい。電話は ", phone(ctx)[1], " です"))
    if ctx.chance(0.6):
        b.ln((ctx.speaker(a), "：了解、", ctx.mention(ctx.person()), " さんにも共有お願いします"))


def minutes(ctx: Ctx, b: Doc) -> None:
    members = [ctx.person() for _ in range(ctx.rng.randint(4, 7))]
    client = ctx.person(age=(70, 95))
    ask(b, ctx)
    b.ln(("地域ケア会議 議事録　", today(ctx), "　", org(ctx.choice(("地域包括支援センター", "社会福祉協議会")))))
    sep = ctx.choice(("、", "・", " "))
    b.put("出席者：")
    for i, m in enumerate(members):
        b.put((sep if i else "", ctx.forced(m, "attendance")))
    b.ln("")
    b.ln(
        (
            "対象者：",
            ctx.name(client, ("name_with_age", "kanji", "fullwidth_space")),
            "（",
            ctx.choice(P.CONDITIONS),
            "）",
        )
    )
    b.ln(("○", ctx.speaker(members[0]), "委員　独居で転倒が続いています。"))
    b.ln(
        (
            "○",
            ctx.speaker(members[1]),
            "　長女の",
            ctx.forced(ctx.child(client), "relation", "さん"),
            "は県外在住です。",
        )
    )
    b.ln(
        (
            "○",
            ctx.speaker(members[-1]),
            "　",
            num_field(ctx, "介護保険被保険者番号", "CARE_INSURANCE", sep=" "),
            "で区分変更を申請します。",
        )
    )


def care_insurance(ctx: Ctx, b: Doc) -> None:
    p = ctx.person(age=(66, 95))
    ask(b, ctx)
    s = ctx.rng.randrange(3)
    if s == 0:
        b.ln("要介護認定申請書（写し）").ln(f"申請日 {today(ctx)}")
        b.ln(num_field(ctx, "被保険者番号", "CARE_INSURANCE")).ln(("氏名 ", ctx.name(p)))
        b.ln(ctx.birth_field("生年月日", p)).ln(ctx.addr_field("住所")).ln(phone_field(ctx, "電話"))
        b.ln(num_field(ctx, "個人番号", "MY_NUMBER"))
    elif s == 1:
        b.put(("", ctx.name(p, JP_PROSE, "さん"), "のご家族から、認定調査の日程変更の依頼。"))
        b.ln(("被保険者番号は", num(ctx, "CARE_INSURANCE")[1], "。", today(ctx), "に再調整。"))
        b.ln(("連絡先は長男の携帯 ", phone(ctx, mobile=True)[1], "。"))
    else:
        rows = [
            [
                ctx.name(q, ("kanji", "katakana", "name_with_age")),
                num(ctx, "CARE_INSURANCE", NUM_CELL)[1],
                ctx.choice(("要支援1", "要介護2", "要介護4")),
                num(ctx, "PENSION_NUMBER", NUM_CELL)[1],
            ]
            for q in (ctx.person(age=(66, 95)) for _ in range(ctx.rng.randint(4, 7)))
        ]
        b.ln(f"保険料 特別徴収 切替対象（{today(ctx)}）")
        table(ctx, b, ["氏名", "被保険者番号", "区分", "基礎年金番号"], rows)


def disability(ctx: Ctx, b: Doc) -> None:
    p = ctx.person()
    ask(b, ctx)
    s = ctx.rng.randrange(3)
    if s == 0:
        b.ln("身体障害者手帳 再交付申請").ln(f"受付 {today(ctx)}")
        b.ln(("氏名　", ctx.name(p))).ln(ctx.birth_field("生年月日", p))
        b.ln(num_field(ctx, "手帳番号", "DISABILITY_CERTIFICATE")).ln(num_field(ctx, "個人番号", "MY_NUMBER"))
        bank(ctx, b, "特別障害者手当 振込先")
    elif s == 1:
        b.put(
            ("療育手帳（", num(ctx, "DISABILITY_CERTIFICATE")[1], "）をお持ちの", ctx.name(p, JP_PROSE, "さん"), "の")
        )
        b.ln(f"更新判定が{today(ctx)}です。")
        b.ln(("保護者 ", ctx.name(ctx.person(), JP_FIELD), " 様（", phone(ctx)[1], "）に案内文を送付。"))
        b.ln(("送付先 〒", num(ctx, "POSTAL_CODE")[1], " ", ctx.address(ADDR_INLINE)[1]))
    else:
        rows = [
            [
                ctx.name(q, JP_FIELD),
                num(ctx, "DISABILITY_CERTIFICATE", NUM_CELL)[1],
                num(ctx, "BANK_ACCOUNT", NUM_CELL)[1],
                today(ctx),
            ]
            for q in (ctx.person() for _ in range(ctx.rng.randint(4, 7)))
        ]
        b.ln(("手当 支給予定者（", org(ctx.choice(P.BANKS)), "振込分）"))
        table(ctx, b, ["氏名", "手帳番号", "口座(店番-番号)", "支給日"], rows)


def pension(ctx: Ctx, b: Doc) -> None:
    p = ctx.person(age=(20, 64))
    ask(b, ctx)
    s = ctx.rng.randrange(3)
    if s == 0:
        b.ln("国民年金 保険料免除申請（聞き取り）")
        b.ln(("申請者 ", ctx.name(p), "　", ctx.birth(p)[1], "生"))
        b.ln(num_field(ctx, "基礎年金番号", "PENSION_NUMBER")).ln(num_field(ctx, "個人番号", "MY_NUMBER"))
        b.ln(f"失業日 {today(ctx)}　離職票あり")
    elif s == 1:
        b.put(
            ("", ctx.name(p, JP_PROSE, "さん"), "から年金手帳の紛失相談。番号は控えで", num(ctx, "PENSION_NUMBER")[1])
        )
        b.ln((" と確認できました。", org("年金事務所"), "での再発行を案内（", today(ctx), "）。"))
        b.ln(num_field(ctx, "住民票コード", "RESIDENT_CODE"))
    else:
        rows = [
            [
                ctx.name(q, JP_FIELD),
                num(ctx, "PENSION_NUMBER", NUM_CELL)[1],
                num(ctx, "RESIDENT_CODE", NUM_CELL)[1],
                ctx.choice(("全額免除", "半額免除", "納付猶予")),
            ]
            for q in (ctx.person(age=(20, 60)) for _ in range(ctx.rng.randint(4, 7)))
        ]
        b.ln(f"{today(ctx)} 免除申請 受付一覧")
        table(ctx, b, ["氏名", "基礎年金番号", "住民票コード", "区分"], rows)


def driver_roster(ctx: Ctx, b: Doc) -> None:
    ask(b, ctx)
    s = ctx.rng.randrange(3)
    if s < 2:
        rows = [
            [
                ctx.name(q, ("kanji", "fullwidth_space", "title")),
                dept(ctx),
                num(ctx, "DRIVER_LICENSE", NUM_CELL)[1],
                num(ctx, "MY_NUMBER", NUM_CELL)[1] if s else today(ctx),
            ]
            for q in (ctx.person() for _ in range(ctx.rng.randint(4, 7)))
        ]
        b.ln("公用車運転者 登録名簿" if s == 0 else "マイナ免許証 切替確認リスト")
        table(ctx, b, ["氏名", "所属", "免許証番号", "個人番号" if s else "有効期限確認日"], rows)
    else:
        p = ctx.person()
        b.put(("イベント会場での落とし物：運転免許証（", ctx.name(p, JP_PROSE, "様"), "名義）。"))
        b.ln(num_field(ctx, "番号", "DRIVER_LICENSE"))
        b.ln(("記載住所は", ctx.address(ADDR_INLINE)[1], "。", today(ctx), "に警察へ届け出。"))


def id_desk(ctx: Ctx, b: Doc) -> None:
    p = ctx.person(foreign=ctx.chance(0.3))
    ask(b, ctx)
    b.ln(f"窓口本人確認ログ {today(ctx)}")
    b.ln(("来庁者：", ctx.name(p, (*JP_FIELD, "romanized", "comma_order", "foreign_katakana"))))
    id_check(ctx, b)
    id_check(ctx, b)
    b.ln(("用件：", ctx.choice(("転入届", "印鑑登録", "マイナンバーカード受取")), "　", email(ctx, p.sr or "guest")[1]))
