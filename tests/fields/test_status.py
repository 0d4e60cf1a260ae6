"""Status wordings (fields/status.py)."""

import pytest

from planparse.fields.status import opens_with_a_status


@pytest.mark.parametrize(
    ("cell", "rated"),
    [
        ("On track", True),
        ("Amber – delayed to June", True),
        ("G", True),
        ("A draft is with the board", False),  # the article, not a RAG letter
        # the answer to a milestone's "Achieved?" (Corbridge)
        ("Yes", True),
        ("Partly", True),
        ("Not met", True),
        ("Nothing to report this month", False),
        # Hexham: symbols a key names ("✔ complete; ▲ on track; ● at risk; ✖ off track")
        ("✔", True),
        ("▲", True),
        ("●", True),
        ("✖", True),
        ("🟢", True),
        ("▲ 62% of plans", False),  # a symbol leading a sentence is a bullet, no rating
        ("Backlog down from 212 to 130", False),
    ],
)
def test_a_status_opens_its_cell(cell: str, rated: bool) -> None:
    assert opens_with_a_status(cell) is rated
