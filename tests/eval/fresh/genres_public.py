"""Public-facing genres: city news, encyclopedic articles and biographies, council minutes."""

from __future__ import annotations

from tests.eval.blind.model import Builder
from tests.eval.fresh import places as P
from tests.eval.fresh.values import Factory

_OCCUPATIONS = ("郷土史家", "陶芸家", "元中学校教諭", "社会起業家", "料理研究家", "合唱指揮者", "ボランティア団体代表")
_FOREIGN_OCC = ("日本語教師", "通訳者", "介護福祉士", "料理人", "国際交流員", "技能実習生の支援者", "サッカー指導者")
_TITLES = ("市民部長", "福祉部長", "危機管理監", "教育長", "副市長", "こども未来部長", "課長", "係長", "主査")
_EVENTS = ("防災訓練", "多文化共生フォーラム", "子ども食堂の開所式", "河川清掃", "高齢者の見守り研修", "成人式")


def news(f: Factory) -> Builder:
    r, b = f.rng, Builder()
    variant = r.randrange(5)
    if variant == 0:
        official, resident = f.person(), f.person()
        b.line(
            "【{city}】{place}で{ev}",
            city=f.loc(P.HOMETOWNS),
            place=f.loc(P.FACILITIES),
            ev=r.choice(_EVENTS) + "、約300人が参加",
        )
        b.line(
            "市と{o}は8日、{place}で{ev}を実施した。{name}{title}は「顔の見える関係が一番の備え」と述べた。",
            o=f.org(P.PARTNERS),
            place=f.loc(P.FACILITIES),
            ev=r.choice(_EVENTS),
            name=official.titled(full=True),
            title=r.choice(_TITLES),
        )
        b.line(
            "参加した会社員の{p}さん（{age}）は「子どもと一緒に来てよかった」と話した。",
            p=resident.kanji(rng=r),
            age=str(r.randint(25, 70)),
        )
        b.line(
            "{s}{title}によると、来年度は{place}でも開く予定だ。",
            s=official.titled(full=False),
            title=r.choice(_TITLES),
            place=f.loc(P.DISTRICTS),
        )
    elif variant == 1:
        p = f.person()
        b.line(
            "市は5日、長年にわたり通学路の見守りを続けてきた{p}（{age}）に感謝状を贈った。",
            p=p.prose(),
            age=str(r.randint(65, 90)),
        )
        b.line(
            "{s}は{o}の活動を20年以上支え、{place}周辺で毎朝児童に声をかけてきた。",
            s=p.surname(),
            o=f.org(P.PARTNERS),
            place=f.loc(P.FACILITIES),
        )
        b.line("贈呈式で{s}は「続けられたのは地域の皆さんのおかげ」と笑顔を見せた。", s=p.surname())
    elif variant == 2:
        fo = f.foreigner()
        b.line(
            "{country}出身の{name}（{age}）が、{o}の日本語講座で講師を務めている。",
            country=f.loc(fo.country),
            name=fo.katakana(r),
            age=str(r.randint(24, 45)),
            o=f.org(P.PARTNERS),
        )
        b.line(
            "来日して8年。{place}の工場で働きながら、週末は同じ境遇の若者に生活の知恵を伝える。",
            place=f.loc(P.DISTRICTS),
        )
        b.line("{s}は「困ったとき、相談できる場所があると知ってほしい」と語った。", s=fo.surname())
    elif variant == 3:
        b.line("■人事異動（4月1日付）{o}", o=f.org("市役所"))
        for _ in range(r.randint(3, 5)):
            p = f.person()
            name = p.fullwidth_space() if r.random() < 0.5 else p.kanji(spaced=True)
            b.line("▽{title}（{old}）{p}", title=r.choice(_TITLES), old=r.choice(_TITLES), p=name)
        b.line("▽{o}派遣　{p}", o=f.org(P.PARTNERS), p=f.person().kanji(rng=r))
    else:
        p, son = f.person(), f.person()
        b.line("【訃報】{p}（{kana}）元市議会議長。", p=p.prose(), kana=p.kana(r, kata=False))
        b.line(
            "3日、肺炎のため{place}の病院で死去、{age}歳。自宅は{addr}。",
            place=f.loc(P.HOMETOWNS),
            age=str(r.randint(78, 96)),
            addr=f.address(),
        )
        b.line(
            "通夜は6日午後6時、告別式は7日午前10時から{o}で。喪主は長男{son}。",
            o=f.org("市民ホールあおば"),
            son=son.prose(),
        )
    return b


