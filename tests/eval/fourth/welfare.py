"""welfare: 介護・障害・生活保護・児童 case notes, the most sensitive texts, typed in abbreviations."""

from __future__ import annotations

from tests.eval.blind.model import Builder

from .common import age, clock, id_line, when
from .gen import Gen
from .people import Person


def _care_visit(g: Gen) -> Builder:
    r, b = g.rng, Builder()
    p, kp = g.elder(), g.person(sex="f")
    cm = g.person()
    b.line("ケース記録　{d}　自宅訪問（{o}）", d=when(r), o=g.org("地域包括支援センター"))
    b.line("本人：{n}（{k}）{a}　要介護{lv}", n=p.full("kanji", r), k=p.kana(r), a=age(r, 75, 99),
           lv=str(r.randint(1, 5)))
    b.line("被保番：{c}", c=g.num("CARE_INSURANCE"))
    b.line("後期高齢 被保険者番号 {v}", v=g.num("HEALTH_INSURANCE", sub="kouki"))
    b.line("KP：長女 {n}（市外在住）TEL {p}", n=kp.full("kanji", r), p=g.num("PHONE_NUMBER", sub="mobile"))
    if r.random() < 0.5:
        b.line("CM：{o}　{c}CM", o=g.org("ケアプランセンターあおば"), c=cm.sur("title"))
    else:
        b.line("CM：{o}　{c}", o=g.org("ケアプランセンターあおば"), c=cm.full("kanji", r))
    b.line("")
    b.add("S）「夜になると{s}が来るんよ、もう死んだ人なのに」と。", s=g.person().given())
    b.line("運転免許は昨年返納済み（返納時の番号 {v}、運転経歴証明書あり）", v=g.num("DRIVER_LICENSE"))
    b.line("O）室温28℃、エアコン使用なし。冷蔵庫内に期限切れ食品多数。BP 148/92。")
    b.add("A）認知機能低下の進行疑い。{kp}さんへ状況共有要。", kp=kp.sur())
    b.line("独居継続は困難か。")
    b.line("P）{d}サ担会議。{o}に区分変更申請の相談。", d=when(r), o=g.org("介護保険課"))
    if r.random() < 0.5:
        b.line("※{c}CMより：ショート先は{o}で調整中。", c=cm.sur(), o=g.org("社会福祉法人ひかり会"))
    return b


def _disability(g: Gen) -> Builder:
    r, b = g.rng, Builder()
    p, mo = g.child() if r.random() < 0.5 else g.person(), g.person(sex="f")
    b.line("障害福祉サービス　相談記録")
    b.line("対象者 {n}　生年月日 {bd}", n=p.zen(), bd=g.birth(lo=1975, hi=2019))
    kind = r.choice(("身体障害者手帳（2級・下肢）", "療育手帳（B1）", "精神障害者保健福祉手帳（2級）"))
    b.line("{k}　番号{v}", k=kind, v=g.num("DISABILITY_CERTIFICATE"))
    b.line("住所 {a}", a=g.address())
    b.add("母（{m}さん）より、", m=mo.given() if r.random() < 0.4 else mo.full("kanji", r))
    b.line("放課後等デイの利用日数を増やしたいと相談。現在は{o}を週3日。", o=g.org("デイサービスすみれ"))
    b.line("手帳の更新時期が近い。前回の番号と同じか確認 →")
    b.line("  同じ（{v}）", v=g.num("DISABILITY_CERTIFICATE"))
    b.line("  ※旧手帳（{v}）は返還済み", v=g.num("DISABILITY_CERTIFICATE"))
    b.line("連絡先：{p}（母携帯）", p=g.num("PHONE_NUMBER", sub="mobile"))
    id_line(b, g, g.least(("MY_NUMBER", "HEALTH_INSURANCE", "RESIDENT_CODE")))
    return b


