"""Docs that cannot drift: every command has help and is documented in the README."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from newsgraph.cli import build_parser

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def _commands() -> dict[str, argparse.ArgumentParser]:
    parser = build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(sub.choices)


@pytest.mark.parametrize("name", sorted(_commands()))
def test_cli_docs_every_command_has_help_and_readme_entry(name: str) -> None:
    command = _commands()[name]
    assert command.description
    assert f"newsgraph {name}" in README
    for action in command._actions:
        if action.option_strings and action.dest != "help":
            assert action.help, f"{name} {action.option_strings} has no help"


def test_cli_docs_readme_quick_start_shows_the_two_commands_first() -> None:
    quick = README.split("## Quick start", 1)[1].split("##", 1)[0]
    assert quick.index("make demo") < quick.index("make test")
