"""The detection engine: normalize, tokenize, NER where it helps, presidio recognizers, rules, offsets.

JAPANESE_PII.md (presidio facts) shapes the set-up: presidio gets a Japanese registry, a spaCy engine
around the already-loaded ja_ginza (never ``en_core_web_lg``), and a context enhancer that also looks
after the match, because Japanese context often follows it, with whole-word matching so that short
context words (番号) do not match inside longer ones (法人番号).
"""

from __future__ import annotations

import bisect
import logging
import time
from collections.abc import Iterator, Sequence
from typing import Any

from presidio_analyzer import AnalyzerEngine, RecognizerResult
from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer
from spacy.language import Language

from gateway.privacy import nlp as ja
from gateway.privacy.entities import DetectionError, Entity, Finding
from gateway.privacy.nlp import load_nlp
from gateway.privacy.normalize import NormalizedText, normalize, normalize_value
from gateway.privacy.pii_rules import EntityRule, PiiRules
from gateway.privacy.recognizers import build_registry
from gateway.privacy.recognizers._context import SCORE_CONTEXT
from gateway.privacy.recognizers.person_words import common_word

__all__ = ["Analyzer", "load_nlp"]

logger = logging.getLogger(__name__)
_OTHER_HALF = 4  # characters a name's other half and its space add to the half found
GROUP_CHARS = 50_000  # analyze_batch tokenizes and runs NER on this many characters at a time
# Types reported on a check digit alone: a number that normalize assembled from digits one per space (a row
# of single-digit counts passes the マイナンバー check digit one time in eleven) needs its label too.
ASSEMBLED_NEEDS_LABEL = frozenset({Entity.MY_NUMBER.value})
# the identifier families whose numbers an ID_NUMBER reading may complete (_whole_numbers)
NUMBER_FAMILIES = frozenset(e.value for e in (
    Entity.MY_NUMBER, Entity.RESIDENT_CODE, Entity.HEALTH_INSURANCE, Entity.PENSION_NUMBER, Entity.DRIVER_LICENSE,
    Entity.BANK_ACCOUNT, Entity.CREDIT_CARD, Entity.CARE_INSURANCE, Entity.DISABILITY_CERTIFICATE,
))


class Analyzer:
    """Finds personal information in Japanese text according to the city's PiiRules."""

    def __init__(self, rules: PiiRules, nlp: Language | None = None, keep: frozenset[str] = frozenset()) -> None:
        """`keep`: entity types reported even where rules/pii.yaml says `allow` (an application overrides them)."""
        self._rules = rules
        self._keep = keep
        self._nlp = nlp if nlp is not None else load_nlp()
        self._nlp_engine = ja.nlp_engine(self._nlp)
        self._engine = AnalyzerEngine(
            registry=build_registry(rules),
            nlp_engine=self._nlp_engine,
            supported_languages=[ja.LANGUAGE],
            context_aware_enhancer=_ContextEnhancer(
                context_prefix_count=6, context_suffix_count=2, context_matching_mode="whole_word"
            ),
        )

    def analyze(self, text: str) -> list[Finding]:
        """Findings in ``text``: sorted, non-overlapping, offsets into ``text`` itself."""
        return self.analyze_batch([text])[0]

    def analyze_batch(self, texts: Sequence[str], deadline: float | None = None) -> list[list[Finding]]:
        """Findings for each text; tokenization and NER are batched. Raises DetectionError on any failure.

        Past `deadline` (a `time.monotonic()` value) the work stops between groups and chunks: a caller
        that gave up does not keep the model busy.
        """
        try:
            found: list[list[Finding]] = []
            for group in _groups(texts):
                with self._nlp.memory_zone():  # strings and docs of this group are freed on exit
                    found.extend(self._analyze_group(group, deadline))
            return found
        except Exception as exc:
            logger.error("detection failed: %s", type(exc).__name__)  # never the text
            raise DetectionError(f"detection failed ({type(exc).__name__})") from None

    def _analyze_group(self, texts: Sequence[str], deadline: float | None) -> list[list[Finding]]:
        _in_time(deadline)
        normalized = [normalize(text) for text in texts]
        pieces = [(i, offset, piece) for i, n in enumerate(normalized) for offset, piece in ja.chunks(n.text)]
        docs = []
        for _, _, piece in pieces:  # a long text's tokenization stops too when its caller gave up
            _in_time(deadline)
            docs.append(ja.tokenize(self._nlp, piece))
        raw: list[list[tuple[int, RecognizerResult]]] = [[] for _ in texts]
        for (i, offset, piece), artifacts in zip(pieces, ja.artifacts(self._nlp, self._nlp_engine, docs), strict=True):
            _in_time(deadline)
            results = self._engine.analyze(piece, ja.LANGUAGE, nlp_artifacts=artifacts)
            raw[i].extend((offset, r) for r in results)
        return [self._findings(n, r) for n, r in zip(normalized, raw, strict=True)]

    def _findings(self, norm: NormalizedText, raw: list[tuple[int, RecognizerResult]]) -> list[Finding]:
        """Apply thresholds, actions and the allow-list, resolve overlaps, map to original offsets."""
        kept: list[tuple[int, int, RecognizerResult]] = []
        for offset, result in _names_completed(raw, self._rules.rule_for(Entity.PERSON.value)):
            start, end = offset + result.start, offset + result.end
            rule = self._rules.rule_for(result.entity_type)  # an entity the rules do not know is kept
            allowed = rule is not None and rule.action == "allow" and result.entity_type not in self._keep
            if end <= start or allowed or (rule is not None and result.score < rule.threshold):
                continue
            unlabelled = result.score < SCORE_CONTEXT
            if unlabelled and result.entity_type in ASSEMBLED_NEEDS_LABEL and _assembled(norm, start, end):
                continue
            if normalize_value(norm.text[start:end]) in self._rules.allow_list:
                continue
            kept.append((start, end, result))
        kept = _whole_numbers(_inside_addresses(_united(kept)))
        kept.sort(key=lambda k: (-k[2].score, k[0] - k[1], k[0]))
        chosen: list[tuple[int, int, RecognizerResult]] = []  # disjoint, sorted by start (so by end too)
        shadowed: dict[int, list[Finding]] = {}  # id of the chosen result -> results of other types it beat
        for start, end, result in kept:  # highest score first, then longest
            at = bisect.bisect_left(chosen, end, key=lambda c: c[0])
            if at == 0 or chosen[at - 1][1] <= start:
                chosen.insert(at, (start, end, result))
                continue
            if (winner := chosen[at - 1][2]).entity_type != result.entity_type:
                shadowed.setdefault(id(winner), []).append(_finding(norm, start, end, result))
            if result.entity_type != Entity.PERSON.value:
                continue  # (an address that lost to a number read it as its street: …警察署⏎電話⏎0166-35-6469)
            for s, e in _uncovered(norm.text, start, end, chosen):  # 長女 湊 平成25年…: 湊 stays masked
                piece = RecognizerResult(result.entity_type, s, e, result.score, result.analysis_explanation,
                                         result.recognition_metadata)
                chosen.insert(bisect.bisect_left(chosen, s, key=lambda c: c[0]), (s, e, piece))
        return [_finding(norm, s, e, result, tuple(shadowed.get(id(result), ()))) for s, e, result in chosen]


