"""戸籍・住民, 情報公開・監査, and letters."""

from __future__ import annotations

from tests.eval.thirteenth import pools as P
from tests.eval.thirteenth.layout import Doc, ask, dept, id_check, loc, org, table, today
from tests.eval.thirteenth.numbers import email, num, num_field, phone, phone_field
from tests.eval.thirteenth.values import ADDR_CELL, ADDR_INLINE, JP_FIELD, JP_PROSE, Ctx


def koseki(ctx: Ctx, b: Doc) -> None:
    head = ctx.person(age=(40, 80))
    f, m = ctx.person(age=(70, 99)), ctx.person(age=(70, 99))
    ask(b, ctx)
    s = ctx.rng.randrange(3)
    if s == 0:
        b.ln("戸籍（全部事項証明）転記")
        b.ln(("本籍　", ctx.address(ADDR_INLINE)[1])).ln(("筆頭者氏名　", ctx.name(head)))
        b.ln(("父　", ctx.name(f, JP_FIELD), "　母　", ctx.name(m, JP_FIELD)))
        b.ln(("続柄　長男　", ctx.birth_field("生年月日", head)))
        b.ln(f"婚姻日　{today(ctx)}　届出")
        b.ln(("妻　", ctx.forced(ctx.person(), "relation")))
    elif s == 1:
        b.put(("本籍 ", ctx.address(ADDR_INLINE)[1], "、筆頭者 ", ctx.name(head, JP_PROSE, ""), "。"))
        b.put(("父", ctx.forced(f, "relation"), "・母", ctx.forced(m, "relation"), "の長女として"))
        b.ln((ctx.birth(head)[1], "出生。", today(ctx), "に分籍届。"))
    else:
        table(
            ctx,
            b,
            ["身分事項", "氏名", "生年月日", "続柄"],
            [
                ["筆頭者", ctx.name(head, JP_FIELD), ctx.birth(head)[1], "本人"],
                ["配偶者", ctx.name(ctx.person(), JP_FIELD), ctx.birth(ctx.person())[1], "妻"],
                ["子", ctx.name(ctx.child(head), JP_FIELD), ctx.birth(ctx.child(head))[1], "長女"],
            ],
        )
        b.ln(("本籍：", ctx.address(ADDR_INLINE)[1], "（", today(ctx), " 転籍）"))


def juminhyo_proxy(ctx: Ctx, b: Doc) -> None:
    p, agent = ctx.person(), ctx.person()
    ask(b, ctx)
    s = ctx.rng.randrange(3)
    if s == 0:
        b.ln("住民票の写し等交付請求書（代理人）").ln(f"請求日：{today(ctx)}")
        b.ln(("請求対象者　", ctx.name(p))).ln(ctx.addr_field("住所")).ln(ctx.birth_field("生年月日", p))
        b.ln(("代理人　", ctx.name(agent), "　", phone(ctx)[1]))
        b.ln(ctx.addr_field("代理人住所"))
        id_check(ctx, b)
        b.ln(num_field(ctx, "住民票コード記載希望", "RESIDENT_CODE"))
    elif s == 1:
        b.put(("司法書士の", ctx.name(agent, ("title", "surname_only")), "が委任状で、", ctx.name(p, JP_PROSE, "さん")))
        b.ln(("の住民票（", ctx.address(ADDR_INLINE)[1], "）を請求。"))
        b.ln(("委任状の日付が", today(ctx), "で3か月以内。職務上請求書の記載を確認。"))
        id_check(ctx, b)
    else:
        b.ln("窓口メモ")
        b.ln(("- 来庁者: ", ctx.name(agent, JP_FIELD), "（", ctx.choice(("同居の母", "成年後見人", "弁護士")), "）"))
        b.ln(("- 対象: ", ctx.name(p, JP_FIELD), " / ", ctx.birth(p)[1]))
        b.ln(("- 世帯員: ", ctx.choice(P.RELATIONS[:4]), " ", ctx.forced(ctx.child(p), "relation")))
        b.ln(("- ", num_field(ctx, "住民票コード", "RESIDENT_CODE"), " / 受付 ", today(ctx)))


