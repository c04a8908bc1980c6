"""Hard negatives: no personal data, but full of numbers, codes, dates and titles that look like it."""

from __future__ import annotations

from tests.eval.blind.model import Builder

from . import names as N
from .common import when
from .gen import Gen
from .negatives2 import DISTRICTS, KINDS2


def corporate_number(g: Gen) -> str:
    """法人番号: 13 digits, leading check digit (public, not personal)."""
    base = g.digits(12)
    total = sum(int(c) * (1 if i % 2 == 0 else 2) for i, c in enumerate(reversed(base)))
    return str(9 - total % 9) + base


BIDDERS = ("株式会社ミナトサービス", "有限会社丸栄運送", "株式会社東亜食品", "社会福祉法人ひかり会",
           "福祉タクシーなかま", "株式会社北日本ビルメンテナンス", "株式会社データプロセス東北")


def twelve(g: Gen) -> str:
    return "2025" + g.digits(8)


def _statistics(g: Gen) -> Builder:
    r, b = g.rng, Builder()
    city = g.loc(r.choice(N.CITIES))
    b.line("{c} 人口動態（令和7年{m}月1日現在）".replace("{m}", str(r.randint(1, 12))), c=city)
    b.line("地区\t世帯数\t人口\t65歳以上\t高齢化率")
    for area in r.sample(DISTRICTS, 5):
        hh, pop = r.randint(1000, 30000), r.randint(2000, 70000)
        old = int(pop * r.uniform(0.2, 0.4))
        b.line("{a}" + f"\t{hh:,}\t{pop:,}\t{old:,}\t{old / pop * 100:.1f}%", a=g.loc(area))
    b.line("")
    b.line(f"外国人住民数 {r.randint(1000, 9000):,}人（前年同月比 +{r.randint(3, 15)}.{r.randint(0, 9)}%）")
    b.line(f"出生 {r.randint(50, 300)}件　死亡 {r.randint(100, 500)}件　転入 {r.randint(300, 900)}件")
    b.line("※住民基本台帳に基づく。外国人住民を含む。")
    return b


def _statistics_care(g: Gen) -> Builder:
    r, b = g.rng, Builder()
    b.line("介護保険事業状況報告（月報）　集計表")
    b.line("| 区分 | 要支援1 | 要支援2 | 要介護1 | 要介護2 | 要介護3 | 合計 |")
    b.line("|---|---|---|---|---|---|---|")
    for row in ("第1号被保険者", "うち前期高齢者", "うち後期高齢者", "第2号被保険者"):
        nums = [r.randint(10, 3000) for _ in range(5)]
        b.line(f"| {row} | " + " | ".join(f"{n:,}" for n in nums) + f" | {sum(nums):,} |")
    b.line("")
    b.line(f"第1号被保険者数：{r.randint(50000, 250000):,}人　認定率：{r.randint(15, 22)}.{r.randint(0, 9)}％")
    b.line(f"保険者番号欄の集計対象：{r.randint(1, 9)}保険者（広域連合を含む）")
    b.line("事業所番号別の内訳は別表2を参照。")
    return b


def _notice(g: Gen) -> Builder:
    r, b = g.rng, Builder()
    topic = r.choice(("マイナンバーカード出張申請受付", "マイナンバーカード休日交付窓口",
                      "マイナンバーカード 電子証明書の更新会"))
    b.line(f"【お知らせ】{topic}")
    b.line("")
    b.line(f"日時：{when(r)} {r.randint(9, 10)}:00 ～ {r.randint(15, 16)}:30（受付は{r.randint(14, 15)}:30まで）")
    who = r.choice(("市内在住の方", "15歳以上の方", "電子証明書の有効期限が近い方"))
    b.line(f"対象：{who}（定員{r.randint(30, 120)}名）")
    b.add("会場：{l}", l=g.loc(r.choice(("市民会館", "北公民館", "中央図書館", "南部地区センター"))))
    b.line(f" 第{r.randint(1, 3)}会議室（{r.randint(2, 5)}階 {r.randint(201, 520)}号室）")
    b.line("持ち物：本人確認書類（運転免許証、パスポート等）、通知カード（お持ちの方）")
    b.line("※申請書にはマイナンバー（12桁）を記入してください。")
    b.line("※顔写真は縦4.5cm×横3.5cm、6か月以内に撮影したもの。")
    b.line("問い合わせ：{o}（市役所本庁舎{f}階 {w}番窓口）".replace("{f}", str(r.randint(1, 4))).replace(
        "{w}", str(r.randint(1, 12))), o=g.org("市民課"))
    return b


