"""Running prose: 郷土の人物, sister-city mayors, foreign researchers, athletes and artists."""

from __future__ import annotations

from tests.eval.blind.model import Builder
from tests.eval.eighth import pools
from tests.eval.eighth.asks import ask
from tests.eval.eighth.values import Factory


def local_history(f: Factory) -> Builder:
    """A 郷土の人物 paragraph for a 市報 column: kanji names in prose, furigana, old kanji forms."""
    b = Builder()
    hero = f.person(female=f.chance(0.3))
    teacher, rival = f.person(False), f.person()
    b.line(ask(f, "市報の郷土の人物コラム、小学生にもわかるように書き直して"))
    b.line("郷土の人物　{n}（{k}）", n=f.name(hero, "prose"), k=f.name(hero, "kana"))
    b.add(
        "{n}は{loc}の{x}に生まれた。",
        n=f.name(hero, "prose"),
        loc=f.city_loc(),
        x=f.pick(("農家", "酒蔵", "網元の家", "小さな旅籠")),
    )
    b.add("若くして{t}の私塾に学び、", t=f.name(teacher, "prose"))
    b.add(
        "明治{y}年に{o}を設立した。",
        y=str(f.rng.randint(20, 44)),
        o=f.org(f.city.name[:-1] + f.pick(("製糸場", "銀行", "女学校", "図書館"))),
    )
    b.add("{r}と並び称されたが、", r=f.name(rival, "prose"))
    b.add("{h}の治水に私財を投じたことで今も知られる。", h=f.loc(f.city.river))
    b.line(
        "晩年は{n}{t}と呼ばれ、{p}の{s}に記念碑がある。",
        n=f.name(hero, "title"),
        t=f.pick(("初代村長", "校長", "頭取", "博士")),
        p=f.city_loc(),
        s=f.loc(f.pick(("城山公園", "中央公園", "駅前広場"))),
    )
    return b


def sister_city(f: Factory) -> Builder:
    """A greeting from a sister city's mayor, for a translated news item."""
    b = Builder()
    mayor = f.foreigner(mayor=True)
    own = f.person()
    sc = f.pick(pools.SISTER_CITIES)
    b.line(ask(f, "市のホームページ用に日本語のニュース記事にして"))
    b.add("姉妹都市{s}の{m}市長が{d}に{c}を訪れ、", s=f.loc(sc), m=f.name(mayor, "title"), d=f.recent(), c=f.city_loc())
    b.line("{n}市長と懇談した。", n=f.name(own, "title"))
    b.add(
        "{m}氏は{o}で高校生と交流し、",
        m=f.name(mayor, "foreign_katakana"),
        o=f.org(f.city.pref + "立" + f.city.name[:-1] + "高校"),
    )
    b.line("「{x}」と述べた。", x=f.pick(("友情をさらに深めたい", "若者の交流を続けよう", "防災の知見を共有したい")))
    b.line(
        "Mayor {r} also met {o} staff.",
        r=f.name(mayor, "romanized"),
        o=f.org(f.city.name + " International Association"),
    )
    return b


def researcher(f: Factory) -> Builder:
    """A profile of a visiting foreign researcher or artist-in-residence."""
    b = Builder()
    res = f.foreigner()
    host = f.person()
    b.line(ask(f, "講演会のチラシ用に200字で紹介文を"))
    b.add(
        "{n}は{c}出身の{f}。",
        n=f.name(res, "foreign_katakana"),
        c=f.loc(res.country),
        f=f.pick(("社会学者", "陶芸家", "建築家", "民俗学者")),
    )
    b.add(
        "{u}で{t}を研究し、",
        u=f.org(f.pick(("京都大学", "東北大学", "九州大学", "国際日本文化研究センター"))),
        t=f.pick(("移民の暮らし", "里山の保全", "焼き物の技法")),
    )
    b.line("{y}年から{c}に滞在している。", y=str(f.rng.randint(2019, 2025)), c=f.city_loc())
    b.add("受け入れは{h}教授（", h=f.name(host, "title"))
    b.add("{o}）。", o=f.org(f.pick(("地域創生学部", "芸術文化学部", "国際交流センター"))))
    b.line("Speaker: {r}", r=f.name(res, "romanized"))
    return b


def athlete(f: Factory) -> Builder:
    """A 市民栄誉賞 / 大会結果 paragraph about an athlete or an artist from the city."""
    b = Builder()
    ath = f.person(young=True)
    coach = f.person()
    b.line(ask(f, "市長あいさつ文に使える形に直して"))
    b.add(
        "{loc}出身の{n}選手が{e}で{r}を果たした。",
        loc=f.city_loc(),
        n=f.name(ath, "title"),
        e=f.pick(("全日本選手権", "国民スポーツ大会", "パリ国際コンクール", "世界ジュニア選手権")),
        r=f.pick(("優勝", "準優勝", "入賞")),
    )
    b.add(
        "{n}は{o}時代から{c}の指導を受け、",
        n=f.name(ath, "prose"),
        o=f.org(f.city.name[:-1] + f.pick(("南高校", "工業高校", "中学校"))),
        c=f.name(coach, "prose"),
    )
    b.line("市は{d}に市民栄誉賞を贈る。", d=f.recent())
    b.line("（{r}）", r=f.name(ath, "romanized"))
    return b
