"""Case records (care, child welfare, disability, living assistance), 在留 procedures, phone memos."""

from __future__ import annotations

from tests.eval.twelfth import pools
from tests.eval.twelfth.ctx import (
    ADDR_INLINE,
    ALNUM_FIELD,
    BIRTH_INLINE,
    NUM_FIELD,
    NUM_INLINE,
    PHONE_INLINE,
    Ctx,
    Person,
)
from tests.eval.twelfth.doc import Doc, loc, o
from tests.eval.twelfth.extras import extra

REL_M = ("長男", "次男", "夫", "弟", "孫")
REL_F = ("長女", "次女", "妻", "姉", "嫁")


def _family(c: Ctx, d: Doc, p: Person, n: int) -> list[Person]:
    r = c.rng
    out = []
    for _ in range(n):
        g = r.choice(("m", "f"))
        q = c.relative(p, g)
        rel = r.choice(REL_M if g == "m" else REL_F)
        out.append(q)
        style = r.randrange(3)
        if style == 0:
            d.ln(
                "　"
                + rel
                + " {n}（"
                + str(r.randint(35, 60))
                + "）"
                + r.choice(("同居", "市内在住", "県外在住、キーパーソン")),
                n=c.name_as(q, "relation"),
            )
        elif style == 1:
            d.ln("　" + rel + "：{n}　連絡先 {t}", n=c.name_as(q, "relation"), t=c.val("PHONE_NUMBER", PHONE_INLINE))
        else:
            d.ln(
                "　{n}（" + rel + "、" + str(r.randint(30, 62)) + "歳）" + r.choice(("日中不在", "週末のみ来訪")),
                n=c.name_as(q, "name_with_age"),
            )
    return out


def care_record(c: Ctx, d: Doc) -> None:
    r = c.rng
    p = c.person()
    d.ln("【支援経過記録】{o}", o=o(r.choice(pools.CARE_OFFICES)))
    d.ln(
        "利用者：{n} 様（"
        + str(r.randint(72, 96))
        + "）　"
        + r.choice(("要介護2", "要支援1", "要介護4", "事業対象者")),
        n=c.name(p, ("kanji", "fullwidth_space", "reading_parens", "name_with_age")),
    )
    d.ln(
        "{x}　生年月日 {b}",
        x=c.field("被保険者番号", "CARE_INSURANCE", NUM_INLINE, sep=" "),
        b=c.val("BIRTH_DATE", BIRTH_INLINE, lo=1928, hi=1952),
    )
    d.ln("住所：{a}", a=c.val("ADDRESS", ADDR_INLINE))
    d.ln("家族構成")
    fam = _family(c, d, p, r.randint(1, 3))
    cm = c.person()
    d.ln(
        "ケアマネ：{o} {n}", o=o(r.choice(pools.CARE_OFFICES)), n=c.name(cm, ("kanji", "fullwidth_space", "signature"))
    )
    d.ln("主治医：{h} {n}先生", h=o(r.choice(pools.HOSPITALS)), n=c.name_as(c.person(), "title"))
    d.ln()
    d.ln(c.other_date("era_letter", 60) + " 自宅訪問。本人、{g}さん同席。", g=c.name_as(fam[0], "given_only"))
    d.ln(r.choice(("転倒歴あり。手すり設置を検討。", "物忘れが進み、服薬管理に課題。", "入浴を拒否することが多い。")))
    d.ln(
        c.other_date("era_letter", 30)
        + " {g}さんより電話。"
        + r.choice(("ショートステイの相談。", "入院したとの連絡。", "通帳が見当たらないとのこと。")),
        g=c.name_as(fam[-1], "given_only"),
    )
    if r.random() < 0.5:
        d.ln("　{h}へ" + c.other_date("md", 20) + "受診予定。", h=o(r.choice(pools.HOSPITALS)))
    d.ln("記録者 {n}", n=c.name(c.person(), ("surname_only", "signature")))
    extra(c, d, r.randint(3, 5), "prose")