def encyclopedia(f: Factory) -> Builder:
    r, b = f.rng, Builder()
    variant = r.randrange(3)
    if variant == 0:
        p = f.person()
        b.line(
            "{name}（{kana}、{birth} - ）は、日本の{occ}。{place}出身。",
            name=p.kanji(rng=r),
            kana=p.kana(r),
            birth=f.birth(1935, 1990),
            occ=r.choice(_OCCUPATIONS),
            place=f.loc(P.HOMETOWNS),
        )
        b.line("== 経歴 ==")
        b.line(
            "{o}を卒業後、{o2}に勤務。1998年に独立し、{place}を拠点に活動を始める。",
            o=f.org(P.SCHOOLS),
            o2=f.org(P.EMPLOYERS),
            place=f.loc(P.HOMETOWNS + P.DISTRICTS),
        )
        b.line("2012年、{s}は{o}と共同で地域の記録集を刊行した。", s=p.surname(), o=f.org(P.PARTNERS))
        if r.random() < 0.5:
            b.line("妻は書家の{w}。", w=f.person().prose())
    elif variant == 1:
        fo = f.foreigner()
        b.line(
            "{name}（{roman}、{birth} - ）は、{country}出身の{occ}。",
            name=fo.katakana(r),
            roman=fo.romanized(),
            birth=f.birth(1960, 2000),
            country=f.loc(fo.country),
            occ=r.choice(_FOREIGN_OCC),
        )
        b.line("== 来歴 ==")
        b.line(
            "{city}で生まれ、2009年に来日。{o}で学んだ後、{place}で暮らす。",
            city=f.loc(P.ABROAD),
            o=f.org(P.SCHOOLS),
            place=f.loc(P.HOMETOWNS),
        )
        b.line(
            "{s}は{o}の設立に関わり、{other}とともに相談窓口を開いた。",
            s=fo.surname(),
            o=f.org(P.PARTNERS),
            other=f.foreigner().katakana(r),
        )
    else:
        b.line("{place}は、{region}にある地区。", place=f.loc(P.DISTRICTS), region=f.loc(P.HOMETOWNS))
        b.line("== 概要 ==")
        b.line(
            "{river}に面して広がり、{o}や{o2}が立地する。人口はおよそ1万2千人。",
            river=f.loc(P.RIVERS),
            o=f.org(P.EMPLOYERS),
            o2=f.org(P.PARTNERS),
        )
        b.line("== 歴史 ==")
        b.line(
            "1960年代に{o}が造成した団地を中心に発展した。{place}との間には路線バスが通じる。",
            o=f.org("都市再生機構"),
            place=f.loc(P.FACILITIES),
        )
        if r.random() < 0.5:
            p = f.person()
            b.line("地区の名は、開拓に尽力した{p}にちなむとされる（{s}家文書）。", p=p.prose(), s=p.surname())
    return b


def minutes(f: Factory) -> Builder:
    r, b = f.rng, Builder()
    chair, member, official, official2 = f.person(), f.person(), f.person(), f.person()
    title, title2 = r.choice(_TITLES[:6]), r.choice(_TITLES[:6])
    b.line(
        "令和7年第{n}回定例会　{o}（第{d}日）", n=str(r.randint(1, 4)), o=f.org("厚生委員会"), d=str(r.randint(1, 5))
    )
    b.line("○委員長（{c}君）　ただいまから委員会を開会いたします。", c=chair.kanji(rng=r))
    b.line(
        "○{m}委員　{o}の相談件数について伺います。{place}の窓口では待ち時間が長いとの声を聞きます。",
        m=member.titled(full=True),
        o=f.org(P.PARTNERS),
        place=f.loc(P.FACILITIES),
    )
    b.line(
        "○{p}{t}　お答えいたします。昨年度は前年度比で約12％増加しております。", p=official.titled(full=True), t=title
    )
    b.line(
        "○{m}委員　{s}部長の答弁は分かりましたが、{o}との連携はどうなっていますか。",
        m=member.titled(full=False),
        s=official.titled(full=False),
        o=f.org(P.PARTNERS),
    )
    b.line(
        "○{p}{t}　{o}とは月1回の連絡会を持っております。", p=official2.titled(full=True), t=title2, o=f.org(P.PARTNERS)
    )
    if r.random() < 0.5:
        b.line("○委員長（{c}君）　{s}委員、時間が参りました。", c=chair.surname(), s=member.titled(full=False))
        b.line(
            "○{m}委員　失礼しました。{s}さんのご指摘は重く受け止めます。",
            m=member.titled(full=False),
            s=official2.surname(),
        )
    b.line("○委員長　以上で本日の日程は終了しました。")
    return b
