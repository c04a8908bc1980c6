"""minutes: council and committee minutes transcribed verbatim (fillers, corrections, 答弁)."""

from __future__ import annotations

from tests.eval.blind.model import Builder, Val

from .gen import Gen
from .people import Person

FILLERS = ("えー、", "あのー、", "まあ、", "えーと、", "そのー、", "")


def _speaker(b: Builder, role: str, p: Person, kun: str = "君") -> None:
    b.line("○{r}（{n}{k}）", r=role, n=Val("PERSON", f"{p.sei}{p.mei}", "kanji"), k=kun)


def _general_question(g: Gen) -> Builder:
    r, b = g.rng, Builder()
    chair, q, dept = g.person(), g.person(), g.person()
    n = r.randint(1, 24)
    _speaker(b, "議長", chair)
    b.line("　次に、{n}番、{q}議員。", n=str(n), q=q.full("kanji", r))
    _speaker(b, f"{n}番", q)
    b.add("　{f}通告に従いまして質問いたします。", f=r.choice(FILLERS))
    b.add("{f}{o}の相談件数ですが、", f=r.choice(FILLERS),
          o=g.org(r.choice(("地域包括支援センター", "子ども家庭支援センター"))))
    b.add("昨年度は何件だったか、{f}失礼しました、一昨年度と比べてどうか、伺います。", f=r.choice(FILLERS))
    b.line("")
    role = r.choice(("福祉部長", "健康福祉部長", "子ども未来部長"))
    _speaker(b, "議長", chair)
    b.line("　{d}{r}。", d=dept.sur("title"), r=role)
    _speaker(b, role, dept)
    b.add("　{f}お答えいたします。令和6年度の相談件数は2,318件で、", f=r.choice(FILLERS))
    b.line("前年度比で約1.2倍となっております。")
    b.line("")
    _speaker(b, f"{n}番", q)
    b.add("　ありがとうございます。具体的な事例として、先日ですね、")
    b.add("{ad}にお住まいの方から、", ad=g.address(r.choice(("plain", "kanji_numerals"))))
    b.line("えー、ご本人の了解を得てお話ししますが、{v}さんという80代の女性から相談を受けました。",
           v=g.elder().full("kanji", r))
    b.line("（「個人名はまずいぞ」と呼ぶ者あり）")
    b.line("失礼しました。ただいまの個人名は取り消します。")
    _speaker(b, "議長", chair)
    b.line("　ただいまの発言については、後刻記録を調査の上、措置いたします。")
    return b


def _committee(g: Gen) -> Builder:
    r, b = g.rng, Builder()
    chair, m1, m2, staff = g.person(), g.person(), g.person(), g.person()
    b.line("{o}　会議録（要点筆記）", o=r.choice(("厚生常任委員会", "総務常任委員会", "文教福祉委員会")))
    b.line("出席委員：{a}委員長、{b}副委員長、{c}委員", a=chair.sur("title"), b=m1.sur("title"), c=m2.sur("title"))
    b.line("説明員：{s}課長ほか", s=staff.sur("title"))
    b.line("")
    b.add("{c}委員：えー、マイナ保険証への移行で、", c=m2.sur())
    b.line("窓口での混乱はどの程度あったのか。")
    b.add("{s}課長：お答えします。{o}への問い合わせは、", s=staff.sur(), o=g.org("保険年金課"))
    b.line("ピーク時で一日あたり約150件でございました。")
    b.add("{m}副委員長：資格確認書の送付はいつまでに。", m=m1.sur())
    b.line("")
    b.line("{s}課長：7月末までに全件発送いたします。", s=staff.sur())
    b.add("{a}委員長：ほかにございませんか。", a=chair.sur())
    b.line("（「なし」と呼ぶ者あり）")
    return b


def _answer_with_case(g: Gen) -> Builder:
    r, b = g.rng, Builder()
    chair, q, mayor = g.person(), g.person(), g.person()
    _speaker(b, "議長", chair)
    b.line("　{m}市長。", m=mayor.sur("title"))
    _speaker(b, "市長", mayor)
    b.add("　{q}議員のご質問にお答えいたします。", q=q.sur())
    b.add("{f}外国人住民の増加に対応し、{o}に", f=r.choice(FILLERS), o=g.org("国際交流協会"))
    b.add("ベトナム語とネパール語の相談員を配置いたしました。")
    b.line("えー、{l}では特に、", l=g.loc(r.choice(("南部地区", "東部地区", "北部地区", "駅東地区"))))
    b.line("技能実習生の方からの相談が多くなっております。")
    b.line("")
    _speaker(b, "議長", chair)
    b.line("　再質問を許します。{q}議員。", q=q.sur())
    _speaker(b, f"{r.randint(1, 24)}番", q)
    b.add("　あのー、先ほどの答弁ですが、")
    f = g.foreigner()
    b.line("実際に私のところに来られた{k}さん、", k=f.kata(r))
    b.line("えー、この方は在留カードの更新の際に…、これは名前を出すべきではなかったですね、訂正します。")
    return b


