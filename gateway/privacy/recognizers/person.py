"""Person names from Sudachi's part of speech, honorifics and context words, with GiNZA NER as a tie-breaker.

Facts used (/work/shared/JAPANESE_PII.md, 氏名 and GiNZA facts): Sudachi tags known family and given
names ``名詞-固有名詞-人名-姓/名`` (foreign names ``人名-一般``); honorifics 様・さん・氏・殿・君・くん・先生
follow the name; GiNZA's ``Person`` F1 is only 0.69 and NER costs two thirds of the pipeline time,
so NER runs only on small windows around *uncertain* candidates (see ``ner_windows``).

Word lists and token tests are in person_words.py; where a known name starts and ends, in person_spans.py.
Lone family or given names (関, 南, 翼) are vouched for by where they stand (person_context.py: speaker
labels, role words, self-introductions, relation words, ages in brackets); short names the dictionary
does not know by what follows them (person_unknown.py: 幹ちゃん, 南様, ともや（3年）, 七夏です。); romanized
names, fused readings and table cells are found on the characters (person_text.py); look-alikes such as
マル福, pets, 常陽 普, building names and codes are dropped (person_filters.py); the rest of a name found in
part is added last (person_complete.py: the other parts of a foreign name, its romanized spelling, the family
name written alone later).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import partial

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from spacy.tokens import Doc, Span, Token

from gateway.privacy.entities import Entity
from gateway.privacy.recognizers import (
    person_cells,
    person_complete,
    person_cues,
    person_english,
    person_filters,
    person_halves,
    person_romanized,
    person_surnames,
    person_text,
    person_unknown,
)
from gateway.privacy.recognizers import person_context as ctx
from gateway.privacy.recognizers.person_spans import (
    SURE,
    family_before,
    joins,
    katakana_run_end,
    known_name,
    next_token,
    reading_after,
)
from gateway.privacy.recognizers.person_words import (
    FORM_WORDS,
    KANJI,
    NAME_CHARS,
    NOT_WORDS,
    ORG_WORDS,
    TITLES,
    family_or_given_in,
    is_honorific,
    is_katakana,
    is_name,
    load_lexicon,
    name_like,
    proper_noun_in,
    words,
)

CONTEXT_WORDS = words(
    "氏名 名前 お名前 申請者 相談者 担当 担当者 保護者 世帯主 届出人 本人 被保険者 "
    "代表者 患者 利用者 請求者 受給者 対象者 契約者 児童 生徒 依頼者 申込者"
)
CORPORATE = words(
    "株式会社 有限会社 合同会社 合資会社 合名会社 (株) (有) 一般社団法人 公益社団法人 "
    "一般財団法人 公益財団法人 社会福祉法人 医療法人 学校法人 NPO法人 特定非営利活動法人 組合"
)
_LABEL_END = ("番号", "住所", "電話", "性別", "続柄", "年齢", "生年月日", "連絡先", "メール", "コード", "記号", "職業")
_SKIP_BEFORE = frozenset({"の", "は", "が", ":", "(", "「", "、"})
# the word after a name ends like a facility or building: 谷田部総合体育館, 梅田ハイム
_FACILITY_END = tuple(
    words(
        "館 院 所 園 場 校 会 部 課 局 署 庁 店 社 駅 寺 宮 堂 塾 センター ホール ハイム ハイツ マンション ビル 荘 棟"
    )
)
_SECTION_END = ("課", "局", "係", "センター", "署")  # no family or given name ends so (阿部, 田所 do in 部, 所)
_WINDOW = 8  # tokens either side of an uncertain candidate that NER sees
CERTAIN = 0.75  # a candidate scoring this without NER is not sent to NER
CANDIDATES = "person_candidates"  # Doc.user_data key: candidates computed before NER, reused after it
_READING = re.compile(r"(?P<name>[^()]+?)\s*\(\s*(?P<reading>[\u30a1-\u30fa\u30fc\u3041-\u3096 ]+?)\s*\)")
WEAK, FORM, NER_ONLY = 0.25, 0.6, 0.5  # base scores before context (SURE and UNSURE: person_spans.py)


@dataclass
class Candidate:
    """A name span in token indices [start, end) and its rule score before NER."""

    start: int
    end: int
    score: float


_HIRAGANA = re.compile("[\u3041-\u3096ー 　]+")
_ANONYMISED = re.compile("[A-Z]")
_ADVERBIAL = "名詞-普通名詞-副詞可能"  # 皆様, 各自様: a word that stands for people, not a name


def _has_context_before(doc: Doc, i: int) -> bool:
    """A context word within three tokens before i (particles and colons skipped)."""
    seen = 0
    while i > 0 and seen < 3:
        i -= 1
        if doc[i].text in CONTEXT_WORDS:
            return True
        if doc[i].text not in _SKIP_BEFORE:
            seen += 1
    return False


def _is_organisation(doc: Doc, start: int, end: int) -> bool:
    """Part of a facility, place or company name: 佐藤病院, 山田市, 谷田部総合体育館, 木村建設株式会社."""
    if start > 0 and doc[start - 1].text in CORPORATE and not doc[start - 1].whitespace_:
        return True  # 株式会社高橋建設
    after = next_token(doc, end)
    if after is not None and not doc[end - 1].whitespace_ and (after.text in ORG_WORDS or "地名" in after.tag_):
        return True
    # the noun compound written right after the name: a company form or a facility word in it, unless the
    # compound ends in a title (伊藤拓也福祉部長: the head of 福祉部, not a place called 伊藤拓也福祉部); an honorific
    # ends it (和田勝利様来庁: the name, then 来庁, not a 庁)
    while (end < len(doc) and not doc[end - 1].whitespace_ and NAME_CHARS.fullmatch(doc[end].text) and end - start < 6
           and not is_honorific(doc[end])):
        if doc[end].text in CORPORATE or (doc[end].text.endswith(_FACILITY_END) and not _titled(doc, end)):
            return True
        end += 1
    return end < len(doc) and doc[end].text in CORPORATE and not doc[end - 1].whitespace_


def _without_honorific(text: str, start: int, end: int) -> int:
    """The end of the span without an honorific that a rule took in (ゆきおさん: Sudachi cut ゆき|おさん)."""
    for honorific in ("さん", "さま", "様", "ちゃん", "くん"):
        if text.endswith(honorific, start, end) and end - start > len(honorific):
            return end - len(honorific)
    return end


def _tag_of(doc: Doc, start: int, end: int) -> str:
    """Sudachi's tag of text[start:end] when it is one token, else ""."""
    span = doc.char_span(start, end)
    return span[0].tag_ if span is not None and len(span) == 1 else ""


