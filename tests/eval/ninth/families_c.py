"""Document families: 国際交流, 人事・庶務, 議会事務局, chat messages, forwarded mail."""

from __future__ import annotations

from tests.eval.blind.model import Builder
from tests.eval.ninth import pools
from tests.eval.ninth.forms import NUMERIC, other_date
from tests.eval.ninth.people import Ctx, loc, org


def foreign_resident(ctx: Ctx, b: Builder) -> None:
    """国際交流: a foreign resident's consultation with an interpreter."""
    p = ctx.person(foreign=True)
    interp = ctx.person()
    b.line(
        "{o} 外国人相談記録（{lang}）",
        o=org("国際交流課"),
        lang=ctx.choice(("ベトナム語", "ネパール語", "英語", "ポルトガル語")),
    )
    b.line("相談者 {n}", n=ctx.name(p))
    b.line("国籍 {c} / {x}", c=loc(p.nation), x=ctx.labelled("RESIDENCE_CARD"))
    b.line("{x}", x=ctx.labelled("PASSPORT", style=ctx.choice(("full", "above", "after", "abbr"))))
    b.line(
        "{n}さんは{c}の寮に住んでいる（{a}）。",
        n=ctx.sur(p),
        c=org(ctx.choice(pools.COMPANIES)),
        a=ctx.addr(ctx.address(), forms=("building_room", "line_broken", "fullwidth", "plain")),
    )
    b.line("通訳：{i}（登録通訳者、{t}）", i=ctx.name(interp), t=ctx.num("PHONE_NUMBER"))
    b.line("生年月日は{bd}、在留期限は{d}。", bd=ctx.birth(), d=other_date(ctx.rng))
    if ctx.rng.random() < 0.5:
        b.line("保険証：{x}", x=ctx.labelled("HEALTH_INSURANCE", style="none"))


def staff_contacts(ctx: Ctx, b: Builder) -> None:
    """職員の連絡先 (緊急連絡網)."""
    dept = ctx.choice(pools.DEPARTMENTS)
    b.line("{o} 緊急連絡網（取扱注意）", o=org(dept))
    b.line("氏名,職名,携帯,私用メール,自宅")
    for _ in range(ctx.rng.randrange(2, 5)):
        p = ctx.person(foreign=False)
        b.line(
            "{n},{j},{t},{e},{a}",
            n=ctx.name(p, ("kanji", "fullwidth_space", "kana")),
            j=ctx.choice(("課長", "係長", "主査", "主事")),
            t=ctx.num("PHONE_NUMBER"),
            e=ctx.email(p),
            a=ctx.addr(ctx.address(), forms=("partial", "hyphen", "plain")),
        )
    b.line("※連絡がつかない場合は{w}へ。", w=ctx.titled(ctx.person(foreign=False), before=dept))


def business_trip(ctx: Ctx, b: Builder) -> None:
    """出張の手配: 旅券, 旅費の振込口座, 公用車の免許."""
    p = ctx.person(foreign=False)
    dest = ctx.choice(("米国", "台北市", "ハノイ", "東京都千代田区", "金沢市"))
    b.line(
        "出張伺い　{d}〜{d2}　行先：{x}",
        d=other_date(ctx.rng),
        d2=other_date(ctx.rng),
        x=(("姉妹都市（", loc(dest), "）") if dest == "米国" else loc(dest)),
    )
    b.line("出張者：{n}（{o}）", n=ctx.name(p), o=org(ctx.choice(pools.DEPARTMENTS)))
    b.line("生年月日 {bd}", bd=ctx.birth())
    if dest in ("米国", "台北市", "ハノイ"):
        b.line("{x}　有効期限 {d}", x=ctx.labelled("PASSPORT"), d=other_date(ctx.rng))
    else:
        b.line("公用車使用：{x}", x=ctx.labelled("DRIVER_LICENSE"))
    b.line(
        "旅費振込先：{bk} {br} 普通 {x}",
        bk=org(ctx.choice(pools.BANKS)),
        br=ctx.choice(pools.BRANCHES),
        x=ctx.num("BANK_ACCOUNT"),
    )
    b.line("立替カード {x}", x=ctx.num("CREDIT_CARD"))
    b.line("同行：{s}主任", s=ctx.sur(ctx.person(foreign=False)))


def training_roster(ctx: Ctx, b: Builder) -> None:
    """研修の名簿."""
    b.line(
        "{t} 受講者名簿　会場 {v}",
        t=ctx.choice(("新任職員研修", "接遇研修", "防災士養成講座", "情報セキュリティ研修")),
        v=loc(ctx.choice(pools.FACILITIES)),
    )
    for i in range(ctx.rng.randrange(3, 6)):
        p = ctx.person(foreign=ctx.rng.random() < 0.1)
        b.line("{i}. {n}　{o}　{e}", i=str(i + 1), n=ctx.name(p), o=org(ctx.choice(pools.DEPARTMENTS)), e=ctx.email(p))
    b.line("欠席連絡は{w}まで。", w=ctx.titled(ctx.person(foreign=False), before="人事課"))


