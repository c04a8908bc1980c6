"""Family names written alone, without an honorific, where only a person's name can stand:

* right before a title: 石川係長, 関副市長, 市民病院の今医師, 堀相談支援専門員 (the title may be cut into several
  tokens: 係|長, 相談|支援|専門員, 福祉|部長);
* introducing oneself at the start of a message: ``お疲れさまです。谷です。``, ``各位⏎平です。``,
  ``株式会社北辰データの星でございます。``;
* after a role label and a colon (``確認者：砂金``, ``受：砂金``) or after 担当の before a particle (``担当の岡が``);
* glued to the act in a memo's note of who handled it (``代理人なし。市川対応。``).

Sudachi often tags such a name as a place (石川, 関), a common noun (星, 平, 砂金), a prefix (島) or an adverb
(今) in these positions, so the name is recognised by its dictionary entries instead: the word has a
family-name entry (``名詞-固有名詞-人名-姓``, JAPANESE_PII.md 氏名) among the readings Sudachi's lexicon holds
for it.

Not a name: a prefix (前課長, 新部長, 元市長, 同課長), a place before a head of its office (つくば市長: 市長,
町長, 村長, 区長 and 知事 take only a word Sudachi tags as a person, and so do 東西南北 before 署長, 支店長 …),
a word glued to the noun before it (福祉課長, 市民病院長), an adverb that is also a family name unless の comes
before it (今課長は会議中: "now"), a one-kanji noun after 担当の (担当の方が).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc

from gateway.privacy.recognizers.person_context import ROLES, line_prefix, text_of
from gateway.privacy.recognizers.person_words import KANJI, ORG_WORDS, TITLES, has_family_name_entry, words

SCORE = 0.75
_TITLE_WORDS = TITLES | words(
    "副市長 副町長 副村長 署長 副署長 支店長 店長 館長 副館長 監督 コーチ 教諭 教頭 副校長 主任 主幹 "
    "保健師 看護師 医師 歯科医師 薬剤師 相談員 支援員 専門員 指導員 調査員 補佐 課長補佐 審議官 "
    "会長 副会長 委員長 副委員長 議長 副議長 代表理事 事務局長 センター長 主治医 先生"
)
# titles that end a compound: 福祉部長, 相談支援専門員, 教育長
_TITLE_ENDS = ("部長", "課長", "係長", "室長", "所長", "局長", "専門員", "支援員", "相談員", "師")
_PLACE_TITLES = words("市長 町長 村長 区長 知事")
_PREFIXES = words("今 前 元 新 現 同 本 旧 次 副 総 各 両 故 全 当 初代 歴代 次期 代表 担当 筆頭 専任 主任 歴 上")
_BOUNDARY_TAGS = ("補助記号", "助詞", "助動詞", "空白", "接続詞", "名詞-普通名詞-副詞可能")
_MAX_TITLE_TOKENS = 3
_NOT_NAMES = words("方 者 人 課 係 中 際 時 上 下 等 各 全 当 同 本")
_COMPASS = words("東 西 南 北 中央")
_OFFICE_HEADS = words("署長 副署長 支店長 店長 センター長 所長 館長 校長 局長")
_INTRODUCTION = ("です。", "です！", "です\n", "でございます", "と申します")
_SENTENCE_END = ("。", "！", "!", "？", "?")
_SENDER = ("株式会社", "有限会社", "課", "係", "部", "室", "センター", "事務所", "協会", "法人")
_ROLE_COLON = frozenset({":", "："})
_HANDLED = frozenset({"対応", "受付", "受", "記", "記入", "記録", "確認済"})
_HANDLED_BEFORE = frozenset({"。", "、", "：", ":", "（", "(", "\n", " ", "\u3000"})
_SPEAKER_MARKS = frozenset({"○", "◯", "〇"})  # a speaker in minutes: ○今委員
_PARTICLES = frozenset({"が", "は", "から", "より", "に", "へ", "と", "も"})


def _title_after(doc: Doc, i: int) -> str | None:
    """The title written from token ``i`` on (up to three tokens, no space inside), or None."""
    text = ""
    for j in range(i, min(len(doc), i + _MAX_TITLE_TOKENS)):
        if j > i and doc[j - 1].whitespace_:
            return None
        if not doc[j].tag_.startswith(("名詞", "接尾辞")):
            return None
        text += doc[j].text
        if text in _TITLE_WORDS or (j > i and text.endswith(_TITLE_ENDS)):
            return text
    return None


def _free_before(doc: Doc, i: int) -> bool:
    """Nothing glued before token ``i``: the document's start, a space or line break, punctuation, a particle."""
    if i == 0 or doc[i - 1].whitespace_:
        return True
    return doc[i - 1].tag_.startswith(_BOUNDARY_TAGS)


