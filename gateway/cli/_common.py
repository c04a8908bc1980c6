"""What every `gateway` subcommand shares: the --rules option and help for command groups."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from gateway.settings import Settings

Command = Callable[[argparse.Namespace, Settings], int]


def rules_option(parser: argparse.ArgumentParser) -> None:
    """Add `--rules DIR` (default ./rules)."""
    parser.add_argument("--rules", default="rules", help="directory holding the rules YAML (default ./rules)")


def show_help(parser: argparse.ArgumentParser) -> Command:
    """A command that prints the group's help and fails (a group named without a subcommand)."""

    def show(_args: argparse.Namespace, _settings: Settings) -> int:
        parser.print_help()
        return 1

    return show
