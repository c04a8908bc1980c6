"""Staff chat (LoGoチャット style) and e-mails from residents."""

from __future__ import annotations

from tests.eval.blind.model import Builder, Piece

from .addresses import ADDRESS_FORMS, SINGLE_LINE, address, full_address, postal
from .gen import Gen
from .ids import freedial, id_lines, ident, phone
from .people import LABEL, MENTION, again, birth, email, foreigner, japanese, person, relative, signature, speaker
from .pools import DEPARTMENTS, SCHOOLS
from .tables import id_columns, table

CHANNELS = ("#市民課-窓口", "#保険年金-電話当番", "#福祉相談", "#子育て支援", "#税務-問合せ", "#介護保険-認定")
CASUAL = (
    "おつです",
    "りょ",
    "了解でーす",
    "あとで見ます",
    "すみません手が離せません",
    "ありがとうございます！",
    "確認しました",
)


def _stamp(g: Gen, who: Piece) -> Piece:
    style = g.rng.randrange(3)
    if style == 0:
        return (who, ": ")
    if style == 1:
        return (g.time(), " ", who, "：")
    return ("[", who, "] ")


def staff_chat(g: Gen) -> Builder:
    b = Builder()
    staff = [japanese(g) for _ in range(g.rng.randint(2, 3))]
    b.line("{ch}　{d}", ch=g.choice(CHANNELS), d=g.other_date())
    a, c = staff[0], staff[-1]
    b.line("{s}おつかれさまです、折り返し待ちの方まとめます", s=_stamp(g, speaker(g, a)))
    for i in range(g.rng.randint(2, 4)):
        who, _wp = person(g, LABEL)
        memo = g.choice(("保険証の件", "転入の書類", "口座変更", "児童手当", "住民票の請求", ""))
        b.line("・{w}　{p}　{m}", w=who, p=phone(g), m=memo)
        if i == 0:
            b.line("　（{a} の方）", a=address(g, SINGLE_LINE))
    b.line("{s}{t}", s=_stamp(g, speaker(g, c)), t=g.choice(CASUAL))
    if g.chance(0.5):
        b.line("{s}ﾒﾓ：代表{fd}からの転送分は対象外です", s=_stamp(g, speaker(g, a)), fd=freedial(g))
    return b


def chat_paste(g: Gen) -> Builder:
    b = Builder()
    a, c = japanese(g), japanese(g)
    b.line("{ch}", ch=g.choice(CHANNELS))
    b.line("{s}窓口の受付票、そのまま貼ります↓", s=_stamp(g, speaker(g, a)))
    who, wp = person(g, LABEL)
    bd, _age = birth(g, 1940, 2008)
    b.line("受付日：{d}", d=g.other_date())
    b.line("氏名：{w}", w=who)
    b.line("生年月日：{bd}", bd=bd)
    b.line("住所：{a}", a=full_address(g, ADDRESS_FORMS))
    b.line("連絡先：{p}", p=phone(g))
    if g.chance(0.6):
        b.line("メール：{m}", m=email(g, wp))
    for line in id_lines(g, g.rng.randint(2, 3)):
        b.line("{x}", x=line)
    b.line("{s}{who}、{d}に来庁予定です", s=_stamp(g, speaker(g, c)), who=again(g, wp), d=g.other_date())
    return b


def chat_table(g: Gen) -> Builder:
    b = Builder()
    a, c = japanese(g), japanese(g)
    b.line("{ch}　{d}", ch=g.choice(CHANNELS), d=g.other_date())
    b.line("{s}エクセルから貼ります、確認お願いします", s=_stamp(g, speaker(g, a)))
    cols = ["氏名", *id_columns(g, 2), g.choice(("電話", "住所", "備考"))]
    table(g, b, cols, g.rng.randint(3, 5), sep=g.choice(("\t", " | ")))
    b.line("{s}{t}", s=_stamp(g, speaker(g, c)), t=g.choice(CASUAL))
    return b


def chat_visit(g: Gen) -> Builder:
    b = Builder()
    a, c = japanese(g), japanese(g)
    who, wp = person(g, MENTION)
    b.line("{s}今日の訪問、{w}のお宅 {addr} です", s=_stamp(g, speaker(g, a)), w=who, addr=address(g, SINGLE_LINE))
    b.line("{s}車出します。{w}の携帯は{p}でしたっけ", s=_stamp(g, speaker(g, c)), w=again(g, wp), p=phone(g, "mobile"))
    b.line("{s}そうです、つながらなければ娘さん {p2} へ", s=_stamp(g, speaker(g, a)), p2=phone(g))
    if g.chance(0.5):
        b.line("{s}ｶｲｺﾞﾎｹﾝｼｮｳ番号 {n} 控えておきます", s=_stamp(g, speaker(g, c)), n=ident(g, "CARE_INSURANCE").piece)
    return b