def _titled(doc: Doc, i: int) -> bool:
    """The facility word at ``i`` is followed, within its compound, by a title: 福祉部 長, 国保年金課 長."""
    j = i + 1
    while j < len(doc) and j - i <= 2 and not doc[j - 1].whitespace_:
        if doc[j].text in TITLES or doc[j].text in ("長", "次長"):
            return True
        j += 1
    return doc[i].text in TITLES


def _score(doc: Doc, start: int, end: int, base: float) -> float | None:
    """Rule score of the span; None when it is part of an organisation or place name."""
    if _is_organisation(doc, start, end):
        return None
    after = next_token(doc, end)
    score = base
    titled = after is not None and (is_honorific(after) or after.text in TITLES)
    context = _has_context_before(doc, start)
    if not (titled or context) and _HIRAGANA.fullmatch(doc[start:end].text) and _between_particles(doc, start, end):
        return None  # は まど|ぐち で: a hiragana word between particles is a word, not a name
    if titled:
        score += 0.2
    if context:
        score += 0.2
    if _alone_on_line(doc, start, end) and any(is_name(t) for t in doc[start:end]):
        score += 0.3  # a signature: the name is the whole line
    return min(score, 1.0)


def _between_particles(doc: Doc, start: int, end: int) -> bool:
    """A particle right before or after the span (spaced やさしい日本語: ``とき は まどぐち で きいて``)."""
    before = doc[start - 1] if start > 0 else None
    after = doc[end] if end < len(doc) else None
    return any(t is not None and t.tag_.startswith(("助詞", "接続詞")) for t in (before, after))


