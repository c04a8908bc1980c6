"""presidio's IBAN, US SSN and IP recognizers re-registered for ja, working next to kanji."""

from __future__ import annotations

import pytest

from gateway.privacy.entities import Entity
from gateway.privacy.recognizers._context import SCORE_CONTEXT, SCORE_WEAK
from gateway.privacy.recognizers.international import (
    JaIbanRecognizer,
    JaIpRecognizer,
    JaUsSsnRecognizer,
    recognizers,
)
from tests.privacy.recognizer_support import found, normalize_like, reported

IBAN = JaIbanRecognizer()
SSN = JaUsSsnRecognizer()
IP = JaIpRecognizer()


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("IBANはDE89370400440532013000です", "DE89370400440532013000"),
        ("振込先 GB82 WEST 1234 5698 7654 32 まで", "GB82 WEST 1234 5698 7654 32"),
        ("口座：ＤＥ８９３７０４００４４０５３２０１３０００", "DE89370400440532013000"),
    ],
)
def test_iban(text: str, span: str) -> None:
    [(got, score)] = found(IBAN, normalize_like(text))
    assert got == span
    assert score >= SCORE_CONTEXT


def test_iban_with_a_bad_checksum_is_not_reported() -> None:
    assert found(IBAN, "IBAN DE89370400440532013001") == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("SSNは123-45-6780です", "123-45-6780"),
        ("社会保障番号 123 45 6780", "123 45 6780"),
        ("123-45-6780（SSN）", "123-45-6780"),
    ],
)
def test_ssn_with_context(text: str, span: str) -> None:
    assert found(SSN, text) == [(span, SCORE_CONTEXT)]


@pytest.mark.parametrize("text", ["番号123-45-6780", "123456780"])
def test_ssn_without_context_is_weak(text: str) -> None:
    assert all(score <= SCORE_WEAK for _, score in found(SSN, text))
    assert reported(SSN, text) == []


@pytest.mark.parametrize("text", ["SSN 000-12-3456", "SSN 666-12-3456", "SSN 123-00-4567", "SSN 123-45-67890"])
def test_ssn_invalid(text: str) -> None:
    assert found(SSN, text) == []


@pytest.mark.parametrize(
    ("text", "span", "score"),
    [
        ("サーバー192.168.0.1に接続", "192.168.0.1", SCORE_CONTEXT),
        ("接続元 10.0.0.1/24 から", "10.0.0.1/24", 0.6),
        ("IPv6はfe80::1です", "fe80::1", SCORE_CONTEXT),
        ("ホスト２００１：ｄｂ８：：１", "2001:db8::1", SCORE_CONTEXT),
    ],
)
def test_ip(text: str, span: str, score: float) -> None:
    assert found(IP, normalize_like(text)) == [(span, score)]


@pytest.mark.parametrize(
    "text", ["バージョン 2.2.366", "v1.2.3", "256.1.1.1", "会議 14:00-15:30", "2024年4月1日", "12,345,678円"]
)
def test_ip_not_reported(text: str) -> None:
    assert found(IP, text) == []


def test_recognizers_function() -> None:
    recs = recognizers()
    assert [type(r) for r in recs] == [JaIbanRecognizer, JaUsSsnRecognizer, JaIpRecognizer]
    assert [r.supported_entities for r in recs] == [[Entity.IBAN_CODE], [Entity.US_SSN], [Entity.IP_ADDRESS]]
    assert {r.supported_language for r in recs} == {"ja"}
