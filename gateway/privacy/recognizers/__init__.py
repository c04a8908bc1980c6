"""The Japanese recognizer registry: structured identifiers, names, addresses, birth dates and city rules."""

from __future__ import annotations

from presidio_analyzer import EntityRecognizer, RecognizerRegistry

from gateway.privacy.pii_rules import PiiRules
from gateway.privacy.recognizers import (
    bank_account,
    care_insurance,
    credentials,
    credit_card,
    disability_certificate,
    driver_license,
    email,
    health_insurance,
    international,
    my_number,
    passport,
    pension,
    phone,
    postal_code,
    residence_card,
    resident_code,
)
from gateway.privacy.recognizers.address import AddressRecognizer
from gateway.privacy.recognizers.birth_date import BirthDateRecognizer
from gateway.privacy.recognizers.custom import CustomRecognizer, DenyListRecognizer
from gateway.privacy.recognizers.id_number import IdNumberRecognizer
from gateway.privacy.recognizers.keyed_fields import KeyedFieldRecognizer
from gateway.privacy.recognizers.person import PersonRecognizer
from gateway.privacy.recognizers.sql_values import SqlValuesRecognizer
from gateway.privacy.recognizers.vcard import VCardRecognizer

LANGUAGE = "ja"
STRUCTURED = (
    phone,
    email,
    postal_code,
    my_number,
    resident_code,
    health_insurance,
    care_insurance,
    disability_certificate,
    pension,
    driver_license,
    passport,
    residence_card,
    bank_account,
    credit_card,
    international,
    credentials,
)


def all_recognizers(rules: PiiRules) -> list[EntityRecognizer]:
    """Every recognizer for ``ja``: structured identifiers, names, addresses, birth dates, long numbers that none of
    them named, values that a field name, a SQL column list or a contact card's property labels, then the city's
    rules."""
    found: list[EntityRecognizer] = [r for module in STRUCTURED for r in module.recognizers()]
    found += [PersonRecognizer(), AddressRecognizer(), BirthDateRecognizer(), IdNumberRecognizer(),
              KeyedFieldRecognizer(), SqlValuesRecognizer(), VCardRecognizer()]
    found += [CustomRecognizer(rule) for rule in rules.custom]
    if any(rules.deny_list.values()):
        found.append(DenyListRecognizer(rules.deny_list))
    return found


def build_registry(rules: PiiRules) -> RecognizerRegistry:
    """A presidio registry for Japanese only (presidio's English defaults are never loaded)."""
    registry = RecognizerRegistry(supported_languages=[LANGUAGE])
    for recognizer in all_recognizers(rules):
        registry.add_recognizer(recognizer)
    return registry
