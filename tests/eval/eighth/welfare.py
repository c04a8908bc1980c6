"""Welfare documents: 生活保護 case notes, 児童相談 visits, 介護認定 surveys, 障害福祉 counters, 救急搬送."""

from __future__ import annotations

from tests.eval.blind.model import Builder
from tests.eval.eighth.asks import IDENTITY, WELFARE_IDS, ask, id_line, staff
from tests.eval.eighth.values import Factory

_IDS = ("MY_NUMBER", "PENSION_NUMBER", "HEALTH_INSURANCE", "DRIVER_LICENSE", "RESIDENT_CODE", "CARE_INSURANCE")


def seiho_case_note(f: Factory) -> Builder:
    """A 生活保護 case worker's running note pasted for a summary."""
    b = Builder()
    head = f.person()
    bd, age = f.birth_age(1937, 1987)
    b.line(ask(f))
    b.line("【ケース記録】{d}　定期訪問", d=f.recent())
    b.line("世帯主　{n}（{a}歳）", n=f.label_name(head), a=age)
    b.line("生年月日　{bd}", bd=bd)
    b.line("現住所　{ad}", ad=f.address())
    b.line("連絡先　{ph}", ph=f.ident("PHONE_NUMBER"))
    b.line("記録者　{s}", s=staff(f))
    b.line()
    sur = f.name(head, "surname_only")
    b.add("午前10時訪問。{s}さん在宅。", s=sur)
    b.add(
        f.pick(
            (
                "室内は前回より片付いている。",
                "台所に空き缶が溜まっている。",
                "暖房は使わず、布団で過ごしているとのこと。",
            )
        )
    )
    if f.chance(0.6):
        kid = f.person(False, sur=(head.sur, head.sur_kana, head.sur_roman), young=True)
        b.add(
            "長男{k}（{a}歳）とは{y}年以上連絡を取っていないと話す。",
            k=f.name(kid, "prose"),
            a=str(max(18, int(age) - f.rng.randint(22, 35))),
            y=str(f.rng.randint(2, 9)),
        )
    b.line()
    b.line(
        "通院先：{h}（整形外科）、次回受診は{d}。",
        h=f.org(f.city.name[:-1] + f.pick(("中央病院", "市民病院", "協立病院"))),
        d=f.recent(),
    )
    if f.chance(0.7):
        b.line("年金：基礎年金番号 {p} で{o}に照会中。", p=f.ident("PENSION_NUMBER"), o=f.org("日本年金機構"))
    if f.chance(0.6):
        bk, br = f.bank()
        b.line(
            "保護費振込口座　{bk}{br}　{acc}　名義{kn}", bk=bk, br=br, acc=f.ident("BANK_ACCOUNT"), kn=f.kana_name(head)
        )
    entity, v = f.any_ident(_IDS)
    label = {
        "MY_NUMBER": "個人番号",
        "PENSION_NUMBER": "年金番号",
        "HEALTH_INSURANCE": "被保険者番号",
        "DRIVER_LICENSE": "免許証番号",
        "RESIDENT_CODE": "住民票コード",
        "CARE_INSURANCE": "介護保険被保険者番号",
    }[entity]
    b.line("{lab}：{v}（{w}で確認）", lab=label, v=v, w=f.pick(("本人持参の書類", "システム画面", "前任者メモ")))
    if f.chance(0.6):
        b.line("（参考）{x}", x=id_line(f, WELFARE_IDS + IDENTITY))
    b.line(
        "今後の方針：{s}さんの就労意欲は{x}。{o}への同行を検討。",
        s=f.name(head, "surname_only"),
        x=f.pick(("低い", "ある程度ある", "体調次第")),
        o=f.org("ハローワーク" + f.city.name[:-1]),
    )
    return b


