"""The mask phase: every text of the request is analysed, and each finding pseudonymized, redacted,
blocked or allowed as rules/pii.yaml (and the application's policy) say.

Only counts per entity type leave this module (into the exchange record); values stay in the
request's vault.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from typing import Any

import anyio.to_thread

from gateway.errors import GatewayError
from gateway.privacy.detector import Detector
from gateway.privacy.entities import LABELS, Finding, unshadowed
from gateway.privacy.fields import text_fields
from gateway.privacy.normalize import normalize
from gateway.privacy.pii_rules import Action, PiiRules
from gateway.privacy.restore import prepare
from gateway.privacy.vault import Vault

LARGE_VAULT = 200  # placeholders; restoring patterns for more are compiled in a worker thread
_NUMBER = re.compile(r"[0-9\-]+")


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
        texts = list(dict.fromkeys(slot.text for slot in fields.slots))
        vault = Vault(texts)
        detected = await self.detector.detect(texts)
        findings = sweep(texts, [unshadowed(f, lambda entity: action_of(entity) == "allow") for f in detected])
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


def sweep(texts: Sequence[str], findings: Sequence[Sequence[Finding]]) -> list[list[Finding]]:
    """Findings extended so that a value found anywhere is found everywhere in the request, however written.

    Detection depends on context (個人番号, 年金, 旅券 …): a number recognised in one message must not
    go out unmasked where it is repeated without its context word, nor where it is repeated in another
    spelling (full-width, kanji digits, other spaces or hyphens: the normalized copy of detection is
    searched, with any spaces, and for a number any hyphens, between its characters).
    """
    found: dict[str, Finding] = {}
    for text, text_findings in zip(texts, findings, strict=True):
        for f in text_findings:
            key = _spelling_key(text[f.start : f.end])
            if len(key) >= 2 and (key not in found or f.score > found[key].score):
                found[key] = f
    if not found:
        return [list(f) for f in findings]
    pattern = re.compile("|".join(_any_spelling(key) for key in sorted(found, key=len, reverse=True)))
    swept = []
    for text, text_findings in zip(texts, findings, strict=True):
        spans = sorted(text_findings, key=lambda f: f.start)
        starts = [f.start for f in spans]
        norm = normalize(text)
        for match in pattern.finditer(norm.text):
            start, end = norm.to_original(*match.span())
            at = bisect.bisect_left(starts, start)  # only the neighbours can overlap
            before, after = spans[at - 1] if at else None, spans[at] if at < len(spans) else None
            if (before is None or before.end <= start) and (after is None or end <= after.start):
                f = found[_spelling_key(match.group())]
                spans.insert(at, Finding(f.entity, start, end, f.score))
                starts.insert(at, start)
        swept.append(spans)
    return swept


def _spelling_key(value: str) -> str:
    """The value as the sweep compares it: normalized, without spaces, a number without its hyphens."""
    key = "".join(normalize(value).text.split())
    return key.replace("-", "") if _NUMBER.fullmatch(key) else key


def _any_spelling(key: str) -> str:
    """A regex for ``key`` with any spaces (and, in a number, hyphens) between its characters."""
    if _NUMBER.fullmatch(key):
        return "(?<![0-9])" + "[-\\s]*".join(re.escape(c) for c in key) + "(?![0-9])"
    return "\\s*".join(re.escape(c) for c in key)


def actions(rules: PiiRules, overrides: Mapping[str, Action] | None = None) -> Callable[[str], Action]:
    """The action per entity type: an application's override, else the rules' (pseudonymize if unknown)."""

    def action(entity: str) -> Action:
        if overrides and entity in overrides:
            return overrides[entity]
        rule = rules.rule_for(entity)
        return rule.action if rule else "pseudonymize"

    return action


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
