"""Talk: meeting minutes, chat threads, mail threads, call transcripts, staff 引継ぎメモ."""

from __future__ import annotations

from tests.eval.blind.model import Builder, Piece

from . import addresses, dates, numbers, pools
from .layout import ENTITY_POOL, dept, finish, signature, start
from .values import GENERAL, Ctx, Person, make_person, person, render

FILLERS = ("えー", "あの", "えっと", "あのー", "んー", "えーと", "その")
ROLES = ("委員", "委員", "会長", "副会長", "議員")


def minutes(ctx: Ctx) -> Builder:
    b = start(ctx)
    body = ctx.c(
        ("男女共同参画審議会", "消費者行政推進協議会", "子ども・子育て会議", "生涯学習推進委員会", "移住定住促進懇話会")
    )
    b.line(f"第{ctx.n(1, 8)}回 {body} 会議録（要旨）")
    b.add(f"日時：令和7年{ctx.n(4, 11)}月{ctx.n(1, 28)}日 14:00〜15:30　場所：").put(
        ctx.org(ctx.c(pools.FACILITIES))
    ).put("\n")
    members: list[Person] = []
    b.put("出席委員（敬称略）：")
    for i in range(ctx.n(3, 5)):
        p, nm = person(ctx, ("list",), honor="")
        members.append(p)
        b.put("、" if i else "").put(nm)
    b.put("\n事務局：").put(dept(ctx)).put(" ").put(person(ctx, ("title",), honor="")[1]).put("\n\n")
    lines = (
        "本日の議題は二つです。まず資料1について事務局から説明をお願いします。",
        "相談件数の推移を見ると、高齢者の被害が増えています。地区ごとの数字はありますか。",
        "地区別の集計は次回お示しします。",
        "窓口に来られない方へのアウトリーチをどうするかが課題だと思います。",
        "民生委員さんとの連携について、具体的な案を出していただきたい。",
        "ご意見を踏まえて修正案を作成いたします。",
        "以上で本日の会議を終了します。",
    )
    for i, text in enumerate(lines[: ctx.n(4, 7)]):
        if i in (2, 5):
            b.put("○事務局（").put(person(ctx, ("speaker",), honor="")[1]).put("）　")
        else:
            k = ctx.n(0, len(members) - 1)
            m = members[k]
            role = ("会長", "副会長", "委員", "委員", "委員")[k]
            style = ctx.n(0, 2)
            sp = ctx.val("PERSON", m.family, "speaker")
            b.put(
                ("○", sp, role + "　")
                if style == 0
                else ("【", sp, role + "】")
                if style == 1
                else (sp, f"{role}：", "")
            )
        b.line(text)
    return finish(ctx, b)


def chat(ctx: Ctx) -> Builder:
    b = start(ctx)
    b.line(
        ctx.c(("#子育て支援課-連絡", "Teams チャット（窓口担当）", "LINE WORKS トーク：消費生活係", "Slack #引継ぎ"))
    )
    people = [make_person(ctx) for _ in range(3)]
    hour, minute = ctx.n(8, 16), ctx.n(0, 30)
    client, cp = person(ctx, GENERAL, honor=ctx.c(("さん", "様")))
    kid = make_person(ctx, age_group="child")
    msgs: list[tuple[Person, tuple[Piece, ...]]] = [
        (people[0], ("さっき", cp, "から電話ありました。折り返し希望です")),
        (people[1], ("了解です。番号わかりますか？",)),
        (
            people[0],
            (numbers.num(ctx, "PHONE_NUMBER", numbers.MEMO["PHONE_NUMBER"]), " です。日中は携帯のほうがいいそうです"),
        ),
        (
            people[2],
            (
                "@",
                render(ctx, people[1], "mention", ""),
                " ",
                "お子さんの",
                render(ctx, kid, "given_only", ctx.c(("くん", "ちゃん"))),
                "の件ですよね？健診の再案内が必要かも",
            ),
        ),
        (people[1], ("> ", render(ctx, client, "quoted_reply", ""), "さんから電話", "\nそうです、私が折り返します")),
        (people[2], ("住所変わってるみたいなので、", addresses.address(ctx, addresses.PROSE), " で更新お願いします")),
        (
            people[0],
            (
                "@",
                render(ctx, people[2], "mention", ""),
                " 了解、",
                render(ctx, people[0], "staff_surname", ""),
                "が入力しておきます",
            ),
        ),
    ]
    if ctx.p(0.6):
        msgs.insert(3, (people[1], ("@", render(ctx, people[0], "mention", ""), " 折り返し、午後でいいですか")))
    for who, parts in msgs:
        minute += ctx.n(1, 9)
        stamp = ctx.c((f"[{hour}:{minute:02d}] ", f"{hour}:{minute:02d} ", ""))
        sep = ctx.c((": ", "：", "\n"))
        b.put(stamp).put(ctx.val("PERSON", who.family if ctx.p(0.6) else who.full(" "), "speaker")).put(sep)
        b.put(parts).put("\n")
    return finish(ctx, b)


