"""Counter and back-office documents: 税務, 戸籍・住民票, 選挙, 教育委員会, 国保・後期高齢, 年金, 外国人住民."""

from __future__ import annotations

from tests.eval.blind.model import Builder
from tests.eval.eighth.asks import IDENTITY, ask, id_line, staff
from tests.eval.eighth.values import Factory


def tax_arrears(f: Factory) -> Builder:
    """滞納整理 notes: 財産調査, 預金照会, 勤務先."""
    b = Builder()
    p = f.person()
    b.line(ask(f, "滞納整理の経過を時系列の表にして"))
    b.line("滞納整理経過　対象者 {n}（{k}）", n=f.label_name(p), k=f.kana_name(p))
    b.line("住所 {a}", a=f.address())
    if f.chance(0.5):
        b.line("生年月日 {bd}", bd=f.birth(1950, 1995))
    b.line(
        "{d} 催告書送付。{d2} 本人から架電（{ph}）、分納希望。", d=f.recent(), d2=f.recent(), ph=f.ident("PHONE_NUMBER")
    )
    bk, br = f.bank()
    b.line(
        "{d} 預金照会回答：{bk}{br} {acc} 残高 {y}円",
        d=f.recent(),
        bk=bk,
        br=br,
        acc=f.ident("BANK_ACCOUNT"),
        y=f"{f.rng.randint(1, 900) * 1000:,}",
    )
    b.line(
        "勤務先：{o}（給与照会済み）",
        o=f.org(
            f.pick(("株式会社", "有限会社", "社会福祉法人"))
            + f.pick(("みどり運輸", "北斗設備", "あおば会", "東雲食品"))
        ),
    )
    if f.chance(0.6):
        b.line("個人番号 {m}（番号法に基づく照会用）", m=f.ident("MY_NUMBER"))
    if f.chance(0.4):
        b.line("カード決済による納付履歴あり：{c}", c=f.ident("CREDIT_CARD"))
    b.line("{x}", x=id_line(f, ("PENSION_NUMBER", "DRIVER_LICENSE", "CREDIT_CARD", "RESIDENT_CODE")))
    b.line(
        "担当 {s}。{x}",
        s=staff(f),
        x=f.pick(("差押予告を検討。", "生活状況を聞き取りのうえ執行停止も視野。", "納付誓約書を徴取予定。")),
    )
    return b


def tax_inquiry(f: Factory) -> Builder:
    """課税照会 (市民税・固定資産税) from another office, pasted to draft the answer."""
    b = Builder()
    p = f.person()
    b.line(ask(f, "この照会への回答文を作って"))
    b.line("課税状況照会書")
    b.line(
        "照会元：{o}",
        o=f.org(
            f.pick(("福岡家庭裁判所", "大阪地方検察庁", f.city.pref + "警察本部", "全国健康保険協会"))
            if f.chance(0.5)
            else f.pick(("日本年金機構", "ハローワーク" + f.city.name[:-1]))
        ),
    )
    b.line("対象者：{n}　生年月日：{bd}", n=f.label_name(p), bd=f.birth(1945, 2000))
    b.line("住所（照会時点）：{a}", a=f.address())
    if f.chance(0.5):
        b.line("旧住所：{a}", a=f.address())
    b.line("照会事項：令和{y}年度 市民税・県民税の所得額、扶養人数", y=str(f.rng.randint(4, 7)))
    entity, v = f.any_ident(("MY_NUMBER", "PENSION_NUMBER", "RESIDENT_CODE", "DRIVER_LICENSE"))
    b.line(
        "本人特定事項：{lab} {v}",
        lab={
            "MY_NUMBER": "個人番号",
            "PENSION_NUMBER": "基礎年金番号",
            "RESIDENT_CODE": "住民票コード",
            "DRIVER_LICENSE": "運転免許証番号",
        }[entity],
        v=v,
    )
    if f.chance(0.7):
        b.line(
            "（照会書記載）{x}",
            x=id_line(f, ("PASSPORT", "RESIDENCE_CARD", "CARE_INSURANCE", "DISABILITY_CERTIFICATE")),
        )
    b.line("回答担当：{s}（{o}）", s=staff(f), o=f.org(f.city.name + "役所"))
    return b