def child_welfare(c: Ctx, d: Doc) -> None:
    r = c.rng
    mother = c.person("f")
    child = c.relative(mother, r.choice(("m", "f")))
    suffix = "くん" if child.gender == "m" else "ちゃん"
    d.ln("児童相談 受理記録　ケースNo. " + str(r.randint(2025001, 2025400)))
    d.ln("受理日：" + c.other_date("wareki", 90) + "　経路：{s} 教頭より電話", s=o(r.choice(pools.SCHOOLS)))
    d.ln(
        "児童：{n}（{b}生、" + str(r.randint(4, 12)) + "歳）",
        n=c.name(child, ("kanji", "hiragana", "reading_parens", "katakana")),
        b=c.val("BIRTH_DATE", BIRTH_INLINE[:8], lo=2013, hi=2021),
    )
    d.ln(
        "母：{m}（" + str(r.randint(26, 45)) + "）" + r.choice(("パート勤務", "無職", "夜間勤務")) + "　{t}",
        m=c.name_as(mother, "relation"),
        t=c.val("PHONE_NUMBER", PHONE_INLINE),
    )
    if r.random() < 0.6:
        d.ln("父：{f}（別居）", f=c.name_as(c.relative(mother, "m"), "relation"))
    d.ln("住所：{a}", a=c.val("ADDRESS", ADDR_INLINE))
    d.ln("内容：")
    d.ln(
        "{g}"
        + suffix
        + "が"
        + r.choice(("朝食をとらずに登校している", "腕にあざがあると担任が確認", "夜遅くまで一人で公園にいる"))
        + "。担任の{t}先生が声をかけたところ、「"
        + r.choice(("ママは寝てる", "お兄ちゃんとけんかした", "大丈夫"))
        + "」と話した。",
        g=c.name_as(child, "given_only"),
        t=c.name_as(c.person(), "title"),
    )
    d.ln(
        "対応：" + c.other_date("md", 14) + "家庭訪問予定。{g}" + suffix + "の兄弟関係も確認する。",
        g=c.name_as(child, "given_only"),
    )
    d.ln("担当：{dep} {n}", dep=o("こども家庭課"), n=c.name(c.person(), ("kanji", "signature", "surname_only")))
    extra(c, d, r.randint(2, 4), "prose")


def disability_record(c: Ctx, d: Doc) -> None:
    r = c.rng
    p = c.person()
    d.ln("相談支援記録（" + r.choice(("計画相談", "基本相談", "モニタリング")) + "）")
    d.ln(
        "氏名：{n}　手帳：" + r.choice(("身体障害者手帳2級", "療育手帳A", "精神保健福祉手帳2級")) + " {x}",
        n=c.name(p, ("kanji", "fullwidth_space", "katakana", "hiragana")),
        x=c.field("番号", "DISABILITY_CERTIFICATE", NUM_INLINE, sep=" "),
    )
    d.ln(
        "{x}",
        x=c.field(
            "生年月日",
            "BIRTH_DATE",
            ("wareki", "seireki", "era_letter", "kanji_numerals", "age_with_date", "label_next_line"),
            lo=1960,
            hi=2005,
        ),
    )
    d.ln("{x}", x=c.field("受給者証番号", "DISABILITY_CERTIFICATE", NUM_FIELD))
    d.ln(
        "相談支援専門員：{n}（{o}）",
        n=c.name(c.person(), ("kanji", "signature", "title")),
        o=o(r.choice(("相談支援事業所つむぎ", "障害者生活支援センターあゆみ"))),
    )
    d.ln(
        c.other_date("slash", 40)
        + " 面談。"
        + r.choice(
            ("就労継続支援B型の利用を希望。", "グループホーム入居について母と相談。", "通院同行の回数を増やしたい。")
        )
    )
    fam = c.relative(p, "f")
    d.ln(
        "母 {m}さんの話では、"
        + r.choice(("夜間の不穏が増えている。", "最近は作業所に通えている。"))
        + "連絡は母の携帯 {t} へ。",
        m=c.name_as(fam, "relation"),
        t=c.val("PHONE_NUMBER", PHONE_INLINE),
    )
    d.ln("次回モニタリング " + c.other_date("wareki", 10))
    extra(c, d, r.randint(3, 5), "form")


def living_assistance(c: Ctx, d: Doc) -> None:
    r = c.rng
    p = c.person()
    d.ln("生活保護 ケース記録　地区担当 {n}", n=c.name(c.person(), ("surname_only", "signature", "kanji")))
    d.ln(
        "世帯主 {n}（{b}）",
        n=c.name(p, ("kanji", "fullwidth_space", "katakana", "name_with_age")),
        b=c.val("BIRTH_DATE", BIRTH_INLINE),
    )
    d.ln("{x}", x=c.field("基礎年金番号", "PENSION_NUMBER", NUM_FIELD))
    d.ln("{x}", x=c.field("個人番号", "MY_NUMBER", NUM_FIELD))
    d.ln(
        "保護費振込先 {b} {br} 普通 {x}",
        b=o(r.choice(pools.BANKS[:4])),
        br=r.choice(pools.BRANCHES),
        x=c.val("BANK_ACCOUNT", NUM_INLINE),
    )
    d.ln(
        c.other_date("wareki", 60)
        + " 訪問。"
        + r.choice(("室内は整理されている。", "電気が止まりそうとの訴え。", "就労について話し合う。"))
    )
    if r.random() < 0.6:
        q = c.relative(p, "m")
        d.ln(
            "長男 {g}（"
            + str(r.randint(18, 40))
            + "）が"
            + r.choice(("転職した", "市外へ転出予定", "アルバイトを始めた"))
            + "。{g2}の収入申告を"
            + c.other_date("md", 10)
            + "までに求める。",
            g=c.name_as(q, "relation"),
            g2=c.name_as(q, "given_only"),
        )
    d.ln("{h}の通院あり（医療券発行）。", h=o(r.choice(pools.HOSPITALS)))
    extra(c, d, r.randint(3, 5), "form")


