"""Counter memos, consultation and visit records, dispatch logs, school phone trees and neighbourhood rosters."""

from __future__ import annotations

from tests.eval.blind.model import Builder

from .addresses import ADDRESS_FORMS, SINGLE_LINE, address, city_name, full_address
from .gen import Gen
from .ids import id_lines, ident, phone
from .people import LABEL, MENTION, again, birth, email, japanese, person, relative, signature
from .pools import DEPARTMENTS, SCHOOLS, TOWNS
from .tables import PHONE_CELL, id_columns, table


def counter_memo(g: Gen) -> Builder:
    b = Builder()
    b.line("窓口メモ　{d} {t}　{c}", d=g.other_date(), t=g.time(), c=g.case_no())
    who, wp = person(g, MENTION)
    b.line(
        "{w}来庁。{topic}",
        w=who,
        topic=g.choice(("転居の手続き。", "保険証の再発行希望。", "児童手当の現況届。", "印鑑登録。")),
    )
    b.line("現住所 {a}", a=address(g, ADDRESS_FORMS))
    for line in id_lines(g, g.rng.randint(3, 4)):
        b.line("{x} を確認", x=line)
    b.line("{w}の携帯：{p}", w=again(g, wp), p=phone(g, "mobile"))
    if g.chance(0.4):
        b.line("メール連絡希望 {m}", m=email(g, wp))
    if g.chance(0.5):
        bd, _age = birth(g)
        b.line("生年月日 {bd}", bd=bd)
    staff = japanese(g)
    b.line("対応：{dept} {s}", dept=g.org(g.choice(DEPARTMENTS)), s=signature(g, staff))
    return b


def consultation(g: Gen) -> Builder:
    b = Builder()
    b.line("相談記録　{c}", c=g.case_no())
    b.line("相談日：{d}　相談方法：{m}", d=g.other_date(), m=g.choice(("来所", "電話", "訪問")))
    who, wp = person(g, LABEL)
    bd, age = birth(g, 1940, 2000)
    b.line("相談者：{w}　生年月日：{bd}", w=who, bd=bd)
    b.line("住所：{a}", a=full_address(g, ADDRESS_FORMS))
    b.line("電話：{p}", p=phone(g))
    rel, _ = person(g, MENTION, who=relative(g, wp))
    b.line(
        "内容：{s}より、同居する{rel}{r}の{issue}について相談。",
        s=again(g, wp),
        rel=g.choice(("母の", "父の", "長男の", "夫の", "妻の")),
        r=rel,
        issue=g.choice(("物忘れ", "家賃の滞納", "通院の付き添い", "就労")),
    )
    b.line("{s}は{age}歳、就労は週3日。次回面談は{d}。", s=again(g, wp), age=str(age), d=g.other_date())
    if g.chance(0.9):
        b.line("{r}の住所：{a}", r=again(g, wp, honorific=False), a=address(g, ADDRESS_FORMS))
    for line in id_lines(g, 2):
        b.line("{x}", x=line)
    b.line(
        "記録者：{dept} {s}",
        dept=g.org(g.choice(("福祉相談課", "地域包括支援センター", "障害福祉課"))),
        s=signature(g, japanese(g)),
    )
    return b


def home_visit(g: Gen) -> Builder:
    b = Builder()
    b.line("家庭訪問記録（{d}）", d=g.other_date())
    parent, pp = person(g, LABEL, age=g.rng.randint(24, 52))
    bd, age = birth(g, 2012, 2024)
    child, _cp = person(g, ("dono", "name_with_age", "hiragana", "kanji"), age=age, who=relative(g, pp), young=True)
    b.line("訪問先：{a}", a=address(g, ADDRESS_FORMS))
    b.line("世帯：{p}（保護者）、{c}", p=parent, c=child)
    b.line("児の生年月日：{bd}", bd=bd)
    if g.chance(0.6):
        b.line("転居前：{a}", a=address(g, ADDRESS_FORMS))
    b.line(
        "{p}は仕事で不在がちとのこと。{c}は{school}へ通学。",
        p=again(g, pp),
        c=g.choice(("児", "本児", "お子さん")),
        school=g.org(g.choice(SCHOOLS[:5])),
    )
    b.line("緊急連絡先：祖母 {g} {ph}", g=person(g, LABEL, age=g.rng.randint(60, 85))[0], ph=phone(g))
    for line in id_lines(g, 2):
        b.line("{x}", x=line)
    b.line("次回訪問予定 {d}　担当 {s}", d=g.other_date(), s=signature(g, japanese(g)))
    return b


