"""Action ids a converter cut, completed from the ids around them."""

import pytest

from planparse.assemble.actions import _complete_cut_ids
from planparse.layout import Context
from planparse.tables.rows import LogicalRow


def _rows(*ids: str) -> list[LogicalRow]:
    return [LogicalRow({"id": i, "action": "Do"}, Context(), None, n) for n, i in enumerate(ids)]


@pytest.mark.parametrize(
    ("printed", "read"),
    [
        # Hillingdon text: "4.3." between 4.2.4 and 4.4.1 is 4.3.1, its last number cut
        (["4.2.4", "4.3", "4.4.1"], ["4.2.4", "4.3.1", "4.4.1"]),
        # Hull numbers priority 4 with two parts: its ids stay
        (["3.2.1", "4.1", "4.2", "4.3"], ["3.2.1", "4.1", "4.2", "4.3"]),
        # an id with actions numbered under it is a heading's, not cut
        (["4.2.4", "4.3", "4.3.1"], ["4.2.4", "4.3", "4.3.1"]),
        # neighbours of another ambition say nothing about it
        (["3.2.4", "4.3", "5.1.1"], ["3.2.4", "4.3", "5.1.1"]),
    ],
)
def test_a_two_part_id_between_three_part_ids_is_completed(
    printed: list[str], read: list[str]
) -> None:
    rows = _rows(*printed)
    _complete_cut_ids(rows)
    assert [r.values["id"] for r in rows] == read
    # the id as printed is kept for the W302 warning, on the completed row only
    assert [r.id_as_printed for r in rows if r.id_as_printed] == [
        p for p, r in zip(printed, read, strict=True) if p != r
    ]