def residence_procedure(c: Ctx, d: Doc) -> None:
    r = c.rng
    p = c.person(foreign=True)
    d.ln("外国人住民 窓口対応メモ　" + c.other_date("slash", 30))
    d.ln("手続：" + r.choice(("転入届（在留カード裏面記載）", "在留期間更新後の記載事項変更", "住所変更・国保加入")))
    d.ln("{x}", x=c.field("氏名（在留カードどおり）", "PERSON", ("romanized", "foreign_katakana"), p=p))
    d.ln(
        "国籍・地域：{co}　生年月日：{b}",
        co=loc(r.choice(pools.COUNTRIES)),
        b=c.val("BIRTH_DATE", ("iso", "slash", "seireki", "weekday", "short_year", "age_with_date"), lo=1975, hi=2003),
    )
    d.ln("{x}", x=c.field("在留カード番号", "RESIDENCE_CARD", ALNUM_FIELD))
    d.ln(
        "在留期間（満了日）："
        + c.other_date("seireki", 10)
        + "　在留資格："
        + r.choice(("技能実習", "特定技能1号", "家族滞在", "留学", "定住者"))
    )
    d.ln("{x}", x=c.field("旅券番号", "PASSPORT", ALNUM_FIELD))
    d.ln("勤務先：{co}", co=o(r.choice(pools.COMPANIES)))
    d.ln(
        "新住所：{a}",
        a=c.val("ADDRESS", ("katakana_building", "building_room", "hyphen", "plain", "ocr_spaced", "fullwidth")),
    )
    d.ln(
        "同行：{n}（会社の通訳）{t}",
        n=c.name(c.person(foreign=r.random() < 0.5), ("kanji", "foreign_katakana", "romanized", "katakana")),
        t=c.val("PHONE_NUMBER", PHONE_INLINE),
    )
    d.ln("※{g}さん本人は日本語少し可。やさしい日本語で説明。", g=c.name_as(p, "given_only"))
    extra(c, d, r.randint(3, 5), "form")


def phone_memo(c: Ctx, d: Doc) -> None:
    r = c.rng
    p = c.person(foreign=r.random() < 0.1)
    d.ln("☎ 電話受付メモ　" + c.other_date("md", 7) + " " + str(r.randint(9, 16)) + "時頃")
    d.ln(
        "相手：{n}" + r.choice(("さん", "様", "（本人）")),
        n=c.name(p, ("hiragana", "katakana", "halfwidth_kana", "surname_only", "foreign_katakana")),
    )
    d.ln("折り返し先：{t}", t=c.val("PHONE_NUMBER", ("dictated", "half_read", "kanji", "spaced", "plain")))
    d.ln("（聞き取り：{t}）", t=c.val("PHONE_NUMBER", ("dictated", "half_read")))
    d.ln(
        "用件："
        + r.choice(
            ("保険証が届かない", "督促状の金額について", "介護認定の結果がいつ出るか", "転居先に書類を送ってほしい")
        )
    )
    if r.random() < 0.6:
        d.ln(
            "番号を言われた：{x}",
            x=c.val(
                r.choice(("HEALTH_INSURANCE", "CARE_INSURANCE", "PENSION_NUMBER")),
                ("half_read", "kanji", "spaced", "plain", "nohyphen"),
            ),
        )
    if r.random() < 0.5:
        d.ln("転居先：{a}", a=c.val("ADDRESS", ("partial", "plain", "kanji_numerals", "rural", "kyoto", "hokkaido")))
    d.ln("受けた人：{n}", n=c.name(c.person(), ("surname_only", "signature")))
    extra(c, d, r.randint(3, 4), "chat")


def pension_consult(c: Ctx, d: Doc) -> None:
    r = c.rng
    p = c.person()
    d.ln("年金相談 記録票　相談日 " + c.other_date("wareki", 30))
    d.ln(
        "相談者：{n}（本人・" + str(r.randint(58, 75)) + "歳）",
        n=c.name(p, ("kanji", "fullwidth_space", "reading_parens", "name_with_age")),
    )
    d.ln(
        "{x}",
        x=c.field(
            "生年月日",
            "BIRTH_DATE",
            ("wareki", "gannen", "kanji_numerals", "era_letter", "label_next_line", "weekday"),
            lo=1950,
            hi=1967,
        ),
    )
    d.ln("{x}", x=c.field("基礎年金番号", "PENSION_NUMBER", NUM_FIELD))
    d.ln(
        "内容："
        + r.choice(("繰下げ受給の試算", "遺族年金の請求手続き", "保険料の未納期間の確認"))
        + "。{o}の予約を案内。",
        o=o("年金事務所"),
    )
    if r.random() < 0.5:
        d.ln(
            "配偶者 {g}（" + str(r.randint(55, 75)) + "）の番号も確認 → {x}",
            g=c.name_as(c.relative(p), "relation"),
            x=c.val("PENSION_NUMBER", NUM_INLINE),
        )
    d.ln("連絡先 {t}", t=c.val("PHONE_NUMBER", PHONE_INLINE))
    d.ln("対応 {dep} {n}", dep=o("保険年金課"), n=c.name(c.person(), ("surname_only", "signature", "kanji")))
    extra(c, d, r.randint(3, 4), "form")
