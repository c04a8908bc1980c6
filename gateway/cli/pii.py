"""`gateway pii analyze`: detection on JSON lines, for testing the rules."""

from __future__ import annotations

import argparse
import json
import sys

from gateway.cli._common import rules_option, show_help
from gateway.settings import Settings


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the `pii` command group."""
    pii = sub.add_parser("pii", help="personal-information detection tools")
    pii.set_defaults(func=show_help(pii))
    pii_sub = pii.add_subparsers(title="pii commands")
    analyze = pii_sub.add_parser(
        "analyze", help='read JSON lines {"text": ...} on stdin, write {"entities": [...], "masked": ...} lines')
    rules_option(analyze)
    analyze.set_defaults(func=_pii_analyze)


def _pii_analyze(_args: argparse.Namespace, settings: Settings) -> int:
    from gateway.privacy.analyzer import Analyzer
    from gateway.privacy.masking import describe
    from gateway.privacy.pii_rules import actions

    analyzer = Analyzer(settings.pii)
    action_of = actions(settings.pii)
    status = 0
    for number, line in enumerate(sys.stdin, start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
            text = item["text"]
            if not isinstance(text, str):
                raise TypeError
        except (ValueError, KeyError, TypeError):
            print(json.dumps({"error": f"line {number}: expected a JSON object with a string \"text\""}), flush=True)
            status = 1
            continue
        print(json.dumps(describe(text, analyzer.analyze(text), action_of), ensure_ascii=False), flush=True)
    return status