def dv_support(ctx: Ctx, b: Doc) -> None:
    victim, abuser = ctx.person(age=(25, 55)), ctx.person(age=(25, 60))
    ask(b, ctx)
    b.ln("【取扱注意：DV等支援措置】現住所は絶対に開示しないこと")
    s = ctx.rng.randrange(3)
    if s == 0:
        b.ln(("申出者：", ctx.name(victim))).ln(ctx.addr_field("現住所（非開示）"))
        b.ln(("加害者：", ctx.name(abuser), "（元夫）")).ln(("加害者住所：", ctx.address(ADDR_INLINE)[1]))
        b.ln(("意見聴取先：", org(ctx.choice(("県警生活安全課", "配偶者暴力相談支援センター"))), "　", today(ctx)))
    elif s == 1:
        b.put(("", ctx.name(victim, JP_PROSE, "さん"), "の支援措置が", today(ctx), "に延長されました。"))
        b.ln(("新住所 ", ctx.address(ADDR_INLINE)[1], " は閲覧制限。"))
        b.ln(
            (
                ctx.name(abuser, JP_PROSE, "氏"),
                "からの住民票請求は拒否対象です。子の",
                ctx.forced(ctx.child(victim), "given_only", "ちゃん"),
                "分も同様。",
            )
        )
        b.ln(("連絡は本人携帯 ", phone(ctx, mobile=True)[1], " のみ。"))
    else:
        table(
            ctx,
            b,
            ["区分", "氏名", "住所"],
            [
                ["申出者", ctx.name(victim, JP_FIELD), ctx.address(ADDR_CELL)[1]],
                ["併せて支援を求める者", ctx.name(ctx.child(victim), JP_FIELD), "同上"],
                ["相手方", ctx.name(abuser, JP_FIELD), ctx.address(ADDR_CELL)[1]],
            ],
            style="markdown",
        )
        b.ln(f"措置期間：{today(ctx)}から1年")


def _letter_tail(ctx: Ctx, b: Doc, p: object) -> None:
    from tests.eval.thirteenth.values import Person

    assert isinstance(p, Person)
    b.ln("敬具" if ctx.chance(0.5) else "以上")
    b.ln(today(ctx))
    if ctx.chance(0.5):
        b.ln(ctx.addr_field("住所"))
        b.ln(phone_field(ctx, ctx.choice(("電話", "TEL", "連絡先"))))
    else:
        b.ln((ctx.address(ADDR_INLINE)[1], "　", phone(ctx)[1]))
    b.ln(ctx.forced(p, "signature"))


def disclosure(ctx: Ctx, b: Doc) -> None:
    p = ctx.person()
    ask(b, ctx)
    s = ctx.rng.randrange(3)
    topic = ctx.choice(("道路補修工事の設計書", "公用車の運行記録", "審議会の議事録", "学校給食の委託契約書"))
    if s == 0:
        b.ln("行政文書開示請求書").ln((loc(ctx.choice(P.CITIES)[1]), "長　様"))
        b.ln(("請求者氏名　", ctx.name(p))).ln(ctx.addr_field("住所又は居所"))
        b.ln(phone_field(ctx, "電話番号")).ln(("メール　", email(ctx, p.sr)[1]))
        b.ln(f"請求する文書：{topic}（{today(ctx)}以降のもの）")
    elif s == 1:
        b.ln(("", ctx.name(p, ("dono",))))
        b.ln(f"開示決定通知書　{today(ctx)}")
        b.ln(f"あなたから請求のあった「{topic}」について、一部開示とします。")
        b.ln(("送付先：〒", num(ctx, "POSTAL_CODE")[1], "　", ctx.address(ADDR_INLINE)[1]))
        b.ln(("担当：", dept(ctx), " ", ctx.name(ctx.person(), ("title",))))
    else:
        b.ln("情報公開請求（電子申請）受付内容")
        b.ln(("> From: ", ctx.name(p, ("kanji", "romanized")), " ", email(ctx, p.sr, ("quoted_header",))[1]))
        b.ln(f"> 件名：{topic}の開示について")
        b.ln(f"> {today(ctx)}付の契約に関する文書一式を請求します。")
        b.ln(("> 連絡先 ", phone(ctx)[1]))
        b.ln(("> ", ctx.forced(p, "signature")))


