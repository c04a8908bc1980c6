"""Chat, foreign-resident, counter-memo and welfare documents."""

# Japanese template text counts double width for the line-length rule; the data reads better unwrapped.
# ruff: noqa: E501

from __future__ import annotations

from tests.eval.blind.model import Builder
from tests.eval.sixth import pools
from tests.eval.sixth.core import Gen

EMOJI = ["🙏", "💦", "😅", "👍", "！！", "(^^;", "🙇‍♀️", "✨", "…"]
ID_LABELS = {
    "MY_NUMBER": ["個人番号", "マイナンバー", "マイナ"], "RESIDENT_CODE": ["住民票コード", "住基コード"],
    "HEALTH_INSURANCE": ["保険証の番号", "被保険者番号", "記号番号"], "PENSION_NUMBER": ["基礎年金番号", "年金番号"],
    "DRIVER_LICENSE": ["免許証番号", "運転免許の番号"], "PASSPORT": ["旅券番号", "パスポート番号"],
    "RESIDENCE_CARD": ["在留カード番号", "在留カードの番号"], "BANK_ACCOUNT": ["口座番号", "振込先口座"],
    "CREDIT_CARD": ["カード番号", "クレカ番号"], "CARE_INSURANCE": ["介護保険の被保険者番号", "介護保険番号"],
    "DISABILITY_CERTIFICATE": ["手帳番号", "身体障害者手帳の番号", "療育手帳番号"],
    "PHONE_NUMBER": ["電話", "連絡先", "携帯"], "POSTAL_CODE": ["郵便番号", "〒"],
}


def t(g: Gen, restart: bool = False) -> str:
    """A clock that moves forward within a document (kept on the generator, so builds stay deterministic)."""
    if restart or g.clock > 17 * 60:
        g.clock = g.rng.randint(8 * 60, 15 * 60)
    g.clock += g.rng.randint(0, 25)
    return f"{g.clock // 60:02d}:{g.clock % 60:02d}"


