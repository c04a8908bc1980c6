"""The mask phase: every text of the request is analysed, and each finding pseudonymized, redacted,
blocked or allowed as rules/pii.yaml (and the application's policy) say.

Only counts per entity type leave this module (into the exchange record); values stay in the
request's vault.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable, Sequence
from typing import Any

import anyio.to_thread

from gateway.errors import GatewayError
from gateway.privacy.detector import Detector
from gateway.privacy.entities import LABELS, Entity, Finding, unshadowed
from gateway.privacy.fields import text_fields
from gateway.privacy.normalize import normalize
from gateway.privacy.pii_rules import Action
from gateway.privacy.recognizers.keyed_fields import entity_of
from gateway.privacy.restore import prepare
from gateway.privacy.vault import Vault

LARGE_VAULT = 200  # placeholders; restoring patterns for more are compiled in a worker thread
LARGE_TEXT = 20_000  # characters; the sweep over longer requests runs in a worker thread
_NUMBER = re.compile(r"[0-9\-]+")
_SPACE = re.compile(r"\s")
_SPACE_OR_HYPHEN = re.compile(r"[\s\-]")
_KATAKANA = re.compile(r"[\u30a1-\u30fa\u30fc]")
_LATIN = re.compile(r"[A-Za-z]")
_KANJI = re.compile(r"[\u3005\u4e00-\u9fff]")
_PLACE_SUFFIX = frozenset("市区町村郡県都府道駅店館院園校社寺")


def pii_blocked(entities: set[str]) -> GatewayError:
    """400: the request holds personal data that may never be sent."""
    names = "、".join(LABELS.get(e, e) for e in sorted(entities))
    return GatewayError(
        400,
        "pii_blocked",
        f"送信が禁止されている個人情報 ({names}) が含まれているため、送信を止めました。"
        "該当する部分を削除してから送り直してください。",
    )


class Masker:
    """Masks request bodies in place and returns the vault that restores the answer."""

    def __init__(self, detector: Detector) -> None:
        self.detector = detector

    async def mask(self, body: dict[str, Any], found: Counter[str], *, action_of: Callable[[str], Action],
                   allow_media: bool) -> Vault:
        """Mask `body` in place; counts findings per type into `found`; raises 400 `pii_blocked`."""
        fields = text_fields(body, allow_media=allow_media)
        labels: dict[str, list[str]] = {}
        for slot in fields.slots:
            names = labels.setdefault(slot.text, [])
            if slot.label and slot.label not in names:
                names.append(slot.label)
        texts = list(labels)
        vault = Vault(texts)
        allowed: Callable[[str], bool] = lambda entity: action_of(entity) == "allow"  # noqa: E731
        labelled = [labelled_text(text, labels[text]) for text in texts]
        detected = [unshadowed(without_label(f, len(t) - len(text)), allowed)
                    for text, t, f in zip(texts, labelled, await self.detector.detect(labelled), strict=True)]
        if sum(map(len, texts)) > LARGE_TEXT:
            findings = await anyio.to_thread.run_sync(sweep, texts, detected)
        else:
            findings = sweep(texts, detected)
        blocked: set[str] = set()
        masked: dict[str, str] = {}
        for text, text_findings in zip(texts, findings, strict=True):
            masked[text] = mask_text(text, text_findings, action_of, vault, found, blocked)
        if blocked:
            raise pii_blocked(blocked)
        fields.write(masked)
        if len(vault.values) > LARGE_VAULT:
            await anyio.to_thread.run_sync(prepare, vault.values)
        return vault


def labelled_text(text: str, labels: Sequence[str]) -> str:
    """What detection reads for a record's value: the names of the fields that hold it as its label
    (``hihoken_no: 1234-56``); a personal field's name last, right before the value, when several fields hold it."""
    if not labels:
        return text
    ordered = sorted(labels, key=lambda name: entity_of(name) is not None)
    return f"{' '.join(ordered)}: {text}"


def without_label(findings: Sequence[Finding], offset: int) -> tuple[Finding, ...]:
    """The findings in a labelled text moved back onto the value: what lies in the label alone is dropped, a
    finding that starts in it is cut at the value's start."""
    if not offset:
        return tuple(findings)
    return tuple(
        Finding(f.entity, max(f.start, offset) - offset, f.end - offset, f.score,
                without_label(f.shadowed, offset))
        for f in findings if f.end > offset
    )


