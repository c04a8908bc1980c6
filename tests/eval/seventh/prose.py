"""News paragraphs, encyclopedic biographies and council minutes."""

from __future__ import annotations

from tests.eval.blind.model import Builder
from tests.eval.seventh.common import COMPANIES, DEPTS, FACILITIES, RIVERS, SCHOOLS, STATIONS, B, age_of, event_date
from tests.eval.seventh.ctx import Ctx

WORLD = [
    ("ジャン＝ピエール・ルロワ", "Jean-Pierre Leroy", "フランス"),
    ("マリア・テレサ・ゴンザレス", "Maria Teresa Gonzalez", "スペイン"),
    ("アレクサンドル・ヴォルコフ", "Aleksandr Volkov", "ロシア"),
    ("ヘンリー・ウォード・モリソン", "Henry Ward Morrison", "イギリス"),
    ("カール＝ハインツ・ブラウン", "Karl-Heinz Braun", "ドイツ"),
    ("アナ・ルシア・ペレイラ", "Ana Lucia Pereira", "ブラジル"),
    ("ラジェシュ・クマール", "Rajesh Kumar", "インド"),
    ("エリザベス・クレア・ホワイト", "Elizabeth Clare White", "アメリカ合衆国"),
]
JOBS = ["政治家", "実業家", "教育者", "陶芸家", "郷土史家", "医師", "作曲家", "柔道家", "社会福祉家", "建築家"]
NEWS_EVENTS = [
    "防災訓練",
    "夏祭り",
    "清掃活動",
    "子ども食堂の開所式",
    "マラソン大会",
    "敬老会",
    "国際交流フェスタ",
    "読み聞かせ会",
    "消防団の出初式",
    "花火大会",
]


def news(ctx: Ctx) -> Builder:
    b, r = B(), ctx.rng
    ci = ctx.city()[1]
    p1, p2 = ctx.jp(), (ctx.fo() if ctx.chance(0.35) else ctx.jp())
    ev = ctx.choice(NEWS_EVENTS)
    y1 = ctx.birth_ymd(1940, 2005)[0]
    b.add(
        "{city}の{fac}（{st}から徒歩{m}分）で{d}、{ev}が開かれ、約{n}人が参加した。",
        st=ctx.loc(ctx.choice(STATIONS)),
        m=r.randint(3, 15),
        city=ctx.loc(ci),
        fac=ctx.loc(ctx.choice(FACILITIES)),
        d=event_date(ctx),
        ev=ev,
        n=r.randint(3, 60) * 10,
    )
    b.add(
        "実行委員長を務めた{n1}さん（{a}）は「地域のつながりを感じた」と話した。",
        n1=ctx.name(p1, ("kanji", "fullwidth_space")),
        a=age_of(y1),
    )
    if p2.foreign:
        b.add(
            "{nat}出身で市内に住む{n2}さんも家族と参加し、",
            nat=ctx.loc(p2.nationality),
            n2=ctx.name(p2, ("foreign_katakana", "kanji", "romanized")),
        )
        b.add("「日本の祭りは初めて。{s}さんに誘われた」と笑顔を見せた。", s=ctx.name(p1, "surname_only"))
    else:
        b.add("{org}の{n2}さんは、", org=ctx.org(ctx.choice(COMPANIES + SCHOOLS)), n2=ctx.name(p2, ("kanji", "kana")))
        b.add("「来年も{s}さんたちと続けたい」と語った。", s=ctx.name(p1, "surname_only"))
    if ctx.chance(0.4):
        staff = ctx.jp()
        b.add("市{dept}の{n}{t}によると、", dept=ctx.org(ctx.choice(DEPTS)), n=ctx.name(staff, "title"), t=ctx.title())
        b.add("今年は{riv}の河川敷も会場に加えたという。", riv=ctx.loc(ctx.choice(RIVERS)))
    if ctx.chance(0.2):
        b.add("問い合わせは事務局（{ph}）へ。", ph=ctx.phone(sub=ctx.choice(["fixed", "mobile"])))
    if ctx.chance(0.15):
        p3 = ctx.jp()
        b.add(
            "表彰式では、最年長の{n}さん（{a}）に感謝状が贈られた。",
            n=ctx.name(p3, ("kanji", "fullwidth_space", "surname_only")),
            a=r.randint(85, 99),
        )
    return b


