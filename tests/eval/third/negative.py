"""Hard negatives: no personal data at all, but many look-alike numbers, dates and codes."""

from __future__ import annotations

from tests.eval.blind.model import Builder
from tests.eval.third import values as V
from tests.eval.third.forms import Ctx
from tests.eval.third.render import fw

COMPANIES = [
    "株式会社ミライシステムズ",
    "株式会社北辰データ",
    "株式会社みどり建設",
    "有限会社さくら運送",
    "東都電設株式会社",
    "株式会社あおば印刷",
]
WEEK = "月火水木金土日"


def corporate_number(ctx: Ctx) -> str:
    """法人番号: 12 digits preceded by their check digit."""
    base = V.rand_digits(ctx.rng, 12, True)
    s = sum(int(d) * (1 if i % 2 == 0 else 2) for i, d in enumerate(reversed(base)))
    return str(9 - s % 9) + base


def _date(ctx: Ctx) -> str:
    r = ctx.rng
    return f"令和{r.randint(6, 8)}年{r.randint(1, 12)}月{r.randint(1, 28)}日（{ctx.pick(WEEK)}）"


def _population(ctx: Ctx) -> tuple[str, Builder]:
    b = Builder()
    r = ctx.rng
    b.line("{pl}　{y}年{m}月末現在の人口・世帯数", pl=ctx.loc(), y=str(r.randint(2020, 2025)), m=str(r.randint(1, 12)))
    b.line("| 地区 | 世帯数 | 男 | 女 | 計 | 前月比 |")
    b.line("|---|---:|---:|---:|---:|---:|")
    for area in r.sample(V.PLACES["district"], 3):
        m, f = r.randint(1000, 60000), r.randint(1000, 60000)
        b.line(
            f"| {{a}} | {(m + f) * 10 // r.randint(18, 26):,} | {m:,} | {f:,} | {m + f:,} | {r.randint(-90, 90):+d} |",
            a=ctx.loc(area),
        )
    b.line(f"外国人住民数は{r.randint(500, 9000):,}人で、前年同月比{round(r.uniform(0.5, 9.9), 1)}%増。")
    b.add(
        "資料番号 {d}　作成：{o}",
        d=f"{r.randint(2020, 2025)}{r.randint(1, 12):02d}{r.randint(1, 999999):06d}",
        o=ctx.dept(),
    )
    return "negative_statistics", b


def _counts(ctx: Ctx) -> tuple[str, Builder]:
    b = Builder()
    r = ctx.rng
    b.line("{o}　窓口相談件数（月別）", o=ctx.dept())
    b.line("月\t来庁\t電話\tメール\t平均待ち時間（分）")
    for m in r.sample(range(1, 13), 4):
        b.line(f"{m}月\t{r.randint(100, 3000):,}\t{r.randint(50, 2000):,}\t{r.randint(0, 400)}\t{r.randint(3, 95)}")
    b.line(
        f"要介護認定者数 {r.randint(3000, 40000):,}人（うち要介護{r.randint(1, 5)} {r.randint(100, 5000):,}人）、"
        f"65歳以上人口比 {round(r.uniform(20, 38), 1)}%"
    )
    b.add("集計：{o}　システムID {s}", o=ctx.dept(), s=V.rand_digits(r, 12, True))
    return "negative_statistics", b


def _closure(ctx: Ctx) -> tuple[str, Builder]:
    b = Builder()
    r = ctx.rng
    f = ctx.pick(V.PLACES["facility"])
    b.line("【お知らせ】{f}の臨時休館について", f=ctx.loc(f))
    b.line(
        f"{_date(ctx)}から{r.randint(3, 60)}日間、{ctx.pick(['空調設備', '屋根', '昇降機', '受変電設備'])}"
        "の改修工事のため臨時休館します。"
    )
    b.line(
        f"工事番号：R{r.randint(6, 8)}-{r.randint(100, 999)}-{r.randint(1000, 9999)}　"
        f"契約番号：{V.rand_digits(r, 12, True)}"
    )
    b.line(
        "休館中の予約・問い合わせは{o}の窓口で受け付けます。第{a}会議室の利用者は{g}をご利用ください。",
        o=ctx.dept(),
        a=str(r.randint(1, 6)),
        g=ctx.loc(ctx.pick([x for x in V.PLACES["facility"] if x != f])),
    )
    b.add("施工業者：{o}（法人番号 {c}）", o=ctx.org(ctx.pick(COMPANIES)), c=corporate_number(ctx))
    return "negative_notice", b


