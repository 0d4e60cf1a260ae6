"""Objectives printed as codes and the key naming them (assemble/code_key.py)."""

import pytest

from planparse.assemble.code_key import code_key, with_code_key
from planparse.models import Action
from planparse.read.text import lines_to_blocks


@pytest.mark.parametrize(
    ("lines", "key"),
    [
        (
            ["P1 – Timely, good quality EHC plans", "P2 - Inclusion in mainstream schools"],
            {"P1": "Timely, good quality EHC plans", "P2": "Inclusion in mainstream schools"},
        ),
        (["SP1: Early help", "SP2: Transitions"], {"SP1": "Early help", "SP2": "Transitions"}),
        # one code alone is a heading, not a key; a code inside prose is no entry
        (["P1 – Timely, good quality EHC plans"], {}),
        (["We met P1 – the first priority – in May.", "Recruit P2 staff"], {}),
    ],
)
def test_code_key(lines: list[str], key: dict[str, str]) -> None:
    assert code_key(lines_to_blocks(lines)) == key


def test_an_objective_a_key_names_takes_its_words_and_its_code_as_id() -> None:
    action = Action(doc_id="d", action_id="1", objective="P1", text="Recruit")
    numbered = Action(doc_id="d", action_id="2", objective="P1", objective_id="1.1", text="X")
    other = Action(doc_id="d", action_id="3", objective="P9", text="Y")
    got = with_code_key([action, numbered, other], {"P1": "Timely plans"})
    assert [(a.objective_id, a.objective) for a in got] == [
        ("P1", "Timely plans"), ("1.1", "P1"), (None, "P9")
    ]  # fmt: skip