def child_visit(f: Factory) -> Builder:
    """A 児童相談 / 家庭訪問 record."""
    b = Builder()
    mother = f.person(True, young=True)
    child = f.person(sur=(mother.sur, mother.sur_kana, mother.sur_roman), young=True)
    school = f.org(f.city.name + "立" + f.pick(f.city.towns)[:2] + f.pick(("小学校", "中学校", "保育園")))
    b.line(ask(f, "この家庭訪問記録を、児相への情報提供書の形にして"))
    b.line("家庭訪問記録　{d}", d=f.recent())
    b.line("対象児童：{c}（{k}）　生年月日 {bd}", c=f.label_name(child), k=f.kana_name(child), bd=f.birth(2010, 2022))
    b.line("所属：{s}　担任の{t}先生", s=school, t=f.name(f.person(), "surname_only"))
    b.line("保護者：母 {m}　携帯 {ph}", m=f.label_name(mother), ph=f.ident("PHONE_NUMBER"))
    if f.chance(0.5):
        b.line("住所：{a}", a=f.address())
    b.line("訪問者：{s}、{o}", s=staff(f), o=f.org(f.city.pref + f.pick(("中央児童相談所", "北部児童相談所"))))
    b.line()
    b.add(
        "{c}は玄関先まで出てきたが、{m}さんは「大丈夫です」と繰り返すのみ。",
        c=f.name(child, "surname_only") if f.chance(0.2) else f.pick(("本児", "児童")),
        m=f.name(mother, "surname_only"),
    )
    b.add("腕に{x}を確認。", x=f.pick(("あざ", "擦り傷", "古い火傷の跡")))
    if f.chance(0.5):
        partner = f.person(False)
        b.add("同居の内縁男性{p}は不在。", p=f.name(partner, "prose"))
    b.line()
    b.line(
        "学校からは{d}以降欠席が続いていると連絡あり（{o}経由）。", d=f.recent(), o=f.org(f.city.name + "教育委員会")
    )
    if f.chance(0.5):
        b.line("児童手当振込口座：{acc}", acc=f.ident("BANK_ACCOUNT"))
    b.line("母の{x}（前回訪問時に控え）", x=id_line(f, IDENTITY + WELFARE_IDS))
    return b


def care_survey_screen(f: Factory) -> Builder:
    """A 介護認定 調査票 copied from the care system's screen (label, tab, value)."""
    b = Builder()
    p = f.person(sur=None)
    machine = ("plain", "nohyphen", "fullwidth", "zero_width", "spaced", "ideographic_space", "line_broken", "mixed")
    b.line(ask(f, "認定調査の特記事項を整理して"))
    b.line("■認定調査票（概況調査）　　{c}介護保険システム　画面ID KJ0312", c=f.city_loc())
    b.line("被保険者番号\t{n}", n=f.ident("CARE_INSURANCE", allowed=machine))
    b.line("氏名\t{n}\tフリガナ\t{k}", n=f.name(p, f.pick(("kanji", "fullwidth_space"))), k=f.name(p, "kana"))
    b.line("生年月日\t{bd}\t性別\t{s}", bd=f.birth(1925, 1958), s="女" if p.female else "男")
    b.line("現住所\t{a}", a=f.address())
    b.line("電話\t{ph}", ph=f.ident("PHONE_NUMBER", allowed=machine))
    fam = f.person()
    b.line(
        "家族連絡先\t{n}（{r}）\t{ph}",
        n=f.label_name(fam),
        r=f.pick(("長女", "次女", "姪") if fam.female else ("長男", "甥")),
        ph=f.ident("PHONE_NUMBER"),
    )
    b.line("調査日\t{d}\t調査場所\t{w}", d=f.recent(), w=f.pick(("自宅", "入院先", "施設")))
    b.line("主治医\t{doc}\t{h}", doc=f.name(f.person(), "kanji"), h=f.org(f.city.name[:-1] + "中央病院"))
    if f.chance(0.5):
        b.line("医療保険\t後期高齢者医療\t被保険者番号\t{h}", h=f.ident("HEALTH_INSURANCE", allowed=machine))
    b.line(
        "前回認定\t要介護{k}（認定有効期間 {s}～{e}）", k=str(f.rng.randint(1, 5)), s=f.recent(2024), e=f.recent(2026)
    )
    b.line(
        "特記事項\t{x}",
        x=f.pick(("歩行は伝い歩き。夜間トイレに3回。", "物忘れあり、同じ話を繰り返す。", "入浴は週2回デイで。")),
    )
    b.line("調査員\t{s}", s=staff(f))
    return b