def koseki_copy(f: Factory) -> Builder:
    """A 戸籍 / 住民票 transcribed by hand for a 相続 or 扶養照会 letter."""
    b = Builder()
    father = f.person(False)
    mother = f.person(True, sur=(father.sur, father.sur_kana, father.sur_roman))
    kids = [f.person(sur=(father.sur, father.sur_kana, father.sur_roman)) for _ in range(f.rng.randint(1, 3))]
    b.line(ask(f, "扶養照会の文書に使うので、続柄と生年月日を表にして"))
    b.line("（住民票の写しから転記）")
    b.line("世帯主　{n}", n=f.name(father, "fullwidth_space"))
    b.line("住所　{a}", a=f.address())
    b.line("本籍　{a}", a=f.address())
    b.line("住民票コード　{c}", c=f.ident("RESIDENT_CODE"))
    if f.chance(0.5):
        b.line("個人番号　{m}", m=f.ident("MY_NUMBER"))
    b.line()
    for rel, p, lo, hi in [("世帯主", father, 1940, 1962), ("妻", mother, 1942, 1966)] + [
        ("子", k, 1968, 2004) for k in kids
    ]:
        b.line("{rel}　{n}　{bd}生", rel=rel, n=f.name(p, f.pick(("kanji", "fullwidth_space"))), bd=f.birth(lo, hi))
    if f.chance(0.5):
        b.line("転入前住所：{a}（{d}転入）", a=f.address(), d=f.recent(2019))
    b.line("請求者：{s}　本人確認 {v}", s=f.label_name(f.person()), v=id_line(f, IDENTITY))
    return b


def election_return(f: Factory) -> Builder:
    """投票所入場券 returned undelivered: the list the 選挙管理委員会 pastes to sort."""
    b = Builder()
    b.line(ask(f, "返戻理由ごとに分けて"))
    b.line("{o}　投票所入場券 返戻一覧（{d}受付分）", o=f.org(f.city.name + "選挙管理委員会"), d=f.recent())
    for _ in range(f.rng.randint(3, 5)):
        p = f.person()
        b.line(
            "・{n}　{a}　{r}",
            n=f.name(p, f.pick(("kanji", "fullwidth_space", "kana"))),
            a=f.address(),
            r=f.pick(("あて所に尋ねあたりません", "転居先不明", "受取拒否", "宛名不完全")),
        )
    b.line(
        "第{n}投票区（{p}）分は{s}が現地確認。",
        n=str(f.rng.randint(1, 40)),
        p=f.org(f.city.name + "立" + f.pick(f.city.towns)[:2] + "公民館"),
        s=staff(f),
    )
    if f.chance(0.5):
        p = f.person()
        b.line(
            "問い合わせ：{n}さん（{ph}）本人より、{x}",
            n=f.name(p, "surname_only"),
            ph=f.ident("PHONE_NUMBER"),
            x=f.pick(("施設入所中とのこと。", "期日前投票したいとのこと。")),
        )
    return b


def school_aid(f: Factory) -> Builder:
    """就学援助 application, read out by the 学務課."""
    b = Builder()
    parent = f.person(young=True)
    child = f.person(sur=(parent.sur, parent.sur_kana, parent.sur_roman), young=True)
    b.line(ask(f, "申請内容を確認用の表にして"))
    b.line("就学援助費受給申請（{d}受付）", d=f.recent())
    b.line("申請者（保護者）　{n}　フリガナ {k}", n=f.label_name(parent), k=f.kana_name(parent))
    b.line("住所　〒{z} {a}", z=f.ident("POSTAL_CODE"), a=f.address())
    b.line("電話　{ph}", ph=f.ident("PHONE_NUMBER"))
    b.line(
        "児童生徒　{c}　{s} {g}年　生年月日 {bd}",
        c=f.label_name(child),
        s=f.org(f.city.name + "立" + f.pick(f.city.towns)[:2] + f.pick(("小学校", "中学校"))),
        g=str(f.rng.randint(1, 6)),
        bd=f.birth(2010, 2019),
    )
    bk, br = f.bank()
    b.line("振込先　{bk} {br} {acc}", bk=bk, br=br, acc=f.ident("BANK_ACCOUNT"))
    b.line("申請理由　{x}", x=f.pick(("児童扶養手当受給", "市民税非課税", "離職により収入減")))
    if f.chance(0.5):
        b.line("保護者個人番号　{m}", m=f.ident("MY_NUMBER"))
    b.line("本人確認　{x}", x=id_line(f, IDENTITY))
    return b


def school_note(f: Factory) -> Builder:
    """A note from a school to the 教育委員会 about a pupil, pasted for rewording."""
    b = Builder()
    t = f.person()
    child = f.person(young=True)
    b.line(ask(f, "保護者向けにやわらかい表現に直して"))
    school = f.org(f.city.name + "立" + f.pick(f.city.towns)[:2] + "小学校")
    b.line("{s}より連絡（{d}）", s=school, d=f.recent())
    b.line(
        "{g}年{c}組 {n}さんについて、担任の{t}先生から。",
        g=str(f.rng.randint(1, 6)),
        c=str(f.rng.randint(1, 4)),
        n=f.name(child, f.pick(("kanji", "kana"))),
        t=f.name(t, "surname_only"),
    )
    b.add("{n}さんは{d}から登校していません。", n=f.name(child, "surname_only"), d=f.recent())
    b.line("母親の携帯（{ph}）に連絡がつかない状況です。", ph=f.ident("PHONE_NUMBER"))
    if f.chance(0.5):
        b.line("緊急連絡先は祖母{g}さん（{a}）。", g=f.name(f.person(True), "kanji"), a=f.address())
    b.line("校長 {p}", p=f.name(f.person(), f.pick(("kanji", "fullwidth_space"))))
    return b


