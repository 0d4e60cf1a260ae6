"""A success-measure grid continued under the action table's repeated header (Hillingdon PDF)."""

from planparse.api import extract

from ..conftest import CORPORA


def test_grid_rows_under_a_repeated_action_header_continue_the_grid() -> None:
    got = extract(CORPORA / "hillingdon-send-improvement-plan-2024-28.pdf")
    measures = {m.measure_id: m for m in got.records["measures"]}
    views = next(m for m in measures.values() if m.action_refs == ["2.1.1"])
    values = [
        (t.period_label, t.value)
        for t in got.records["targets"]
        if t.measure_id == views.measure_id and t.series == "Views" and t.kind == "target"
    ]
    # page 22 prints the measure and its labels; page 23, under "Key Areas | Actions | Lead",
    # prints its values
    assert values == [
        ("By Oct 25", 1530.0),
        ("By Oct 26", 1730.0),
        ("By Oct 27", 1930.0),
        ("By Oct 28", 2130.0),
    ]
    # Ambition 1's grid starts at the foot of page 14 and runs on pages 15-20 the same way
    assert any(m.action_refs == ["1.1.4"] for m in measures.values())
