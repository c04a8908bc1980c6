"""Running prose: encyclopedic paragraphs, news-like releases, interviews and council minutes."""

from __future__ import annotations

from tests.eval.blind.model import Builder

from .addresses import address, city_name
from .gen import Gen
from .ids import phone
from .people import LABEL, MENTION, PROSE, again, historical, historical_foreign, japanese, person, speaker
from .pools import COMPANIES, DEPARTMENTS, SCHOOLS, SISTER_CITIES

ROLES = ("陶芸家", "医師", "教育者", "実業家", "俳人", "篤農家", "画家", "郷土史家", "技師", "助産師")
DEEDS = (
    "私財を投じて用水路を開き、下流の村々の田を潤した",
    "村に初めての女学校を開き、読み書きを教えた",
    "養蚕の改良に取り組み、その技術は県内に広まった",
    "地域の民話を集めて三巻の書物にまとめた",
    "洪水のあと堤防の再建を指揮した",
    "町に最初の診療所を開き、往診を続けた",
)


def kyodo(g: Gen) -> Builder:
    b = Builder()
    fig, _sur = historical(g)
    y = g.rng.randint(1820, 1900)
    b.line("郷土の人物　第{n}回", n=str(g.rng.randint(1, 80)))
    b.line()
    b.line(
        "{fig}（{y}年 - {d}年）は、{city}に生まれた{role}である。",
        fig=fig,
        y=str(y),
        d=str(y + g.rng.randint(40, 85)),
        city=city_name(g),
        role=g.choice(ROLES),
    )
    b.line(
        "若くして{place}に出て学び、帰郷後は{deed}。",
        place=g.loc(g.choice(("江戸", "長崎", "大阪", "京都"))),
        deed=g.choice(DEEDS),
    )
    other, _ = person(g, PROSE)
    b.line("同時代の{role}である{other}とは生涯にわたり書簡を交わした。", role=g.choice(ROLES), other=other)
    if g.chance(0.7):
        b.line(
            "{year}年には来日した{fig}が屋敷を訪ね、その記録は今も{org}に残る。",
            year=str(y + g.rng.randint(20, 40)),
            fig=historical_foreign(g),
            org=g.org(g.choice(("市立図書館", "郷土資料館", "県立歴史館"))),
        )
    if g.chance(0.6):
        fig2, _ = historical(g)
        b.line("門下からは{fig2}らが出ている。", fig2=fig2)
    b.line("生家の跡には記念碑が建てられ、毎年秋に顕彰祭が行われている。")
    return b


def sister_history(g: Gen) -> Builder:
    b = Builder()
    country, city = g.rng.choice(SISTER_CITIES)
    year = g.rng.randint(1965, 2005)
    b.line("姉妹都市の歴史　{city}（{country}）", city=g.loc(city), country=g.loc(country))
    b.line()
    b.line(
        "{year}年、当時の市長{mayor}と{city}の{fig}市長が協定書に署名し、提携が始まった。",
        year=str(year),
        mayor=person(g, PROSE)[0],
        city=g.loc(city),
        fig=historical_foreign(g),
    )
    b.line(
        "きっかけは、{city}出身の留学生{stud}が{school}で学んだことであった。",
        city=g.loc(city),
        stud=person(g, ("foreign_katakana", "romanized"))[0],
        school=g.org(g.choice(SCHOOLS)),
    )
    host, hp = person(g, PROSE)
    b.line("ホストファミリーを務めた{host}は、のちに交流協会の初代会長となった。", host=host)
    b.line(
        "{again}の呼びかけで始まった中学生の相互派遣は、{n}回を数える。",
        again=again(g, hp, honorific=False),
        n=str(g.rng.randint(10, 40)),
    )
    return b


def ayumi(g: Gen) -> Builder:
    b = Builder()
    b.line("市の歩み（抄）")
    year = g.rng.randint(1950, 1975)
    for _ in range(g.rng.randint(3, 5)):
        year += g.rng.randint(3, 9)
        if g.chance(0.6):
            who, _p = person(g, PROSE)
            b.line("{y}年　{who}が第{n}代市長に就任。", y=str(year), who=who, n=str(g.rng.randint(2, 20)))
        else:
            b.line("{y}年　{place}と合併。{org}が開校。", y=str(year), place=city_name(g), org=g.org(g.choice(SCHOOLS)))
    fig, _ = historical(g)
    b.line("※郷土の偉人{fig}の生誕記念事業もこの年に始まった。", fig=fig)
    return b


def award(g: Gen) -> Builder:
    b = Builder()
    dept = g.choice(DEPARTMENTS)
    b.line("記者発表資料　{d}", d=g.other_date())
    b.line("{dept}", dept=g.org(dept))
    b.line(
        "「{a}」の受賞者が決まりました",
        a=g.choice(("市民文化賞", "善行表彰", "スポーツ功労賞", "環境美化表彰", "防災功労表彰")),
    )
    b.line()
    winners = []
    for _ in range(g.rng.randint(2, 4)):
        w, wp = person(g, LABEL)
        winners.append(wp)
        b.line("・{w}（{city}在住、{role}）", w=w, city=city_name(g), role=g.choice(ROLES))
    b.line()
    first = winners[0]
    b.line(
        "{s}は{years}年にわたり、地域の見守り活動を続けてきました。", s=again(g, first), years=str(g.rng.randint(5, 40))
    )
    b.line("表彰式は{d}、市役所本庁舎で行います。", d=g.other_date())
    staff, _ = person(g, ("title",))
    b.line("問い合わせ先：{dept} 担当 {staff}（内線{ext}）", dept=g.org(dept), staff=staff, ext=g.digits(4))
    return b