def chat(g: Gen) -> Builder:
    b, rng = Builder(), g.rng
    mode = rng.choice([0, 1, 2, 3, 4, 5, 5])
    s1, s2 = g.person(), g.person(foreign=0.05)
    r = g.person(foreign=0.15)
    if mode == 0:
        b.line("[{t}] {a}: {s}さんの件、住所変更まだ反映されてないみたいです{e}", t=t(g, True), a=g.name(s1, "kanji"),
               s=g.name(r, "surname_only"), e=rng.choice(EMOJI))
        b.line("[{t}] {a}: 了解です。新住所は {ad} で合ってますか？", t=t(g), a=g.name(s2, "surname_only"), ad=g.address())
        b.line("[{t}] はい！連絡先は {tel} です", t=t(g), tel=g.phone("mobile"))
        if rng.random() < 0.35:
            b.line("[{t}] あ、ちがった{e}", t=t(g), e=rng.choice(EMOJI))
            b.line("{tel} でした", tel=g.phone())
        lab, v = g.some_id()
        b.line("[{t}] {l}は {v} で登録されてます", t=t(g), l=lab, v=v)
        b.line("[{t}] 課長に確認しておきます{e}", t=t(g), e=rng.choice(EMOJI))
    elif mode == 1:
        ent = g.ent(list(ID_LABELS))[0]
        b.line("こんにちは。{topic}のことで質問です", topic=rng.choice(["児童手当", "保育園", "国保", "年金", "医療費の助成"]))
        rel = rng.choice(["夫", "父", "息子"] if r.gender == "m" else ["妻", "母", "娘"])
        b.line("{rel}の{n}の{lab}は", rel=rel, n=g.name(r), lab=rng.choice(ID_LABELS[ent]))
        b.line("{v}", v=g.num(ent))
        b.line("これで合ってますか{e}", e=rng.choice(EMOJI))
        if rng.random() < 0.5:
            b.line("あと電話は{tel}です よろしくおねがいします", tel=g.phone("mobile"))
    elif mode == 2:
        b.line("@AI 以下の窓口記録を3行で要約して。個人名はそのままでいいです")
        b.line("---")
        b.line("来庁者：{n}", n=g.name(r))
        if rng.random() < 0.6:
            b.line("生年月日：{bd}", bd=g.birth())
        b.line("住所：〒{z} {ad}", z=g.num("POSTAL_CODE"), ad=g.address())
        ent = g.ent(list(ID_LABELS)[:11])[0]
        b.line("{lab}：{v}", lab=ID_LABELS[ent][0], v=g.num(ent))
        b.line("内容：{c}", c=rng.choice(["転居に伴う手続き一式", "保険料の分納相談", "証明書の郵送依頼", "手当の現況届"]))
        b.line("---")
        if rng.random() < 0.4:
            b.line("対応者 {s}", s=g.name(s1, "kanji"))
    elif mode == 5:
        b.line("[{t}] 照会お願いします{e}", t=t(g, True), e=rng.choice(EMOJI))
        for _ in range(rng.randint(1, 2)):
            lab, v = g.some_id()
            b.line("{l}：{v}", l=lab, v=v)
        b.line("窓口で聞き取ったので{x}", x=rng.choice(["間違ってたらすみません", "桁があってるか見てください", "本人は待合にいます"]))
        if rng.random() < 0.5:
            lab, v = g.some_id()
            b.line("[{t}] 追加でこれも → {v}（{l}）", t=t(g), v=v, l=lab)
    elif mode == 4:
        b.line("すみませーん、{x}申し込みしたいんですけど{e}", x=rng.choice(["粗大ごみの", "図書館カードの", "水道の開栓の"]),
               e=rng.choice(EMOJI))
        b.line("なまえは{n}です", n=g.name(r, rng.choice(["kanji", "kana"]) if not r.foreign else None))
        b.line("じゅうしょ {ad}", ad=g.address(natural=("hyphen", "building_room")))
        if rng.random() < 0.5:
            b.line("でんわ{tel}", tel=g.phone("mobile"))
        b.line("土曜でもだいじょぶですか？？")
    else:
        b.line("{a}「{s}さん、さっきの電話の人の番号メモしました？」", a=g.name(s1, "surname_only"),
               s=g.name(s2, "surname_only"))
        b.line("{a}「はい、{tel}です。{n}さんっていう{x}の方」", a=g.name(s2, "surname_only"), tel=g.phone(),
               n=g.name(r), x=rng.choice(["おばあちゃん", "男性", "若い女性", "外国籍"]))
        ent = g.ent(list(ID_LABELS)[:11])[0]
        b.line("「先ほどの番号ですが、念のため{lab}も聞いてます → {v}」",
               lab=rng.choice(ID_LABELS[ent]), v=g.num(ent))
        b.line("「ありがとう{e}」", e=rng.choice(EMOJI))
    return b


