# ruff: noqa: E501 - Japanese text is measured in display width
"""Public-facing genres: news paragraphs, encyclopedic biographies, council minutes."""

from __future__ import annotations

from tests.eval.blind.model import Builder

from .places import birth, fac, loc, org
from .values import Ctx, kanji_num

TITLES = ["課長", "部長", "係長", "主査", "委員長", "議長", "委員", "市長", "副市長", "室長", "主任"]
EVENTS = ["防災訓練", "子ども食堂", "多文化共生フェスタ", "高齢者サロン", "清掃活動", "見守り研修会",
          "夏祭り", "献血会", "日本語スピーチ大会", "認知症カフェ"]


def news(ctx: Ctx) -> Builder:
    r = ctx.rng
    b = Builder()
    p1, p2 = ctx.person(r.random() < 0.3), ctx.person()
    staff = ctx.person()
    ev = r.choice(EVENTS)
    b.add("{place}の{fac}で{n}日、{ev}が開かれ、約{k}人が参加した。", place=loc(ctx), fac=fac(ctx),
          n=str(r.randint(1, 28)), ev=ev, k=str(r.randint(20, 400)))
    f1 = "foreign_katakana" if p1.foreign else r.choice(["kanji", "fullwidth_space", "prose"])
    b.add("主催した{o}の代表、{n}さん（{a}）は「{t}」と話した。", o=org(ctx), n=ctx.name(p1, f1),
          a=str(r.randint(19, 88)), t=r.choice(["続けることが大事です", "顔の見える関係をつくりたい",
                                                "来年はもっと多くの人に来てほしい"]))
    b.add("会場では{n}が{w}。", n=ctx.name(p2, "prose") if r.random() < 0.3 else "ボランティア", w=r.choice(["手話通訳を務めた", "非常食の作り方を実演した",
                                                                  "母国の料理を紹介した"]))
    if r.random() < 0.4:
        b.add("{s}は「{q}」と述べた。", s=(ctx.name(staff, "title"), r.choice(TITLES)) if r.random() < 0.7
              else (ctx.name(staff, "kanji"), "・", org(ctx), "長"), q="地域の力を感じた")
    b.add("{n}は{y}年生まれ、{pl}出身。", n=(ctx.name(p1, "surname_only"), "さん") if r.random() < 0.7 else "同氏", y=str(r.randint(1940, 2003)), pl=loc(ctx))
    if r.random() < 0.5:
        b.add("問い合わせは{o}（{ph}）へ。", o=org(ctx), ph=ctx.num("PHONE_NUMBER", sub="free" if r.random() < 0.3 else ""))
    else:
        b.add("次回は{m}月に{pl}で予定されている。", m=str(r.randint(1, 12)), pl=loc(ctx))
    if r.random() < 0.05:
        b.add("\n（{w}）", w=ctx.name(ctx.person(), r.choice(["kanji", "prose"])))
    return b


ROLES = ["郷土史家", "実業家", "政治家", "教育者", "医師", "画家", "社会運動家", "翻訳家", "俳人"]


