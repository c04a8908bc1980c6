"""Documents of 環境・清掃, 農業委員会, 公民館・スポーツ, 議会 and encyclopedic and news prose."""

from __future__ import annotations

from tests.eval.blind.model import Builder
from tests.eval.tenth import kit, pools
from tests.eval.tenth.addresses import address
from tests.eval.tenth.values import Gen

FIGURES = [
    ("蘭学を学び、のちに藩校の教授となった。", "明治"),
    ("私財を投じて用水路を開き、新田を拓いた。", "江戸"),
    ("製糸工場を興し、女子教育にも尽くした。", "大正"),
    ("郷土の民話を集めて三巻の本にまとめた。", "昭和"),
]


def bulky_waste(g: Gen, b: Builder) -> str:
    """粗大ごみの申込 (chat style, typos)."""
    p = g.person()
    b.line(g.pick(["粗大ごみ受付 ネット申込分 転記", "粗大ゴミの申し込み 電話受付"]))
    b.line("申込者 {n} 様 {t}", n=g.name(p), t=g.phone())
    b.line("収集場所 {a} 玄関前", a=address(g))
    b.line(
        f"品目 {g.pick(['ソファ', 'タンス', '自転車', 'マットレス'])}×1 "
        f"手数料{g.r.randint(2, 8) * 200}円 収集日{g.day()}"
    )
    if g.r.random() < 0.5:
        b.line("メールで案内送付→{m}", m=g.email(p))
    return "bulky_waste"


def illegal_dumping(g: Gen, b: Builder) -> str:
    """不法投棄の通報 call memo."""
    p = g.person(False)
    b.line(f"不法投棄通報 {g.day()}")
    b.line("通報者 {n}さん 連絡先 {t}", n=kit.sur(g, p), t=g.phone())
    b.line(
        "場所 {a}付近の{l}沿い 家電4点", a=address(g, "partial"), l=kit.loc(g, g.pick(["新河岸川", "柳瀬川", "入間川"]))
    )
    b.line("通報者の自宅は{a} 匿名希望", a=address(g))
    b.line("{s}が現地確認予定", s=kit.staff(g))
    return "illegal_dumping"


def septic_tank(g: Gen, b: Builder) -> str:
    """浄化槽 設置補助."""
    p = g.person(False)
    b.line("合併処理浄化槽設置整備事業補助金交付申請")
    b.line("申請者：{n}（{k}）", n=g.name(p), k=g.name(p, "kana"))
    b.line("設置場所：{a}", a=address(g, "rural") if g.counts[("ADDRESS", "rural")] < 60 else address(g))
    b.line("施工業者：{o}", o=kit.org(g, g.pick(pools.COMPANIES)))
    b.line("補助金振込先：{x}", x=kit.bank(g))
    b.line(f"着工予定：{g.day()}　完了予定：{g.day()}")
    return "septic_tank"


def farmland_minutes(g: Gen, b: Builder) -> str:
    """農業委員会 総会 minutes with ○ speakers, 農地転用."""
    chair, m1, m2 = g.person(False), g.person(False), g.person(False)
    app = g.person(False)
    b.line(f"第{g.r.randint(1, 12)}回農業委員会総会 会議録（{g.day()}）")
    b.line(
        "○{s}会長　議案第{n}号、農地法第5条の規定による許可申請について、事務局より説明願います。",
        s=kit.speaker(g, chair),
        n=str(g.r.randint(1, 30)),
    )
    b.add("○{s}", s=kit.speaker(g, m1)).add(g.pick(["事務局長", "局長補佐"])).add("　申請人は")
    b.add("{a}", a=address(g, g.least("ADDRESS", ("rural", "partial", "plain"))))
    b.line("の{n}、{c}", n=kit.prose(g, app), c="転用目的は自己用住宅です。")
    b.line("○{s}委員　現地を確認しましたが、周辺農地への影響はありません。", s=kit.speaker(g, m2))
    b.line("○{s}会長　異議なしと認め、許可相当と決しました。", s=kit.speaker(g, chair))
    return "farmland_minutes"


def farmland_ledger(g: Gen, b: Builder) -> str:
    """農地台帳 as TSV."""
    kit.ask(g, b, 0.4)
    b.line("所有者\t住所\t所在地番\t地目\t面積㎡\t耕作者")
    for _ in range(g.r.randint(2, 4)):
        o, w = g.person(False), g.person(False)
        b.line(
            "{o}\t{a}\t{l}{n}番{m}\t田\t{s}\t{w}",
            o=g.name(o),
            a=address(g),
            l=kit.loc(g, g.pick(pools.AZA)),
            n=str(g.r.randint(1, 999)),
            m=str(g.r.randint(1, 9)),
            s=str(g.r.randint(300, 4000)),
            w=g.name(w),
        )
    return "farmland_ledger"


def course_roster(g: Gen, b: Builder) -> str:
    """講座の受講者名簿 (CSV, ages, phone)."""
    b.line(f"{g.pick(['はじめての太極拳', '郷土史講座', 'スマホ教室', '親子料理教室'])} 受講者名簿（{g.day()}開講）")
    b.line(g.pick(["No,氏名,ﾌﾘｶﾞﾅ,年齢,電話", "No.,氏名,フリガナ,年齢,連絡先"]))
    for i in range(g.r.randint(3, 5)):
        p = g.person(False)
        b.line(
            "{i},{n},{k},{a},{t}",
            i=str(i + 1),
            n=g.name(p),
            k=g.name(p, "kana"),
            a=str(g.r.randint(20, 85)),
            t=g.phone(),
        )
    b.line("講師：{n}", n=g.name(g.person()))
    return "course_roster"