def _election(ctx: Ctx) -> tuple[str, Builder]:
    b = Builder()
    r = ctx.rng
    b.line("{o}からのお知らせ　期日前投票所の開設", o=ctx.org("選挙管理委員会"))
    for _ in range(r.randint(2, 4)):
        b.line(
            f"第{r.randint(1, 60)}投票区　{{f}}　{r.randint(8, 9)}:30～2"
            f"0:00　（{r.randint(1, 5)}階 {r.randint(101, 505)}号室）",
            f=ctx.loc(ctx.pick(V.PLACES["facility"])),
        )
    b.line(f"投票日：{_date(ctx)}　当日有権者数 {r.randint(50000, 400000):,}人（前回比 {r.randint(-3000, 3000):+,}人）")
    b.add("入場券を紛失した場合も、本人確認の上で投票できます。代理投票は係員が補助します。")
    return "negative_notice", b


def _maintenance(ctx: Ctx) -> tuple[str, Builder]:
    b = Builder()
    r = ctx.rng
    b.line(
        "【システム停止のお知らせ】{s}",
        s=ctx.pick(["住民情報システム", "電子申請サービス", "庁内LoGoチャット", "生成AI利用基盤"]),
    )
    b.line(f"停止日時：{_date(ctx)} {r.randint(18, 22)}:00 ～ 翌{r.randint(5, 8)}:00")
    b.line(
        f"作業内容：v{r.randint(2, 9)}.{r.randint(0, 20)}.{r.randint(0, 9)} "
        f"→ v{r.randint(10, 12)}.0.{r.randint(0, 5)} へ更新"
        f"（チケット #{r.randint(10000, 99999)}、ジョブID {V.rand_digits(r, 12, True)}）"
    )
    b.line(f"エラーコード E{r.randint(1000, 9999)}-{r.randint(10, 99)} が表示された場合は再読み込みしてください。")
    b.add("問い合わせは各課の情報化推進員を通じて{o}まで。", o=ctx.org("情報政策課"))
    return "negative_notice", b


def _mynumber_procedure(ctx: Ctx) -> tuple[str, Builder]:
    b = Builder()
    r = ctx.rng
    b.line(
        "{t}の手続き",
        t=ctx.pick(["マイナンバーカードの交付申請", "児童手当の認定請求", "転入届", "介護保険の認定申請"]),
    )
    b.line("1. 申請書の「個人番号」欄にマイナンバー（12桁）を記入してください。")
    b.line("2. 生年月日は和暦・西暦のいずれでも構いません。")
    b.line("3. 本人確認書類（運転免許証、在留カード、旅券など）をお持ちください。")
    b.line(f"4. 代理人の場合は委任状（様式第{r.randint(1, 30)}号）が必要です。")
    b.line(
        f"根拠法令：行政手続における特定の個人を識別するための番号の利用等に関する"
        f"法律（平成25年法律第27号）第{r.randint(2, 20)}条"
    )
    b.add(
        f"受付窓口：{{o}}（{{f}}{r.randint(1, 4)}階 {r.randint(1, 20)}番窓口）", o=ctx.dept(), f=ctx.loc("市役所本庁舎")
    )
    return "negative_procedure", b


def _account_procedure(ctx: Ctx) -> tuple[str, Builder]:
    b = Builder()
    r = ctx.rng
    b.line("口座振替の申込方法（{o}）", o=ctx.org("収納課"))
    b.line(
        "・口座番号は7桁で、右詰めで記入してください。ゆうちょ銀行の場合は記号（5桁）と番号（最大8桁）を記入します。"
    )
    b.line("・届出印は金融機関に届け出た印鑑を押してください。")
    b.line(
        f"・振替開始は申込から約{r.randint(1, 3)}か月後です。振替日"
        f"は毎月{r.randint(10, 28)}日（休日の場合は翌営業日）。"
    )
    b.line(f"・対象：市県民税（普通徴収）、固定資産税、国民健康保険税、介護保険料など{r.randint(5, 9)}税目")
    b.add("取扱金融機関：{a}、{c}ほか", a=ctx.org(ctx.pick(["みなと銀行", "北辰信用金庫"])), c=ctx.org("ゆうちょ銀行"))
    return "negative_procedure", b


def _foreign_procedure(ctx: Ctx) -> tuple[str, Builder]:
    b = Builder()
    r = ctx.rng
    b.line("外国人住民の方へ：在留カードに関する届出")
    b.line("転入した日から14日以内に、在留カードを持って{o}で転入届をしてください。", o=ctx.dept())
    b.line("在留期間の更新は{o}で行います。更新の申請は満了の3か月前からできます。", o=ctx.org("出入国在留管理局"))
    b.line("在留カード番号は英字2文字・数字8桁・英字2文字です。申請書の番号欄にそのまま写してください。")
    b.add(
        f"多言語の案内（{ctx.pick(['やさしい日本語', 'ベトナム語', 'ポルトガル語', 'ネパール語'])}版"
        f"）は第{r.randint(1, 9)}版です。"
    )
    return "negative_procedure", b