def _notice_release(g: Gen) -> Builder:
    r, b = g.rng, Builder()
    b.line(f"基幹系システム リリースノート v{r.randint(2, 9)}.{r.randint(0, 20)}.{r.randint(0, 99)}")
    b.line(f"ビルド番号：{twelve(g)}")
    b.line("")
    b.line(f"・宛名番号の桁数チェックを10桁→{r.choice((12, 15))}桁に変更")
    b.line("・個人番号入力欄で全角数字を自動変換（例：○○○○ ○○○○ ○○○○）")
    b.line(f"・帳票ID KKB{r.randint(1000, 9999)}-{r.randint(10, 99)} の罫線ずれを修正")
    b.line(f"・不具合管理番号 #{r.randint(10000, 99999)}, #{r.randint(10000, 99999)} 対応")
    b.line(f"・対象端末：庁内LAN 192.168.{r.randint(0, 255)}.{r.randint(0, 255)}/24 配下")
    b.line("適用は{o}の承認後。".replace("{o}", "{o}"), o=g.org("情報政策課"))
    return b


def _procedure(g: Gen) -> Builder:
    r, b = g.rng, Builder()
    b.line("{t}　事務処理要領（抜粋）".replace("{t}", r.choice(("住所地特例", "高額介護サービス費", "児童扶養手当",
                                                        "国民健康保険 資格取得"))))
    b.line("1 受付")
    b.line("　(1) 申請書の「個人番号」欄に12桁の番号が記入されていることを確認する。")
    b.line("　(2) 番号確認は通知カード又は個人番号カードで行い、写しは取らない。")
    b.line("　(3) 在留カード番号は英字2桁＋数字8桁＋英字2桁で入力する。")
    b.line(f"2 審査　受付後{r.randint(5, 14)}日以内に担当係長が決裁する。")
    b.line(f"3 根拠　{r.choice(('介護保険法施行令第22条の2', '児童扶養手当法第6条', '国民健康保険法第9条'))}、"
           "行政手続における特定の個人を識別するための番号の利用等に関する法律（平成25年法律第27号）"
           f"第19条第{r.randint(1, 16)}号")
    b.line(f"4 様式　様式第{r.randint(1, 20)}号（第{r.randint(2, 12)}条関係）")
    b.line("5 その他　被保険者証の記号・番号は告知要求制限の対象のため、電話で聞き取らないこと。")
    return b


def _procedure_checklist(g: Gen) -> Builder:
    r, b = g.rng, Builder()
    b.line("☑ 窓口チェックリスト（{o}）", o=g.city_org())
    for item in r.sample(["□ 本人確認書類を2点確認したか（顔写真なしの場合）", "□ 委任状の日付が3か月以内か",
                          "□ 保険者番号（8桁）の転記ミスがないか", "□ 口座番号は7桁に満たない場合、先頭を0で埋めたか",
                          "□ 基礎年金番号（4桁-6桁）を年金手帳と照合したか", "□ 手帳番号欄が空欄でないか",
                          "■ 申請者に控えを渡したか", "□ 受付印（日付印）を押したか",
                          "○ 電子申請の場合は受付番号を記録"],
                         6):
        b.line(item)
    b.line(f"受付番号の形式：R7-{r.randint(100000, 999999)}（例）")
    b.line(f"文書番号：{g.pick(('福祉', '市民', '保年'))}第{r.randint(100, 9999)}号")
    return b