def sweep(texts: Sequence[str], findings: Sequence[Sequence[Finding]]) -> list[list[Finding]]:
    """Findings extended so that a value found anywhere is found everywhere in the request, however written.

    Detection depends on context (個人番号, 年金, 旅券 …): a number recognised in one message must not
    go out unmasked where it is repeated without its context word, nor where it is repeated in another
    spelling (full-width, kanji digits, other spaces or hyphens); where ``ID_NUMBER`` found such a repeat
    without knowing its kind, the repeat takes the type of the value it repeats. The normalized copy of each text is
    searched without its spaces (and, for numbers, without hyphens between digits), so the search is one
    pass over literal keys. A katakana or romanized key must stand alone (サラ is not in サラダ), and a
    short kanji key not right before a place or shop suffix (池田 is not in 池田市).
    """
    found: dict[str, Finding] = {}
    for text, text_findings in zip(texts, findings, strict=True):
        for f in text_findings:
            key = _spelling_key(text[f.start : f.end])
            if len(key) >= 2 and (key not in found or f.score > found[key].score):
                found[key] = f
    if not found:
        return [list(f) for f in findings]
    numbers = sorted((k for k in found if _NUMBER.fullmatch(k)), key=len, reverse=True)
    words = sorted((k for k in found if not _NUMBER.fullmatch(k)), key=len, reverse=True)
    number_pattern = re.compile("(?<![0-9])(?:" + "|".join(map(re.escape, numbers)) + ")(?![0-9])") if numbers else None
    word_pattern = re.compile("|".join(map(re.escape, words))) if words else None
    swept = []
    for text, text_findings in zip(texts, findings, strict=True):
        spans = sorted(text_findings, key=lambda f: f.start)
        starts = [f.start for f in spans]
        norm = normalize(text)
        for pattern, squeeze in ((number_pattern, _SPACE_OR_HYPHEN), (word_pattern, _SPACE)):
            if pattern is None:
                continue
            squeezed, index = _squeezed(norm.text, squeeze)
            for match in pattern.finditer(squeezed):
                if not _stands_alone(squeezed, match):
                    continue
                start, end = norm.to_original(index[match.start()], index[match.end() - 1] + 1)
                at = bisect.bisect_left(starts, start)  # only the neighbours can overlap
                before, after = spans[at - 1] if at else None, spans[at] if at < len(spans) else None
                if before is not None and before.end > start:
                    continue
                f = found[match.group()]
                if after is None or end <= after.start:
                    spans.insert(at, Finding(f.entity, start, end, f.score))
                    starts.insert(at, start)
                elif _fallback_within(after, start, end) and (at + 1 == len(spans) or end <= spans[at + 1].start):
                    spans[at] = Finding(f.entity, start, end, f.score)  # the number's own type, not ID_NUMBER
        swept.append(spans)
    return swept


def _fallback_within(finding: Finding, start: int, end: int) -> bool:
    """``finding`` is a number of unknown kind (``ID_NUMBER``) inside ``[start, end)``: a value the request
    names elsewhere gives it its type."""
    return finding.entity == Entity.ID_NUMBER and start <= finding.start and finding.end <= end


def _spelling_key(value: str) -> str:
    """The value as the sweep compares it: normalized, without spaces, a number without its hyphens."""
    key = _SPACE.sub("", normalize(value).text)
    return key.replace("-", "") if _NUMBER.fullmatch(key) else key


def _squeezed(text: str, dropped: re.Pattern[str]) -> tuple[str, list[int]]:
    """``text`` without the characters ``dropped`` matches, and the index in ``text`` of each one kept."""
    index = [i for i, c in enumerate(text) if not dropped.fullmatch(c)]
    return "".join(text[i] for i in index), index


def _stands_alone(text: str, match: re.Match[str]) -> bool:
    """Not a piece of a longer katakana or Latin word, nor a short kanji key glued to a place suffix."""
    first, last = match.group()[0], match.group()[-1]
    before = text[match.start() - 1] if match.start() else ""
    after = text[match.end()] if match.end() < len(text) else ""
    for script in (_KATAKANA, _LATIN):
        if (script.match(first) and script.match(before)) or (script.match(last) and script.match(after)):
            return False
    return not (len(match.group()) <= 2 and _KANJI.match(last) and after in _PLACE_SUFFIX)


def mask_text(text: str, findings: Sequence[Finding], action_of: Callable[[str], Action], vault: Vault,
              found: Counter[str], blocked: set[str]) -> str:
    """`text` with each finding replaced as its action says; counts into `found`, block types into `blocked`.

    A blocked value is replaced by ``<BLOCKED_TYPE>`` (the request is refused anyway; the mark is what
    `gateway pii analyze` shows).
    """
    out: list[str] = []
    end = 0
    for finding in findings:
        action = action_of(finding.entity)
        if action == "allow":
            continue
        found[finding.entity] += 1
        if action == "pseudonymize":
            mark = vault.placeholder(finding.entity, text[finding.start : finding.end])
        else:
            if action == "block":
                blocked.add(finding.entity)
            mark = f"<{'BLOCKED' if action == 'block' else 'REDACTED'}_{finding.entity}>"
        out.append(text[end : finding.start])
        out.append(mark)
        end = finding.end
    out.append(text[end:])
    return "".join(out)


def describe(text: str, findings: Sequence[Finding], action_of: Callable[[str], Action]) -> dict[str, Any]:
    """What `gateway pii analyze` and `POST /admin/pii/analyze` report for one text."""
    findings = sweep([text], [unshadowed(findings, lambda entity: action_of(entity) == "allow")])[0]
    masked = mask_text(text, findings, action_of, Vault([text]), Counter(), set())
    entities = [{"type": f.entity, "start": f.start, "end": f.end, "score": round(f.score, 3)} for f in findings]
    return {"entities": entities, "masked": masked}
