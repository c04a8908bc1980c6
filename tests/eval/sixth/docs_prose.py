"""News, encyclopedic and minutes documents."""

# Japanese template text counts double width for the line-length rule; the data reads better unwrapped.
# ruff: noqa: E501

from __future__ import annotations

from tests.eval.blind.model import Builder
from tests.eval.sixth import pools
from tests.eval.sixth.core import Gen

EVENTS = ["防災訓練", "子ども食堂の開所式", "多文化交流フェスタ", "花火大会の準備会", "高齢者向けスマホ教室",
          "清掃ボランティア", "成人を祝う式典", "企業と学生の交流会", "読書週間のおはなし会", "夏祭り"]
JOBS = ["会社員", "自営業", "パート従業員", "大学生", "元教員", "看護師", "農家", "介護福祉士"]
QUOTES = ["地域のつながりを感じた", "来年も続けたい", "子どもたちの笑顔が何よりの励み", "思ったより大勢来てくれた",
          "外国出身の人にも気軽に来てほしい", "備えの大切さを実感した"]


def incident(g: Gen) -> Builder:
    b, rng = Builder(), g.rng
    pl = g.place()
    town = rng.choice(pools.TOWNS)
    p = g.person(foreign=0.15)
    kind = rng.choice(["火災", "交通事故", "表彰"])
    if kind == "火災":
        b.add("{m}日午前{h}時ごろ、{city}{town}の木造2階建て住宅から出火し、約{a}平方メートルを焼いた。",
              m=str(rng.randint(1, 28)), h=str(rng.randint(1, 11)), city=g.loc(pl.city), town=g.loc(town), a=str(rng.randint(30, 200)))
        b.add("{st}によると、この家に住む{job}{n}さん（{age}）が軽いやけどを負った。", st=g.org((pl.city.split("市")[0] + "市" if "市" in pl.city else "東京") + "消防" + ("局" if "区" in pl.city else "本部")),
              job=rng.choice(["無職", "会社員", "パート従業員"]), n=g.name(p), age=str(rng.randint(20, 90)))
        b.add("{s}さんは「台所から煙が出ていた」と話しているという。", s=g.name(p, "surname_only"))
    elif kind == "交通事故":
        b.add("{city}の{st}近くの交差点で{m}日夕、乗用車と自転車が衝突した。", city=g.loc(pl.city),
              st=g.loc(rng.choice(pools.STATIONS)), m=str(rng.randint(1, 28)))
        b.add("自転車の{job}{n}さん（{age}）が足の骨を折る重傷。", job=rng.choice(["高校生", "会社員", "アルバイト"]),
              n=g.name(p), age=str(rng.randint(15, 80)))
        b.add("{po}が事故の原因を調べている。", po=g.org(pl.pref[:-1] + "県警" if pl.pref.endswith("県") else "警察署"))
    else:
        b.add("{city}は{m}日、長年にわたり{x}に尽力したとして、{town}の{n}さん（{age}）に感謝状を贈った。",
              city=g.loc(pl.city), m=str(rng.randint(1, 28)), x=rng.choice(["通学路の見守り", "河川の清掃", "外国人住民の通訳"]),
              town=g.loc(town), n=g.name(p), age=str(rng.randint(60, 90)))
        b.add("{s}さんは「これからも体が動く限り続けたい」と話した。", s=g.name(p, "surname_only"))
    return b