def _role(tok: Token) -> bool:
    """A role or title written before a name, never part of it (担任森先生, 担当岡さん)."""
    return tok.text in TITLES or tok.text in ctx.ROLES


def _alone_on_line(doc: Doc, start: int, end: int) -> bool:
    """The span is all of its line (a signature under a message)."""
    text = ctx.text_of(doc)
    e = doc[end - 1].idx + len(doc[end - 1])
    line_end = text.find("\n", e)
    return not ctx.line_prefix(doc, start).strip() and not text[e : len(text) if line_end < 0 else line_end].strip()


def _form_value(doc: Doc, i: int) -> Candidate | None:
    """The name written right after a form word: 氏名：鬼塚 珠璃亜, フリガナ スズキ ジュン, 口座名義 ハラミカコ."""
    start = i + 1
    if start < len(doc) and doc[start].text in (":", "："):
        start += 1
    elif not doc[i].whitespace_:
        return None
    if start < len(doc) and (known := known_name(doc, start)) is not None:
        end, base = known
        if is_katakana(doc[start]):
            end = max(end, katakana_run_end(doc, start))
        score = _score(doc, start, end, base + 0.2)
        return None if score is None else Candidate(start, end, score)
    end, groups = start, 1
    while end < len(doc) and end - start < 5 and name_like(doc[end]) and (end == start or joins(doc, end)):
        if end > start and (doc[end].text.endswith(_LABEL_END) or (doc[end - 1].whitespace_ and groups == 2)):
            break
        groups += bool(end > start and doc[end - 1].whitespace_)
        end += 1
    score = _score(doc, start, end, FORM) if end > start else None
    return None if score is None else Candidate(start, end, score)


def candidates(doc: Doc) -> list[Candidate]:
    """Rule-based name candidates of a tokenized document (no NER needed)."""
    found: list[Candidate] = []
    i = 0
    while i < len(doc):
        tok = doc[i]
        if tok.text in FORM_WORDS and (form := _form_value(doc, i)) is not None:
            found.append(form)
            i = form.end
            continue
        span: tuple[int, int, float] | None = None
        if (known := known_name(doc, i)) is not None:
            span = (family_before(doc, i), _through_honorific(doc, known[0]), known[1])
            if span[0] < i:
                span = (span[0], span[1], SURE)
        elif is_honorific(tok) and i > 0 and not doc[i - 1].tag_.startswith((*NOT_WORDS, _ADVERBIAL)):
            start = i - 1  # an unknown word before an honorific: NER decides
            while start > 0 and i - start < 2 and KANJI.fullmatch(doc[start - 1].text) and not _role(doc[start - 1]):
                start -= 1
            if not found or found[-1].end <= start:
                base = person_unknown.honorific_base(doc, start, tok)
                span = (start, i, base or WEAK + (0.1 if "固有名詞" in doc[start].tag_ else 0.0))
        if span is None:
            i += 1
            continue
        if (score := _score(doc, *span)) is not None:
            found.append(Candidate(span[0], span[1], score))
        i = max(i + 1, span[1])
    return _merge(doc, found)


def _through_honorific(doc: Doc, end: int) -> int:
    """The end of a known name that one more short word glued to it carries to its honorific: 朴瑞|妍さん,
    田中|ウメさん (a given name the dictionary does not know, in kanji or katakana)."""
    if end + 1 >= len(doc) or doc[end - 1].whitespace_ or doc[end].whitespace_ or not is_honorific(doc[end + 1]):
        return end
    word = doc[end]
    fits = KANJI.fullmatch(word.text) is not None or is_katakana(word)
    fits = fits and len(word.text) <= 3 and name_like(word) and not is_honorific(word) and word.text not in ctx.ROLES
    return end + 1 if fits and not word.tag_.endswith("可能") else end


