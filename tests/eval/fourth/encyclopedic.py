"""encyclopedic: Wikipedia-style biographies and local history, names without honorifics."""

from __future__ import annotations

from tests.eval.blind.model import Builder, Val

from . import names as N
from .gen import Gen
from .people import to_katakana


def _politician(g: Gen) -> Builder:
    r, b = g.rng, Builder()
    female = r.random() < 0.3
    p = g.person(sex="f" if female else "m")
    born_full = r.random() < 0.6
    b.add("{n}（{k}、", n=p.full("kanji", r) if r.random() < 0.5 else Val("PERSON", f"{p.sei} {p.mei}", "kanji"),
          k=Val("PERSON", f"{p.sei_kana} {p.mei_kana}", "kana"))
    if born_full:
        b.add("{bd} - ）は、", bd=g.birth("seireki", lo=1940, hi=1975))
    else:
        b.add(f"{r.randint(1940, 1975)}年 - ）は、")
    b.add("日本の政治家。{c}長（{t}期）。".replace("{t}", str(r.randint(1, 4))), c=g.loc(r.choice(N.CITIES)))
    b.add("{p}出身。", p=g.loc(r.choice(N.PREFS)))
    b.line("")
    b.line("== 経歴 ==")
    b.add("{o}を卒業後、", o=g.org(r.choice(("東中学校", "市立第三小学校"))))
    b.add("{x}に入庁。", x=g.org("市長公室"))
    b.add("総務部長などを経て退職し、市長選に立候補。現職の{q}を破って初当選した。", q=g.person().prose())
    b.add("{s}は在任中、「子育て日本一」を掲げて保育所の待機児童を解消した。", s=p.sur())
    b.line("")
    if female:
        b.add("夫は元県議会議員の{w}。", w=g.person(sex="m").prose())
    else:
        b.add("妻は元アナウンサーの{w}。", w=g.person(sex="f").prose())
    return b


def _foreign_born(g: Gen) -> Builder:
    r, b = g.rng, Builder()
    kata, roman, fam = r.choice(N.FOREIGN_EU)
    b.add("{k}（{ro}、", k=Val("PERSON", kata, "foreign_katakana"), ro=Val("PERSON", roman, "romanized"))
    if r.random() < 0.6:
        b.add("{bd} - ）は、", bd=g.birth(r.choice(("seireki", "seireki", "spaced")), lo=1930, hi=1980))
    else:
        b.add(f"{r.randint(1850, 1900)}年 - {r.randint(1920, 1950)}年）は、")
    b.add("{c}出身の{j}。", c=r.choice(("フランス", "ドイツ", "イギリス", "アイルランド", "スウェーデン")),
          j=r.choice(("建築家", "宣教師", "英語教師", "料理人", "写真家")))
    b.add("{l}に長く暮らし、", l=g.loc(r.choice(N.CITIES)))
    b.add("{o}の名誉市民。", o=g.loc(r.choice(N.CITIES)))
    b.line("")
    b.add("来日後は{t}の家に下宿し、", t=g.person().prose())
    b.add("日本語を学んだ。{f}は晩年、", f=Val("PERSON", fam, "surname_only"))
    b.add("日本人の妻{w}とともに", w=g.person(sex="f").prose())
    b.add("{s}のそばに記念館を開いた。", s=g.loc(r.choice(("中央公園", "みどりの森公園", "市民会館", "多摩川"))))
    return b


def _historical(g: Gen) -> Builder:
    r, b = g.rng, Builder()
    p = g.elder("m")
    y1 = r.randint(1820, 1870)
    b.add("{n}（{k}、", n=p.prose(), k=Val("PERSON", to_katakana(p.sei_kana + p.mei_kana), "kana"))
    b.add(f"{y1}年 - {y1 + r.randint(40, 80)}年）は、江戸時代末期から明治時代の")
    b.add("{j}。", j=r.choice(("豪商", "篤農家", "教育者", "医師", "治水家")))
    b.add("{l}の人。", l=g.loc(r.choice(N.CITIES)))
    b.add("通称は{t}。", t=Val("PERSON", r.choice([n for n in ("甚五郎", "勘太郎", "源治", "留吉", "幸吉")
                                                    if n != p.mei]), "kanji"))
    b.line("")
    b.add("父の{f}の代から{r}の治水に尽力し、", f=g.elder("m").prose(),
          r=g.loc(r.choice(("信濃川", "石狩川", "広瀬川"))))
    b.add("私財を投じて堤防を築いた。")
    b.add("{s}の死後、門人の{d}が事業を継いだ。", s=p.sur(), d=g.person().prose())
    b.add("現在の{o}の敷地には顕彰碑が建つ。", o=g.loc(r.choice(N.LANDMARKS)))
    return b