def _seikatsu_hogo(g: Gen) -> Builder:
    r, b = g.rng, Builder()
    p = g.person()
    cw = g.person()
    b.line("生活保護　ケース記録（{o}）", o=g.org("生活福祉課"))
    b.line("CW：{c}　訪問日：{d}", c=cw.sur(), d=when(r))
    b.line("世帯主：{n}　{a}", n=p.full("kanji", r), a=age(r, 40, 80))
    b.line("居所：{ad}", ad=g.address(r.choice(("building_room", "plain", "hyphen"))))
    b.line("個人番号（照会用）{v}", v=g.num("MY_NUMBER"))
    b.add("年金受給状況を確認。基礎年金番号 {v} にて", v=g.num("PENSION_NUMBER"))
    b.line("{o}へ照会済。", o=g.org("年金事務所"))
    b.line("保護費振込口座：{bk} {br}支店 普通 {v}", bk=g.org(r.choice(("ゆうちょ銀行", "七十七銀行", "北洋銀行"))),
           br=r.choice(("本店営業部", "駅前", "中央", "北")), v=g.num("BANK_ACCOUNT", sub="account"))
    b.add("本人「酒はもうやめた」と。室内に空き缶多数あり。")
    b.line("{s}さんの主治医（{h}）に受診状況確認予定。", s=p.sur(), h=g.org("市立病院"))
    if r.random() < 0.6:
        b.line("次回訪問 {d}。就労指導は{o}と連携。", d=when(r), o=g.org("ハローワーク"))
    return b


def _child_case(g: Gen) -> Builder:
    r, b = g.rng, Builder()
    mother = g.foreigner(sex="f") if r.random() < 0.35 else g.person(sex="f")
    c = g.child() if not isinstance(mother, Person) else g.child_of(mother)
    teacher = g.person()
    b.line("【要保護児童　通告受理票】")
    b.line("受理日時：{d} {t}", d=when(r), t=clock(r))
    b.line("通告者：{s}　担任 {t}（教諭）", s=g.org(r.choice(("市立第三小学校", "東中学校"))),
           t=teacher.full("kanji", r))
    bd = g.birth(lo=2011, hi=2020)
    b.line("児童：{n}（{k}）{a}歳", n=c.full("kanji", r), k=c.kana(r, False), a=str(g.last_age))
    b.line("生年月日：{bd}", bd=bd)
    if not isinstance(mother, Person):
        b.line("母：{m}（{ro}）", m=mother.kata(r), ro=mother.rom(r))
    else:
        b.line("母：{m}", m=mother.zen())
    b.line("住所：〒{z} {ad}", z=g.num("POSTAL_CODE"), ad=g.address())
    b.add("内容：登校時、左腕にあざ。本人は「{x}にやられた」と話す。", x=g.person().given())
    b.line("給食をおかわりし続ける様子あり。")
    id_line(b, g, g.least(("HEALTH_INSURANCE", "MY_NUMBER", "RESIDENT_CODE")))
    id_line(b, g, g.least(("HEALTH_INSURANCE", "DISABILITY_CERTIFICATE", "RESIDENT_CODE", "CARE_INSURANCE")))
    id_line(b, g, g.least(("PASSPORT", "RESIDENCE_CARD", "PENSION_NUMBER", "DRIVER_LICENSE")))
    b.line("対応：{o}へ情報提供、48時間以内に安全確認。", o=g.org("子ども家庭支援センター"))
    return b


def _hokenshi(g: Gen) -> Builder:
    r, b = g.rng, Builder()
    p = g.person()
    b.line("{d} 保健師訪問メモ（下書き）", d=when(r))
    b.add("Pt. {s}さん ", s=p.sur())
    b.line("{a}代♀ DM/HT 独居 eGFR↓", a=r.choice(("70", "80", "60")))
    b.line("内服：アムロジピン、メトホルミン。飲み忘れ多い→お薬カレンダー導入")
    b.add("夫（故）の{x}さんの年金で生活。", x=g.person(sex="m").given())
    bank = r.choice(("ゆうちょ銀行", "JAバンク"))
    b.line("口座は{v}（{bk}）", v=g.num("BANK_ACCOUNT", sub="yucho" if bank == "ゆうちょ銀行" else "account"),
           bk=g.org(bank))
    ins = r.choice(("後期", "国保"))
    b.line("保険証：{l} {v}", l=ins, v=g.num("HEALTH_INSURANCE", sub="kouki" if ins == "後期" else "kokuho"))
    b.line("介護は要支援1（{v}）、手帳なし", v=g.num("CARE_INSURANCE"))
    lab, val = g.idv(g.least(("DISABILITY_CERTIFICATE", "PENSION_NUMBER", "CARE_INSURANCE")))
    b.line("{l}：{v}", l=lab, v=val)
    b.line("緊急連絡先：姪 {n} {p}", n=g.person(sex="f").full("kanji", r), p=g.num("PHONE_NUMBER"))
    b.add("次回、{o}の", o=g.org("保健センター"))
    b.line("栄養士同行。{s}さん本人には血糖値の話は控えめに。", s=p.sur())
    return b