def encyclopedic(ctx: Ctx) -> Builder:
    b, r = B(), ctx.rng
    mode = r.choice(["jp", "jp", "foreign", "world", "historical"])
    pr, ci = ctx.city()
    job = ctx.choice(JOBS)
    if mode == "jp":
        p = ctx.jp()
        ymd = ctx.birth_ymd(1930, 1990)
        b.add("{n}（{k}、", n=ctx.name(p, ("kanji", "prose")), k=ctx.name(p, "kana"))
        if ctx.chance(0.7):
            b.add("{bd} - ）は、日本の{job}。", bd=ctx.birth(("seireki", "wareki"), ymd), job=job)
        else:
            b.add("{y}年 - ）は、日本の{job}。", y=ymd[0], job=job)
        b.add("{pref}{city}出身。{org}を経て、", pref=ctx.loc(pr), city=ctx.loc(ci), org=ctx.org(ctx.choice(COMPANIES)))
        council = ci[: ci.index("市") + 1] if "市" in ci else ci
        b.add("{y}年に{city}議会議員に初当選した。", y=min(ymd[0] + r.randint(30, 45), 2023), city=ctx.loc(council))
        if ctx.chance(0.5):
            b.add("配偶者は元教員の{w}。", w=ctx.name(ctx.jp(), "prose"))
        b.add(
            "{s}は在任中、{riv}の治水事業に力を注いだ。", s=ctx.name(p, "surname_only"), riv=ctx.loc(ctx.choice(RIVERS))
        )
    elif mode == "foreign":
        p = ctx.fo()
        b.add("{n}（{rom}、", n=ctx.name(p, ("foreign_katakana", "prose")), rom=ctx.name(p, "romanized"))
        b.add(
            "{bd} - ）は、{nat}出身の{job}。",
            bd=ctx.birth(("seireki", "slash"), ctx.birth_ymd(1950, 1985)),
            nat=ctx.loc(p.nationality),
            job=job,
        )
        b.add(
            "{y}年に来日し、{city}で{org}を設立した。",
            y=r.randint(1995, 2015),
            city=ctx.loc(ci),
            org=ctx.org(ctx.choice(COMPANIES)),
        )
        b.add("{s}の活動は地元紙でたびたび紹介されている。", s=ctx.name(p, ("surname_only", "prose")))
    elif mode == "world":
        kat, rom, nat = r.choice(WORLD)
        b.add(
            "{n}（{rom}、{y}年 - {y2}年）は、{nat}の{job}。",
            n=ctx.val("PERSON", kat, "foreign_katakana"),
            rom=ctx.val("PERSON", rom, "romanized"),
            y=r.randint(1840, 1900),
            y2=r.randint(1910, 1950),
            nat=ctx.loc(nat),
            job=job,
        )
        b.add("明治期に招かれて{city}に滞在し、", city=ctx.loc(ci))
        helper = ctx.jp()
        b.add(
            "通訳を務めた{h}とともに{riv}の測量を行った。", h=ctx.name(helper, "prose"), riv=ctx.loc(ctx.choice(RIVERS))
        )
        b.add(
            "{h2}の日記には「{k}先生」の名がたびたび登場する。",
            h2=ctx.name(helper, "surname_only"),
            k=ctx.val("PERSON", kat.split("・")[-1].split("＝")[-1], "surname_only"),
        )
    else:
        p = ctx.jp()
        b.add(
            "{n}（{k}、{y}年 - {y2}年）は、江戸時代後期の商人、{job}。",
            n=ctx.name(p, "prose"),
            k=ctx.name(p, "kana"),
            y=r.randint(1760, 1810),
            y2=r.randint(1830, 1870),
            job=job,
        )
        b.add("{city}の旧家に生まれ、のちに藩の御用商人となった。", city=ctx.loc(ci))
        b.add(
            "子の{c}が家業を継いだ。{s}の書状は{fac}に所蔵されている。",
            c=ctx.name(ctx.jp(), "prose"),
            s=ctx.name(p, "surname_only"),
            fac=ctx.loc(ctx.choice(FACILITIES)),
        )
    return b


def minutes(ctx: Ctx) -> Builder:
    b, r = B(), ctx.rng
    chair, q, ans = ctx.jp(), ctx.jp(), ctx.jp()
    dept = ctx.choice(DEPTS)
    b.line(
        "令和8年第{n}回定例会 {c}委員会 会議録（抄）", n=r.randint(1, 4), c=ctx.choice(["厚生", "総務", "文教", "建設"])
    )
    b.line("○委員長（{n}君） ただいまから委員会を開会いたします。", n=ctx.name(chair, ("kanji", "fullwidth_space")))
    b.line(
        "○{n}委員 {d}の窓口の待ち時間について伺います。先月、市民の方から苦情がありました。",
        n=ctx.name(q, "title"),
        d=ctx.org(dept),
    )
    b.line("○委員長（{n}君） {a}課長。", n=ctx.name(chair, "surname_only"), a=ctx.name(ans, "title"))
    b.line(
        "○{d}長（{n}） お答えいたします。繁忙期には最大で{m}分程度お待たせしております。",
        d=dept,
        n=ctx.name(ans, ("kanji", "fullwidth_space")),
        m=r.randint(30, 90),
    )
    if ctx.chance(0.5):
        cit = ctx.jp()
        b.line(
            "○{n}委員 その方、{c}さんは高齢で、{fac}から何度も足を運んだと聞いています。",
            n=ctx.name(q, "title"),
            c=ctx.name(cit, ("surname_only", "kanji")),
            fac=ctx.loc(ctx.choice(FACILITIES)),
        )
        if ctx.chance(0.4):
            b.line(
                "  （{n}委員から、当該市民の連絡先 {ph} を委員会に提出したいとの発言あり。委員長が制止）",
                n=ctx.name(q, "title"),
                ph=ctx.phone(sub="mobile"),
            )
    if ctx.chance(0.4):
        b.line("○{n}委員 了解しました。部長には改善をお願いします。", n=ctx.name(q, "title"))
    b.line("○委員長 以上で本日の委員会を閉会します。")
    return b