def _budget(ctx: Ctx) -> tuple[str, Builder]:
    b = Builder()
    r = ctx.rng
    b.line("令和{y}年度　{o}　予算概要（単位：千円）", y=str(r.randint(6, 8)), o=ctx.dept())
    b.line("款\t項\t目\t本年度\t前年度\t比較")
    for it in r.sample(
        [
            "民生費\t社会福祉費\t障害者福祉費",
            "衛生費\t保健衛生費\t予防費",
            "教育費\t小学校費\t学校管理費",
            "総務費\t総務管理費\t電子計算費",
            "民生費\t児童福祉費\t児童措置費",
        ],
        3,
    ):
        a, p = r.randint(10000, 9999999), r.randint(10000, 9999999)
        b.line(f"{it}\t{a:,}\t{p:,}\t{a - p:,}")
    b.line(
        f"主な事業：{ctx.pick(['生成AI利活用推進事業', '窓口DX推進事業', '多文化共生推進事業'])}"
        f"（事業コード {r.randint(10, 99)}-{r.randint(100, 999)}-{r.randint(10, 99)}）"
    )
    b.add(
        f"債務負担行為限度額 {r.randint(10**7, 10**10):,}円（{{pl}}所在の{{f}}改修分）",
        pl=ctx.loc(kind="district"),
        f=ctx.loc(kind="facility"),
    )
    return "negative_budget", b


def _subsidy(ctx: Ctx) -> tuple[str, Builder]:
    b = Builder()
    r = ctx.rng
    b.line("令和{y}年度　補助金交付決定一覧", y=str(r.randint(6, 7)))
    b.line("| 交付先 | 法人番号 | 交付決定額（円） | 決定番号 |")
    b.line("|---|---|---:|---|")
    for c in r.sample(COMPANIES, 3):
        b.line(
            f"| {{o}} | {corporate_number(ctx)} | {r.randint(100, 5000) * 1000:,}"
            f" | {r.randint(6, 7)}産第{r.randint(100, 999)}号 |",
            o=ctx.org(c),
        )
    b.add(
        f"根拠：{{pl}}中小企業振興補助金交付要綱（令和{r.randint(2, 5)}年告示第{r.randint(10, 200)}号）", pl=ctx.loc()
    )
    return "negative_budget", b


def _faq(ctx: Ctx) -> tuple[str, Builder]:
    b = Builder()
    r = ctx.rng
    b.line(f"よくある質問（FAQ番号 Q{r.randint(100, 999)}）")
    b.line("Q. マイナンバーを忘れた場合はどうすればよいですか。")
    b.line(
        f"A. 個人番号が記載された住民票の写しを{{o}}で請求できます。手数料は1通{ctx.pick([200, 300, 350])}円です。",
        o=ctx.org("市民課"),
    )
    b.line("Q. 在留カードの番号はどこに書いてありますか。")
    b.line("A. カード表面の右上に、英字2文字・数字8桁・英字2文字の計12桁で記載されています。")
    b.line("Q. 被保険者証の記号・番号は申請書に書く必要がありますか。")
    b.add(
        f"A. 令和6年12月2日以降は記入不要です（様式第{r.randint(1, 20)}号の改正、"
        f"v{r.randint(1, 4)}.{r.randint(0, 12)}.{r.randint(0, 9)}版）。"
    )
    return "negative_faq", b


def _ai_faq(ctx: Ctx) -> tuple[str, Builder]:
    b = Builder()
    r = ctx.rng
    b.line("生成AI利用ガイドライン　Q&A（第{v}版）", v=str(r.randint(2, 5)))
    b.line("Q. 住民の氏名や住所を入力してもよいですか。")
    b.line("A. いいえ。個人情報、特にマイナンバー・住民票コード・被保険者番号は入力しないでください。")
    b.line("Q. 課長の決裁は必要ですか。")
    b.line(
        f"A. 新しい用途で使う場合は所属長の承認を得て、{{o}}に届け出てください（届出様式 AI-{r.randint(1, 9):02d}）。",
        o=ctx.org("情報政策課"),
    )
    b.add(f"利用状況：{r.randint(20, 90)}課・{r.randint(200, 2500):,}人が利用、月間{r.randint(10000, 900000):,}件。")
    return "negative_faq", b


