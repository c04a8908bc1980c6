"""Leaks on the blind development corpora may not grow back: floors at what has been reached (2026-12-01).

`blind`, `fresh`, `third`, `fourth`, `fifth`, `sixth`, `seventh`, `eighth`, `ninth`, `tenth`, `eleventh`, `twelfth`,
`thirteenth`, `fourteenth` and `fifteenth` were written blind to the detector, then used for development. The
held-out corpus (tests/eval/sixteenth) is deliberately not used here: it is only scored by `make eval`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

import pytest

from gateway.privacy.analyzer import Analyzer
from gateway.privacy.nlp import load_nlp
from gateway.privacy.pii_rules import load_pii_rules
from tests.eval.blind.corpus import build_blind
from tests.eval.blind.model import BlindDoc
from tests.eval.blind_report import evaluate
from tests.eval.eighth.corpus import build_eighth
from tests.eval.eleventh.corpus import build_eleventh
from tests.eval.fifteenth.corpus import build_fifteenth
from tests.eval.fifth.corpus import build_fifth
from tests.eval.fourteenth.corpus import build_fourteenth
from tests.eval.fourth.corpus import build_fourth
from tests.eval.fresh.corpus import build_fresh
from tests.eval.leaks import LeakReport
from tests.eval.ninth.corpus import build_ninth
from tests.eval.seventh.corpus import build_seventh
from tests.eval.sixth.corpus import build_sixth
from tests.eval.tenth.corpus import build_tenth
from tests.eval.third.corpus import build_third
from tests.eval.thirteenth.corpus import build_thirteenth
from tests.eval.twelfth.corpus import build_twelfth

RULES = Path(__file__).resolve().parent.parent.parent / "rules" / "pii.yaml"
# reached (2026-12-01 04:05): blind 0.9 % of all values, PERSON 1.1 %, MY_NUMBER 0/56, 6/288 negatives, 7/1062 and
# 7/532 over-masked; fresh 1.3 %, PERSON 1.4 %, MY_NUMBER 0/40, 0/161 negatives, 6/663 and 0/527 over-masked;
# third 2.1 %, PERSON 3.9 %, MY_NUMBER 0/105, 0/100 negatives, 2/666 and 2/355 over-masked; fourth 4.9 %,
# PERSON 6.2 %, MY_NUMBER 0/98, 4/100 negatives, 1/547 and 16/285 over-masked; fifth 2.1 %, PERSON 4.3 %,
# MY_NUMBER 0/82, 2/114 negatives, 0/602 and 2/452 over-masked; (06:15) sixth 1.9 %, PERSON 2.8 %, MY_NUMBER 1/84,
# 14/102 negatives (each an internal IP address, which the gateway masks), 6/775 over-masked; (11:23) sixth 1.2 %,
# PERSON 1.5 %; fifth 1.3 %, PERSON 2.4 %; (11:45) seventh 2.4 %, PERSON 2.6 %, MY_NUMBER 0/91, 1/100 negatives,
# 4/727 over-masked; (evening) eighth 0.4 %, PERSON 0.5 %, ADDRESS 0/392, MY_NUMBER 0/94, 4/107 negatives,
# 16/1212 and 8/366 over-masked; (night) ninth 1.8 %, PERSON 2.1 %, ADDRESS 7/600, BIRTH_DATE 7/312, MY_NUMBER 0/96,
# 6/110 negatives, 18/843 and 23/462 over-masked; (2026-12-02) tenth 1.1 %, PERSON 1.4 %, ADDRESS 12/544, BIRTH_DATE
# 2/318, PHONE_NUMBER 4/432, MY_NUMBER 0/109, 8/112 negatives, 5/462 and 21/246 over-masked; (2026-12-02 07:40)
# eleventh 2.4 %, PERSON 4.9 %, ADDRESS 12/569, CARE_INSURANCE 6/130, MY_NUMBER 0/130, 1/110 negatives, 19/841 and
# 25/462 over-masked; twelfth 1.5 %, PERSON 2.1 %, ADDRESS 15/605, BIRTH_DATE 5/406, PHONE_NUMBER 9/512,
# MY_NUMBER 0/176, 7/108 negatives, 4/1008 and 22/518 over-masked; (2026-12-02 11:00) fourth 3.2 %, PERSON 3.5 %;
# eleventh 2.0 %, PERSON 3.9 %; thirteenth 0.3 %, PERSON 4/1783, ADDRESS 5/814, 3/110 negatives, 3/779 over-masked;
# (2026-12-02 13:00) fourteenth 0.6 %, PERSON 27/1981, ADDRESS 9/736, every number family 0, 10/110 negatives, 9/496
# and 24/203 over-masked; (2026-12-02 evening) fifteenth 0.4 %, PERSON 21/2157, BIRTH_DATE 4/429, every other type 0,
# 12/108 negatives, 2/813 and 45/194 over-masked
MAX_LEAKED = {
    "blind": {"TOTAL": 0.012, "PERSON": 0.014, "MY_NUMBER": 0.02, "RESIDENT_CODE": 0.0, "EMAIL_ADDRESS": 0.0},
    "fresh": {"TOTAL": 0.016, "PERSON": 0.018, "MY_NUMBER": 0.0, "PENSION_NUMBER": 0.0, "RESIDENT_CODE": 0.0,
              "EMAIL_ADDRESS": 0.0, "BIRTH_DATE": 0.0},
    "third": {"TOTAL": 0.025, "PERSON": 0.042, "MY_NUMBER": 0.0, "EMAIL_ADDRESS": 0.0, "POSTAL_CODE": 0.0,
              "BIRTH_DATE": 0.01},
    "fourth": {"TOTAL": 0.04, "PERSON": 0.045, "MY_NUMBER": 0.0, "EMAIL_ADDRESS": 0.0, "POSTAL_CODE": 0.0},
    "fifth": {"TOTAL": 0.016, "PERSON": 0.03, "MY_NUMBER": 0.0, "EMAIL_ADDRESS": 0.0, "POSTAL_CODE": 0.0,
              "PASSPORT": 0.0},
    "sixth": {"TOTAL": 0.015, "PERSON": 0.02, "MY_NUMBER": 0.015, "EMAIL_ADDRESS": 0.0, "RESIDENT_CODE": 0.0},
    "seventh": {"TOTAL": 0.03, "PERSON": 0.035, "MY_NUMBER": 0.0, "EMAIL_ADDRESS": 0.0, "POSTAL_CODE": 0.0},
    "eighth": {"TOTAL": 0.006, "PERSON": 0.008, "ADDRESS": 0.0, "MY_NUMBER": 0.0, "EMAIL_ADDRESS": 0.0,
               "BANK_ACCOUNT": 0.0},
    "ninth": {"TOTAL": 0.022, "PERSON": 0.027, "ADDRESS": 0.015, "BIRTH_DATE": 0.03, "MY_NUMBER": 0.0,
              "EMAIL_ADDRESS": 0.0, "PHONE_NUMBER": 0.0},
    "tenth": {"TOTAL": 0.014, "PERSON": 0.018, "ADDRESS": 0.028, "BIRTH_DATE": 0.01, "PHONE_NUMBER": 0.012,
              "MY_NUMBER": 0.0,
              "EMAIL_ADDRESS": 0.0, "POSTAL_CODE": 0.0, "DISABILITY_CERTIFICATE": 0.0},
    "eleventh": {"TOTAL": 0.024, "PERSON": 0.045, "ADDRESS": 0.025, "MY_NUMBER": 0.0, "EMAIL_ADDRESS": 0.0,
                 "CREDIT_CARD": 0.0, "PHONE_NUMBER": 0.0},
    "twelfth": {"TOTAL": 0.018, "PERSON": 0.025, "ADDRESS": 0.03, "BIRTH_DATE": 0.015, "PHONE_NUMBER": 0.02,
                "MY_NUMBER": 0.0, "EMAIL_ADDRESS": 0.0, "CREDIT_CARD": 0.0, "CARE_INSURANCE": 0.0},
    "thirteenth": {"TOTAL": 0.005, "PERSON": 0.005, "ADDRESS": 0.008, "MY_NUMBER": 0.0, "EMAIL_ADDRESS": 0.0,
                   "PHONE_NUMBER": 0.005, "BANK_ACCOUNT": 0.03},
    "fourteenth": {"TOTAL": 0.008, "PERSON": 0.016, "ADDRESS": 0.015, "BIRTH_DATE": 0.0, "MY_NUMBER": 0.0,
                   "CREDIT_CARD": 0.0, "BANK_ACCOUNT": 0.0, "EMAIL_ADDRESS": 0.0, "PHONE_NUMBER": 0.0},
    "fifteenth": {"TOTAL": 0.006, "PERSON": 0.013, "ADDRESS": 0.002, "BIRTH_DATE": 0.012, "MY_NUMBER": 0.0,
                  "PASSPORT": 0.0, "RESIDENCE_CARD": 0.0, "HEALTH_INSURANCE": 0.0, "POSTAL_CODE": 0.0,
                  "DISABILITY_CERTIFICATE": 0.0, "EMAIL_ADDRESS": 0.0, "BANK_ACCOUNT": 0.0, "PHONE_NUMBER": 0.0},
}
MAX_FLAGGED_NEGATIVES = {"blind": 0.03, "fresh": 0.01, "third": 0.01, "fourth": 0.05, "fifth": 0.03, "sixth": 0.14,
                         "seventh": 0.02, "eighth": 0.04, "ninth": 0.06, "tenth": 0.08, "eleventh": 0.02,
                         "twelfth": 0.07, "thirteenth": 0.04, "fourteenth": 0.095, "fifteenth": 0.12}
MAX_OVER_MASKED = {"blind": 0.02, "fresh": 0.02, "third": 0.02, "fourth": 0.06, "fifth": 0.01, "sixth": 0.02,
                   "seventh": 0.02, "eighth": 0.025, "ninth": 0.055, "tenth": 0.09, "eleventh": 0.06,
                   "twelfth": 0.05, "thirteenth": 0.02, "fourteenth": 0.12, "fifteenth": 0.24}
CORPORA: dict[str, Callable[[], Sequence[BlindDoc]]] = {
    "blind": build_blind, "fresh": build_fresh, "third": build_third, "fourth": build_fourth, "fifth": build_fifth,
    "sixth": build_sixth, "seventh": build_seventh, "eighth": build_eighth, "ninth": build_ninth,
    "tenth": build_tenth, "eleventh": build_eleventh, "twelfth": build_twelfth, "thirteenth": build_thirteenth,
    "fourteenth": build_fourteenth, "fifteenth": build_fifteenth,
}


@pytest.fixture(scope="module", params=sorted(CORPORA))
def leak(request: pytest.FixtureRequest) -> tuple[str, LeakReport]:
    docs = CORPORA[request.param]()
    analyzer = Analyzer(load_pii_rules(RULES), nlp=load_nlp())
    return request.param, evaluate(docs, analyzer.analyze_batch([d.text for d in docs]))[1]


def test_leaks_do_not_grow_back(leak: tuple[str, LeakReport]) -> None:
    corpus, report = leak
    rates = {"TOTAL": report.total().rate, **{entity: rate.rate for entity, rate in report.per_type.items()}}
    grown = {entity: round(rates[entity], 3) for entity, limit in MAX_LEAKED[corpus].items() if rates[entity] > limit}
    assert grown == {}


def test_no_more_false_alarms(leak: tuple[str, LeakReport]) -> None:
    corpus, report = leak
    assert report.negative_docs.rate <= MAX_FLAGGED_NEGATIVES[corpus]
    assert all(rate.rate <= MAX_OVER_MASKED[corpus] for rate in report.over_masked.values())
