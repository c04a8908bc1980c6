"""news: news-like paragraphs about local events, 3–8 sentences, names with ages in brackets."""

from __future__ import annotations

import re

from tests.eval.blind.model import Builder, Val

from . import names as N
from .gen import Gen
from .people import kanji_number


def _year(text: str) -> str:
    """Western year of a birth date written in seireki, wareki or kanji numerals (for the age in the story)."""
    m = re.match(r"(\d{4})", text)
    if m:
        return m.group(1)
    eras = {"大正": 1911, "昭和": 1925}
    for era, base in eras.items():
        if text.startswith(era):
            rest = text[len(era):].split("年")[0]
            n = 1 if rest == "元" else _kanji_to_int(rest) if not rest.isdigit() else int(rest)
            return str(base + n)
    return "1920"


def _kanji_to_int(s: str) -> int:
    digits = "〇一二三四五六七八九"
    if "十" in s:
        tens, _, ones = s.partition("十")
        return (digits.index(tens) if tens else 1) * 10 + (digits.index(ones) if ones else 0)
    return digits.index(s)


def _town_addr(g: Gen) -> Val:
    """A news-style address down to 丁目 (still street-level, so an ADDRESS)."""
    r = g.rng
    _pref, city, town, _style = r.choice([p for p in N.PLACES if p[3] == "chome"])
    n = r.randint(1, 6)
    if r.random() < 0.5:
        return Val("ADDRESS", f"{city}{town}{n}丁目", "plain")
    return Val("ADDRESS", f"{city}{town}{kanji_number(n)}丁目", "kanji_numerals")


def _centenarian(g: Gen) -> Builder:
    r, b = g.rng, Builder()
    p = g.elder("f")
    mayor = g.person()
    city = g.loc(r.choice(N.CITIES))
    bd = g.birth(r.choice(("seireki", "wareki", "kanji_numerals")), lo=1918, hi=1925)
    b.add("{c}で最高齢の{n}さん（{bd}生まれ）が", c=city, n=p.full("kanji", r), bd=bd)
    b.add("{a}歳の誕生日を迎えた。", a=str(2025 - int(_year(bd.text))))
    b.add("{m}市長が{o}を訪れ、", m=mayor.sur("title"),
          o=g.org(r.choice(("社会福祉法人ひかり会", "デイサービスすみれ"))))
    b.add("花束と記念品を手渡した。")
    b.add("{s}さんは{l}のほとりで生まれ育ち、", s=p.sur(), l=g.loc(r.choice(("信濃川", "広瀬川", "石狩川", "多摩川"))))
    b.add("戦後は夫の{h}さんと小さな食堂を営んだ。", h=g.person(sex="m").given())
    b.add("長寿の秘訣を聞かれると「よく笑うこと」と答え、会場を和ませた。")
    return b


def _fraud(g: Gen) -> Builder:
    r, b = g.rng, Builder()
    sus = g.person()
    b.add("{o}は{d}、", o=g.org(r.choice(("県警生活安全課", "中央警察署"))), d=f"{r.randint(1, 28)}日")
    b.add("還付金詐欺の疑いで{ad}の無職、{n}容疑者（{a}）を逮捕した。", ad=_town_addr(g), n=sus.full("kanji", r),
          a=str(r.randint(20, 60)))
    b.add("発表によると、{s}容疑者は市職員を名乗って高齢女性に電話をかけ、", s=sus.sur())
    b.add("ATMで約98万円を振り込ませた疑いがある。")
    b.add("電話は「{o}の者です。医療費の払い戻しがあります」という内容だった。", o=g.org("保険年金課"))
    b.add("市は「職員がATMの操作をお願いすることは絶対にない」と注意を呼びかけている。")
    return b


def _festival(g: Gen) -> Builder:
    r, b = g.rng, Builder()
    chair = g.person()
    kid = g.child()
    b.add("{l}で{d}、恒例の「{f}」が開かれ、", l=g.loc(r.choice(N.LANDMARKS)), d=f"{r.randint(1, 28)}日",
          f=r.choice(("どんと祭", "よさこい大会", "灯籠流し", "芋煮会", "雪あかり祭り")))
    b.add("約{x}人が訪れた。".replace("{x}", f"{r.randint(2, 30) * 1000:,}"))
    b.add("実行委員長の{c}さん（{a}）は", c=chair.full("kanji", r), a=str(r.randint(45, 80)))
    b.add("「コロナ禍を越えて、ようやく元の姿に戻った」と話した。")
    b.add("地元の{s}の児童による太鼓演奏もあり、", s=g.org(r.choice(("市立第三小学校", "東中学校"))))
    b.add("6年生の{k}さんは「緊張したけど楽しかった」と笑顔を見せた。", k=kid.full("kanji", r))
    if r.random() < 0.5:
        b.add("問い合わせは実行委員会事務局（{p}）へ。", p=g.num("PHONE_NUMBER", sub="fixed"))
    return b