def foreign_resident(g: Gen) -> Builder:
    b, rng = Builder(), g.rng
    p = g.person(foreign=1.0)
    pl = g.place()
    nat = pools.NATIONALITY[p.origin]
    mode = rng.randrange(3)
    if mode == 0:
        b.line("【外国人住民相談記録】{dept}", dept=g.org(rng.choice(["多文化共生推進室", "市民課", "国際交流協会"])))
        b.line("相談者：{r}（{k}）さん　国籍：{nat}", r=g.name(p, "romanized"), k=g.name(p, "foreign_katakana"), nat=nat)
        b.line("在留カード番号：{rc}", rc=g.num("RESIDENCE_CARD"))
        if rng.random() < 0.7:
            b.line("旅券番号：{pp}（有効期限 {y}年{m}月）", pp=g.num("PASSPORT"), y=str(rng.randint(2026, 2034)),
                   m=str(rng.randint(1, 12)))
        b.line("生年月日：{bd}", bd=g.birth(natural=("slash", "seireki")))
        b.line("住所：{ad}", ad=g.address(pl, natural=("building_room", "hyphen")))
        lab, v = g.some_id(["MY_NUMBER", "HEALTH_INSURANCE", "PENSION_NUMBER", "BANK_ACCOUNT", "CREDIT_CARD",
                            "DRIVER_LICENSE", "RESIDENT_CODE"])
        b.line("{l}：{v}", l=lab, v=v)
        b.line("電話：{tel}", tel=g.phone("mobile"))
        b.line("内容：{c}。通訳は{org}に依頼。", c=rng.choice(["国民健康保険の加入手続き", "子どもの就学案内",
                                                      "在留期間更新に伴う住所確認", "児童手当の申請"]),
               org=g.org("NPO法人多文化共生ネット"))
    elif mode == 1:
        b.line("Name / 氏名: {r}", r=g.name(p, "romanized"))
        b.line("フリガナ: {k}", k=g.name(p, "foreign_katakana"))
        b.line("Nationality / 国籍: {nat}", nat=nat)
        b.line("Date of birth / 生年月日: {bd}", bd=g.birth(natural=("slash",)))
        b.line("Residence card No. / 在留カード番号: {rc}", rc=g.num("RESIDENCE_CARD"))
        b.line("Passport No.: {pp}", pp=g.num("PASSPORT"))
        lab, v = g.some_id(["MY_NUMBER", "HEALTH_INSURANCE", "PENSION_NUMBER", "BANK_ACCOUNT", "DRIVER_LICENSE"])
        b.line("{l}: {v}", l=lab, v=v)
        b.line("Address / 住所: 〒{z} {ad}", z=g.num("POSTAL_CODE", pl=pl), ad=g.address(pl))
        b.line("Tel: {tel}  E-mail: {m}", tel=g.phone("mobile"), m=g.email(p))
        if rng.random() < 0.5:
            b.line("Employer / 勤務先: {org}", org=g.org(rng.choice(pools.COMPANIES)))
    else:
        b.line("すみません、わたしは {nat}から きました。{k}です。", nat=nat, k=g.name(p, "foreign_katakana"))
        b.line("ざいりゅうカードの ばんごうは {rc} です。", rc=g.num("RESIDENCE_CARD"))
        b.line("こどもの {c} は {bd} うまれ です。", c=g.given(p),
               bd=g.birth(young=True))
        b.line("ほいくえんに はいりたいです。でんわは {tel} です。", tel=g.phone("mobile"))
        if rng.random() < 0.5:
            b.line("かいしゃの ひと {n}さんが てつだってくれます", n=g.name(g.person(), "surname_only"))
        b.line("よろしく おねがいします{e}", e=rng.choice(EMOJI))
    return b