def insurance_refund(f: Factory) -> Builder:
    """国保 / 後期高齢 過誤納 refunds: a list and a letter."""
    b = Builder()
    b.line(ask(f, "還付通知の文面を作って。下の対象者分"))
    b.line("{o} 還付対象者（{d}決定）", o=f.org(f.city.name + "国保年金課"), d=f.recent())
    for _ in range(f.rng.randint(2, 4)):
        p = f.person()
        bk = f.bank()[0]
        b.line(
            "{n}／被保険者番号 {h}／生年月日 {bd}／還付額 {y}円／{bk} {acc}",
            n=f.name(p, f.pick(("kanji", "fullwidth_space"))),
            h=f.ident("HEALTH_INSURANCE"),
            bd=f.birth(1935, 1960),
            y=f"{f.rng.randint(1, 300) * 100:,}",
            bk=bk,
            acc=f.ident("BANK_ACCOUNT"),
        )
    if f.chance(0.5):
        sym, num = f.health_symbol()
        b.line("※社保加入による資格喪失分：記号 {s} 番号 {n}（{o}）", s=sym, n=num, o=f.org("全国健康保険協会"))
    return b


def pension_counter(f: Factory) -> Builder:
    """国民年金 counter: 免除申請 and a 年金事務所 referral."""
    b = Builder()
    p = f.person()
    b.line(ask(f))
    b.line("国民年金 窓口受付 {d}", d=f.recent())
    b.line("来庁者 {n} 様（{bd}生）", n=f.label_name(p), bd=f.birth(1960, 2004))
    b.line("基礎年金番号 {pn}", pn=f.ident("PENSION_NUMBER"))
    b.line("用件：{x}", x=f.pick(("保険料免除申請", "学生納付特例", "付加年金の加入", "障害基礎年金の相談")))
    b.line(
        "{o}に確認したところ、{y}年度分が未納。",
        o=f.org(f.city.name[:-1] + "年金事務所"),
        y="令和" + str(f.rng.randint(3, 6)),
    )
    if f.chance(0.6):
        b.line("口座振替依頼：{bk} {acc}", bk=f.bank()[0], acc=f.ident("BANK_ACCOUNT"))
    b.line("{x}", x=id_line(f, ("MY_NUMBER", "DRIVER_LICENSE", "CREDIT_CARD", "RESIDENCE_CARD")))
    b.line("連絡先 {ph}　対応 {s}", ph=f.ident("PHONE_NUMBER"), s=staff(f))
    return b


def foreign_counter(f: Factory) -> Builder:
    """外国人住民 転入手続 at the 市民課, with residence card and passport as written there."""
    b = Builder()
    fr = f.foreigner()
    b.line(ask(f, "以下を英語とやさしい日本語に訳して", "この人に渡す案内をやさしい日本語で作って"))
    b.line("転入届 受付メモ（{d}）", d=f.recent())
    b.line("氏名（在留カード表記）：{r}", r=f.name(fr, "romanized"))
    b.line("カナ：{k}　国籍：{c}", k=f.name(fr, "foreign_katakana"), c=f.loc(fr.country))
    b.line("在留カード番号：{n}", n=f.ident("RESIDENCE_CARD"))
    if f.chance(0.7):
        b.line("旅券番号：{n}", n=f.ident("PASSPORT"))
    b.line("生年月日：{bd}", bd=f.birth(1975, 2005, f.pick(("slash", "iso", "seireki", "compact", "spaced"))))
    b.line("新住所：{a}", a=f.address())
    b.line(
        "勤務先：{o}　連絡先 {ph}",
        o=f.org(f.pick(("株式会社みなと精工", "東雲食品株式会社", "北斗ケア株式会社"))),
        ph=f.ident("PHONE_NUMBER"),
    )
    b.line(
        "通訳：{n}（{o}）",
        n=f.name(f.foreigner() if f.chance(0.5) else f.person(), "romanized" if f.chance(0.3) else "kanji"),
        o=f.org(f.city.name + "国際交流協会"),
    )
    b.line(
        "{s}さんには国保加入と{o}の案内済み。", s=f.name(fr, "surname_only"), o=f.org(f.city.name[:-1] + "年金事務所")
    )
    return b