def _merge(doc: Doc, found: list[Candidate]) -> list[Candidate]:
    """Rule candidates plus context candidates: the best of overlapping ones, look-alikes dropped."""
    extra = [*ctx.context_spans(doc), *person_unknown.chat_greeting(doc), *person_surnames.lone_surnames(doc)]
    for s, e in person_unknown.hiragana_child_spans(doc):
        if (span := doc.char_span(s, e, alignment_mode="expand")) is not None:
            extra.append((span.start, span.end, 0.6))
    for start, end, base in extra:
        if (outer := next((c for c in found if c.start <= start and end <= c.end), None)) is not None:
            outer.score = max(outer.score, base)  # the rules already have the whole name (マイケル・ジョーンズ)
        elif not _is_organisation(doc, start, end):
            inner = [c.score for c in found if start <= c.start and c.end <= end]  # a longer name wins over its part
            found.append(Candidate(start, end, max(base, _score(doc, start, end, base) or 0.0, *inner)))
    found.sort(key=lambda c: (-c.score, c.start - c.end))
    chosen: list[Candidate] = []
    for cand in found:
        if all(cand.end <= c.start or c.end <= cand.start for c in chosen) and not person_filters.rejected(
            doc, cand.start, cand.end
        ):
            chosen.append(cand)
    return sorted(chosen, key=lambda c: c.start)


def ner_windows(doc: Doc, found: Sequence[Candidate]) -> list[tuple[int, int]]:
    """Token windows worth running NER on: around candidates the rules are unsure about, merged."""
    windows: list[tuple[int, int]] = []
    for cand in found:
        if cand.score >= CERTAIN:
            continue
        start, end = max(0, cand.start - _WINDOW), min(len(doc), cand.end + _WINDOW)
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(end, windows[-1][1]))
        else:
            windows.append((start, end))
    return windows


def ner_accepted(doc: Doc, ent: Span) -> bool:
    """An NER name is kept when a proper noun or an honorific vouches for it, also where it overlaps a rule's
    result: the analyzer masks their union, so a name the rules found in part is masked whole (沼田 → 沼田 葵)."""
    after = next_token(doc, ent.end)
    vouched = any("固有名詞" in t.tag_ for t in ent) or (after is not None and is_honorific(after))
    section = len(ent.text) > 3 and ent.text.endswith(_SECTION_END)  # ○森田環境保全課長: 森田, of a section
    return vouched and not section and all(name_like(t) for t in ent)