def _budget(g: Gen) -> Builder:
    r, b = g.rng, Builder()
    b.line(f"令和{r.randint(7, 8)}年度 一般会計予算（款別）　単位：千円")
    b.line("款\t本年度\t前年度\t比較\t増減率")
    for item in ("総務費", "民生費", "衛生費", "労働費", "土木費", "教育費", "公債費"):
        c = r.randint(1000000, 90000000)
        a = int(c * r.uniform(0.85, 1.2))
        b.line(f"{item}\t{a:,}\t{c:,}\t{a - c:,}\t{(a - c) / c * 100:.1f}%")
    b.line("")
    b.line(f"債務負担行為 {r.randint(10, 99)}件、限度額 {r.randint(100000, 9999999):,}千円")
    b.line(f"契約番号 {twelve(g)}（システム標準化対応）　契約額 {r.randint(10000000, 999999999):,}円")
    b.line("受託者：{o}（法人番号 {cn}）", o=g.org(r.choice(("株式会社ミナトサービス", "株式会社東亜食品"))),
           cn=corporate_number(g))
    return b


def _budget_contract(g: Gen) -> Builder:
    r, b = g.rng, Builder()
    b.line("入札結果一覧")
    b.line("件名,予定価格,落札額,落札者,法人番号,事業所番号")
    for _ in range(r.randint(3, 5)):
        planned = r.randint(1000000, 90000000)
        won = int(planned * r.uniform(0.78, 0.99))
        b.add(f"{r.choice(('庁舎清掃業務', '給食調理業務', '公用車リース', '封入封緘業務', 'コールセンター運営'))},"
              f"\"{planned:,}\",\"{won:,}\",")
        b.line("{o},{cn},{jn}", o=g.org(r.choice(BIDDERS)), cn=corporate_number(g),
               jn=r.choice(("14", "13", "27")) + g.digits(8))
    b.line(f"※発注番号は {twelve(g)} 形式（12桁）。")
    return b


def _faq(g: Gen) -> Builder:
    r, b = g.rng, Builder()
    b.line("よくある質問")
    b.line("Q. マイナンバーはどこに書けばいいですか？")
    b.line("A. 申請書右上の「個人番号」欄に、左詰めで12桁を記入してください。")
    b.line("Q. 在留カードの番号はどこにありますか？")
    b.line("A. カード表面の右上に記載されています（英字2文字、数字8桁、英字2文字）。")
    b.line("Q. 基礎年金番号が分かりません。")
    b.add("A. 「基礎年金番号通知書」又は年金手帳をご確認いただくか、")
    b.line("{o}にお問い合わせください。", o=g.org("年金事務所"))
    b.line(f"Q. 手数料はいくらですか？　A. 1通{r.choice((200, 300, 350))}円です。")
    b.line("Q. 電話で口座番号を伝えてもいいですか？")
    b.line("A. 市職員が電話で口座番号や暗証番号をお聞きすることはありません。")
    return b


EASY = (
    ("パスポート の ばんごう は ひつよう ですか。", "はい。しんせいしょ に かいて ください。"),
    ("こくみんけんこうほけん に はいりたい です。", "ざいりゅうカード を もって きて ください。"),
    ("ねんきん の てがみ が きました。", "にほんご が わからない とき は まどぐち で きいて ください。"),
    ("こども が うまれました。", "14にち いない に しゅっしょうとどけ を だして ください。"),
    ("ごみ の だしかた が わかりません。", "ごみ カレンダー（7か こく ご）を みて ください。"),
    ("マイナンバー は なん けた ですか。", "12けた です。ほか の ひと に おしえない で ください。"),
)