def _minutes(ctx: Ctx) -> tuple[str, Builder]:
    b = Builder()
    r = ctx.rng
    b.line(
        f"{ctx.pick(['厚生', '総務', '文教'])}委員会　会議要旨（{_date(ctx)}　{{f}}第{r.randint(1, 6)}会議室）",
        f=ctx.loc("市役所本庁舎"),
    )
    b.line(f"○委員長　ただいまから委員会を開会します。議案第{r.randint(10, 90)}号を議題とします。")
    b.line(
        f"○課長　本案は、{{o}}が所管する手数料条例の一部改正です。改正後の手数料は{r.randint(2, 30) * 100}円です。",
        o=ctx.dept(),
    )
    b.line("○委員　対象件数は年間何件を見込んでいるか。")
    b.line(f"○課長　前年度実績で{r.randint(100, 90000):,}件、うちオンライン申請は{r.randint(5, 80)}%です。")
    b.add("○委員長　採決の結果、全員賛成により原案のとおり可決されました。")
    return "negative_minutes", b


def _staff_meeting(ctx: Ctx) -> tuple[str, Builder]:
    b = Builder()
    r = ctx.rng
    b.line(f"庁内連絡会議メモ（{_date(ctx)}）")
    b.line("出席：{a}長、{c}長、{d}担当係長、事務局", a=ctx.dept(), c=ctx.dept(), d=ctx.dept())
    b.line(f"1. 窓口の混雑対策：発券機の番号を{r.randint(1, 4)}系統に分ける。目標待ち時間{r.randint(10, 30)}分以内。")
    b.line(f"2. 文書番号の付番：{r.randint(6, 8)}総第{r.randint(1000, 9999)}-{r.randint(100, 999)}号の形式に統一する。")
    b.add(f"3. 次回は{_date(ctx)}、{{f}}{r.randint(1, 5)}階大会議室で開催。", f=ctx.loc("市役所本庁舎"))
    return "negative_minutes", b


def _procurement(ctx: Ctx) -> tuple[str, Builder]:
    b = Builder()
    r = ctx.rng
    b.line("物品購入伺い")
    b.line(
        f"発注番号：{V.rand_digits(r, 12, True)}　見積番号：{V.rand_digits(r, 4, True)}-{V.rand_digits(r, 4)}-"
        f"{V.rand_digits(r, 4)}"
    )
    b.line(
        f"品名：{ctx.pick(['ノートPC', 'タブレット端末', '複合機', '窓口用発券機'])}（型番 NX-{r.randint(1000, 9999)}"
        f"{ctx.pick('ABCZ')}）×{r.randint(2, 80)}台　単価 {r.randint(80000, 250000):,}円"
    )
    b.line(f"OS：Windows 11 Pro 23H2　ビルド 22631.{r.randint(1000, 4999)}　保守期間 {r.randint(3, 7)}年")
    num = V.rand_digits(r, 10, True)
    b.line(f"介護保険事業所番号（参考）：{fw(num) if r.random() < 0.3 else num}")
    b.line("納入場所：{f}", f=ctx.loc(kind="facility"))
    b.add("契約相手方：{o}（法人番号 {c}）　担当課長決裁", o=ctx.org(ctx.pick(COMPANIES)), c=corporate_number(ctx))
    return "negative_procurement", b


def _bid(ctx: Ctx) -> tuple[str, Builder]:
    b = Builder()
    r = ctx.rng
    b.line(
        f"入札結果（案件番号 {r.randint(2024, 2026)}{V.rand_digits(r, 8)}）　{{pl}}{{f}}改修工事",
        pl=ctx.loc(kind="district"),
        f=ctx.loc(kind="facility"),
    )
    b.line(f"予定価格 {r.randint(10**7, 10**9):,}円（税抜）　最低制限価格 非公表")
    for c in r.sample(COMPANIES, 3):
        b.line(f"{{o}}　{r.randint(10**7, 10**9):,}円", o=ctx.org(c))
    b.add(f"落札率 {round(r.uniform(80, 99.9), 2)}%　開札日 {_date(ctx)}")
    return "negative_procurement", b


GENS = [
    _population,
    _counts,
    _closure,
    _election,
    _maintenance,
    _mynumber_procedure,
    _account_procedure,
    _foreign_procedure,
    _budget,
    _subsidy,
    _faq,
    _ai_faq,
    _minutes,
    _staff_meeting,
    _procurement,
    _bid,
]


def docs(ctx: Ctx, n: int) -> list[tuple[str, Builder]]:
    return [GENS[i % len(GENS)](ctx) for i in range(n)]