def sports_results(g: Gen, b: Builder) -> str:
    """大会結果: names with ages, schools, clubs and romanized athletes."""
    b.line(f"第{g.r.randint(10, 60)}回市民{g.pick(['陸上競技', '水泳', '卓球', '剣道'])}大会 結果（{g.day()}）")
    for rank in range(1, g.r.randint(4, 6)):
        p = g.person()
        team = kit.org(g, g.pick(pools.SCHOOLS + pools.CLUBS))
        if g.r.random() < 0.4:
            b.line(
                "{r}位 {n}（{t}）{s}",
                r=str(rank),
                n=g.name(p, "romanized"),
                t=team,
                s=f"{g.r.randint(10, 15)}.{g.r.randint(0, 99):02d}",
            )
        else:
            b.line("{r}位 {n}（{a}歳・{t}）", r=str(rank), n=g.name(p), a=str(g.r.randint(9, 70)), t=team)
    return "sports_results"


def encyclopedic(g: Gen, b: Builder) -> str:
    """郷土の偉人 / 名誉市民 / foreign people in encyclopedic prose (no honorifics)."""
    p, q = g.person(), g.person(True)
    what, era = g.pick(FIGURES)
    b.add("{n}", n=kit.prose(g, p)).line(f"は{era}期の{g.pick(['医師', '実業家', '教育者', '篤農家'])}。{what}")
    b.add(f"{g.r.randint(1960, 2015)}年、").add("{n}", n=kit.prose(g, q))
    b.add(f"は来日し、{g.pick(['市内の工場', '市立病院', '国際交流協会'])}で働きながら日本語教室を開いた。")
    b.add("のちに").add("{n}", n=kit.prose(g, g.person(True))).line(
        "とともに多文化共生の礎を築き、名誉市民に選ばれた。"
    )
    b.add("生家は現在の").add("{a}", a=address(g)).line("にあり、記念館として公開されている。")
    return "encyclopedic"


def press_release(g: Gen, b: Builder) -> str:
    """Press release with the mayor by name and a resident."""
    mayor, r = g.person(False), g.person()
    b.add("【記者発表】").add("{c}", c=kit.org(g, f"{kit.city(g)}役所")).line(f"　{g.day()}")
    b.add("市長の").add("{m}", m=kit.prose(g, mayor)).line(f"は{g.day()}、子育て支援の新事業を発表した。")
    b.add("発表には市内在住の").add("{n}", n=kit.prose(g, r)).line("も同席し、保育の体験を語った。")
    b.line(
        "問い合わせ：{o}　{n}　フリーダイヤル 0120-{x}-{y}",
        o=kit.org(g, "子育て支援課"),
        n=kit.staff(g, False),
        x=str(g.r.randint(100, 999)),
        y=str(g.r.randint(100, 999)),
    )
    return "press_release"


def council_minutes(g: Gen, b: Builder) -> str:
    """市議会 委員会 minutes with ○ speakers and a resident's petition."""
    ch, m1, st = g.person(False), g.person(False), g.person(False)
    b.line(f"{g.pick(['文教福祉', '総務', '建設環境'])}委員会 会議録　{g.day()}")
    b.line("○{s}委員長　請願第{n}号を議題とします。", s=kit.speaker(g, ch), n=str(g.r.randint(1, 9)))
    b.add("○{s}委員　請願者の", s=kit.speaker(g, m1)).add("{p}", p=kit.prose(g, g.person()))
    b.line("は{a}にお住まいで、通学路の危険を訴えています。", a=address(g))
    b.line("○{s}{t}　現地は{d}に確認済みです。", s=kit.speaker(g, st), t=g.pick(["道路課長", "教育部長"]), d=g.day())
    return "council_minutes"


def staff_chat(g: Gen, b: Builder) -> str:
    """Short staff chat about a resident (speakers with ：, typos, no punctuation)."""
    a, c, res = g.person(False), g.person(False), g.person()
    b.line("{s}：{n}さんからまた電話 {t} 折り返しおねがい", s=kit.speaker(g, a, True), n=g.name(res), t=g.phone())
    b.line("{s}：了解 住所{x}であってる？", s=kit.speaker(g, c, True), x=address(g))
    b.line("{s}：あってます メールも来てた {m}", s=kit.speaker(g, a, True), m=g.email(res))
    return "staff_chat"


def resident_mail(g: Gen, b: Builder) -> str:
    """A resident's mail to a department, with their signature."""
    p = g.person()
    kit.ask(g, b, 0.5)
    b.line("{o} ご担当者様", o=kit.org(g, g.pick(pools.STAFF_UNITS)))
    b.line(
        f"先日（{g.day()}）お電話した件です。"
        f"{g.pick(['住民票の郵送請求', '児童手当の振込先変更', '公民館の予約取消'])}の書類を送ります。"
    )
    kit.ids(g, b, 1)
    b.line("よろしくお願いいたします。")
    kit.resident_sig(g, b, p)
    return "resident_mail"


DOCS = [
    bulky_waste,
    illegal_dumping,
    septic_tank,
    farmland_minutes,
    farmland_ledger,
    course_roster,
    sports_results,
    encyclopedic,
    press_release,
    council_minutes,
    staff_chat,
    resident_mail,
]