def counter_memo(g: Gen) -> Builder:
    b, rng = Builder(), g.rng
    r, staff = g.person(foreign=0.1), g.person()
    pl = g.place()
    mode = rng.randrange(3)
    if mode == 2:
        topic = rng.choice(["苦情・要望", "納税相談"])
        b.line("【{x}】受付 {m}/{d} {t}", x=topic, m=str(rng.randint(1, 12)), d=str(rng.randint(1, 28)), t=t(g, True))
        if topic == "苦情・要望":
            b.line("{n}様（{town}在住）より、{c}との申し出。", n=g.name(r), town=g.loc(rng.choice(pools.TOWNS)),
                   c=rng.choice(["ごみ集積所のカラス被害を何とかしてほしい", "公園の街灯が切れたまま", "窓口の待ち時間が長すぎる",
                                 "隣の空き家の草が伸びて困る"]))
            b.line("回答を希望。連絡先 {tel}（日中）", tel=g.phone(pl=pl))
        else:
            b.line("{n}様　市県民税の滞納分 {a}円について分納を希望。勤務先 {org}。", n=g.name(r),
                   a=f"{rng.randint(5, 90) * 1000:,}", org=g.org(rng.choice(pools.COMPANIES)))
            lab, v = g.some_id(["BANK_ACCOUNT", "MY_NUMBER", "PENSION_NUMBER", "CREDIT_CARD"])
            b.line("{l}：{v}（引落し口座変更の相談あり）", l=lab, v=v)
        b.line("対応：{s}", s=g.name(staff, "surname_only"))
    elif mode == 0:
        b.line("【電話メモ】{m}/{d} {t}", m=str(rng.randint(1, 12)), d=str(rng.randint(1, 28)), t=t(g))
        b.line("相手：{n}様（{tel}）", n=g.name(r), tel=g.phone(pl=pl))
        b.line("用件：{x}", x=rng.choice(["住民票の写しの郵送請求", "粗大ごみの申込", "水道の開栓", "納税証明の送付",
                                        "図書館カードの再発行"]))
        b.line("送付先：〒{z} {ad}", z=g.num("POSTAL_CODE", pl=pl), ad=g.address(pl))
        ent = g.ent(list(ID_LABELS)[:11])[0]
        b.line("{lab}を聴取 → {v}（控え）", lab=ID_LABELS[ent][0], v=g.num(ent))
        if rng.random() < 0.4:
            b.line("折り返し先は携帯 {tel} がよいとのこと。{s}{t}まで", tel=g.phone("mobile"), s=g.name(staff, "title"),
                   t=rng.choice(["係長", "主任", "主査"]))
        else:
            b.line("{s}{t}対応済", s=g.name(staff, "title"), t=rng.choice(["係長", "主任", "主査"]))
    else:
        b.line("窓口来庁　{n}様　（{dept}）", n=g.name(r), dept=g.org(rng.choice(pools.DEPTS)))
        b.line("本人確認：運転免許証　{dl}", dl=g.num("DRIVER_LICENSE"))
        b.line("生年月日 {bd}　住所 {ad}", bd=g.birth(), ad=g.address(pl))
        lab, v = g.some_id()
        b.line("{l}　{v}", l=lab, v=v)
        b.line("請求：{x} {n}通", x=rng.choice(["住民票の写し", "戸籍謄本", "印鑑登録証明書", "課税証明書"]),
               n=str(rng.randint(1, 3)))
        if rng.random() < 0.5:
            fam = g.person()
            b.line("代理人：{n}（{rel}）連絡先 {tel}", n=g.name(fam), rel=rng.choice(["長男", "妻", "姉"]),
                   tel=g.phone())
        if rng.random() < 0.5:
            b.line("受付 {s}", s=g.name(staff, "surname_only"))
    return b