def encyclopedic(ctx: Ctx) -> Builder:
    r = ctx.rng
    b = Builder()
    foreign = r.random() < 0.35
    p = ctx.person(foreign)
    role = r.choice(ROLES)
    hist = r.random() < 0.4
    yr = (1870, 1905) if hist else (1932, 1990)
    if foreign:
        b.add("{k}（{rom}、", k=ctx.name(p, "foreign_katakana"), rom=ctx.name(p, "romanized"))
    else:
        b.add("{n}（{kana}、", n=ctx.name(p, r.choice(["kanji", "prose"])), kana=ctx.name(p, "kana"))
    if r.random() < 0.7:
        dob = birth(ctx, r.choice(["seireki", "wareki", "kanji_numerals", "seireki"]), yr)
        b.add("{d} - ", d=dob)
        b.add("{y}年{m}月{dd}日）は、", y=str(r.randint(yr[1] + 20, 2024)) if not hist else str(r.randint(1910, 1975)),
              m=str(r.randint(1, 12)), dd=str(r.randint(1, 28)))
    else:
        b.add("{y}年 - ）は、", y=str(r.randint(*yr)))
    b.add("日本の{role}。{pl}出身。", role=role, pl=loc(ctx))
    if foreign:
        b.add("{o}出身の父と日本人の母の間に生まれ、{a}に来日した。", o=loc(ctx, p.origin), a=r.choice(["幼少期", "十代", "二十歳の時"]))
        if r.random() < 0.3:
            b.add("日本名は{jn}。", jn=ctx.name(ctx.person(), "kanji"))
    b.add("{pl}の{o}を経て、", pl=loc(ctx), o=org(ctx))
    if r.random() < 0.3:
        b.add("{t}に師事した。", t=ctx.name(ctx.person(), "prose"))
    else:
        b.add("独学で{w}を学んだ。", w=r.choice(["英語", "法律", "写真", "医学"]))
    b.add("{s}は{w}。", s=ctx.name(p, "surname_only") if r.random() < 0.5 else "その後",
          w=r.choice(["晩年まで地域の記録を書き続けた", "多くの弟子を育てた", "市の名誉市民に選ばれた"]))
    if r.random() < 0.25:
        spouse = ctx.person()
        b.add("妻は{ro}の{sp}、長男は{ch}。", ro=r.choice(ROLES), sp=ctx.name(spouse, "prose"),
              ch=ctx.name(ctx.person(), r.choice(["kanji", "prose"])))
    if r.random() < 0.25:
        b.add("\n\n== 人物 ==\n{n}は{y}年、", n=ctx.name(p, "romanized" if foreign else "surname_only"),
              y=str(r.randint(1950, 2015)))
        b.add("{o}の設立に関わり、{pl}に記念碑がある。", o=org(ctx), pl=fac(ctx))
    return b


def minutes(ctx: Ctx) -> Builder:
    r = ctx.rng
    b = Builder()
    chair, m1, staff1 = (ctx.person() for _ in range(3))
    b.line("{c}会議録（第{n}回）", c=org(ctx, r.choice(["総務委員会", "厚生常任委員会", "文教委員会"])),
           n=kanji_num(r.randint(1, 12)))
    b.line("出席委員　{a}　ほか{k}名", a=ctx.name(chair, "fullwidth_space"), k=kanji_num(r.randint(3, 8)))
    b.line("説明員　{o}長ほか", o=org(ctx))
    b.line()
    b.line("○委員長　ただいまから委員会を開会いたします。{m}委員。", m=ctx.name(m1, "title"))
    topic = r.choice(["高齢者の見守り事業", "外国人住民への情報提供", "マイナンバーカードの交付体制", "子ども医療費助成"])
    b.line("○{m}委員　{t}について伺います。昨年度、{pl}でどのような取組があったのか。", m=ctx.name(m1, "title"),
           t=topic, pl=loc(ctx))
    if r.random() < 0.3:
        res = ctx.person()
        b.line("　先日、{pl}にお住まいの{n}さんから相談を受けました。", pl=loc(ctx), n=ctx.name(res, "surname_only"))
    b.line("○{s}課長　お答えします。{o}と連携し、延べ{k}件の訪問を行いました。", s=ctx.name(staff1, "title"),
           o=org(ctx), k=str(r.randint(30, 900)))
    if r.random() < 0.4:
        b.line("○委員長　{s}課長の答弁のとおりです。", s=ctx.name(staff1, "surname_only"))
    else:
        b.line("○福祉部長　個別の案件についてはお答えを控えます。")
    if r.random() < 0.5:
        b.line("（{t}時{mm}分　休憩）", t=str(r.randint(10, 16)), mm=str(r.randint(0, 5) * 10))
    return b