def lone_surnames(doc: Doc) -> Iterator[tuple[int, int, float]]:
    """Token spans of family names written alone before a title, introducing oneself, or after a role label
    (see the module docstring)."""
    for i, tok in enumerate(doc):
        text = tok.text
        if (
            not tok.tag_.startswith(("名詞", "接頭辞"))
            or tok.whitespace_ not in ("", " ", "\u3000")
            or KANJI.fullmatch(text) is None
            or len(text) > 4
            or text in _TITLE_WORDS
            or text in ORG_WORDS
            or not _free_before(doc, i)
        ):
            continue
        marked = (i > 0 and doc[i - 1].text == "の") or _speaking(doc, i)  # 病院の今医師, ○今委員: a name
        if text in _PREFIXES and not marked:
            continue  # 今課長 "now", 前課長 "the former"
        person = "人名" in tok.tag_
        adverb = tok.tag_.endswith("副詞可能") and not marked
        if not person and (adverb or text in _NOT_NAMES):
            continue  # 今課長は…: "now"; 担当の方が: "the person"; a name in these positions follows の (病院の今医師)
        title = _title_after(doc, i + 1)
        if title is not None:
            place = title in _PLACE_TITLES or (text in _COMPASS and title in _OFFICE_HEADS)  # 北署長: the station's
            placed = person or not place
        else:
            placed = _introducing(doc, i) or _after_role(doc, i) or _handled_by(doc, i)
        if placed and (person or has_family_name_entry(text)):
            yield i, i + 1, SCORE


def _speaking(doc: Doc, i: int) -> bool:
    """A title follows and the line holds only a speaker mark or a role label before: ``○今委員　…`` in minutes,
    ``対応：今主任``; or the name and title are a whole sentence (``開会します。今委員。``)."""
    title = _title_after(doc, i + 1)
    if title is None:
        return False
    prefix = line_prefix(doc, i).strip(" \t\u3000")
    if prefix in _SPEAKER_MARKS or (prefix[-1:] in _ROLE_COLON and prefix[:-1].rstrip().endswith(ROLES)):
        return True
    end = doc[i].idx + len(doc[i]) + len(title)
    return (not prefix or prefix.endswith(_SENTENCE_END)) and text_of(doc).startswith("。", end)


def _handled_by(doc: Doc, i: int) -> bool:
    """A memo's note of who handled it, the name glued to the act: ``備考：代理人なし。市川対応。``, ``（原受付）``."""
    if i + 1 >= len(doc) or doc[i + 1].text not in _HANDLED or (i > 0 and doc[i - 1].text not in _HANDLED_BEFORE):
        return False
    return i + 2 >= len(doc) or doc[i + 2].text in ("。", "）", ")", "\n") or doc[i + 2].tag_.startswith("空白")


def _introducing(doc: Doc, i: int) -> bool:
    """``谷です。`` opening a line or a sentence, or after the sender's organisation and の."""
    text = text_of(doc)
    end = doc[i].idx + len(doc[i])
    if not text.startswith(_INTRODUCTION, end):
        return False
    prefix = line_prefix(doc, i)
    if not prefix.strip() or prefix.rstrip().endswith(_SENTENCE_END):
        return True
    return prefix.endswith("の") and any(word in prefix for word in _SENDER)


def _after_role(doc: Doc, i: int) -> bool:
    """After a role label and a colon at the start of a line (確認者：砂金), or 担当の before a particle."""
    if i >= 2 and doc[i - 1].text in _ROLE_COLON and line_prefix(doc, i - 1).strip().endswith(ROLES):
        return i + 1 >= len(doc) or doc[i].whitespace_ != "" or doc[i + 1].tag_.startswith(("補助記号", "空白"))
    return (i >= 2 and doc[i - 1].text == "の" and doc[i - 2].text in ("担当", "担当者")
            and i + 1 < len(doc) and doc[i + 1].text in _PARTICLES)