def news(g: Gen) -> Builder:
    b, rng = Builder(), g.rng
    if rng.random() < 0.3:
        return incident(g)
    pl = g.place()
    ev = rng.choice(EVENTS)
    fac = rng.choice(pools.FACILITIES)
    b.add("{city}の{fac}で{m}月{d}日、{ev}が開かれ、約{n}人が参加した。", city=g.loc(pl.city), fac=g.loc(fac),
          m=str(rng.randint(1, 12)), d=str(rng.randint(1, 28)), ev=ev, n=str(rng.randint(2, 40) * 10))
    org = rng.choice(pools.COMPANIES)
    p1 = g.person(foreign=0.2)
    b.add("主催した{org}の{job}、{n1}さん（{age}）は「{q}」と話した。", org=g.org(org), job=rng.choice(["代表", "事務局長", "理事"]),
          n1=g.name(p1), age=str(rng.randint(24, 78)), q=rng.choice(QUOTES))
    if rng.random() < 0.35:
        mayor = g.person()
        b.add("あいさつに立った{s}{t}は「{q}」と述べた。", s=g.name(mayor, "title"), t=rng.choice(["市長", "副市長", "区長", "教育長"]),
              q=rng.choice(QUOTES))
    if rng.random() < 0.3:
        p2 = g.person(foreign=0.3)
        b.add("参加した{city}在住の{job}{n2}さんは、{river}沿いの避難経路を家族で確認したという。",
              city=g.loc(pl.city), job=rng.choice(JOBS), n2=g.name(p2), river=g.loc(rng.choice(pools.RIVERS)))
        b.add("{s}さんは「{q}」と笑顔を見せた。", s=g.name(p2, "surname_only"), q=rng.choice(QUOTES))
    if rng.random() < 0.4:
        b.add("会場では{school}の生徒による合唱も披露された。", school=g.org(rng.choice(["市立東原小学校", "市立南台中学校",
                                                                 "県立北野高等学校"])))
    if rng.random() < 0.35:
        b.add("問い合わせは{dept}（{tel}）へ。", dept=g.org(rng.choice(pools.DEPTS)), tel=g.phone("fixed", pl))
    elif rng.random() < 0.5:
        staff = g.person()
        b.add("担当の{dept}{s}{t}は、次回は{fac}での開催を予定していると説明した。",
              dept=g.org(rng.choice(pools.DEPTS)), s=g.name(staff, "title"), t=rng.choice(pools.TITLES[:8]),
              fac=g.loc(rng.choice(pools.FACILITIES)))
    if rng.random() < 0.1:
        p3 = g.person()
        b.add("（記者・{n}）", n=g.name(p3, "kanji"))
    return b


OCCUPATIONS = ["政治家", "実業家", "陸上競技選手", "小説家", "建築家", "郷土史家", "医師", "社会運動家", "歌手", "漫画家"]
HIST = ["江戸時代後期の商人", "明治時代の教育者", "幕末の医師", "戦国時代の武将", "大正時代の社会事業家"]


def encyclopedic(g: Gen) -> Builder:
    b, rng = Builder(), g.rng
    pl = g.place()
    mode = rng.randrange(4)
    if mode == 0:
        p = g.person()
        b.add("{n}（{k}、", n=g.name(p, "prose"), k=g.name(p, "kana"))
        if rng.random() < 0.5:
            b.add("{bd} - ）は、", bd=g.birth(natural=("seireki",)))
        else:
            b.add("{y}年 - ）は、", y=str(rng.randint(1940, 1995)))
        b.add("日本の{o}。{pref}{city}出身。", o=rng.choice(OCCUPATIONS), pref=g.loc(pl.pref), city=g.loc(pl.city))
        b.add("{u}を卒業後、{org}に入社。", u=g.org(rng.choice(["東都大学", "北野工業大学", "県立看護大学"])),
              org=g.org(rng.choice(pools.COMPANIES)))
        b.add("{y}年、{city}長選挙に初当選した。" if rng.random() < 0.5 else "{y}年に独立し、{city}を拠点に活動している。",
              y=str(rng.randint(1990, 2023)), city=g.loc(pl.city))
        b.add("{s}は在任中、{fac}の建て替えを進めた。", s=g.name(p, "surname_only"), fac=g.loc(rng.choice(pools.FACILITIES)))
        if rng.random() < 0.3:
            q = g.person()
            b.add("妻は元アナウンサーの{n}。", n=g.name(q, "prose"))
        if rng.random() < 0.4:
            b.add("英語表記は {r}。", r=g.name(p, "romanized"))
    elif mode == 1:
        p = g.person(foreign=1.0)
        nat = pools.NATIONALITY[p.origin]
        b.add("{n}（", n=g.name(p, "foreign_katakana"))
        b.add("{r}、{y}年 - ）は、{nat}出身で{city}在住の{o}。", r=g.name(p, "romanized"), y=str(rng.randint(1960, 1998)),
              nat=nat, city=g.loc(pl.city), o=rng.choice(OCCUPATIONS))
        b.add("{y}年に来日し、{org}で働きながら日本語を学んだ。", y=str(rng.randint(1990, 2015)),
              org=g.org(rng.choice(pools.COMPANIES)))
        b.add("{s}は{city}の国際交流員として、外国人住民向けの生活相談を立ち上げた。", s=g.name(p, "surname_only"),
              city=g.loc(pl.city))
        if rng.random() < 0.5:
            mentor = g.person()
            b.add("日本での恩師は郷土史家の{n}である。", n=g.name(mentor, "prose"))
    elif mode == 2:
        p = g.person()
        b.add("{n}（{y1}年 - {y2}年）は、{h}。", n=g.name(p, "prose"), y1=str(rng.randint(1750, 1850)),
              y2=str(rng.randint(1860, 1920)), h=rng.choice(HIST))
        b.add("{pref}の{city}に生まれる。幼名は{k}。", pref=g.loc(pl.pref), city=g.loc(pl.city),
              k=g.val("PERSON", rng.choice(["虎之助", "松吉", "鶴", "亀次郎", "千代"]), "kanji"))
        b.add("{river}の治水に尽力し、{s}の名は今も堤防の碑に刻まれている。", river=g.loc(rng.choice(pools.RIVERS)),
              s=g.name(p, "surname_only"))
        if rng.random() < 0.3:
            q = g.person()
            b.add("弟子に{n}がいる。", n=g.name(q, "prose"))
    else:
        origin = g.person(foreign=1.0)
        while origin.origin not in ("us", "fr", "br", "pe"):
            origin = g.person(foreign=1.0)
        kata = origin.mei_k + rng.choice(["・", "＝", "・"]) + origin.sei_k
        b.add("{n}（{r}、", n=g.val("PERSON", kata, "foreign_katakana"),
              r=g.val("PERSON", f"{origin.mei_r.title()} {origin.sei_r.title()}", "romanized"))
        if rng.random() < 0.5:
            b.add("{bd} - ）は、", bd=g.birth(natural=("seireki",)))
        else:
            b.add("{y}年 - ）は、", y=str(rng.randint(1950, 1990)))
        b.add("{city}の姉妹都市交流に尽くした{o}。", city=g.loc(pl.city), o=rng.choice(OCCUPATIONS))
        b.add("{y}年から{fac}で講演を重ね、{s}の名を冠した奨学金が設けられた。", y=str(rng.randint(1995, 2020)),
              fac=g.loc(rng.choice(pools.FACILITIES)),
              s=g.val("PERSON", origin.sei_k, "surname_only"))
    return b


