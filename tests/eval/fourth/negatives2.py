"""More hard negatives: varied notices, FAQ pools, receipts with 12-digit numbers, job titles without names."""

from __future__ import annotations

from tests.eval.blind.model import Builder

from .common import when
from .gen import Gen

DISTRICTS = ("中央地区", "北部地区", "南部地区", "東部地区", "西部地区", "駅東地区", "山手地区", "臨海地区")

FAQ_POOL = (
    ("マイナンバーカードの暗証番号を忘れました。", "本人確認書類をお持ちのうえ、市民課窓口で再設定してください。"),
    ("通知カードしかありません。", "通知カードは記載事項に変更がない場合に限り、番号確認書類として使えます。"),
    ("保険証の記号・番号を電話で教えてもらえますか。", "お電話ではお答えできません。窓口か郵送でご請求ください。"),
    ("介護保険の被保険者番号は何桁ですか。", "10桁です。被保険者証の上段に記載されています。"),
    ("口座振替の開始までどのくらいかかりますか。", "金融機関での確認に1～2か月かかります。"),
    ("転出届はオンラインでできますか。", "マイナポータルから24時間申請できます（マイナンバーカードが必要）。"),
    ("住民票コードとは何ですか。", "住民基本台帳ネットワークで使う11桁の番号です。通常の手続きでは記入不要です。"),
    ("運転免許証の番号は書く必要がありますか。", "本人確認書類として提示いただくだけで、番号の記入は不要です。"),
    ("障害者手帳の更新はいつですか。", "精神障害者保健福祉手帳は2年ごとに更新が必要です。"),
    ("外国語の申請書はありますか。", "英語・中国語・韓国語・ベトナム語・ポルトガル語の様式があります。"),
    ("手数料はいくらですか。", "住民票の写しは1通300円、コンビニ交付は1通200円です。"),
    ("代理人でも申請できますか。", "委任状と代理人の本人確認書類があれば申請できます。"),
)


def _faq_pool(g: Gen) -> Builder:
    r, b = g.rng, Builder()
    b.line(r.choice(("よくあるご質問（市民課）", "FAQ：各種証明書", "Q&A　マイナンバー関連", "お問い合わせの多い質問")))
    for q, a in r.sample(FAQ_POOL, r.randint(4, 7)):
        b.line(f"Q{r.choice(('.', '：', ''))} {q}")
        b.line(f"A{r.choice(('.', '：', ''))} {a}")
    if r.random() < 0.5:
        b.line("※詳しくは{o}のページをご覧ください（ページ番号 {n}）".replace("{n}", str(r.randint(1000, 99999))),
               o=g.city_org())
    return b


def _receipt(g: Gen) -> Builder:
    r, b = g.rng, Builder()
    b.line("電子申請 到達確認")
    b.line(f"到達番号：{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(1000, 9999)}")
    b.line(f"受付番号：{r.randint(100000000000, 999999999999)}")
    b.line(f"手続名：{r.choice(('児童手当 現況届', '犬の登録事項変更', '粗大ごみ収集申込', '施設予約'))}")
    b.line(f"到達日時：{when(r)} {r.randint(8, 23)}:{r.randint(0, 59):02d}")
    b.line(f"様式バージョン：{r.randint(1, 5)}.{r.randint(0, 9)}.{r.randint(0, 20)}")
    b.line("※到達番号は問い合わせの際に必要です。個人番号とは異なります。")
    b.line("担当：{o}（担当係長）", o=g.city_org())
    return b


def _class_notice(g: Gen) -> Builder:
    r, b = g.rng, Builder()
    topic = r.choice(("はじめてのスマホ教室", "介護予防体操教室", "日本語教室（初級）", "離乳食講習会", "防災講座"))
    b.line(f"【参加者募集】{topic}")
    b.line(f"日程：{when(r)}、{when(r)}（全{r.randint(2, 6)}回）　{r.randint(9, 14)}:00～{r.randint(15, 17)}:00")
    room = r.choice(("研修室A", "和室", "調理実習室", "多目的ホール"))
    b.line("会場：{l} {n}".replace("{n}", f"{r.randint(1, 3)}階 {room}"),
           l=g.loc(r.choice(("北公民館", "南部地区センター", "市民会館", "総合体育館", "中央図書館"))))
    b.line(f"定員：{r.randint(10, 40)}人（先着順）　参加費：{r.choice(('無料', '500円', '1,000円（材料費）'))}")
    b.line(f"対象：市内在住・在勤の{r.choice(('65歳以上の方', '方', '生後5～8か月の子の保護者', '外国籍の方'))}")
    b.line("講師：{o} 職員（保健師・管理栄養士）",
           o=g.org(r.choice(("保健センター", "社会福祉協議会", "国際交流協会"))))
    b.line(f"申込：{when(r)}までに電子申請（手続ID {r.randint(100000, 999999)}）で")
    return b