def _uncovered(text: str, start: int, end: int, chosen: list[tuple[int, int, RecognizerResult]]
               ) -> list[tuple[int, int]]:
    """The parts of a name that lost an overlap which no chosen finding covers, trimmed, with a letter or a digit in
    them and no common noun of the lexicon: a name that reached past the winner (長女 湊 平成 against 平成25年2月19日)
    still masks the rest, which would otherwise go out as written (not a label read into it: 申請者　住所 …)."""
    first = bisect.bisect_right(chosen, start, key=lambda c: c[1])
    gaps, at = [], start
    for s, e, _ in chosen[first:]:
        if s >= end:
            break
        gaps.append((at, s))
        at = max(at, e)
    gaps.append((at, end))
    out = []
    for s, e in gaps:
        while s < e and not text[s].isalnum():
            s += 1
        while e > s and not text[e - 1].isalnum():
            e -= 1
        if s < e and not common_word(text[s:e]):
            out.append((s, e))
    return out


def _names_completed(raw: list[tuple[int, RecognizerResult]], rule: EntityRule | None
                     ) -> list[tuple[int, RecognizerResult]]:
    """A name's other half (桑原 光: 光 is also a word) scored below the threshold keeps the score of the half that
    reached it: presidio's context words raised 桑原 after the person rules had completed it at the lower score."""
    if rule is None:
        return raw
    sure = sorted((o + r.start, o + r.end, r.score) for o, r in raw
                  if r.entity_type == Entity.PERSON.value and r.score >= rule.threshold)
    starts = [s for s, _, _ in sure]
    out = []
    for offset, result in raw:
        start, end = offset + result.start, offset + result.end
        if result.entity_type == Entity.PERSON.value and result.score < rule.threshold:
            # a half inside the name starts at most _OTHER_HALF after it: only those few are looked at
            near = sure[bisect.bisect_left(starts, start) : bisect.bisect_right(starts, start + _OTHER_HALF)]
            half = max((score for s, e, score in near
                        if e <= end and 0 < (end - start) - (e - s) <= _OTHER_HALF), default=None)
            if half is not None:
                result = RecognizerResult(result.entity_type, result.start, result.end, half,
                                          result.analysis_explanation, result.recognition_metadata)
        out.append((offset, result))
    return out


