"""Every CLI command has help and appears in the README."""

import pytest
from typer.testing import CliRunner

from planparse.cli import app

from .conftest import ROOT

COMMANDS = ["extract", "check", "inspect", "schema", "coverage", "version"]


@pytest.mark.parametrize("command", COMMANDS)
def test_command_has_help_and_is_documented(command: str) -> None:
    result = CliRunner().invoke(app, [command, "--help"])
    assert result.exit_code == 0 and "Usage" in result.output
    assert f"planparse {command}" in (ROOT / "README.md").read_text()