def _foreign_worker_news(g: Gen) -> Builder:
    r, b = g.rng, Builder()
    f = g.foreigner()
    b.add("{l}の{o}で働く{n}さん（{a}）が、", l=g.loc(r.choice(("大泉町", "太田市", "豊橋市", "浜松市"))),
          o=g.org(r.choice(("株式会社東亜食品", "有限会社丸栄運送"))), n=f.kata(), a=str(r.randint(22, 40)))
    b.add("日本語スピーチコンテストで最優秀賞に選ばれた。")
    b.add("{s}さんは{na}出身で、来日{y}年目。", s=f.family(), na=f.nationality, y=str(r.randint(2, 9)))
    b.add("スピーチでは、同僚の{c}さんに教わった方言の失敗談を披露した。", c=g.person().full("kanji", r))
    b.add("指導した{o}の{t}さんは「本人の努力の成果」とたたえた。", o=g.org("国際交流協会"),
          t=g.person().full("kanji", r))
    return b


def _election(g: Gen) -> Builder:
    r, b = g.rng, Builder()
    c1, c2, c3 = g.person(), g.person(), g.person()
    city = g.loc(r.choice(N.CITIES))
    b.add("任期満了に伴う{c}長選は{d}投開票され、", c=city, d=f"{r.randint(1, 28)}日")
    b.add("無所属新人で元市議の{a}氏（{x}）が、", a=c1.full("kanji", r), x=str(r.randint(40, 65)))
    b.add("現職の{b}氏（{y}）、", b=c2.full("kanji", r), y=str(r.randint(60, 75)))
    b.add("共産党推薦の{c}氏（{z}）を破り、初当選した。", c=c3.full("kanji", r), z=str(r.randint(40, 70)))
    b.add("投票率は{v}%で、前回を下回った。".replace("{v}", f"{r.randint(30, 55)}.{r.randint(0, 9)}"))
    b.add("{s}氏は子育て支援の拡充を訴え、若い世代の支持を集めた。", s=c1.sur())
    b.add("{s}氏は「力不足だった」と述べた。", s=c2.sur())
    return b


def _accident(g: Gen) -> Builder:
    r, b = g.rng, Builder()
    v, dvr = g.elder(), g.person()
    b.add("{d}午前、{ad}の市道で、", d=f"{r.randint(1, 28)}日", ad=_town_addr(g))
    b.add("近くに住む{n}さん（{a}）が軽乗用車にはねられ、", n=v.full("kanji", r), a=str(r.randint(75, 95)))
    b.add("{h}に搬送されたが、まもなく死亡した。", h=g.org(r.choice(("市立病院", "日赤病院"))))
    b.add("警察は運転していた{m}の会社員、{k}容疑者（{x}）を", m=g.loc(r.choice(N.CITIES)), k=dvr.full("kanji", r),
          x=str(r.randint(20, 60)))
    b.add("過失運転致傷の疑いで現行犯逮捕し、容疑を同致死に切り替えて調べている。")
    return b


def _volunteer(g: Gen) -> Builder:
    r, b = g.rng, Builder()
    p = g.person(style="word")
    b.add("{o}の民生委員として30年以上活動してきた{n}さん（{a}）に、", o=g.loc(r.choice(N.CITIES)),
          n=p.full("kanji", r), a=str(r.randint(70, 88)))
    b.add("厚生労働大臣特別表彰が贈られた。")
    b.add("{s}さんは独居高齢者の見守り活動を続け、", s=p.sur())
    b.add("{o}と連携して「見守りカード」の仕組みを作った。", o=g.org("社会福祉協議会"))
    b.add("「{c}さんたち仲間がいたから続けられた」と話した。", c=g.person().sur())
    return b


def _honors(g: Gen) -> Builder:
    r, b = g.rng, Builder()
    city = g.loc(r.choice(("長岡市", "盛岡市", "松本市", "福山市")))
    b.line("秋の叙勲、{c}関係の受章者（敬称略）", c=city)
    for _ in range(r.randint(3, 5)):
        p = g.person()
        medal = r.choice(("瑞宝単光章", "瑞宝双光章", "旭日単光章", "旭日双光章"))
        job = r.choice(("元消防団分団長", "元市議会議員", "元小学校長", "元民生委員", "元保護司", "元市職員"))
        b.line("▽{m}　{n}（{a}）{j}", m=medal, n=p.prose(), a=str(r.randint(70, 89)), j=job)
    b.add("伝達式は{d}、{l}で行われる。", d=f"{r.randint(1, 28)}日", l=g.loc("市民会館"))
    return b


TEMPLATES = (_honors, _centenarian, _fraud, _festival, _foreign_worker_news, _election, _accident, _volunteer)


def make(g: Gen, i: int) -> Builder:
    return TEMPLATES[i % len(TEMPLATES)](g)