def mail(ctx: Ctx) -> Builder:
    b = start(ctx)
    sender = make_person(ctx)
    b.put("From: ").put(('"', ctx.val("PERSON", sender.full(ctx.c((" ", ""))), "quoted"), '" <'))
    b.put(numbers.value(ctx, "EMAIL_ADDRESS", "header", sender)).put(">\n")
    b.put("To: ").put(dept(ctx)).put("\n")
    subj = ctx.c(
        ("Re: 申請書類の不備について", "Re: Re: 講座申込の件", "RE: 奨学金の振込先変更", "Fwd: 転出手続きのご相談")
    )
    b.line(f"件名: {subj}").line()
    b.put(person(ctx, ("dono", "full_space", "full_zen", "hiragana", "katakana"), honor="様")[1]).line()
    b.line().line("いつもお世話になっております。ご連絡ありがとうございます。")
    b.line("振込先を下記に変更したく、ご確認をお願いいたします。")
    b.put(numbers.field(ctx, "BANK_ACCOUNT")).put("\n")
    b.put(numbers.field(ctx, ctx.c(ENTITY_POOL[:4]), p=sender)).put("\n")
    b.line("また、住所も変わりました。")
    b.put(addresses.addr_field(ctx, label="新住所")).put("\n").line()
    b.put(render(ctx, sender, ctx.c(("surname_later", "full_space", "signature")), "")).line().line()
    staff_p = make_person(ctx)
    b.line(f"-----Original Message-----\nFrom: {ctx.c(('市民課', '生涯学習課', 'こども家庭課'))}")
    b.line("> " + ctx.c(("お世話になっております。", "先日はご来庁ありがとうございました。")))
    b.put("> ").put(render(ctx, sender, "quoted_reply", "")).line(" 様")
    b.line("> 提出いただいた書類のうち、世帯全員分の所得証明が不足しております。")
    b.put("> ").put(render(ctx, staff_p, "quoted_reply", "")).line("（担当）")
    if ctx.p(0.6):
        fp = make_person(ctx)
        b.put("> 添付：").put(ctx.val("PERSON", fp.full(ctx.c(("", "_"))), "filename")).line(
            ctx.c(("_所得証明書.pdf", "様_申請書.pdf", "_同意書.docx"))
        )
    signature(ctx, b, staff_p if ctx.p(0.3) else None)
    return finish(ctx, b)


def _least_pair(ctx: Ctx, entities: tuple[str, ...], forms: tuple[str, ...]) -> tuple[str, str]:
    pairs = [(e, f) for e in entities for f in forms if f in numbers.FORMS[e]]
    low = min(ctx.counts[pr] for pr in pairs)
    return ctx.c([pr for pr in pairs if ctx.counts[pr] == low])


def _spoken(ctx: Ctx, p: Person, b: Builder, question: str, entities: tuple[str, ...]) -> None:
    e, form = _least_pair(ctx, entities, ("spoken", "half_kana"))
    b.line(f"相談員：{question.format(label=numbers.LABELS[e][0])}")
    v = numbers.value(ctx, e, form, p)
    b.put(f"相談者：{ctx.c(FILLERS)}、").put(v).put(
        ctx.c(("、です。", "です。", "…だったと思います。", "、で合ってるかな"))
    )
    b.put("\n")


def transcript(ctx: Ctx) -> Builder:
    b = start(ctx)
    b.line(ctx.c(("通話記録（音声自動文字起こし・未修正）", "電話相談 録音の書き起こし", "【文字起こし】相談ダイヤル")))
    b.line(
        ctx.c(
            (
                "相談員：はい、消費生活センターです。",
                "相談員：お電話ありがとうございます、市民課です。",
                "相談員：はい、子育て相談窓口です。",
            )
        )
    )
    p = make_person(ctx, age_group=ctx.c(("adult", "elder")))
    nm = render(ctx, p, ctx.pick("PERSON", ("katakana", "hiragana", "full_space", "hankaku")), "")
    b.put(f"相談者：{ctx.c(FILLERS)}、もしもし。").put(nm).line(
        f"と申しますけど、{ctx.c(FILLERS)}、ちょっと聞きたいことがあって。"
    )
    b.line("相談員：はい、どうぞ。念のためお名前とご連絡先を伺ってもよろしいですか。")
    allq = ("{label}をお願いできますか。", "{label}を教えていただけますか。", "恐れ入りますが、{label}は。")
    _spoken(ctx, p, b, ctx.c(allq), ("PHONE_NUMBER",))
    b.line("相談員：生年月日もお願いします。")
    b.put(f"相談者：{ctx.c(FILLERS)}、").put(dates.birth(ctx, p, ("spoken",))).line("です。")
    for _ in range(ctx.n(8, 10)):
        _spoken(ctx, p, b, ctx.c(allq), ENTITY_POOL)
        if ctx.p(0.3):
            b.line(
                ctx.c(
                    (
                        "相談員：すみません、もう一度ゆっくりお願いします。",
                        "相談員：はい、控えました。",
                        f"相談者：{ctx.c(FILLERS)}、ちょっと待ってくださいね、今カード出しますので。",
                    )
                )
            )
    b.line(f"相談者：あ、それと{ctx.c(FILLERS)}、住所は")
    b.put(addresses.address(ctx, ("plain", "partial", "banchi_no", "rural", "kanji_num", "ward"))).line(
        f"です、{ctx.c(FILLERS)}。"
    )
    if ctx.p(0.5):
        _spoken(ctx, p, b, "郵便番号もお願いできますか。", ("POSTAL_CODE",))
    if ctx.p(0.6):
        son = make_person(ctx, family=p)
        b.put("相談者：息子の").put(render(ctx, son, ctx.pick("PERSON", ("given_only", "relation")), "")).line(
            "も一緒に聞いてまして。"
        )
    b.line("相談員：承知しました。担当から折り返しますね。")
    return finish(ctx, b)


