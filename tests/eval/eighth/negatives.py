"""Hard negatives: text a city really sends that holds no personal value but looks as if it might."""

from __future__ import annotations

from tests.eval.blind.model import Builder
from tests.eval.eighth import pools
from tests.eval.eighth.asks import ask
from tests.eval.eighth.values import Factory, mod11_check


def corporate_number(f: Factory) -> str:
    """A 法人番号: 12 digits and a leading check digit (public, not personal)."""
    base = str(f.rng.randint(1, 9)) + f.digits(11)
    total = sum(int(d) * (1 if i % 2 == 0 else 2) for i, d in enumerate(reversed(base)))
    return str(9 - total % 9) + base


def jan(f: Factory) -> str:
    body = f.pick(("45", "49")) + f.digits(10)
    total = sum(int(d) * (1 if i % 2 == 0 else 3) for i, d in enumerate(body))
    return body + str((10 - total % 10) % 10)


def tracking(f: Factory) -> str:
    """A 12-digit tracking number that fails the マイナンバー check digit."""
    body = f.digits(11)
    bad = str((int(mod11_check(body)) + f.rng.randint(1, 8)) % 10)
    n = body + bad
    return f"{n[:4]}-{n[4:8]}-{n[8:]}"


def statistics(f: Factory) -> Builder:
    b = Builder()
    b.line(ask(f, "この表から読み取れる傾向を3行で", "前年比を計算して表にして"))
    b.line(
        "{c} 地区別人口・世帯数（{y}年{m}月末現在）",
        c=f.city_loc(),
        y=str(f.rng.randint(2023, 2025)),
        m=str(f.rng.randint(1, 12)),
    )
    b.line("地区\t人口\t世帯数\t65歳以上比率")
    for town in f.rng.sample(f.city.towns, 4):
        pop = f.rng.randint(2000, 40000)
        b.line(
            "{t}\t{p}\t{h}\t{r}%",
            t=f.loc(town),
            p=f"{pop:,}",
            h=f"{int(pop * f.rng.uniform(0.38, 0.56)):,}",
            r=f"{f.rng.uniform(18, 45):.1f}",
        )
    b.line("出典：{o}", o=f.org(f.city.name + "市民課"))
    return b


def budget(f: Factory) -> Builder:
    b = Builder()
    b.line(ask(f, "議会説明用に増減理由の文案を作って"))
    b.line(
        "{c} 令和{y}年度 一般会計予算（{o}所管分）　単位：千円", c=f.city_loc(), y=str(f.rng.randint(6, 8)), o=f.dept()
    )
    for item in f.rng.sample(
        (
            "生活保護費",
            "障害者自立支援給付費",
            "児童手当",
            "介護保険事業特別会計繰出金",
            "就学援助費",
            "救急業務費",
            "選挙費",
            "戸籍住民基本台帳費",
        ),
        4,
    ):
        now = f.rng.randint(10000, 9000000)
        before = now - f.rng.randint(-90000, 90000)
        b.line("{i}\t{a}\t前年度 {p}\t増減 {d}", i=item, a=f"{now:,}", p=f"{before:,}", d=f"{now - before:+,}")
    b.line(
        "※{o}の補助率 {r}/4",
        o=f.org(f.pick(("国", "厚生労働省", "こども家庭庁", f.city.pref))),
        r=str(f.rng.randint(1, 3)),
    )
    return b


def ordinance(f: Factory) -> Builder:
    b = Builder()
    b.line(ask(f, "この条文をやさしい言葉で説明して", "改正前後の違いを表にして"))
    b.line(
        "{c}{t}（令和{y}年{c2}条例第{n}号）",
        c=f.city_loc(),
        t=f.pick(("個人情報保護法施行条例", "手数料条例", "災害弔慰金の支給等に関する条例", "介護保険条例")),
        y=str(f.rng.randint(3, 7)),
        c2=f.city_loc(),
        n=str(f.rng.randint(1, 60)),
    )
    for old, new in f.rng.sample(
        (("300円", "350円"), ("7日", "14日"), ("実施機関", "市長等"), ("第2号", "第3号"), ("10年", "5年")), 3
    ):
        b.line(
            "第{a}条第{p}項中「{x}」を「{z}」に改める。",
            a=str(f.rng.randint(2, 40)),
            p=str(f.rng.randint(1, 5)),
            x=old,
            z=new,
        )
    b.line(
        "附則　この条例は、令和{y}年4月1日から施行する。根拠：{o}",
        y=str(f.rng.randint(7, 9)),
        o=f.org(f.pick(("総務省", "厚生労働省", "個人情報保護委員会"))),
    )
    return b