TOPICS = ["国民健康保険料の改定", "避難所の運営", "放課後児童クラブの待機児童", "ごみ収集の委託", "外国人住民への情報提供",
          "マイナンバーカードの交付体制", "空き家対策", "介護人材の確保", "公共施設の再編計画"]


def minutes(g: Gen) -> Builder:
    b, rng = Builder(), g.rng
    chair, a, c = g.person(), g.person(), g.person(foreign=0.05)
    mgr = g.person()
    topic = rng.choice(TOPICS)
    b.line("{name}　{topic}について", name=g.org(rng.choice(["厚生委員会", "総務常任委員会", "文教委員会", "予算特別委員会"])),
           topic=topic)
    if rng.random() < 0.25:
        b.line("出席委員　{a}、{c}、{d}", a=g.name(chair, rng.choice(["kanji", "fullwidth_space"])),
               c=g.name(a, rng.choice(["kanji", "fullwidth_space"])), d=g.name(c, "kanji"))
    b.line()
    b.line("○{s}委員長　ただいまから委員会を開会いたします。{topic}について、理事者から説明を求めます。",
           s=g.name(chair, "title"), topic=topic)
    dept = rng.choice(pools.DEPTS)
    b.line("○{dept}長（{n}君）　お答えいたします。{topic}につきましては、{fac}を拠点に進めてまいります。",
           dept=g.org(dept), n=g.name(mgr, "kanji"), topic=topic, fac=g.loc(rng.choice(pools.FACILITIES)))
    b.line("○{s}委員　前回、{p}部長からは年度内に方針を示すと答弁がありました。進捗を伺います。",
           s=g.name(a, "title"), p=g.name(mgr, "title"))
    b.line("○{dept}長　{city}全体で調整中でございます。", dept=g.org(dept), city=g.loc(g.place().city))
    if rng.random() < 0.4:
        r = g.person(foreign=0.3)
        b.line("○{s}委員　地域で相談を受けた{n}さんのように、制度を知らずに困っている方がいます。",
               s=g.name(c, "title"), n=g.name(r, rng.choice(["kanji", "surname_only"])))
    b.line("○委員長　以上で本日の委員会を閉会いたします。")
    if rng.random() < 0.3:
        clerk = g.person()
        b.line("（記録担当　議会事務局　{n}）", n=g.name(clerk, "kanji"))
    return b