def memo(ctx: Ctx) -> Builder:
    b = start(ctx)
    b.line(ctx.c(("引継ぎメモ", f"{ctx.n(10, 12)}/{ctx.n(1, 28)} 業務日誌", "申し送り（遅番→早番）", "メモ　※清書前")))
    for _ in range(ctx.n(3, 5)):
        kind = ctx.n(0, 4)
        if kind == 0:
            p, nm = person(ctx, GENERAL, honor=ctx.c(("さん", "様", "氏")))
            v = numbers.num(ctx, "PHONE_NUMBER", ("dictated", "half_kana", "plain", "nohyphen", "label_after"), p)
            b.put("・").put(nm).put("から電話あり、折り返し要 ").put(v).put("\n")
        elif kind == 1:
            sp = person(ctx, ("staff_surname",), honor="")[1]
            p, nm = person(ctx, GENERAL, honor=ctx.c(("さん", "様")))
            b.put("・").put(nm).put(ctx.c(("の件、", "来庁。"))).put(sp).line("が対応済。書類不足あり。")
        elif kind == 2:
            e = ctx.least(ENTITY_POOL, "half_kana")
            p = make_person(ctx)
            b.put("・").put(render(ctx, p, ctx.pick("PERSON", ("surname_later", "full_space")), "さん")).put(
                f"の{numbers.LABELS[e][0]}、聞き取りメモ→ "
            ).put(numbers.num(ctx, e, ("half_kana", "dictated"), p)).line("（要確認）")
        elif kind == 3 and ctx.p(0.5):
            p, nm = person(ctx, GENERAL, honor="さん")
            b.put("・").put(nm).put("、住所変更あり→ ").put(addresses.address(ctx, addresses.LINE)).line(
                "　台帳直してください"
            )
        elif kind == 3:
            sp = person(ctx, ("staff_surname",), honor="")[1]
            b.put("・明日の").put(ctx.org(ctx.c(pools.FACILITIES))).put("の鍵、").put(sp).line("に渡してある")
        else:
            p, nm = person(ctx, GENERAL, honor="さん", age_group="elder")
            b.put("・").put(nm).put("（").put(dates.birth(ctx, p, ("short_year", "era_short", "slash", "iso"))).line(
                "生）の介護申請、来週訪問予定"
            )
    b.put("以上、").put(person(ctx, ("staff_surname",), honor="")[1]).line("")
    return finish(ctx, b)


def message(ctx: Ctx) -> Builder:
    """A 伝言メモ: who called, the number as heard (partly in kana), what they want."""
    b = start(ctx)
    b.line(ctx.c(("【伝言メモ】", "電話伝言", "☎ 伝言票", "お電話がありました")))
    to = person(ctx, ("staff_surname", "title"), honor=ctx.c(("さんへ", "へ", "")))[1]
    b.put("宛先：").put(to).put("\n")
    p, nm = person(ctx, GENERAL, honor=ctx.c(("様", "さん", "")))
    b.add(f"受付：{ctx.n(9, 16)}:{ctx.n(0, 59):02d}　相手：").put(nm).put("\n")
    e, form = _least_pair(ctx, ("PHONE_NUMBER",) * 2 + ENTITY_POOL, ("half_kana", "dictated"))
    if e != "PHONE_NUMBER":
        b.put("折返し先：").put(numbers.num(ctx, "PHONE_NUMBER", ("dictated", "half_kana", "plain", "label_after"), p))
        b.put("\n")
    b.put(f"{numbers.LABELS[e][0]}（聞き取り）：").put(numbers.value(ctx, e, form, p)).put("\n")
    if ctx.p(0.5):
        e2, f2 = _least_pair(ctx, ENTITY_POOL, ("half_kana",))
        b.put(f"{numbers.LABELS[e2][-1]}も言っていた→").put(numbers.value(ctx, e2, f2, p)).put("\n")
    if ctx.p(0.5):
        b.put("住所：").put(addresses.address(ctx, ("partial", "plain", "banchi_no", "hyphen", "abbrev"))).put("\n")
    b.line(
        ctx.c(
            (
                "用件：申請書の書き方について。",
                "用件：至急折り返し希望。",
                "用件：また掛けるとのこと。",
                "用件：先日の件でお礼を言いたいと",
            )
        )
    )
    b.put("受けた人：").put(person(ctx, ("staff_surname",), honor="")[1]).put("\n")
    return finish(ctx, b)