def _crowding(g: Gen) -> Builder:
    r, b = g.rng, Builder()
    b.line("{o} 窓口混雑状況（時間帯別 平均待ち時間）", o=g.org(r.choice(("市民課", "保険年金課", "税務課"))))
    b.line("時間帯\t月\t火\t水\t木\t金")
    for h in range(9, 17, 2):
        b.line(f"{h}:00-{h + 2}:00\t" + "\t".join(f"{r.randint(5, 90)}分" for _ in range(5)))
    b.line(f"発券機番号 {r.randint(1, 4)}～{r.randint(5, 9)}番、最大待ち人数 {r.randint(20, 80)}人（{when(r)}）")
    return b


def _district_stats(g: Gen) -> Builder:
    r, b = g.rng, Builder()
    b.line(f"地区別 要介護認定者数（{when(r)}現在）")
    b.line("| 地区 | 認定者数 | 前年比 | 地域包括支援センター数 |")
    b.line("|---|---|---|---|")
    for d in r.sample(DISTRICTS, 5):
        b.line("| {d} | " + f"{r.randint(300, 5000):,} | {r.uniform(-5, 9):+.1f}% | {r.randint(1, 3)} |", d=g.loc(d))
    b.line(f"合計 {r.randint(9000, 20000):,}人。事業所番号（10桁）は別紙の事業所一覧参照。")
    return b


def _supplementary_budget(g: Gen) -> Builder:
    r, b = g.rng, Builder()
    account = r.choice(("一般会計", "国民健康保険特別会計", "介護保険特別会計"))
    b.line(f"令和7年度 {account} 補正予算（第{r.randint(1, 6)}号）の概要")
    for item in r.sample(("物価高騰対策給付金事業", "システム標準化対応", "学校給食費支援", "ふるさと納税推進事業",
                          "災害復旧費", "予防接種事業", "障害福祉サービス費"), 4):
        source = r.choice(("国庫支出金", "一般財源", "基金繰入金"))
        b.line(f"・{item}　{r.randint(1000, 999999):,}千円（財源：{source}）")
    b.line(f"補正後の予算総額 {r.randint(50000000, 300000000):,}千円")
    b.line(f"物品番号 JAN {r.choice(('49', '45'))}{g.digits(11)}（トナー）ほか {r.randint(3, 40)}品目")
    return b


def _staff_minutes(g: Gen) -> Builder:
    r, b = g.rng, Builder()
    b.line(f"庁内検討会議 記録（第{r.randint(1, 12)}回）")
    b.line("出席：副市長、総務部長、福祉部長、情報政策課長、市民課長、各課担当係長")
    b.line("場所：本庁舎{f}階 第{n}会議室".replace("{f}", str(r.randint(2, 8))).replace("{n}", str(r.randint(1, 5))))
    b.line("議題：生成AIゲートウェイの試行導入")
    b.line("・情報政策課長より、マスキング対象（氏名・住所・電話番号・個人番号等）の説明。")
    b.line(f"・試行期間は{when(r)}から3か月、対象は{r.randint(3, 12)}課・{r.randint(30, 200)}名。")
    b.line("・福祉部長：ケース記録は試行対象外とすべき。")
    b.line("・副市長：ログに個人情報が残らないことを確認の上、次回判断。")
    b.line(f"次回：{when(r)}")
    return b


KINDS2 = {
    "negative_faq": (_faq_pool,),
    "negative_notice": (_class_notice, _receipt),
    "negative_statistics": (_crowding, _district_stats),
    "negative_budget": (_supplementary_budget,),
    "negative_minutes": (_staff_minutes,),
    "negative_procedure": (_receipt,),
}