def reference_numbers(f: Factory) -> Builder:
    b = Builder()
    b.line(ask(f, "この通知の要点をまとめて", "起案の件名と文書番号を確認して"))
    pref = f.city.name[0]
    b.line(
        "文書番号　{p}福第{n}号　（令和{y}年{m}月{d}日）",
        p=pref,
        n=str(f.rng.randint(100, 9999)),
        y=str(f.rng.randint(6, 7)),
        m=str(f.rng.randint(1, 12)),
        d=str(f.rng.randint(1, 28)),
    )
    b.line(
        "案件番号 {y}-{n:}　発注番号 PO{o}　契約番号 第{k}号",
        y=str(f.rng.randint(2024, 2026)),
        n=f"{f.rng.randint(1, 99999):05d}",
        o=f.digits(8),
        k=str(f.rng.randint(100, 999)),
    )
    b.line("追跡番号 {t}（{o}）", t=tracking(f), o=f.org(f.pick(("日本郵便", "ヤマト運輸", "佐川急便"))))
    b.line(
        "照会番号 {n}　問合せ番号 {q}",
        n=str(f.rng.randint(1, 9)) + f.digits(9),
        q=f"{f.rng.randint(100, 999)}-{f.digits(4)}",
    )
    b.line("発出元：{o}　宛先：{t}", o=f.org(f.city.name + f.pick(("福祉部", "総務部", "子ども未来部"))), t=f.dept())
    return b


def business_codes(f: Factory) -> Builder:
    b = Builder()
    b.line(ask(f, "この事業所一覧を種別ごとに表にして"))
    b.line("指定事業所一覧（{c}）", c=f.city_loc())
    for _ in range(f.rng.randint(3, 4)):
        name = f.org(
            f.pick(("社会福祉法人", "株式会社", "医療法人社団", "NPO法人"))
            + f.pick(("あおば会", "みなとケア", "ひかり苑", "さくら福祉会", "北斗メディカル"))
        )
        b.line(
            "{n}\t法人番号 {c}\t事業所番号 {j}\t{s}",
            n=name,
            c=corporate_number(f),
            j=f.digits(2) + f.pick(("7", "1")) + f.digits(7),
            s=f.pick(("訪問介護", "通所介護", "居宅介護支援", "就労継続支援B型")),
        )
    b.line("医療機関コード {m}（{o}）", m=f.digits(2) + "1" + f.digits(7), o=f.org(f.city.name[:-1] + "中央病院"))
    return b


def products(f: Factory) -> Builder:
    b = Builder()
    b.line(ask(f, "見積比較の表にして", "この備品リストで予算内に収まるか見て"))
    b.line("備品購入見積（{o}）", o=f.org(f.city.name + f.pick(("消防局", "教育委員会", "市民課"))))
    for item in f.rng.sample(
        ("AED", "タブレット端末", "レーザープリンタ", "担架", "防災用毛布", "モバイルルーター"), 3
    ):
        b.line(
            "{i}　型番 {m}-{n}　JAN {j}　単価 {p}円　数量 {q}",
            i=item,
            m=f.pick(("KX", "PT", "AD", "LBP", "MR")),
            n=f"{f.rng.randint(100, 9999)}{f.pick(('', 'A', 'J', 'SE'))}",
            j=jan(f),
            p=f"{f.rng.randint(2, 400) * 1000:,}",
            q=str(f.rng.randint(1, 40)),
        )
    b.line("納品先：{o}", o=f.org(f.city.name + "役所 本庁舎"))
    return b


def events(f: Factory) -> Builder:
    b = Builder()
    b.line(ask(f, "広報用に日程を表にして", "この日程をカレンダー用に整理して"))
    for _ in range(f.rng.randint(3, 4)):
        b.line(
            "・{d} {t}　{e}　会場：{v}",
            d=f.recent(2026),
            t=f"{f.rng.randint(9, 18)}:00",
            e=f.pick(
                ("認知症サポーター養成講座", "就学時健康診断", "防災訓練", "期日前投票開始", "確定申告相談会", "献血")
            ),
            v=f.org(
                f.pick(
                    (
                        f.city.name + "民会館",
                        f.city.name + "総合体育館",
                        f.city.name[:-1] + "公民館",
                        "市役所本庁舎 大会議室",
                    )
                )
            ),
        )
    b.line("申込締切：{d}　定員{n}名（先着順）", d=f.recent(2026), n=str(f.rng.randint(20, 200)))
    return b