def new_staff(g: Gen) -> Builder:
    b = Builder()
    b.line("広報　新任の職員紹介（{d}付）", d=g.other_date())
    for _ in range(g.rng.randint(3, 5)):
        dept = g.choice(DEPARTMENTS)
        staff, sp = person(
            g,
            ("title", "prose", "kanji", "reading_parens"),
            title=g.choice(("主査", "主任", "主事", "係長", "課長補佐")),
        )
        b.line("■{dept}　{staff}", dept=g.org(dept), staff=staff)
        if g.chance(0.5):
            b.line(
                "　「{phrase}」と{s}。",
                phrase=g.choice(("市民の皆さんの声に耳を傾けます", "現場に足を運びます", "笑顔の窓口を目指します")),
                s=again(g, sp),
            )
    b.line("（広報{p}）", p=g.org("広報広聴課"))
    return b


ANSWERS = (
    "近所の子が夕飯を一人で食べていると聞いたのが最初です。",
    "ボランティアが集まらない時期がありました。",
    "続けることですね。",
    "場所を貸してもらえると助かります。",
    "最初は{p}に誘われて、手伝いのつもりで来ました。",
    "{p}が残してくれたノートを、今も読み返しています。",
)


def interview(g: Gen) -> Builder:
    b = Builder()
    guest, gp = person(g, LABEL)
    b.line(
        "【市民インタビュー】{topic}",
        topic=g.choice(("子ども食堂を続けて", "外国人住民の相談窓口から", "消防団で二十年")),
    )
    b.line(
        "今回のゲスト：{guest}（{org}）",
        guest=guest,
        org=g.org(g.choice((*COMPANIES, "市国際交流協会", "子ども食堂ひだまり"))),
    )
    host = japanese(g)
    b.line("聞き手：{o} {h}", o=g.org("広報広聴課"), h=speaker(g, host, full=True))
    b.line()
    qs = ("始めたきっかけは？", "大変だったことは？", "これからの目標は？", "市に望むことは？")
    answers = g.rng.sample(ANSWERS, 4)
    for i, q in enumerate(qs[: g.rng.randint(2, 4)]):
        b.line("{h}：{q}", h=speaker(g, host), q=q)
        if "{p}" in answers[i]:
            b.line("{s}：" + answers[i], s=speaker(g, gp), p=person(g, PROSE)[0])
        else:
            b.line("{s}：{a}", s=speaker(g, gp), a=answers[i])
    if g.chance(0.5):
        b.line("※{s}への連絡は協会事務局まで。", s=again(g, gp))
    return b


REPLIES = (
    "お答えいたします。前年度比で一割ほど増えております。",
    "現在、関係課と協議を進めているところでございます。",
    "ご指摘の点は、来年度の予算編成の中で検討してまいります。",
    "多言語の案内は、やさしい日本語を含め五言語で用意しております。",
)


def minutes(g: Gen) -> Builder:
    b = Builder()
    committee = g.choice(("文教福祉委員会", "総務委員会", "建設環境委員会", "予算特別委員会"))
    b.line("令和8年第{n}回定例会　{c}会議録（抄）", n=str(g.rng.randint(1, 4)), c=g.org(committee))
    b.line("開会　{d}　午前10時", d=g.other_date())
    members = [japanese(g) for _ in range(g.rng.randint(2, 4))]
    chair = members[0]
    b.line("○{c}委員長　ただいまから委員会を開きます。", c=speaker(g, chair))
    for m in members[1:]:
        b.line(
            "○{m}委員　{q}",
            m=speaker(g, m),
            q=g.choice(
                (
                    "地域包括支援センターの相談件数について伺います。",
                    "通学路の安全対策はどうなっていますか。",
                    "外国人住民への案内の多言語化について伺います。",
                )
            ),
        )
        dept = g.choice(DEPARTMENTS)
        staff = japanese(g)
        b.line(
            "○{s}{dept}長　{a}",
            s=speaker(g, staff),
            dept=g.org(dept),
            a=g.choice(REPLIES),
        )
        if g.chance(0.5):
            resident, _ = person(g, MENTION)
            b.line(
                "○{m}委員　先日、{r}から{where}の件で要望を受けました。",
                m=speaker(g, m),
                r=resident,
                where=address(g, ("partial", "hyphen", "plain")),
            )
    b.line("○{c}委員長　以上で本日の日程は終了しました。", c=speaker(g, chair))
    if g.chance(0.3):
        b.line("（傍聴者の連絡先　{p}）", p=phone(g, "mobile"))
    return b


PROSE_KINDS = (
    ("郷土の人物", kyodo, 16),
    ("姉妹都市の歴史", sister_history, 12),
    ("市の歩み", ayumi, 8),
    ("記者発表", award, 16),
    ("広報_新任職員", new_staff, 10),
    ("インタビュー", interview, 12),
    ("議会会議録", minutes, 13),
)
