"""A success-measure grid continued under the action table's repeated header (Hillingdon PDF)."""

from planparse.api import extract
from planparse.layout import Context
from planparse.tables.find import Row, Table
from planparse.tables.regrid import regrid

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


def test_a_page_wider_than_the_grid_above_keeps_all_its_cells() -> None:
    # Hillingdon p.19: the grid's page has 13 columns under a repeated 11-column action
    # header; placed under the first page's columns, "By Apr 28" and the source would be lost
    context = Context()
    grid_rows = [
        Row(
            ["1.2.1", "Timeliness of plans", "Baseline 40%", "By Oct 25", "By Oct 26", "EHM"],
            context,
            18,
            1,
        ),  # fmt: skip
        Row(["", "", "", "50%", "60%", ""], context, 18, 2),
    ]
    grid = Table(["", "Measure", "Baseline", "Target", "", "Source"],
                 [None, "measure", "baseline", "target", None, "source"], "grid", context,
                 grid_rows)  # fmt: skip
    wide = ["1.4.1", "", "Waiting times for therapy", "Baseline", "May 24", "June 24",
            "By April 25", "By Apr 26", "By Apr 27", "By Apr 28", "", "CNWL database"]  # fmt: skip
    values = ["", "", "", "SALT", "62%", "63%", "75%", "75%", "75%", "75%", "", ""]
    remapped = Row(wide[:6], context, 19, 3, printed=wide)
    remapped_values = Row(values[:6], context, 19, 4, printed=values)
    action = Table(["", "Key Areas", "Actions", "", "", "Lead"],
                   [None, "objective", "action", None, None, "lead"], "action", context,
                   [remapped, remapped_values])  # fmt: skip
    out = regrid([grid, action])
    assert [t.kind for t in out] == ["grid", "grid"]
    assert out[1].rows[0].cells == wide and "source" in out[1].roles


def test_a_page_of_values_without_labels_goes_under_the_last_value_columns() -> None:
    # Hillingdon PDF p.19 -> p.20: "Section D 18% …" | "D 55%" … printed four columns
    # narrower than the grid above, under its "By Apr 25 … By Apr 28"
    got = extract(CORPORA / "hillingdon-send-improvement-plan-2024-28.pdf")
    measure = next(
        m for m in got.records["measures"] if m.text.startswith("Quality of EHCP Outcomes")
    )
    d_values = [
        (t.kind, t.period_label, t.value)
        for t in got.records["targets"]
        if t.measure_id == measure.measure_id and t.series in ("D", "Section D")
    ]
    assert ("target", "By Apr 25", 55.0) in d_values
    assert ("target", "By Apr 28", 75.0) in d_values
    assert ("baseline", "Baseline April 24", 18.0) in d_values


def test_periods_in_an_action_tables_own_date_columns_make_no_grid() -> None:
    # a climate plan's "Start | Completion" hold "Q2 2025/26 | Q4 2026/27": the action's
    # dates, where a grid run under an action header holds its labels in other columns
    context = Context()
    header = ["Ref", "Action", "Lead Department", "Start", "Completion", "Cost", "Status"]
    roles = ["id", "action", "lead", "start", "deadline", None, "status"]
    rows = [
        ["T1", "Electrify the council fleet", "Fleet Management", "2025", "2030", "TBC", "Red"],
        ["T2", "Expand EV charging", "Highways", "Q2 2025/26", "Q4 2026/27", "£1.1m", "Green"],
    ]
    table = Table(
        header, roles, "action", context, [Row(r, context, None, i) for i, r in enumerate(rows)]
    )
    assert [t.kind for t in regrid([table])] == ["action"]