def _faq_foreign(g: Gen) -> Builder:
    r, b = g.rng, Builder()
    b.line(r.choice(("やさしい にほんご Q&A", "がいこくじん の みなさん へ（Q&A）")))
    b.line("Q. ざいりゅうカード の じゅうしょ を かえたい です。")
    b.add("A. 14にち いない に ")
    b.line("{o} に きて ください。", o=g.org("市民課"))
    for q, a in r.sample(EASY, r.randint(2, 4)):
        b.line(f"Q. {q}")
        b.line(f"A. {a}")
    b.line("Q. つうやく は いますか。")
    b.line("A. {l} に ベトナムご・ネパールご の つうやく が います（かようび・もくようび）。",
           l=g.loc(r.choice(("南部地区センター", "中央図書館", "市民会館"))))
    return b


def _minutes_neg(g: Gen) -> Builder:
    r, b = g.rng, Builder()
    b.line("○議長　ただいまから本日の会議を開きます。")
    b.line(f"○議長　日程第{r.randint(1, 9)}、議案第{r.randint(40, 99)}号を議題といたします。")
    b.line("○市長　提案理由を申し上げます。")
    b.add(f"本案は、{r.choice(('地方税法', '介護保険法', '国民健康保険法'))}の一部改正に伴い、")
    b.line(f"所要の改正を行うものでございます。影響額は約{r.randint(1, 99)}億{r.randint(1, 9)}千万円でございます。")
    b.line("○議長　質疑に入ります。")
    role = r.choice(("福祉部長", "市民部長", "健康福祉部長", "総務部長", "財政課長"))
    n1 = r.randint(5, 40) * 1000
    n2 = n1 + r.randint(1, 9) * 100
    b.line(f"○{role}　えー、お答えします。対象者は、えー、約{n1:,}人、失礼しました、約{n2:,}人でございます。")
    if r.random() < 0.5:
        b.line(f"○議長　{r.randint(1, 30)}番議員。")
        b.line(f"○{r.randint(1, 30)}番　システム改修費{r.randint(1000, 9999):,}万円の内訳を伺います。")
        b.line(f"○{role}　委託料が{r.randint(60, 90)}％、残りは機器の更新費用でございます。")
    b.line("○議長　以上で質疑を終結します。")
    b.line("（賛成者起立）")
    b.line("○議長　起立多数であります。よって、本案は原案のとおり可決されました。")
    return b


def _minutes_neg_committee(g: Gen) -> Builder:
    r, b = g.rng, Builder()
    b.line("{o}記録".replace("{o}", r.choice(("総務常任委員会", "予算特別委員会"))))
    b.line("委員長：それでは、えー、陳情第{n}号を議題とします。".replace("{n}", str(r.randint(1, 30))))
    b.line("委員：生成AIの利用ガイドラインですが、個人番号を入力させない仕組みはありますか。")
    b.line("情報政策課長：はい、えー、入力時に12桁の数字を検知して送信を止める仕組みを検討中でございます。")
    b.line("委員：誤検知で業務が止まることのないように。")
    b.add("委員長：ほかに。なければ、")
    b.line("{l}の視察日程について事務局から。", l=g.loc(r.choice(N.CITIES)))
    b.line(f"事務局：{when(r)}、午前9時に本庁舎{r.randint(1, 3)}階ロビー集合です。")
    return b


KINDS = {
    "negative_statistics": (_statistics, _statistics_care),
    "negative_notice": (_notice, _notice_release),
    "negative_procedure": (_procedure, _procedure_checklist),
    "negative_budget": (_budget, _budget_contract),
    "negative_faq": (_faq, _faq_foreign),  # _faq is used once; the pool template varies
    "negative_minutes": (_minutes_neg, _minutes_neg_committee),
}


def make(g: Gen, kind: str, i: int) -> Builder:
    t = KINDS[kind] + KINDS2[kind]
    if kind == "negative_faq" and i > 0:
        t = t[1:]
    return t[i % len(t)](g)
