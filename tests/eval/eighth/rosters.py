"""Lists of several people pasted at once: 本人確認 logs, benefit rosters, ふるさと納税 donor exports."""

from __future__ import annotations

from tests.eval.blind.model import Builder
from tests.eval.eighth.asks import IDENTITY, WELFARE_IDS, ask, id_line, staff
from tests.eval.eighth.values import Factory


def id_check_log(f: Factory) -> Builder:
    """証明書交付 本人確認記録 typed at the 市民課 counter, one line per applicant."""
    b = Builder()
    b.line(ask(f, "この記録から、代理人請求の件だけ抜き出して", "記載漏れがないか確認して"))
    b.line(
        "証明書交付 本人確認記録（{d}）{o}",
        d=f.recent(),
        o=f.org(f.city.name + f.pick(("市民課", "駅前行政サービスコーナー"))),
    )
    for i in range(f.rng.randint(3, 5)):
        p = f.person() if f.chance(0.75) else f.kanji_foreigner()
        what = f.pick(("住民票の写し", "印鑑登録証明書", "戸籍謄本", "所得証明", "住民票記載事項証明"))
        b.line(
            "{i}) {n}　{what}　確認書類：{idl}　{x}",
            i=str(i + 1),
            n=f.label_name(p),
            what=what,
            idl=id_line(f, IDENTITY),
            x=f.pick(("本人", "代理（委任状あり）", "本人（郵送希望）")),
        )
        if what.startswith("住民票") or f.chance(0.3):
            b.line("　　{c}", c=id_line(f, ("RESIDENT_CODE", "MY_NUMBER", "CARE_INSURANCE", "PENSION_NUMBER")))
    b.line("受付：{s}", s=staff(f))
    return b


def benefit_roster(f: Factory) -> Builder:
    """A roster of benefit recipients a 障害福祉 / 介護 section pastes to draft letters."""
    b = Builder()
    b.line(ask(f, "この人たちに送る更新案内の宛名リストを作って", "この一覧を表にして"))
    b.line(
        "{t}　更新対象者（{o}）",
        t=f.pick(("特別障害者手当", "障害福祉サービス受給者証", "介護保険負担限度額認定", "おむつ給付")),
        o=f.org(f.city.name + f.pick(("障害福祉課", "介護保険課", "高齢福祉課"))),
    )
    for _ in range(f.rng.randint(3, 5)):
        p = f.person()
        b.line("◆{n}（{bd}生）", n=f.name(p, f.pick(("kanji", "fullwidth_space", "kana"))), bd=f.birth(1930, 1995))
        b.line("　{a}／{b}", a=id_line(f, WELFARE_IDS), b=id_line(f, WELFARE_IDS))
    b.line("作成：{s}", s=staff(f))
    return b


def donor_export(f: Factory) -> Builder:
    """A ふるさと納税 donor export from the payment agent (tab-separated, card numbers included)."""
    b = Builder()
    copy = (
        "plain",
        "nohyphen",
        "fullwidth",
        "zero_width",
        "spaced",
        "ideographic_space",
        "mixed",
        "kanji_mixed",
        "line_broken",
    )
    b.line(ask(f, "返礼品の発送漏れがないか確認して", "この寄附者一覧を都道府県別に集計して"))
    b.line("寄附日\t寄附者\t〒\t住所\t電話\t決済\tカード番号\t返礼品")
    for _ in range(f.rng.randint(3, 4)):
        p = f.person()
        f.begin()
        b.line(
            "{d}\t{n}\t{z}\t{a}\t{ph}\tクレジット\t{c}\t{g}",
            d=f.recent(),
            n=f.name(p, f.pick(("kanji", "fullwidth_space", "romanized"))),
            z=f.ident("POSTAL_CODE", allowed=copy),
            a=f.address(pref=True),
            ph=f.ident("PHONE_NUMBER", allowed=copy),
            c=f.ident("CREDIT_CARD", allowed=copy),
            g=f.pick(("米10kg", "地酒セット", "和牛切り落とし", "りんご5kg")),
        )
    return b