def _united(kept: list[tuple[int, int, RecognizerResult]]) -> list[tuple[int, int, RecognizerResult]]:
    """Overlapping findings of one type as their union, at the best score: a name found as 山本 葵 飯塚悠真 by
    one rule and 飯塚悠真 by another is masked whole."""
    out: list[tuple[int, int, RecognizerResult]] = []
    for start, end, result in sorted(kept, key=lambda k: (k[2].entity_type, k[0])):
        if out and out[-1][2].entity_type == result.entity_type and start < out[-1][1]:
            prev_start, prev_end, prev = out[-1]
            best = prev if prev.score >= result.score else result
            out[-1] = (prev_start, max(prev_end, end), best)
        else:
            out.append((start, end, result))
    return out


def _inside_addresses(kept: list[tuple[int, int, RecognizerResult]]) -> list[tuple[int, int, RecognizerResult]]:
    """Without the names inside an address: a street or 町域 read as a name (``京都市上京区柳葉通…``, ``大字田中``,
    ``高崎市東原原4-19-5``) would win the overlap on its score and leave the rest of the address unmasked; the address
    masks it whole, a name it read too far into too (``柏市松葉町の佐藤一郎``)."""
    addresses = [(s, e) for s, e, r in kept if r.entity_type == Entity.ADDRESS.value]
    if not addresses:
        return kept
    return [k for k in kept if k[2].entity_type != Entity.PERSON.value
            or not any(s <= k[0] and k[1] <= e and (s, e) != (k[0], k[1]) for s, e in addresses)]


def _whole_numbers(kept: list[tuple[int, int, RecognizerResult]]) -> list[tuple[int, int, RecognizerResult]]:
    """A number a family found only in part (the 記号 of ゆうちょ ``19214⏎43381941``, one line of a broken number)
    inside an ``ID_NUMBER`` that its label joined whole: the family's finding takes the whole number, which
    would otherwise lose the overlap to it and leave the rest unmasked. A whole that runs into another number a
    family found (``個人番号：4489-7184-3463⏎3518 7243 7357 9600``: the card on the next line) was joined too far
    and takes nothing; the family's own finding stays beside the whole as well, should the whole lose."""
    numbers = [(s, e) for s, e, r in kept if r.entity_type in NUMBER_FAMILIES]
    wholes = [(ws, we) for ws, we, r in kept if r.entity_type == Entity.ID_NUMBER.value
              and not any(s < we and ws < e and not (ws <= s and e <= we) for s, e in numbers)]
    if not wholes:
        return kept
    out: list[tuple[int, int, RecognizerResult]] = []
    used: set[tuple[int, int]] = set()
    for start, end, result in kept:
        if result.entity_type in NUMBER_FAMILIES:
            whole = next(((s, e) for s, e in wholes if s <= start and end <= e and (s, e) != (start, end)), None)
            if whole is not None:  # each family's finding in it takes the whole; the best one wins it
                used.add(whole)
                out.append((*whole, result))
        out.append((start, end, result))
    return [k for k in out if not (k[2].entity_type == Entity.ID_NUMBER.value and (k[0], k[1]) in used)]


def _assembled(norm: NormalizedText, start: int, end: int) -> bool:
    """The normalized span [start, end) was joined from spaced characters of the original."""
    o_start, o_end = norm.to_original(start, end)
    return any(c.isspace() for c in norm.original[o_start:o_end]) and not any(c.isspace() for c in norm.text[start:end])


def _finding(norm: NormalizedText, start: int, end: int, result: RecognizerResult,
             shadowed: tuple[Finding, ...] = ()) -> Finding:
    o_start, o_end = norm.to_original(start, end)
    return Finding(result.entity_type, o_start, o_end, round(float(result.score), 4), shadowed)


class _ContextEnhancer(LemmaContextAwareEnhancer):
    """presidio's enhancer, with the token of a match found by bisection instead of a scan of every token.

    presidio scans the tokens from the start for each result, which made long texts quadratic.
    """

    @staticmethod
    def _find_index_of_match_token(word: str, start: int, tokens: Any, tokens_indices: list[int]) -> int:
        """The first token that ends after ``start``, as presidio's own scan finds it."""
        at = bisect.bisect_right(tokens_indices, start) - 1
        if at < 0 or start >= tokens_indices[at] + len(tokens[at]):
            at += 1
        if at >= len(tokens_indices):
            raise ValueError("match outside the tokens")
        return at


def _in_time(deadline: float | None) -> None:
    if deadline is not None and time.monotonic() > deadline:
        raise TimeoutError("detection deadline passed")


def _groups(texts: Sequence[str]) -> Iterator[Sequence[str]]:
    """Consecutive texts of about GROUP_CHARS characters in all (a longer text forms its own group)."""
    start, size = 0, 0
    for i, text in enumerate(texts):
        if not isinstance(text, str):
            raise TypeError("text must be str")
        if i > start and size + len(text) > GROUP_CHARS:
            yield texts[start:i]
            start, size = i, 0
        size += len(text)
    if start < len(texts):
        yield texts[start:]