def disability_memo(f: Factory) -> Builder:
    """A 障害福祉 counter memo, typed quickly."""
    b = Builder()
    p = f.person()
    b.line(ask(f))
    b.line("窓口メモ {d}", d=f.recent())
    helper = f.person()
    b.add(
        "{n}さん来庁（{h}さん同伴、{rel}）。",
        n=f.label_name(p),
        h=f.name(helper, "surname_only"),
        rel=f.pick(("ヘルパー", "母", "相談支援専門員", "グループホーム職員")),
    )
    b.line(
        "{kind}の再交付と特別障害者手当の相談。", kind=f.pick(("身体障害者手帳", "療育手帳", "精神障害者保健福祉手帳"))
    )
    b.line("手帳番号 第{n}号", n=f.ident("DISABILITY_CERTIFICATE"))
    if f.chance(0.7):
        b.line("生年月日：{bd}", bd=f.birth(1950, 2015))
    b.line(
        "連絡先：{ph}（日中は{h}さん携帯 {ph2}）",
        ph=f.ident("PHONE_NUMBER"),
        h=f.name(helper, "surname_only"),
        ph2=f.ident("PHONE_NUMBER"),
    )
    if f.chance(0.6):
        b.line("手当振込先：{bk} {acc}", bk=f.bank()[0], acc=f.ident("BANK_ACCOUNT"))
    entity, v = f.any_ident(("MY_NUMBER", "DRIVER_LICENSE", "HEALTH_INSURANCE", "CARE_INSURANCE", "PASSPORT"))
    b.line(
        "本人確認：{e} {v}",
        e={
            "MY_NUMBER": "個人番号",
            "DRIVER_LICENSE": "運転免許証",
            "HEALTH_INSURANCE": "資格確認書",
            "CARE_INSURANCE": "介護保険証",
            "PASSPORT": "旅券",
        }[entity],
        v=v,
    )
    b.line("{x}", x=id_line(f, WELFARE_IDS))
    b.line(
        "対応：{s}。{o}に情報提供の同意あり。",
        s=staff(f),
        o=f.org(f.city.name + f.pick(("基幹相談支援センター", "社会福祉協議会", "地域活動支援センター"))),
    )
    return b


def ems_record(f: Factory) -> Builder:
    """A 救急搬送 / 消防 activity record pasted to draft an incident report."""
    b = Builder()
    pt = f.person()
    caller = f.person()
    chief = f.person()
    b.line(ask(f, "救急活動記録から事故報告の下書きを作って"))
    b.line(
        "救急活動記録票　{o}　{d} 覚知 {t}",
        o=f.org(f.city.name + "消防局"),
        d=f.recent(),
        t=f"{f.rng.randint(0, 23)}:{f.rng.randint(0, 59):02d}",
    )
    b.line("出場隊　{u}救急隊　隊長 {c}", u=f.loc(f.pick(f.city.towns)[:2]), c=f.name(chief, "kanji"))
    bd, age = f.birth_age(1928, 2020)
    b.line(
        "傷病者　{n}　{a}歳　{s}",
        n=f.label_name(pt) if f.chance(0.8) else f.kana_name(pt),
        a=age,
        s="女" if pt.female else "男",
    )
    if f.chance(0.6):
        b.line("生年月日　{bd}（{w}で確認）", bd=bd, w=f.pick(("保険証", "家族申告", "お薬手帳")))
    b.line("発生場所　{a}", a=f.address())
    b.line(
        "通報者　{n}（{r}）　{ph}",
        n=f.name(caller, "kanji"),
        r=f.pick(("妻", "隣人", "通行人", "施設職員")),
        ph=f.ident("PHONE_NUMBER"),
    )
    b.line(
        "概要：{x}。{c}隊長判断で{h}へ搬送。",
        x=f.pick(("自宅浴室で意識朦朧", "交差点で自転車と接触", "作業中に脚立から転落")),
        c=f.name(chief, "surname_only"),
        h=f.org(f.city.name[:-1] + f.pick(("赤十字病院", "医療センター", "市民病院"))),
    )
    b.line("所持品から：{v}", v=id_line(f, (*IDENTITY, "CREDIT_CARD", "CARE_INSURANCE", "DISABILITY_CERTIFICATE")))
    if f.chance(0.4):
        b.line("保険：被保険者番号 {h}", h=f.ident("HEALTH_INSURANCE"))
    return b