def _mail_head(g: Gen, sender: Piece, subject: str, dept: str) -> Builder:
    b = Builder()
    b.line("件名：{s}", s=subject)
    b.line("差出人：{f}", f=sender)
    b.line("日時：{d} {t}", d=g.other_date(), t=g.time())
    b.line()
    b.line("{dept}　ご担当者様", dept=g.org(dept))
    b.line()
    return b


def resident_mail(g: Gen) -> Builder:
    p = japanese(g)
    dept = g.choice(DEPARTMENTS)
    subject = g.choice(
        ("住所変更について", "保険証が届きません", "口座振替の変更", "就学援助の申請", "介護認定の結果について")
    )
    b = _mail_head(g, email(g, p), subject, dept)
    b.line("いつもお世話になっております。{who}と申します。", who=person(g, LABEL, who=p)[0])
    body = g.rng.randrange(3)
    if body == 0:
        b.line("先月、{a}に引っ越しました。", a=address(g, ADDRESS_FORMS))
        bd, _age = birth(g, 1950, 2004)
        b.line("本人確認のため生年月日を書きます：{bd}（{d}に窓口で手続き済み）", bd=bd, d=g.other_date())
    elif body == 1:
        for line in id_lines(g, 2):
            b.line("{x}。", x=line)
    else:
        child, _cp = person(
            g, ("dono", "name_with_age", "kanji"), age=g.rng.randint(6, 14), who=relative(g, p), young=True
        )
        b.line("{school}に通う{c}の件でご相談です。", school=g.org(g.choice(SCHOOLS)), c=child)
        b.line(
            "{c}の担任の{t}にもお伝えしています。",
            c=g.choice(("子ども", "息子", "娘")),
            t=person(g, ("title",), title="先生")[0],
        )
    b.line("お手数ですが、日中は{p}までご連絡ください。", p=phone(g))
    b.line("よろしくお願いいたします。")
    b.line()
    b.line("--")
    b.line("{sig}", sig=signature(g, p))
    b.line("{a}", a=full_address(g, SINGLE_LINE))
    b.line("TEL {p}", p=phone(g))
    b.line("Mail {m}", m=email(g, p))
    return b


NUMBER_QUESTIONS = ("で合ってます？", "であってる？", "、システムで出ません", "、控えました", "で照会かけます")


def chat_numbers(g: Gen) -> Builder:
    b = Builder()
    a, c = japanese(g), japanese(g)
    b.line("{ch}　{d}", ch=g.choice(CHANNELS), d=g.other_date())
    who, wp = person(g, MENTION)
    b.line("{s}{w}の件、電話で聞き取った番号です", s=_stamp(g, speaker(g, a)), w=who)
    b.line("{s}住所は {a}", s=_stamp(g, speaker(g, a)), a=address(g, SINGLE_LINE))
    for line in id_lines(g, g.rng.randint(6, 8)):
        b.line("{s}{x}{q}", s=_stamp(g, speaker(g, a if g.chance(0.6) else c)), x=line, q=g.choice(NUMBER_QUESTIONS))
    b.line(
        "{s}{t}、{w}には{d}に折り返します",
        s=_stamp(g, speaker(g, c)),
        t=g.choice(CASUAL),
        w=again(g, wp),
        d=g.other_date(),
    )
    return b


def foreign_mail(g: Gen) -> Builder:
    p = foreigner(g)
    dept = g.choice(("市民課", "保険年金課", "子育て支援課", "税務課"))
    b = _mail_head(g, email(g, p), g.choice(("ざいりゅうカード", "こくみんけんこうほけん", "こどもの がっこう")), dept)
    b.line("こんにちは。わたしは {w} です。", w=person(g, ("foreign_katakana", "romanized"), who=p)[0])
    b.line(
        "{c}から きました。{city}に すんでいます。",
        c=g.loc(
            g.choice(("ベトナム", "ネパール", "フィリピン", "ブラジル", "インドネシア", "中国", "韓国", "アメリカ"))
        ),
        city=address(g, ("partial", "hyphen", "katakana_building", "plain")),
    )
    for line in id_lines(g, 2, ("RESIDENCE_CARD", "PASSPORT", "HEALTH_INSURANCE", "MY_NUMBER", "BANK_ACCOUNT")):
        b.line("{x}。", x=line)
    if g.chance(0.5):
        b.line("{d}に まどぐちに いきます。でんわ ください。", d=g.other_date())
    b.line("でんわ：{p}", p=phone(g, "mobile"))
    b.line("よろしく おねがいします。")
    b.line()
    b.line("{sig}", sig=signature(g, p))
    if g.chance(0.5):
        b.line("{pc} {a}", pc=postal(g), a=address(g, SINGLE_LINE))
    return b


CHAT_KINDS = (
    ("職員チャット", staff_chat, 10),
    ("職員チャット_貼付", chat_paste, 14),
    ("職員チャット_表", chat_table, 10),
    ("職員チャット_訪問", chat_visit, 10),
    ("職員チャット_番号", chat_numbers, 28),
    ("住民メール", resident_mail, 26),
    ("外国人住民メール", foreign_mail, 20),
)