def _shingikai(g: Gen) -> Builder:
    r, b = g.rng, Builder()
    ppl = [g.person() for _ in range(4)]
    b.line("第{n}回 {t} 議事録".replace("{n}", str(r.randint(1, 9))),
           t=r.choice(("介護保険事業計画策定委員会", "障害者施策推進協議会", "子ども・子育て会議")))
    b.line("日時：令和7年{m}月{d}日（火）14:00～15:30".replace("{m}", str(r.randint(1, 12))).replace(
        "{d}", str(r.randint(1, 28))))
    b.line("場所：{l} 第2会議室", l=g.loc(r.choice(("市民会館", "北公民館", "南部地区センター"))))
    b.line("出席：{a}会長、{b}委員、{c}委員、{d}委員（{o}）", a=ppl[0].sur("title"), b=ppl[1].full("kanji", r),
           c=ppl[2].zen(), d=ppl[3].sur("title"), o=g.org(r.choice(("社会福祉協議会", "NPO法人にじの会"))))
    b.line("")
    b.line("会長：それでは始めます。事務局から説明をお願いします。")
    b.line("事務局（{s}）：資料1をご覧ください。", s=g.person().sur())
    b.add("{c}委員：", c=ppl[2].sur())
    b.line("グループホームの整備目標、これ、えー、前回は30床と言ってましたよね、いや35床か。確認させてください。")
    b.line("事務局：35床でございます。失礼いたしました。")
    b.add("{d}委員：", d=ppl[3].sur())
    b.line("うちの利用者さんで、{x}さん…あ、これは個人の話なので、後ほど。", x=g.person().given())
    return b


def _petition(g: Gen) -> Builder:
    r, b = g.rng, Builder()
    chair, rep = g.person(), g.person()
    _speaker(b, "委員長", chair)
    b.line("　請願第{n}号を議題といたします。紹介議員の説明を求めます。".replace("{n}", str(r.randint(1, 12))))
    b.add("　請願者は、{ad}", ad=g.address(r.choice(("plain", "hyphen", "kanji_numerals", "building_room"))))
    b.add("、{o}代表、{n}氏ほか1,204名でございます。", o=g.org("NPO法人にじの会"), n=rep.full("kanji", r))
    b.line("")
    b.add("　{f}請願の趣旨は、", f=r.choice(FILLERS))
    b.line("{l}周辺への手すり付きベンチの設置でございます。",
           l=g.loc(r.choice(("中央公園", "市民病院前", "東口バスターミナル"))))
    b.line("（{s}委員「代表者の住所まで読み上げる必要はないのでは」）", s=g.person().sur())
    _speaker(b, "委員長", chair)
    b.line("　ご指摘のとおりです。会議録では住所部分を削除いたします。")
    return b


def _neighborhood(g: Gen) -> Builder:
    r, b = g.rng, Builder()
    head = g.person()
    b.line("{l}町内会 役員会 議事メモ（{d}）".replace("{d}", f"{r.randint(1, 12)}月{r.randint(1, 28)}日"),
           l=g.loc(r.choice(("駅東地区", "山手地区", "北部地区"))))
    b.line("出席：{h}会長ほか8名", h=head.sur("title"))
    b.line("1. 防災訓練は{l}で実施。えー、雨天の場合は中止。", l=g.loc(r.choice(("中央公園", "北公民館"))))
    b.line("2. 見守り対象の方（名簿は会長保管）")
    for _ in range(r.randint(2, 4)):
        p = g.elder()
        b.line("　・{n}さん　{a}　{p}", n=p.full("kanji", r),
               a=g.address(r.choice(("hyphen", "building_room", "plain"))),
               p=g.num("PHONE_NUMBER", sub="fixed"))
    b.line("3. 会費未納2件は{s}さんが訪問して確認。", s=g.person().sur())
    b.line("※この議事メモは回覧しない（個人情報のため）。")
    return b


TEMPLATES = (_neighborhood, _general_question, _committee, _answer_with_case, _shingikai, _petition)


def make(g: Gen, i: int) -> Builder:
    return TEMPLATES[i % len(TEMPLATES)](g)