class PersonRecognizer(EntityRecognizer):
    """PERSON from token rules; NER ``PERSON`` spans in the artifacts raise or add candidates."""

    def __init__(self) -> None:
        super().__init__(supported_entities=[Entity.PERSON.value], supported_language="ja", name="JaPersonRecognizer")

    def load(self) -> None:
        """Open Sudachi's lexicon for family-name look-ups (the tokens come from the NLP artifacts)."""
        load_lexicon()

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """Score rule candidates, confirm them with NER, and add NER names the rules missed."""
        if nlp_artifacts is None or nlp_artifacts.tokens is None:
            return []
        doc: Doc = nlp_artifacts.tokens
        ner: list[Span] = [e for e in nlp_artifacts.entities if e.label_ == Entity.PERSON.value]
        results: list[RecognizerResult] = []
        found: list[Candidate] = doc.user_data.get(CANDIDATES) or candidates(doc)
        for cand in found:
            overlaps = any(e.start < cand.end and cand.start < e.end for e in ner)
            score = min(1.0, cand.score + (0.3 if overlaps else 0.0))
            results.extend(self._results(doc[cand.start : cand.end], score))
            if (reading := reading_after(doc, cand.end)) is not None:
                results.append(self._result(doc[reading[0] : reading[1]], score))
        for ent in ner:
            if ner_accepted(doc, ent):
                ner_score = _score(doc, ent.start, ent.end, NER_ONLY)
                if ner_score is not None:
                    results.append(self._result(ent, ner_score))
        results.extend(
            RecognizerResult(Entity.PERSON.value, s, e, score)
            for s, e, score in (*person_text.latin_spans(text), *person_english.english_names(text),
                                *person_cells.cell_names(text),
                                *person_romanized.romanized_names(text))
        )
        results.extend(
            RecognizerResult(Entity.PERSON.value, s, e, score) for s, e, score in person_text.char_spans(text)
        )
        results.extend(
            RecognizerResult(Entity.PERSON.value, s, s + 1, FORM) for s in person_unknown.merged_honorific(doc)
        )
        cue_names, cue_words = person_cues.cues(text)
        results.extend(
            RecognizerResult(Entity.PERSON.value, s, e, score)
            for s, e, score in (*person_text.placed_names(text), *cue_words)
            if proper_noun_in(doc, s, e)
        )
        results.extend(
            RecognizerResult(Entity.PERSON.value, s, e, score)
            for s, e, score, kanji in person_cues.biography_leads(text)
            if not kanji or family_or_given_in(doc, s, e)
        )
        speakers = person_text.chat_speakers(text)
        if any(proper_noun_in(doc, s, e) for s, e, _ in speakers):
            results.extend(RecognizerResult(Entity.PERSON.value, s, e, score) for s, e, score in speakers)
        results.extend(
            RecognizerResult(Entity.PERSON.value, s, e, score)
            for s, e, score in (*person_text.signature_names(text), *person_text.written_names(text),
                                *cue_names,
                                *person_halves.spaced_hiragana_names(text))
        )
        return self._completed(text, doc, results)

    @staticmethod
    def _completed(text: str, doc: Doc, results: list[RecognizerResult]) -> list[RecognizerResult]:
        """The results with the rest of each name (person_complete.py): joined parts, spellings, parts alone."""
        spans = [(r.start, r.end, r.score) for r in results]
        halves = list(person_halves.completed(text, spans, partial(_tag_of, doc)))
        spans = person_complete.joined(text, spans + halves)
        spans += person_complete.across_lines(text, spans)
        spans += person_complete.spelling_after(text, spans) + person_complete.katakana_before(text, spans)
        spans += person_complete.listed_with(text, spans)
        spans += person_complete.foreign_parts_again(text, spans)
        spans += person_complete.family_names_again(doc, spans, lambda s, e: _score(doc, s, e, FORM))
        named = ((s, _without_honorific(text, s, e), score) for s, e, score in spans)
        return [  # not a letter that stands for someone unnamed (A氏, Bさん), nor a place's or a facility's name
            RecognizerResult(Entity.PERSON.value, s, e, score) for s, e, score in named
            if not _ANONYMISED.fullmatch(text, s, e) and not person_filters.not_a_person(text, s, e)
        ]

    @classmethod
    def _results(cls, span: Span, score: float) -> list[RecognizerResult]:
        """The span's result, split in two when a reading in brackets is part of it: 鈴木(スズキ)."""
        result = cls._result(span, score)
        m = _READING.fullmatch(span.text.rstrip())
        if m is None:
            return [result]
        start = span.start_char
        return [
            RecognizerResult(Entity.PERSON.value, start, start + m.end("name"), score),
            RecognizerResult(Entity.PERSON.value, start + m.start("reading"), start + m.end("reading"), score),
        ]

    @staticmethod
    def _result(span: Span, score: float) -> RecognizerResult:
        text = span.text
        end = span.end_char - (len(text) - len(text.rstrip()))
        return RecognizerResult(Entity.PERSON.value, span.start_char, end, score)