def welfare(g: Gen) -> Builder:
    b, rng = Builder(), g.rng
    mode = rng.randrange(4)
    worker = g.person()
    if mode == 0:
        p = g.person(foreign=0.05)
        b.line("介護認定調査票（概況調査）")
        b.line("被保険者番号　{c}", c=g.num("CARE_INSURANCE"))
        if rng.random() < 0.5:
            b.line("対象者氏名　{n}　（{k}）", n=g.name(p), k=g.name(p, "kana"))
        else:
            b.line("対象者氏名　{n}", n=g.name(p))
        b.line("生年月日　{bd}", bd=g.birth(old=True, natural=("wareki",)))
        b.line("現住所　{ad}", ad=g.address())
        b.line("家族連絡先　{rel} {n}　{tel}", rel=rng.choice(["長女", "長男", "次男の妻"]), n=g.name(g.person()),
               tel=g.phone())
        b.line("調査員　{s}（{org}）", s=g.name(worker), org=g.org(rng.choice(["ケアプランセンターつばさ",
                                                                       "合同会社あおば介護", "介護保険課"])))
        lab, v = g.some_id(["HEALTH_INSURANCE", "PENSION_NUMBER", "MY_NUMBER", "DISABILITY_CERTIFICATE",
                             "BANK_ACCOUNT", "RESIDENT_CODE"])
        b.line("{l}　{v}", l=lab, v=v)
        b.line("特記：独居。{x}", x=rng.choice(["物忘れが目立つ。", "屋内は伝い歩き。", "服薬管理に支援が必要。"]))
    elif mode == 1:
        p = g.person()
        b.line("障害福祉サービス　支給決定メモ")
        b.line("{n}さん　{bd}生", n=g.name(p), bd=g.birth())
        kind = rng.choice(["身体障害者手帳（{g}級）", "療育手帳（{g}）", "精神障害者保健福祉手帳（{g}級）"])
        grade = rng.choice(["A", "B1", "B2"]) if "療育" in kind else rng.choice(["1", "2", "3"])
        b.line(kind.replace("{g}", grade) + "　番号 {dc}", dc=g.num("DISABILITY_CERTIFICATE"))
        b.line("連絡先　{tel}", tel=g.phone())
        b.line("相談支援専門員の{s}さんより、{x}との報告あり。", s=g.name(worker, "surname_only"),
               x=rng.choice(["通所先を変更したい", "ヘルパーの時間を増やしたい", "家族の入院で在宅が難しい"]))
        b.line("基礎年金番号 {pn}（障害基礎年金受給中）", pn=g.num("PENSION_NUMBER"))
        lab, v = g.some_id()
        b.line("{l}：{v}", l=lab, v=v)
    elif mode == 2:
        p = g.person(foreign=0.1)
        b.line("生活保護　ケース記録　{y}年{m}月{d}日　訪問", y=str(rng.randint(2024, 2026)), m=str(rng.randint(1, 12)),
               d=str(rng.randint(1, 28)))
        b.line("世帯主　{n}（{age}歳）", n=g.name(p), age=str(rng.randint(30, 85)))
        b.line("{s}さんは体調不良で就労困難とのこと。{x}", s=g.name(p, "surname_only"),
               x=rng.choice(["通院同行を検討。", "家賃の滞納あり。", "娘との連絡が途絶えている。"]))
        b.line("収入申告：年金 {amt}円/月（年金番号 {pn}）", amt=f"{rng.randint(3, 12) * 10000:,}",
               pn=g.num("PENSION_NUMBER"))
        b.line("保護費振込先　{bank} {br} 普通 {acct}", bank=g.org(rng.choice(pools.BANKS)[0]),
               br=g.org(rng.choice(pools.BRANCHES)), acct=g.num("BANK_ACCOUNT", sub="acct"))
        lab, v = g.some_id()
        b.line("（{l} {v} 確認済）", l=lab, v=v)
        b.line("担当CW　{s}", s=g.name(worker, "kanji"))
    else:
        child, mother = g.person(), g.person(gender="f", foreign=0.15)
        b.line("児童相談　受理票")
        b.line("児童：{n}（{bd}生）", n=g.name(child), bd=g.birth(young=True))
        b.line("保護者：{n}　携帯 {tel}", n=g.name(mother), tel=g.phone("mobile"))
        b.line("住所：{ad}", ad=g.address())
        b.line("通告元：{org}の担任{s}先生", org=g.org(rng.choice(["市立東原小学校", "市立南台中学校", "さくら保育園"])),
               s=g.name(g.person(), "surname_only"))
        b.line("内容：{c}" + ("くん" if child.gender == "m" else "ちゃん") + "が{x}と話している。", c=g.given(child),
               x=rng.choice(["夕食を食べていない", "夜ひとりで留守番している", "母が泣いている"]))
        lab, v = g.some_id(["HEALTH_INSURANCE", "MY_NUMBER", "RESIDENT_CODE", "DISABILITY_CERTIFICATE", "PASSPORT",
                             "RESIDENCE_CARD"])
        b.line("{l}（{v}）の提示あり", l=lab, v=v)
    return b