def care_levels(f: Factory) -> Builder:
    b = Builder()
    b.line(ask(f, "この事例を研修用に要約して", "ケース会議資料の匿名化チェックをして"))
    b.line(
        "事例{n}：{a}代{s}、{h}。要介護{k}（認定有効期間 {d1}～{d2}）。",
        n=str(f.rng.randint(1, 9)),
        a=str(f.rng.randint(6, 9) * 10),
        s=f.pick(("女性", "男性")),
        h=f.pick(("独居", "長男と同居", "高齢夫婦世帯")),
        k=str(f.rng.randint(1, 5)),
        d1=f.recent(2025),
        d2=f.recent(2027),
    )
    b.line(
        "区分支給限度基準額 {x}単位のうち{y}単位を利用。自己負担{r}割。",
        x=f"{f.rng.choice((16765, 19705, 27048, 30938, 36217)):,}",
        y=f"{f.rng.randint(8000, 16000):,}",
        r=str(f.rng.randint(1, 3)),
    )
    b.line(
        "A氏の主な介護者は長男の妻。{o}の訪問看護を週{w}回。",
        o=f.org(f.pick(("ひかり訪問看護ステーション", "みなと訪問看護"))),
        w=str(f.rng.randint(1, 3)),
    )
    b.line("地域：{l}　担当：{o}", l=f.loc(f.pick(f.city.towns)), o=f.org(f.city.name + "地域包括支援センター"))
    return b


def timetable(f: Factory) -> Builder:
    b = Builder()
    b.line(ask(f, "この時刻表を見やすく表にして", "庁舎行きの便だけ抜き出して"))
    stops = [
        f.loc(f.city.name[:-1] + "駅"),
        f.loc(f.pick(f.city.towns) + "入口"),
        f.loc(f.city.name + "役所前"),
        f.loc("市民病院前"),
    ]
    b.line(
        "コミュニティバス {r}線（{o}）", r=f.pick(("東", "西", "南循環", "北部")), o=f.org(f.city.name[:-1] + "交通")
    )
    for s in stops:
        h = f.rng.randint(6, 9)
        b.line(
            "{s}\t{a}\t{c}\t{e}",
            s=s,
            a=f"{h}:{f.rng.randint(0, 59):02d}",
            c=f"{h + 2}:{f.rng.randint(0, 59):02d}",
            e=f"{h + 5}:{f.rng.randint(0, 59):02d}",
        )
    b.line("※土日祝は運休。運賃 大人{y}円", y=str(f.pick((100, 150, 200))))
    return b


def agenda(f: Factory) -> Builder:
    b = Builder()
    b.line(ask(f, "会議次第を清書して", "この次第から所要時間の割り振りを提案して"))
    b.line(
        "{t}　次第　{d}　{p}",
        t=f.pick(("庁内DX推進会議", "生成AI利用検討部会", "個人情報保護審議会", "地域福祉計画策定委員会")),
        d=f.recent(2026),
        p=f.org(f.city.name + "役所 第2会議室"),
    )
    for i, dept in enumerate(f.rng.sample(pools.DEPARTMENTS, 4), 1):
        b.line(
            "{i}. {d}より報告（{x}）", i=str(i), d=f.org(dept), x=f.pick(("利用状況", "課題", "今後の予定", "予算要求"))
        )
    b.line(
        "資料：{o}ガイドライン（第{v}版）",
        o=f.org(f.pick(("デジタル庁", "総務省", "個人情報保護委員会"))),
        v=str(f.rng.randint(1, 4)),
    )
    return b


def policy_summary(f: Factory) -> Builder:
    b = Builder()
    b.line(ask(f, "以下を要約して", "英語とやさしい日本語に訳して"))
    b.add(
        "{c}では、令和{y}年{m}月から{x}を開始します。",
        c=f.city_loc(),
        y=str(f.rng.randint(7, 8)),
        m=str(f.rng.randint(1, 12)),
        x=f.pick(
            ("高齢者の補聴器購入費助成", "子どもの医療費助成の18歳までの拡大", "オンライン転出届", "ごみ分別アプリ")
        ),
    )
    b.add(
        "対象は{a}歳以上の市民で、上限は{y}円です。", a=str(f.rng.randint(18, 75)), y=f"{f.rng.randint(1, 50) * 1000:,}"
    )
    b.line("申請は{o}の窓口または電子申請で受け付けます。", o=f.dept())
    b.line(
        "詳しくは市報{m}月号、または{o}のホームページをご覧ください。",
        m=str(f.rng.randint(1, 12)),
        o=f.org(f.city.name + "役所"),
    )
    return b


NEGATIVE_KINDS = {
    "negative_statistics": (statistics, 11),
    "negative_budget": (budget, 9),
    "negative_ordinance": (ordinance, 9),
    "negative_reference_numbers": (reference_numbers, 11),
    "negative_business_codes": (business_codes, 11),
    "negative_products": (products, 10),
    "negative_events": (events, 9),
    "negative_care_levels": (care_levels, 11),
    "negative_timetable": (timetable, 8),
    "negative_agenda": (agenda, 9),
    "negative_policy": (policy_summary, 9),
}