def council_minutes(ctx: Ctx, b: Builder) -> None:
    """議事録の一部と請願者."""
    m1 = ctx.person(foreign=False)
    m2 = ctx.person(foreign=False)
    pet = ctx.person()
    b.line("{o}　{c}委員会 会議録（案）", o=org("議会事務局"), c=ctx.choice(("総務", "建設水道", "文教福祉")))
    b.line(
        "○委員長（{n}）　請願第{k}号を議題とします。",
        n=ctx.name(m1, ("kanji", "fullwidth_space")),
        k=str(ctx.rng.randrange(1, 12)),
    )
    b.line(
        "○{s}委員　請願者の{p}さんは{a}にお住まいで、{r}の堤防について長年要望してきた方です。",
        s=ctx.sur(m2),
        p=ctx.name(pet),
        a=ctx.addr(ctx.address(), forms=("partial", "plain", "kanji_numerals")),
        r=loc(ctx.choice(pools.RIVERS)),
    )
    b.line("○委員長　{s}委員の発言は以上ですか。", s=ctx.sur(m2))
    b.line("（請願者連絡先：{t}、紹介議員 {n}）", t=ctx.num("PHONE_NUMBER"), n=ctx.prose(m2))


def petition(ctx: Ctx, b: Builder) -> None:
    """請願書の表書き."""
    p = ctx.person()
    b.line("請願書　{d}", d=other_date(ctx.rng))
    b.line("{c}議長　様", c=org(ctx.choice(pools.CITIES_AS_PLACES[:6]) + "議会"))
    b.line("請願者　住所 {a}", a=ctx.addr(ctx.address()))
    b.line("　　　　氏名 {n}　㊞", n=ctx.name(p, ("kanji", "fullwidth_space")))
    b.line("　　　　電話 {t}", t=ctx.num("PHONE_NUMBER"))
    b.line("件名：{s}地区への防犯灯設置について", s=loc(ctx.choice(pools.TOWNS)))
    b.line("{n}ほか{k}名の署名を添えて提出します。", n=ctx.prose(p), k=str(ctx.rng.randrange(20, 400)))


def chat(ctx: Ctx, b: Builder) -> None:
    """Chat messages of one or two lines, typos included."""
    p = ctx.person()
    e = ctx.neediest(NUMERIC)
    lines = (
        ("{n}さんの{lab}これであってる？ {x} 確認おねがいしまs", True),
        ("さっきの電話の人、{n}さん。かけなおし先 {x} だって", False),
        ("{x} ←{n}さんのやつ、台帳と一桁ちがうかも", True),
        ("{n}さんの件、{lab}は {x} でした。あとよろしくでs", True),
    )
    tmpl, _lab = ctx.choice(lines)
    if "電話" in tmpl:
        e = "PHONE_NUMBER"
    from tests.eval.ninth.people import LABELS

    b.line(
        tmpl,
        n=ctx.name(p) if ctx.rng.random() < 0.5 or p.foreign else ctx.sur(p),
        lab=ctx.choice(LABELS[e][0]),
        x=ctx.num(e),
    )
    if ctx.rng.random() < 0.6:
        b.line("あと生年月日 {bd} で検索したら{s}さん出てきた", bd=ctx.birth(), s=ctx.sur(p))
    else:
        b.line("住所は{a}ね。表にしといてくれる？", a=ctx.addr(ctx.address()))


def forwarded_mail(ctx: Ctx, b: Builder) -> None:
    """A forwarded mail with headers and the sender's signature."""
    s = ctx.person(foreign=ctx.rng.random() < 0.1)
    me = ctx.person(foreign=False)
    b.line("---------- Forwarded message ---------")
    b.line("From: {n} <{e}>", n=ctx.name(s, ("kanji", "romanized", "fullwidth_space")), e=ctx.email(s, form="plain"))
    b.line("Date: {d} 9:{m}", d=other_date(ctx.rng), m=f"{ctx.rng.randrange(0, 59):02d}")
    b.line(
        "Subject: Re: {t}",
        t=ctx.choice(("開栓の件", "申請書類について", "先日の相談の件", "空き家の件", "入所について")),
    )
    b.line("To: {o} <{e}>", o=org(ctx.choice(pools.DEPARTMENTS)), e=ctx.email(me, form="plain"))
    b.line()
    b.line("{m}様", m=ctx.sur(me))
    b.line("お世話になっております。先日お話しした件、書類をお送りします。")
    e = ctx.neediest(NUMERIC)
    b.line("念のため番号を書いておきます。{x}", x=ctx.labelled(e))
    b.line(f"平日は{ctx.rng.randrange(17, 20)}時以降なら電話に出られます。")
    b.line()
    b.line("--")
    b.line("{n}", n=ctx.name(s))
    if ctx.rng.random() < 0.5:
        b.line("{a}", a=ctx.addr(ctx.address(), forms=("line_broken", "building_room", "plain")))
    b.line("{t}", t=ctx.labelled("PHONE_NUMBER", style=ctx.choice(("abbr", "none", "full"))))


FAMILIES_C = {
    "intl_foreign_resident": foreign_resident,
    "hr_staff_contacts": staff_contacts,
    "hr_business_trip": business_trip,
    "hr_training_roster": training_roster,
    "council_minutes": council_minutes,
    "council_petition": petition,
    "chat_short": chat,
    "forwarded_mail": forwarded_mail,
}