def dispatch(g: Gen) -> Builder:
    b = Builder()
    kind = g.choice(("救急", "救急", "火災", "救助"))
    b.line("{k}出動記録　覚知 {d} {t}", k=kind, d=g.other_date(), t=g.time())
    b.line("出動隊：{u}", u=g.org(g.choice(("中央消防署救急1", "東分署救急2", "北出張所ポンプ隊", "西消防署救助隊"))))
    b.line("発生場所：{a}", a=address(g, ADDRESS_FORMS))
    who, wp = person(
        g, ("name_with_age", "kanji", "katakana", "foreign_katakana", "romanized"), age=g.rng.randint(2, 95)
    )
    b.line("傷病者：{w}", w=who)
    if g.chance(0.6):
        bd, _ = birth(g, 1930, 2020)
        b.line("生年月日：{bd}（家族申告）", bd=bd)
    b.line(
        "通報者：{c}（{rel}）　通報電話 {p}",
        c=person(g, MENTION)[0],
        rel=g.choice(("妻", "長女", "隣人", "通行人")),
        p=phone(g),
    )
    b.line("搬送先：{h}　{t}着", h=g.org(g.choice(("市立総合病院", "県央医療センター", "赤十字病院"))), t=g.time())
    if g.chance(0.4):
        num = ident(g, g.least(("HEALTH_INSURANCE", "CARE_INSURANCE", "DRIVER_LICENSE"), 1)[0])
        b.line("{label}（所持品より）：{n}", label=num.label, n=num.piece)
    b.line("記事：{s}は意識清明。", s=again(g, wp))
    for line in id_lines(g, 1, ("HEALTH_INSURANCE", "CARE_INSURANCE", "DRIVER_LICENSE", "DISABILITY_CERTIFICATE")):
        b.line("所持品：{x}", x=line)
    return b


def phone_tree(g: Gen) -> Builder:
    b = Builder()
    school = g.choice(SCHOOLS)
    b.line(
        "{s}　{g}年{c}組　緊急連絡網（{d}作成）",
        s=g.org(school),
        g=str(g.rng.randint(1, 6)),
        c=str(g.rng.randint(1, 4)),
        d=g.other_date(),
    )
    b.line("担任：{t}", t=person(g, ("title",), title="先生")[0])
    cols = ["氏名", "電話", "住所"]
    sep = g.choice(("\t", " | ", ","))
    b.line(sep.join(["番号", *cols]))
    for i in range(g.rng.randint(4, 7)):
        b.put(f"{i + 1}")
        for col in cols:
            b.put(sep)
            if col == "氏名":
                b.put(person(g, LABEL)[0])
            elif col == "電話":
                b.put(phone(g, forms=PHONE_CELL))
            else:
                b.put(address(g, SINGLE_LINE))
        b.line()
    b.line("※回ってきたら次の方へ。つながらない場合は{p}（職員室）へ。", p=g.digits(3) + "番")
    return b


def roster(g: Gen) -> Builder:
    b = Builder()
    town = g.choice(TOWNS)
    b.line("{t}自治会　会員名簿（{d}現在）", t=g.loc(town), d=g.other_date())
    cols = ["氏名", "住所", "電話"]
    if g.chance(0.5):
        cols.append("生年月日")
    if g.chance(0.6):
        cols += id_columns(g, 1)
    table(g, b, cols, g.rng.randint(4, 6))
    b.line("班長：{p}", p=person(g, ("kanji", "fullwidth_space", "katakana"))[0])
    return b


def id_check(g: Gen) -> Builder:
    """本人確認の記録: several identifiers of the least-written entities."""
    b = Builder()
    b.line("本人確認記録　{d}　{c}", d=g.other_date(), c=g.case_no())
    who, wp = person(g, LABEL)
    b.line("申請者：{w}", w=who)
    b.line("住所：{a}", a=address(g, ADDRESS_FORMS))
    for line in id_lines(g, g.rng.randint(8, 10)):
        b.line("{x}", x=line)
    b.line("確認者：{dept} {s}", dept=g.org(g.choice(DEPARTMENTS)), s=signature(g, japanese(g)))
    b.line("備考：{w}の来庁地 {c}", w=again(g, wp), c=city_name(g))
    return b


SPOKEN = ("えっと、", "はい、", "言いますね、", "もう一度言います、", "")


def call_memo(g: Gen) -> Builder:
    """A phone call taken down nearly word for word: numbers read out with little around them."""
    b = Builder()
    b.line("電話受付メモ　{d} {t}", d=g.other_date(), t=g.time())
    who, wp = person(g, LABEL)
    b.line("架電者：{w}（{rel}）", w=who, rel=g.choice(("本人", "長女", "夫", "ケアマネ")))
    b.line("住所は{a}とのこと", a=address(g, ADDRESS_FORMS))
    for line in id_lines(g, g.rng.randint(5, 7)):
        b.line("「{s}{x}」", s=g.choice(SPOKEN), x=line)
    b.line("折り返し先：{p}　{w}宛", p=phone(g), w=again(g, wp))
    return b


def applicant_list(g: Gen) -> Builder:
    b = Builder()
    b.line("{dept}　申請者一覧（抜粋）　{d}", dept=g.org(g.choice(DEPARTMENTS)), d=g.other_date())
    table(g, b, ["受付日", "氏名", "住所", *id_columns(g, 2)], g.rng.randint(3, 5))
    return b


RECORD_KINDS = (
    ("窓口メモ", counter_memo, 22),
    ("相談記録", consultation, 20),
    ("家庭訪問記録", home_visit, 16),
    ("出動記録", dispatch, 16),
    ("学校連絡網", phone_tree, 10),
    ("自治会名簿", roster, 10),
    ("本人確認記録", id_check, 22),
    ("申請者一覧", applicant_list, 8),
    ("電話受付メモ", call_memo, 22),
)