def _care_transfer(g: Gen) -> Builder:
    r, b = g.rng, Builder()
    p = g.elder()
    b.line("介護保険 住所地特例 引継ぎ票")
    b.line("氏名\t{n}\t{k}", n=p.full("kanji", r), k=p.kana(r, True))
    b.line("生年月日\t{bd}", bd=g.birth(lo=1928, hi=1950))
    b.line("被保険者番号（旧）\t{v}", v=g.num("CARE_INSURANCE"))
    b.line("被保険者番号（新）\t{v}", v=g.num("CARE_INSURANCE"))
    b.line("施設\t{o}", o=g.org("社会福祉法人ひかり会"))
    fam = g.least(("DISABILITY_CERTIFICATE", "PENSION_NUMBER", "HEALTH_INSURANCE", "RESIDENT_CODE"))
    lab, val = g.idv(fam)
    b.line("{l}\t{v}", l=lab, v=val)
    b.line("施設所在地\t{ad}", ad=g.address())
    b.line("特記：夜間せん妄あり。長男{s}さんが身元引受人（{ph}）。", s=g.person(sex="m").given(),
           ph=g.num("PHONE_NUMBER"))
    return b


def _case_conference(g: Gen) -> Builder:
    r, b = g.rng, Builder()
    p, son = g.person(), g.person(sex="m")
    b.line("■個別ケース会議　{d}　於：{l}", d=when(r), l=g.loc(r.choice(("南部地区センター", "北公民館"))))
    b.line("参加：{o1}、{o2}、{o3}、障害福祉課（{s}）", o1=g.org("地域包括支援センター"),
           o2=g.org("訪問看護ステーションつばさ"), o3=g.org("社会福祉協議会"), s=g.person().sur())
    bd = g.birth(r.choice(("abbrev", "slash")), lo=1955, hi=1975)
    b.line("●対象：{n}　{a}歳　{bd}生", n=p.zen(), a=str(g.last_age), bd=bd)
    b.line("　精神手帳2級（{v}）、障害年金2級", v=g.num("DISABILITY_CERTIFICATE"))
    b.line("　年金番号 {v}", v=g.num("PENSION_NUMBER"))
    b.line("●同居：長男 {s}（ひきこもり 10年以上）", s=son.given())
    b.line("○課題：8050。母の入院で生活費の管理者不在。長男名義の口座 {v} に残高ほぼなし。", v=g.num("BANK_ACCOUNT"))
    b.line("○方針：日常生活自立支援事業の利用。{s}さん本人と次回面談。", s=son.given())
    return b


def _service_ledger(g: Gen) -> Builder:
    r, b = g.rng, Builder()
    b.line("障害福祉サービス 受給者台帳（抜粋・{o}）".replace("{o}", "{o}"), o=g.org("障害福祉課"))
    b.line("氏名\t手帳\t手帳番号\t介護保険\t備考")
    for _ in range(r.randint(4, 5)):
        p = g.person()
        kind = r.choice(("身体2級", "療育A", "療育B2", "精神1級", "身体4級"))
        care = g.num("CARE_INSURANCE") if r.random() < 0.7 else "非該当"
        note = r.choice(("", "更新申請中", "転入", "GH入居", "就労B型"))
        b.line("{n}\t{k}\t{v}\t{c}\t" + note, n=p.full("kanji", r), k=kind, v=g.num("DISABILITY_CERTIFICATE"),
               c=care)
    b.line("※{s}相談員が{d}に更新".replace("{d}", when(r)), s=g.person().sur())
    return b


TEMPLATES = (_service_ledger, _case_conference, _care_visit, _disability, _seikatsu_hogo, _child_case, _hokenshi,
             _care_transfer)


def make(g: Gen, i: int) -> Builder:
    return TEMPLATES[i % len(TEMPLATES)](g)