def audit_request(ctx: Ctx, b: Doc) -> None:
    ps = [ctx.person() for _ in range(ctx.rng.randint(2, 3))]
    ask(b, ctx)
    s = ctx.rng.randrange(3)
    if s == 0:
        b.ln("住民監査請求書").ln(("", loc(ctx.choice(P.CITIES)[1]), "監査委員 様"))
        b.ln("1 請求の要旨　補助金の交付が不当であり、返還を求める。")
        b.ln("2 請求者")
        for q in ps:
            b.ln(("　", ctx.addr_field("住所"), "　氏名 ", ctx.name(q)))
        b.ln(f"{today(ctx)}")
    elif s == 1:
        b.put(("", org("監査委員事務局"), "です。", today(ctx), "に住民監査請求が提出されました。代表者は"))
        b.ln((ctx.name(ps[0], JP_PROSE, "氏"), "（", ctx.address(ADDR_INLINE)[1], "）。"))
        b.ln(("連名：", "、".join("") or "", ctx.forced(ps[1], "attendance"), "、", ctx.forced(ps[-1], "attendance")))
        b.ln(("陳述の日程調整は ", phone(ctx)[1], " へ。"))
    else:
        b.ln(f"請求人一覧（{today(ctx)}受理）")
        table(
            ctx,
            b,
            ["氏名", "住所", "電話"],
            [
                [ctx.name(q, JP_FIELD), ctx.address(ADDR_CELL)[1], phone(ctx, ("plain", "paren_area", "fullwidth"))[1]]
                for q in ps
            ],
        )


def petition(ctx: Ctx, b: Doc) -> None:
    p = ctx.person()
    ask(b, ctx)
    s = ctx.rng.randrange(3)
    subject = ctx.choice(("通学路へのガードレール設置", "公園トイレの改修", "路線バスの減便撤回", "空き家の管理"))
    if s == 0:
        b.ln(f"陳情書　件名：{subject}について").ln(("", loc(ctx.choice(P.CITIES)[1]), "議会議長 様"))
        b.ln(f"私たちは、{subject}を強く求めます。{today(ctx)}の事故以来、住民の不安は増しています。")
        _letter_tail(ctx, b, p)
    elif s == 1:
        b.ln("拝啓　時下ますますご清祥のこととお慶び申し上げます。")
        b.ln(f"さて、{subject}について、地域の声をお届けします。")
        b.ln(("自治会長の", ctx.name(ctx.person(), JP_PROSE, "さん"), "も同じ意見です。"))
        _letter_tail(ctx, b, p)
    else:
        b.ln(f"【陳情】{subject}")
        b.ln(("陳情者：", ctx.name(p), "／", ctx.address(ADDR_INLINE)[1], "／", phone(ctx)[1]))
        b.ln(
            (
                "賛同者：",
                ctx.forced(ctx.person(), "attendance"),
                "・",
                ctx.forced(ctx.person(), "attendance"),
                "・",
                ctx.forced(ctx.person(), "attendance"),
            )
        )
        b.ln(f"提出日：{today(ctx)}")


def complaint(ctx: Ctx, b: Doc) -> None:
    p = ctx.person()
    ask(b, ctx)
    s = ctx.rng.randrange(3)
    if s == 0:
        b.ln("市長への手紙（苦情）")
        b.ln(f"{today(ctx)}に窓口で長時間待たされ、説明もありませんでした。")
        b.ln(
            (
                "担当の",
                ctx.name(ctx.person(), ("surname_only", "title")),
                "は名札もつけていませんでした。改善を求めます。",
            )
        )
        _letter_tail(ctx, b, p)
    elif s == 1:
        b.ln(("件名: Re: ごみ収集の件",)).ln(("> ", ctx.name(p, ("kanji",)), " 様"))
        b.ln("> 先日はご迷惑をおかけしました。").ln("")
        b.ln("まだ回収されていません。自宅前の集積所です。")
        b.ln(("住所 ", ctx.address(ADDR_INLINE)[1], "、電話 ", phone(ctx)[1]))
        b.ln(("返信は ", email(ctx, p.sr)[1], " まで。"))
        b.ln(("-- ", ctx.forced(p, "signature")))
    else:
        b.ln(f"苦情受付票 {today(ctx)}")
        b.ln(("申出人 ", ctx.name(p), "（", ctx.choice(("匿名希望", "実名可")), "）"))
        b.ln(phone_field(ctx, "電話"))
        b.ln(("内容 隣家の騒音。", ctx.forced(ctx.person(), "prose", "さん"), "宅から深夜に音がするとのこと。"))
        b.ln(("担当 ", dept(ctx)))