def _asian_figure(g: Gen) -> Builder:
    r, b = g.rng, Builder()
    f = g.foreigner(r.choice(("中国", "韓国", "ベトナム", "フィリピン", "ネパール", "モンゴル")))
    head = f.kanji() if f.kanji_name else f.kata()
    b.add("{n}（", n=head)
    if f.kanji_name:
        b.add("{k}、", k=f.kata())
    b.add("{ro}、", ro=f.rom(r, True))
    if r.random() < 0.5:
        b.add("{bd} - ）は、", bd=g.birth(r.choice(("seireki", "spaced")), lo=1960, hi=1995))
    else:
        b.add(f"{r.randint(1960, 1995)}年 - ）は、")
    b.add("{na}出身の{j}。", na=f.nationality, j=r.choice(("実業家", "社会活動家", "料理研究家", "歌手")))
    b.add("{l}在住。", l=g.loc(r.choice(N.CITIES)))
    b.line("")
    b.add("留学生として来日し、{o}で学ぶ。", o=g.org(r.choice(("NPO法人にじの会", "国際交流協会"))))
    b.add("{s}は外国人住民の相談窓口の設立に関わり、", s=f.family())
    b.add("{p}とともに多言語情報誌を創刊した。", p=g.person().prose())
    return b


def _local_history(g: Gen) -> Builder:
    r, b = g.rng, Builder()
    city = r.choice(N.CITIES)
    b.line("== 歴史 ==")
    b.add("{c}の地名は、", c=g.loc(city))
    b.add("この地を開墾した{p}の屋号に由来するとされる。", p=g.elder().prose())
    b.add("1889年の町村制施行により村となり、")
    b.add("1954年に周辺4村と合併して市制を施行した。")
    b.add("初代市長は{m}、", m=g.person().prose())
    b.add("2代目は{n}。", n=g.person().prose())
    b.add("{l}の開業（1923年）を機に人口が急増した。", l=g.loc(r.choice(("旭川駅", "仙台駅", "小倉駅", "日吉駅"))))
    b.line("")
    b.line("== 出身の人物 ==")
    for _ in range(r.randint(2, 4)):
        p = g.person()
        name = p.full("kanji", r) if r.random() < 0.5 else p.prose()
        b.line("* {n} - {j}", n=name, j=r.choice(("陸上選手", "小説家", "落語家", "女優", "漫画家", "棋士")))
    return b


def _athlete(g: Gen) -> Builder:
    r, b = g.rng, Builder()
    p = g.person()
    b.add("{n}（{ro}、", n=p.prose(), ro=p.roman(r))
    b.add("{bd} - ）は、", bd=g.birth(r.choice(("seireki", "wareki")), lo=1985, hi=2004))
    b.add("{c}出身の{j}。", c=g.loc(r.choice(N.PREFS)),
          j=r.choice(("陸上競技選手", "柔道家", "プロ野球選手", "スキージャンプ選手")))
    b.add("{o}所属。", o=g.org(r.choice(("株式会社ミナトサービス", "株式会社東亜食品"))))
    b.line("")
    b.add("{s}の父{f}も元選手で、", s=p.sur(), f=g.person(sex="m").prose())
    b.add("幼少期から指導を受けた。2021年の国体で優勝し、")
    b.add("コーチの{c}とともに世界選手権に出場した。", c=g.person().prose())
    return b


def _mayors(g: Gen) -> Builder:
    r, b = g.rng, Builder()
    b.line("== 歴代市長 ==")
    b.line("{{| class=\"wikitable\"")
    b.line("! 代 !! 氏名 !! 就任年月日 !! 退任年月日 !! 備考")
    y = r.randint(1947, 1955)
    for i in range(1, r.randint(5, 7)):
        p = g.person(sex="m") if r.random() < 0.8 else g.person(sex="f")
        y2 = y + r.choice((4, 8, 12))
        note = r.choice(("", "", "元県議会議員", "在任中に死去", "初の女性市長" if p.mei in N.FEMALE else "元助役"))
        b.line("|-")
        b.line("| " + str(i) + " || {n} || " + f"{y}年{r.randint(1, 12)}月{r.randint(1, 28)}日 || "
               f"{y2}年{r.randint(1, 12)}月{r.randint(1, 28)}日 || {note}", n=p.prose())
        y = y2
    b.line("|}}")
    return b


TEMPLATES = (_mayors, _politician, _foreign_born, _historical, _asian_figure, _local_history, _athlete)


def make(g: Gen, i: int) -> Builder:
    return TEMPLATES[i % len(TEMPLATES)](g)
