"""Grid rows to measures and targets, on rows shaped like the Hillingdon plan's grids."""

from datetime import date

import pytest

from planparse.assemble.grids import Grids, tables_to_measures
from planparse.fields.dates import year_frame, year_reading
from planparse.layout import Context
from planparse.models import Measure
from planparse.tables.find import Row, Table
from planparse.tables.roles import row_to_roles

HEADER = ["", "SUCCESS MEASURE", "Baseline performance", "Target", "", "", "", "Source"]
ROLES = [None, "measure", "baseline", "target", None, None, None, "source"]


def _grid(*rows: list[str], header: list[str] = HEADER, roles: list[str | None] = ROLES) -> Table:
    context = Context()
    return Table(
        header=header,
        roles=roles,
        kind="grid",
        context=context,
        rows=[
            Row(cells=list(r), context=context, page=None, line_no=i) for i, r in enumerate(rows)
        ],
    )


def _read(header: list[str], roles: list[str | None], *rows: list[str]) -> Grids:
    """The measures, targets and diagnostics of a grid of `rows` under `header`."""
    return tables_to_measures("d", [_grid(*rows, header=header, roles=roles)])


def _targets(*rows: list[str]) -> list[tuple[str, str, str | None, str | None, float, str]]:
    measures, targets, _ = tables_to_measures("d", [_grid(*rows)])
    return [
        (t.measure_id, t.kind, t.series, t.period_label, t.value, t.value_text) for t in targets
    ]


def test_wrapped_measure_with_ids_continuing_after_ampersand_is_one_measure() -> None:
    measures, targets, _ = tables_to_measures(
        "d",
        [
            _grid(
                [
                    "1.2.1 & 1.2.2 c &",
                    "Annual reviews timeline",
                    "Baseline 23/24",
                    "By Oct 25",
                    "By Oct 26",
                    "",
                    "",
                    "EHM",
                ],
                [
                    "1.2.3",
                    "improved",
                    "",
                    "4-week decision at 50%",
                    "4-week decision at 60%",
                    "",
                    "",
                    "",
                ],
            )
        ],
    )
    assert [(m.measure_id, m.action_refs, m.text) for m in measures] == [
        ("M1", ["1.2.1", "1.2.2c", "1.2.3"], "Annual reviews timeline improved")
    ]
    assert [(t.series, t.period_label, t.value_text) for t in targets] == [
        ("4-week decision", "By Oct 25", "4-week decision at 50%"),
        ("4-week decision", "By Oct 26", "4-week decision at 60%"),
    ]


def test_a_row_of_period_labels_alone_heads_the_next_measure() -> None:
    got = _targets(
        ["1.1", "First measure", "", "By Oct 25", "By Oct 26", "", "", ""],
        ["", "", "", "50%", "60%", "", "", ""],
        ["", "", "", "By Apr 25", "By Apr 26", "", "", ""],
        ["1.2", "Second measure", "", "70%", "80%", "", "", ""],
    )
    assert got == [
        ("M1", "target", None, "By Oct 25", 50.0, "50%"),
        ("M1", "target", None, "By Oct 26", 60.0, "60%"),
        ("M2", "target", None, "By Apr 25", 70.0, "70%"),
        ("M2", "target", None, "By Apr 26", 80.0, "80%"),
    ]


def test_values_shifted_right_take_the_labels_in_order() -> None:
    got = _targets(
        ["1.1", "A measure", "", "By Oct 25", "By Oct 26", "", "", ""],
        ["", "", "", "ks reporting deadlines for", "", "70%", "80%", ""],
    )
    assert [(label, value) for *_, label, value, _ in got] == [
        ("By Oct 25", 70.0),
        ("By Oct 26", 80.0),
    ]


def test_baseline_dash_asides_sample_sizes_and_a_long_term_target() -> None:
    got = _targets(
        [
            "2.2.1",
            "Increase inclusion",
            "Baseline 22/23 - 44%",
            "By Apr 25 Based on 25 EHCPs per month",
            "",
            "",
            "",
            "EHM",
        ],
        [
            "",
            "",
            "Target 100% of all identified schools (01.10.23- 01.10.24)",
            "48%",
            "",
            "",
            "",
            "",
        ],
    )
    assert got == [
        ("M1", "target", None, "By Apr 25", 48.0, "48%"),
        ("M1", "baseline", None, "Baseline 22/23", 44.0, "44%"),
        ("M1", "target", None, None, 100.0, "Target 100%"),
    ]


def test_source_column_keeps_words_with_numbers() -> None:
    measures, _, _ = tables_to_measures(
        "d",
        [
            _grid(
                [
                    "1.1",
                    "A measure",
                    "Baseline 23/24 10%",
                    "By Oct 25 20%",
                    "",
                    "",
                    "",
                    "Audit Tool Invision 360",
                ]
            )
        ],
    )
    assert measures[0].source == "Audit Tool Invision 360"


def test_baseline_columns_with_their_own_labels_and_row_labels_as_series() -> None:
    # Hillingdon 1.4.1 (PDF p.19): three labelled baseline columns before the targets, and
    # the therapy named once at the head of each value row
    header = ["", "", "Measure", "Baseline", "", "", "", "Target", "", "", "", "", "Source"]
    roles = [None, None, "measure", "baseline", None, None, None, "target", None, None, None,
             None, "source"]  # fmt: skip
    rows = [
        ["1.4.1 1.7.1", "", "Waiting times for therapy within 12 weeks", "Baseline", "May 24",
         "June 24", "Baseline Quarterly", "By April 25", "By Apr 26", "By Apr 27", "By Apr 28",
         "", "CNWL database"],
        ["", "", "", "SALT", "62%", "63%", "74%", "SALT 75%", "SALT 75%", "SALT 75%", "SALT 75%",
         "", ""],
        ["", "", "", "OT", "24%", "57%", "61%", "OT 75%", "OT 75%", "OT 75%", "OT 75%", "", ""],
    ]  # fmt: skip
    context = Context()
    table = Table(header, roles, "grid", context,
                  [Row(r, context, None, i) for i, r in enumerate(rows)])  # fmt: skip
    measures, targets, _ = tables_to_measures("d", [table])
    got = {(t.kind, t.series, t.period_label, t.value) for t in targets}
    assert ("baseline", "SALT", "May 24", 62.0) in got
    assert ("baseline", "OT", "Baseline Quarterly", 61.0) in got
    assert ("target", "OT", "By Apr 28", 75.0) in got
    assert not [t for t in targets if t.kind == "target" and t.period_label == "June 24"]
    assert measures[0].source == "CNWL database"


def test_a_lower_case_rest_at_the_top_of_a_new_grid_finishes_the_last_measure() -> None:
    first = _grid(
        ["1.7.2", "Number of settings part of the Commitment will", "Baseline 11%", "By Apr 25"],
        ["", "", "", "15%"],
    )
    context = Context()
    second = Table(
        ["", "Measure", "Baseline", "Target", ""],
        [None, "measure", "baseline", "target", "source"],
        "grid",
        context,
        [
            Row(["", "increase.", "", "", ""], context, None, 10),
            Row(
                ["1.4.1", "Waiting times", "Baseline 60%", "By Apr 25 70%", "CNWL"],
                context,
                None,
                11,
            ),  # fmt: skip
        ],
    )
    measures, _, _ = tables_to_measures("d", [first, second])
    assert [m.text for m in measures] == [
        "Number of settings part of the Commitment will increase.",
        "Waiting times",
    ]


def test_a_measure_with_values_under_no_label_takes_the_labels_of_the_one_above() -> None:
    # Hillingdon p.30: 4.2.2's "98% | 99% …" printed under 4.2.1's "By April 25 … By Apr 28"
    got = _targets(
        ["4.2.1", "Quality of PfA outcomes", "Baseline April 24", "By April 25", "By Apr 26"],
        ["", "", "", "C 55%", "C 65%"],
        ["4.2.2", "Improved timeliness", "Baseline FY 97% are presented", "98%", "99%"],
    )
    assert [(m, kind, label, value) for m, kind, _, label, value, _ in got if m == "M2"] == [
        ("M2", "target", "By April 25", 98.0),
        ("M2", "target", "By Apr 26", 99.0),
        ("M2", "baseline", "Baseline FY", 97.0),
    ]


def test_a_series_column_names_its_rows_and_each_baseline_takes_its_row() -> None:
    # Hillingdon p.30 (M23): baselines dated apart, a series column left of the values
    context = Context()
    rows = [
        ["", "% of students in EET", "", "", "By Oct 25", "By Oct 26", "Participation"],
        ["", "", "Baseline June 2024 on SEN Support 16-17 year olds = 91.3%",
         "SEN Support 16-17 year olds", "92.5%", "93%", ""],
        ["", "", "Baseline October 2024 16-17 year olds – 93.8% 16-25 year olds – 86.2%",
         "EHCP 16-17 year olds", "94%", "94.5%", ""],
        ["", "", "", "EHCP 16-25 year olds", "88%", "89%", ""],
    ]  # fmt: skip
    table = Table(
        header=[""] * 7,
        roles=[None, "measure", "baseline", None, "target", None, "source"],
        kind="grid",
        context=context,
        rows=[Row(cells=r, context=context, page=None, line_no=i) for i, r in enumerate(rows)],
    )
    _, targets, _ = tables_to_measures("d", [table])
    got = {(t.kind, t.series, t.period_label, t.value) for t in targets}
    assert got == {
        ("target", "SEN Support 16-17 year olds", "By Oct 25", 92.5),
        ("target", "SEN Support 16-17 year olds", "By Oct 26", 93.0),
        ("target", "EHCP 16-17 year olds", "By Oct 25", 94.0),
        ("target", "EHCP 16-17 year olds", "By Oct 26", 94.5),
        ("target", "EHCP 16-25 year olds", "By Oct 25", 88.0),
        ("target", "EHCP 16-25 year olds", "By Oct 26", 89.0),
        ("baseline", "SEN Support 16-17 year olds", "Baseline June 2024", 91.3),
        ("baseline", "EHCP 16-17 year olds", "Baseline October 2024", 93.8),
        ("baseline", "EHCP 16-25 year olds", "Baseline October 2024", 86.2),
    }


def test_a_label_lost_before_a_yearly_run_is_the_year_before() -> None:
    # Hillingdon text 1.5.1: the "By Apr 25" cell is empty, its values are not
    got = _targets(
        ["1.5.1", "Quality of EHCP Outcomes", "Baseline April 24", "", "By Apr 26", "By Apr 27"],
        ["", "", "Section C 50%", "C 55%", "C 65%", "C 70%"],
    )
    assert [(kind, label, value) for _, kind, _, label, value, _ in got] == [
        ("target", "By Apr 25", 55.0),
        ("target", "By Apr 26", 65.0),
        ("target", "By Apr 27", 70.0),
        ("baseline", "Baseline April 24", 50.0),
    ]


def test_a_measure_between_two_citing_the_same_ids_cites_them() -> None:
    # Hillingdon: "1.3.3" drawn once beside three measures; the text prints it twice
    measures, _, _ = tables_to_measures(
        "d",
        [
            _grid(
                ["1.3.3", "Early years settings", "Baseline 30%", "Apr 25 10%", "", "", "", ""],
                ["", "Primary schools", "Baseline 75%", "By Apr 25 +15%", "", "", "", ""],
                ["1.3.3", "Secondary schools", "Baseline 41%", "By Apr 25 +41%", "", "", "", ""],
                [
                    "",
                    "Settings in the commitment",
                    "Baseline 11%",
                    "By Apr 25 +10%",
                    "",
                    "",
                    "",
                    "",
                ],
            )
        ],
    )
    assert [m.action_refs for m in measures] == [["1.3.3"], ["1.3.3"], ["1.3.3"], []]


def test_a_row_printing_an_and_list_of_ids_opens_a_measure_under_a_cut_one() -> None:
    # a measure cut mid-sentence ("… deadlines for") goes on in the row below unless that row
    # prints ids of its own, in any list form the id parser reads ("2.2.1 and 2.2.2")
    measures, _, _ = tables_to_measures(
        "d",
        [
            _grid(
                ["1.2.1", "% of advice that meets the deadlines for", "Baseline 50%", "60%"],
                ["2.2.1 and 2.2.2", "CYP with EHCPs in local schools", "Baseline 70%", "72%"],
            )
        ],
    )
    assert [(m.action_refs, m.text) for m in measures] == [
        (["1.2.1"], "% of advice that meets the deadlines for"),
        (["2.2.1", "2.2.2"], "CYP with EHCPs in local schools"),
    ]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("14 weeks", [14.0]),  # a duration that is the whole baseline is its value
        ("New measurement no baseline yet 6 weeks performance for EHCNA", []),  # a deadline
    ],
)
def test_a_duration_is_a_baseline_value_unless_words_follow_it(
    text: str, values: list[float]
) -> None:
    from planparse.assemble.baselines import baseline_targets

    assert [t.value for t in baseline_targets("d", "M1", text, [])] == values


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("2023/24 - 45%", [(None, 45.0, "2023/24")]),
        ("Jan 2024 - 45%", [(None, 45.0, "Jan 2024")]),
        ("45% (2023/24 national 50%)", [(None, 45.0, None), ("national", 50.0, None)]),
    ],
)
def test_a_split_year_or_month_year_is_a_baseline_date_not_a_value_or_series(
    text: str, values: list[tuple[str | None, float, str | None]]
) -> None:
    from planparse.assemble.baselines import baseline_targets

    found = baseline_targets("d", "M1", text, [])
    assert [(t.series, t.value, t.period_label) for t in found] == values


def test_outturn_years_before_the_targets_and_a_comparator_column() -> None:
    # "Indicator | 2023/24 outturn | 2024/25 outturn | Target 2025/26 | Target 2026/27 |
    # Statistical neighbours": the earlier outturn is an actual, the later the baseline (as
    # roles.row_to_roles names them); the neighbours' figure is none of the measure's values
    header = ["Indicator", "2023/24 outturn", "2024/25 outturn", "Target 2025/26",
              "Target 2026/27", "Statistical neighbours"]  # fmt: skip
    table = _grid(
        ["Care leavers with a pathway plan", "68%", "74%", "90%", "95%", "88%"],
        header=header,
        roles=["measure", "actual", "baseline", "target", "target", "comparator"],
    )
    measures, targets, _ = tables_to_measures("d", [table])
    assert [(m.text, m.baseline_text) for m in measures] == [
        ("Care leavers with a pathway plan", "74%")
    ]
    assert [(t.kind, t.period_label, t.value) for t in targets] == [
        ("actual", "2023/24 outturn", 68.0),
        ("target", "Target 2025/26", 90.0),
        ("target", "Target 2026/27", 95.0),
        ("baseline", "2024/25 outturn", 74.0),
    ]


# A value a line or page break cut in a value column, and the value whole again. Each case:
# the grid's header, its rows, and (measure, kind, period, series, value, unit, value_text)
# of each target.
CUT_VALUES = {
    # Fenwick as a PDF on short pages: "100 days" printed as "100" at a page's foot and
    # "days" under the header repeated on the next page
    "a unit cut from its number": (
        ["Measure", "2023/24 actual", "2024/25 target", "2025/26 target"],
        [
            ["Average days to issue", "142 days", "120 days", "100"],
            ["", "", "", "days"],
        ],
        [
            ("M1", "target", "2024/25 target", None, 120.0, "days", "120 days"),
            ("M1", "target", "2025/26 target", None, 100.0, "days", "100 days"),
            ("M1", "baseline", "2023/24 actual", None, 142.0, "days", "142 days"),
        ],
    ),
    # Marshford as a narrow borderless PDF: "80% - 90%" wrapped as "80% -" over "90%"; a
    # value below one that ends without a dash is a value of its own
    "a range cut at its dash": (
        ["Measure", "Baseline", "Target 2025/26", "Target 2026/27"],
        [
            ["EHCPs issued within 20 weeks", "38%", "60%", "80% -"],
            ["", "", "", "90%"],
            ["Tribunal appeals", "34", "30", "25"],
            ["", "", "", "20"],
        ],
        [
            ("M1", "target", "Target 2025/26", None, 60.0, "percent", "60%"),
            ("M1", "target", "Target 2026/27", None, 80.0, "percent", "80% - 90%"),
            ("M1", "baseline", None, None, 38.0, "percent", "38%"),
            ("M2", "target", "Target 2025/26", None, 30.0, "count", "30"),
            ("M2", "target", "Target 2026/27", None, 25.0, "count", "25"),
            ("M2", "target", "Target 2026/27", None, 20.0, "count", "20"),
            ("M2", "baseline", None, None, 34.0, "count", "34"),
        ],
    ),
    # Redcliffe over a page break: "Year 6 from 40%" over "to 50%"; "95%" over "within 20
    # weeks" as a narrow column wraps it
    "a move or a time limit cut from its value": (
        ["Measure", "Baseline", "Target 2026/27"],
        [
            ["Pupils at SEN support meeting the expected standard", "Year 6 40%",
             "Year 6 from 40%"],
            ["", "", "to 50%"],
            ["EHCPs issued on time", "38%", "95%"],
            ["", "", "within 20 weeks"],
        ],
        [
            ("M1", "target", "Target 2026/27", "Year 6", 50.0, "percent", "Year 6 from 40% to 50%"),
            ("M1", "baseline", None, "Year 6", 40.0, "percent", "Year 6 40%"),
            ("M2", "target", "Target 2026/27", None, 95.0, "percent", "95% within 20 weeks"),
            ("M2", "baseline", None, None, 38.0, "percent", "38%"),
        ],
    ),
}  # fmt: skip


@pytest.mark.parametrize(("header", "rows", "expected"), CUT_VALUES.values(), ids=CUT_VALUES)
def test_a_value_a_break_cut_is_one_value_again(
    header: list[str], rows: list[list[str]], expected: list[tuple]
) -> None:
    roles: list[str | None] = ["measure", "baseline", *["target"] * (len(header) - 2)]
    _, targets, _ = tables_to_measures("d", [_grid(*rows, header=header, roles=roles)])
    got = [
        (t.measure_id, t.kind, t.period_label, t.series, t.value, t.unit, t.value_text)
        for t in targets
    ]
    assert got == expected


def test_a_date_column_beside_the_values_gives_no_value() -> None:
    # "Forecast 2025/26" / "Target date" hold dates or forecasts: no baseline or target, and
    # the values either side keep their own columns
    header = ["Measure", "Baseline", "Target 2025/26", "Forecast 2025/26", "Target date"]
    table = _grid(
        ["EHCPs issued within 20 weeks", "30%", "60%", "55%", "March 2026"],
        header=header,
        roles=["measure", "baseline", "target", "deadline", "deadline"],
    )
    _, targets, _ = tables_to_measures("d", [table])
    assert [(t.kind, t.period_label, t.value) for t in targets] == [
        ("target", "Target 2025/26", 60.0),
        ("baseline", None, 30.0),
    ]


@pytest.mark.parametrize("name", ["Frequency", "Reporting frequency", "How often"])
def test_how_often_a_measure_is_reported_is_no_source_or_value(name: str) -> None:
    # "Source | Frequency": the source is where the figure comes from, not how often
    header = ["Indicator", "Baseline (Mar 2025)", "Target Mar 2026", "Source", name]
    roles = row_to_roles(header)
    assert roles is not None
    table = _grid(
        ["Health advice returned within 6 weeks", "48%", "75%", "ICB data", "Quarterly"],
        header=header,
        roles=list(roles),
    )
    measures, targets, _ = tables_to_measures("d", [table])
    assert measures[0].source == "ICB data"
    assert [(t.kind, t.value_text) for t in targets] == [("target", "75%"), ("baseline", "48%")]


def test_a_target_date_column_dates_the_target_beside_it() -> None:
    # "Measure | Baseline | Target | Target date": a target under no period of its own is
    # due by its row's date, which is its period; the baseline is no target
    header = ["Measure", "Baseline", "Target", "Target date", "Data source"]
    table = _grid(
        ["EHCPs issued within 20 weeks", "41%", "70%", "March 2027", "SEN2"],
        ["Children waiting for an EP assessment", "312", "150", "December 2026", "Tracker"],
        ["Parent satisfaction", "54%", "75%", "", "Survey"],
        header=header,
        roles=["measure", "baseline", "target", "deadline", "source"],
    )
    _, targets, _ = tables_to_measures("d", [table])
    assert [(t.measure_id, t.kind, t.period_label, t.period_end, t.value) for t in targets] == [
        ("M1", "target", "March 2027", date(2027, 3, 31), 70.0),
        ("M1", "baseline", None, None, 41.0),
        ("M2", "target", "December 2026", date(2026, 12, 31), 150.0),
        ("M2", "baseline", None, None, 312.0),
        ("M3", "target", None, None, 75.0),  # no date printed: none
        ("M3", "baseline", None, None, 54.0),
    ]


@pytest.mark.parametrize(
    ("cell", "label", "end"),
    [
        ("41% (2024)", "2024", date(2024, 12, 31)),
        ("41% (Mar 2024)", "Mar 2024", date(2024, 3, 31)),
        ("312 (as at March 2025)", "March 2025", date(2025, 3, 31)),
        ("40% (Q3 2024/25)", "Q3 2024/25", date(2024, 12, 31)),
        ("12.5% (n=40)", None, None),  # a sample size, no period
        ("41% (England 2024)", None, None),  # a comparison, not the value's date
        # a period printed before the value, or after it with "at"/"in"
        ("2023/24 - 41%", "2023/24", date(2024, 8, 31)),
        ("March 2024: 41%", "March 2024", date(2024, 3, 31)),
        ("As of March 2025 41%", "March 2025", date(2025, 3, 31)),
        ("41% at March 2025", "March 2025", date(2025, 3, 31)),
        ("41% in 2023-24", "2023-24", date(2024, 8, 31)),
        # a count alone with its period (Glenmoor): no stray number, the baseline
        ("6 (2024/25)", "2024/25", date(2025, 8, 31)),
        ("6", None, None),
    ],
)
def test_a_baseline_dated_in_its_own_bracket_takes_that_period(
    cell: str, label: str | None, end: date | None
) -> None:
    table = _grid(
        ["EHCPs issued within 20 weeks", cell, "70%"],
        header=["Measure", "Baseline", "Target"],
        roles=["measure", "baseline", "target"],
    )
    _, targets, _ = tables_to_measures("d", [table])
    assert [(t.period_label, t.period_end) for t in targets if t.kind == "baseline"] == [
        (label, end)
    ]


OAKHAM = (
    ["Measure", "Baseline", "Target 2025/26", "Source"],
    ["measure", "baseline", "target", "source"],
)


@pytest.mark.parametrize(
    ("rest", "measures"),
    [
        # Oakham as a PDF on short pages: the measure and its source both cut by the break
        (["Support", "", "", "census"], ["Number of children on SEN Support", "EHCPs issued"]),
        # a measure cut after "on" ends mid-phrase, whatever the source prints
        (["SEN support", "", "", "Local data"], None),
    ],
)  # fmt: skip
def test_a_rows_rest_under_a_page_break_finishes_its_measure(
    rest: list[str], measures: list[str] | None
) -> None:
    first = "Number of children on" if measures is None else "Number of children on SEN"
    table = _grid(
        [first, "1,240", "1,300", "School"],
        rest,
        ["EHCPs issued", "45%", "60%", "SEN2"],
        header=OAKHAM[0],
        roles=OAKHAM[1],
    )
    got = [m.text for m in tables_to_measures("d", [table])[0]]
    assert got == (measures or ["Number of children on SEN support", "EHCPs issued"])


def test_a_measure_whose_values_are_still_to_come_is_a_measure_of_its_own() -> None:
    table = _grid(
        ["Number of children on SEN", "1,240", "1,300", "School"],
        ["New measure", "tbc", "tbc", "tbc"],
        header=OAKHAM[0],
        roles=OAKHAM[1],
    )
    got = [m.text for m in tables_to_measures("d", [table])[0]]
    assert got == ["Number of children on SEN", "New measure"]


def test_a_measure_id_wrapped_over_two_rows_is_whole_again() -> None:
    # a page break parts "KPI 2" into "KPI" and "2" (Thornbury, set on short ruled pages):
    # the measure's id, not an action it refers to
    header = ["Ref", "Measure", "Baseline (Mar 24)", "Target (Mar 26)"]
    roles = ["id", "measure", "baseline", "target"]
    measures, targets, _ = tables_to_measures(
        "d",
        [
            _grid(
                ["KPI 1", "EHC plans issued within 20 weeks", "22%", "60%"],
                ["KPI", "Children waiting", "310", "150"],
                ["2", "over 18 weeks for therapy", "", ""],
                header=header,
                roles=roles,
            )
        ],
    )
    assert [(m.measure_id, m.text, m.action_refs) for m in measures] == [
        ("KPI 1", "EHC plans issued within 20 weeks", []),
        ("KPI 2", "Children waiting over 18 weeks for therapy", []),
    ]
    assert [(t.measure_id, t.value) for t in targets if t.measure_id == "KPI 2"] == [
        ("KPI 2", 150.0),
        ("KPI 2", 310.0),
    ]


TERMS = ["Measure", "Baseline", "Autumn term", "Spring term", "Summer term"]
QUARTERS = ["Measure", "Baseline", "Q1", "Q2", "Q3", "Q4"]


@pytest.mark.parametrize(
    ("kind", "header", "ends"),
    [
        # an academic year runs from September: the terms fall in it, in order
        ("academic", TERMS, [date(2025, 12, 31), date(2026, 4, 30), date(2026, 7, 31)]),
        # a financial year runs from April, yet the terms run forward left to right
        ("financial", TERMS, [date(2025, 12, 31), date(2026, 4, 30), date(2026, 7, 31)]),
        ("financial", QUARTERS,
         [date(2025, 6, 30), date(2025, 9, 30), date(2025, 12, 31), date(2026, 3, 31)]),
        # a quarter of a school year has no one reading (domain notes): left undated
        ("academic", QUARTERS, [None] * 4),
        # months after the year opens, then into the next calendar year
        ("academic", ["Measure", "Baseline", "Dec", "Mar", "Jul"],
         [date(2025, 12, 31), date(2026, 3, 31), date(2026, 7, 31)]),
    ],
)  # fmt: skip
def test_periods_printed_without_a_year_end_in_the_plans_year(
    kind: str, header: list[str], ends: list[date | None]
) -> None:
    roles: list[str | None] = ["measure", "baseline", *["target"] * (len(header) - 2)]
    values = [f"{50 + i}%" for i in range(len(header) - 2)]
    table = _grid(["EHCPs in 20 weeks", "38%", *values], header=header, roles=roles)
    with year_reading(kind):  # type: ignore[arg-type]
        plan = year_frame("2025/26")
        _, targets, diagnostics = tables_to_measures("d", [table], plan)
    got = [(t.period_label, t.period_end) for t in targets if t.kind == "target"]
    assert got == list(zip(header[2:], ends, strict=True))
    undated = (
        f"grid periods {', '.join(repr(h) for h in header[2:])} name no year the plan or its"
        " section places (measure M1); period_end left empty"
    )
    expected = [undated] if ends[0] is None else [
        "grid periods printed without a year read in 2025/26, the year the plan's title "
        "names: measure M1"
    ]  # fmt: skip
    assert [d.message for d in diagnostics] == expected
    # no year named: the periods stay undated, and W404 says so
    _, targets, diagnostics = tables_to_measures("d", [table])
    assert all(t.period_end is None for t in targets)
    assert [d.message for d in diagnostics] == [undated]


def test_a_grids_section_year_dates_its_periods_before_the_plans() -> None:
    context = Context(year_heading="Year 2 (2026/27)")
    table = _grid(["EHCPs in 20 weeks", "38%", "50%", "60%", "70%"], header=TERMS,
                  roles=["measure", "baseline", "target", "target", "target"])  # fmt: skip
    table.context = context
    with year_reading("academic"):
        _, targets, diagnostics = tables_to_measures("d", [table], year_frame("2025/26"))
    assert [t.period_end for t in targets if t.kind == "target"] == [
        date(2026, 12, 31),
        date(2027, 4, 30),
        date(2027, 7, 31),
    ]
    assert [d.message for d in diagnostics] == [
        "grid periods printed without a year read in 2026/27, the year the section heading "
        "'Year 2 (2026/27)' names: measure M1"
    ]


def test_a_period_printed_with_its_year_keeps_it() -> None:
    header = ["Measure", "Baseline", "Autumn term", "Summer term 2027"]
    table = _grid(["EHCPs in 20 weeks", "38%", "50%", "70%"], header=header,
                  roles=["measure", "baseline", "target", "target"])  # fmt: skip
    with year_reading("academic"):
        _, targets, _ = tables_to_measures("d", [table], year_frame("2025/26"))
    assert [t.period_end for t in targets if t.kind == "target"] == [
        date(2025, 12, 31),
        date(2027, 7, 31),
    ]


def test_years_of_the_plan_by_their_order_are_counted_from_its_first_year() -> None:
    # "Year 1 | Year 2 | Year 3" in a plan for 2025–2028: its years in turn, each reported;
    # a year past the plan's end, or a plan naming no period, dates nothing
    header = ["Indicator", "Baseline (2024/25)", "Year 1", "Year 2", "Year 3", "Year 4"]
    roles = ["measure", "baseline", "target", "target", "target", "target"]
    table = _grid(
        ["EHC plans issued within 20 weeks", "41%", "60%", "75%", "85%", "90%"],
        header=header,
        roles=roles,
    )
    _, targets, diagnostics = tables_to_measures("d", [table], plan_period=(2025, 2028))
    assert [(t.period_label, t.period_end) for t in targets if t.kind == "target"] == [
        ("Year 1", date(2026, 8, 31)),
        ("Year 2", date(2027, 8, 31)),
        ("Year 3", date(2028, 8, 31)),
        ("Year 4", None),
    ]
    assert [d.code for d in diagnostics] == ["W403", "W404"] and "M1" in diagnostics[0].message
    assert "'Year 4'" in diagnostics[1].message  # past the plan's end
    _, targets, diagnostics = tables_to_measures("d", [table])
    assert {t.period_end for t in targets if t.kind == "target"} == {None}
    assert [d.code for d in diagnostics] == ["W404"]


@pytest.mark.parametrize(
    ("cell", "kept"),
    [
        ("Top quartile", True),
        ("In line with national", True),
        ("Maintain", True),
        ("TBC", False),
        ("n/a", False),
        ("No data", False),
        ("To be confirmed", False),  # no aim yet: placeholders are no targets
        ("New measure", False),
        ("Awaiting data", False),
        ("ks reporting deadlines for", False),  # a fragment of text cut off
        ("require imp ional average) inadequate", False),
    ],
)
def test_a_target_stated_in_words_is_kept_with_no_value(cell: str, kept: bool) -> None:
    header = ["Measure", "Baseline", "2025/26", "2026/27"]
    table = _grid(
        ["Families who say the plan describes their child", "48%", "60%", cell],
        header=header,
        roles=["measure", "baseline", "target", "target"],
    )
    _, targets, _ = tables_to_measures("d", [table])
    worded = [(t.period_label, t.value, t.unit, t.value_text) for t in targets if t.value is None]
    assert worded == ([("2026/27", None, None, cell)] if kept else [])


def test_rows_naming_the_kind_of_their_figures_are_one_measure() -> None:
    # a KPI tracker: a target row and an actual row for each measure, periods in the header
    # and no baseline column, so the first quarter is a target (or actual) like the rest
    header = ["KPI", "Q1 2025/26", "Q2 2025/26", "Q3 2025/26"]
    roles = row_to_roles(header)
    assert roles is not None
    table = _grid(
        ["EHC plans issued within 20 weeks – target", "45%", "50%", "55%"],
        ["EHC plans issued within 20 weeks – actual", "41%", "47%", ""],
        ["Suspensions (target)", "120", "110", "100"],
        ["Suspensions (actual)", "131", "", ""],
        header=header,
        roles=list(roles),
    )
    measures, targets, _ = tables_to_measures("d", [table])
    assert [(m.measure_id, m.text, m.baseline_text) for m in measures] == [
        ("M1", "EHC plans issued within 20 weeks", None),
        ("M2", "Suspensions", None),
    ]
    assert [(t.measure_id, t.kind, t.period_label, t.value) for t in targets] == [
        ("M1", "target", "Q1 2025/26", 45.0),
        ("M1", "target", "Q2 2025/26", 50.0),
        ("M1", "target", "Q3 2025/26", 55.0),
        ("M1", "actual", "Q1 2025/26", 41.0),
        ("M1", "actual", "Q2 2025/26", 47.0),
        ("M2", "target", "Q1 2025/26", 120.0),
        ("M2", "target", "Q2 2025/26", 110.0),
        ("M2", "target", "Q3 2025/26", 100.0),
        ("M2", "actual", "Q1 2025/26", 131.0),
    ]


def test_a_baseline_column_stays_the_baseline_beside_rows_naming_their_kind() -> None:
    header = ["Measure", "Baseline", "2025/26", "2026/27"]
    roles = row_to_roles(header)
    assert roles is not None
    table = _grid(
        ["Attendance – target", "88%", "90%", "92%"],
        ["Attendance – actual", "", "89%", ""],
        header=header,
        roles=list(roles),
    )
    measures, targets, _ = tables_to_measures("d", [table])
    assert [(m.text, m.baseline_text) for m in measures] == [("Attendance", "88%")]
    assert [(t.kind, t.period_label, t.value) for t in targets] == [
        ("target", "2025/26", 90.0),
        ("target", "2026/27", 92.0),
        ("baseline", None, 88.0),
        ("actual", "2025/26", 89.0),
    ]


def test_a_value_still_to_come_names_no_series() -> None:
    # Corfe: "TBC" under the first target, "N/A" as the baseline: no label of the values on
    # their right, which stay the measure's own
    header = ["Ref", "Measure", "Baseline (date)", "Target Mar 26", "Target Mar 27"]
    roles = ["id", "measure", "baseline", "target", "target"]
    _, targets, _ = _read(
        header,
        roles,
        ["SM3", "Tribunal appeals as a share of decisions", "2.1% (2024)", "TBC", "1.5%"],
        ["SM4", "Parents satisfied with the EHC process", "N/A", "65%", "75%"],
    )
    assert [(t.measure_id, t.series, t.period_label, t.value) for t in targets] == [
        ("SM3", None, "Target Mar 27", 1.5),
        ("SM3", None, "2024", 2.1),
        ("SM4", None, "Target Mar 26", 65.0),
        ("SM4", None, "Target Mar 27", 75.0),
    ]


def test_a_group_column_names_each_rows_series_baseline_too() -> None:
    # Kenley: the group of children beside each row's figures ("EHCP", "SEN Support") is the
    # series of its baseline and of its targets
    header = ["Measure", "Group", "Baseline 2024/25", "2025/26", "2026/27"]
    roles = ["measure", "series", "baseline", "target", "target"]
    measures, targets, _ = _read(
        header,
        roles,
        ["Persistent absence", "EHCP", "32%", "29%", "26%"],
        ["", "SEN Support", "28%", "25%", "22%"],
    )
    assert [(m.text, m.baseline_text) for m in measures] == [("Persistent absence", "32% 28%")]
    assert [(t.kind, t.series, t.period_label, t.value) for t in targets] == [
        ("target", "EHCP", "2025/26", 29.0),
        ("target", "EHCP", "2026/27", 26.0),
        ("target", "SEN Support", "2025/26", 25.0),
        ("target", "SEN Support", "2026/27", 22.0),
        ("baseline", "EHCP", "Baseline 2024/25", 32.0),
        ("baseline", "SEN Support", "Baseline 2024/25", 28.0),
    ]


def test_an_action_tables_measures_cite_their_actions_and_take_no_deadline() -> None:
    # Pendle: the measure beside each action is that action's; the action's deadline is no
    # period of the measure's target
    header = ["Ref", "Action", "Lead", "Deadline", "Success measure", "Baseline", "Target"]
    roles = ["id", "action", "lead", "deadline", "measure", "baseline", "target"]
    context = Context()
    rows = [
        ["P1", "Add four EHC coordinators", "Head of SEND", "Oct 2025",
         "EHC plans issued in 20 weeks", "38%", "60%"],
        ["P3", "Publish monthly figures", "Performance Manager", "Monthly",
         "Reports published on time", "8 of 12", "12 of 12"],
    ]  # fmt: skip
    table = Table(header, roles, "action", context,
                  [Row(r, context, None, i) for i, r in enumerate(rows)])  # fmt: skip
    measures, targets, _ = tables_to_measures("d", [table])
    assert [(m.measure_id, m.text, m.action_refs) for m in measures] == [
        ("M1", "EHC plans issued in 20 weeks", ["P1"]),
        ("M2", "Reports published on time", ["P3"]),
    ]
    assert [(t.measure_id, t.kind, t.period_label, t.value, t.value_text) for t in targets] == [
        ("M1", "target", None, 60.0, "60%"),
        ("M1", "baseline", None, 38.0, "38%"),
        ("M2", "target", None, 12.0, "12 of 12"),
        ("M2", "baseline", None, 8.0, "8 of 12"),
    ]


def test_a_measure_aiming_in_words_is_followed_by_a_measure_of_its_own() -> None:
    # Yarnton: "Key stage 4 attainment | Bottom quartile | In line with statistical
    # neighbours | Top quartile" prints no figure, yet the row under it is the next measure
    header = ["Measure", "Baseline 2024/25", "Target 2025/26", "Target 2027/28"]
    roles = ["measure", "baseline", "target", "target"]
    measures, _, _ = _read(
        header,
        roles,
        ["Key stage 4 attainment", "Bottom quartile", "In line with statistical neighbours",
         "Top quartile"],
        ["Parent satisfaction with the local offer", "n/a", "Baseline to be set", "70%"],
    )  # fmt: skip
    assert [m.text for m in measures] == [
        "Key stage 4 attainment", "Parent satisfaction with the local offer"
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("label", "end"),
    [
        ("Year 1", date(2026, 8, 31)),
        ("Year 2 target", date(2027, 8, 31)),
        ("Year 1 change", date(2026, 8, 31)),  # the change aimed at in the plan's first year
        ("Year 3", None),  # past the plan's end (2025-2027)
    ],
)
def test_a_year_of_the_plan_named_by_its_order_is_dated_from_the_plans_years(
    label: str, end: date | None
) -> None:
    from planparse.assemble.years import plan_year_ends

    with year_reading("academic"):
        assert plan_year_ends([label], (2025, 2027)).get(label) == end


@pytest.mark.parametrize(
    ("cell", "label", "end"),
    [
        ("90% by 2027", "2027", date(2027, 12, 31)),
        ("26 weeks by March 2027", "March 2027", date(2027, 3, 31)),
        ("20 by the end of 2026/27", "2026/27", date(2027, 8, 31)),
        ("60% (2026/27)", "2026/27", date(2027, 8, 31)),
        ("60%", None, None),
    ],
)
def test_a_target_dated_beside_its_value_takes_that_period(
    cell: str, label: str | None, end: date | None
) -> None:
    # Glenmoor: "Measure | Baseline | Target" over "84% (2024) | 90% by 2027"
    table = _grid(
        ["EHCPs issued within 20 weeks", "41%", cell],
        header=["Measure", "Baseline", "Target"],
        roles=["measure", "baseline", "target"],
    )
    _, targets, _ = tables_to_measures("d", [table])
    assert [(t.period_label, t.period_end) for t in targets if t.kind == "target"] == [(label, end)]


def test_a_target_column_naming_its_period_keeps_it_over_one_in_the_cell() -> None:
    table = _grid(
        ["EHCPs issued within 20 weeks", "41%", "60% by 2027"],
        header=["Measure", "Baseline", "Target 2025/26"],
        roles=["measure", "baseline", "target"],
    )
    _, targets, _ = tables_to_measures("d", [table])
    assert [t.period_label for t in targets if t.kind == "target"] == ["Target 2025/26"]


def test_periods_no_year_places_are_reported_once_with_their_measures() -> None:
    # a tracker's "Q1 target | Q1 actual" under no year: kept, undated, and said so (W404)
    table = _grid(
        ["EHCPs in 20 weeks", "41%", "50%", "47%"],
        ["Days to decision", "45", "40", "42"],
        header=["KPI", "Baseline", "Q1 target", "Q1 actual"],
        roles=["measure", "baseline", "target", "actual"],
    )
    grids = tables_to_measures("d", [table])
    assert [(d.code, d.message) for d in grids.diagnostics] == [
        ("W404", "grid periods 'Q1 target', 'Q1 actual' name no year the plan or its section"
         " places (measures M1, M2); period_end left empty"),
    ]  # fmt: skip
    assert [t.period_end for t in grids.targets if t.kind != "baseline"] == [None] * 4


def test_a_measure_with_a_bare_baseline_and_a_target_in_words_is_whole() -> None:
    # "Permanent exclusions | 7 | Zero": the next row is a measure of its own, not its rest
    table = _grid(
        ["Permanent exclusions of pupils with an EHC plan", "7", "Zero"],
        ["Parents who would recommend the service", "45%", "45% → 70%"],
        header=["Measure", "Baseline", "Target 2026/27"],
        roles=["measure", "baseline", "target"],
    )
    measures, targets, _ = tables_to_measures("d", [table])
    assert [m.text for m in measures] == [
        "Permanent exclusions of pupils with an EHC plan", "Parents who would recommend the service"
    ]  # fmt: skip
    assert [(t.measure_id, t.kind, t.value, t.value_text) for t in targets] == [
        ("M1", "target", 0.0, "Zero"),
        ("M1", "baseline", 7.0, "7"),
        ("M2", "target", 70.0, "45% → 70%"),
        ("M2", "baseline", 45.0, "45%"),
    ]


@pytest.mark.parametrize(
    ("header", "kinds"),
    [
        # the first figure column names a target: the grid has no baseline column
        (["Measure", "Target 2024/25", "Target 2025/26"], ["target", "target"]),
        (["Measure", "2024/25 target", "2025/26 target"], ["target", "target"]),
        # a bare period first: the year before the targets, the baseline (as before)
        (["Measure", "2023/24", "2024/25"], ["target", "baseline"]),
    ],
)
def test_a_first_figure_column_naming_a_target_is_no_baseline(
    header: list[str], kinds: list[str]
) -> None:
    # Dalby (turned round): "Target Q1 2025/26 | Actual Q1 2025/26 | …" with no baseline
    # row. Before, every grid with no baseline column read its first figure as the baseline
    roles = row_to_roles(header)
    assert roles is not None
    measures, targets, _ = _read(header, list(roles), ["Plans issued on time", "50%", "60%"])
    assert [t.kind for t in targets] == kinds
    assert measures[0].baseline_text == (None if kinds[-1] == "target" else "50%")


def test_a_kpi_column_of_ids_beside_the_measures_words() -> None:
    # Netherby: "KPI | Definition | 2024/25 baseline | 2025/26 | 2026/27": the KPI column
    # holds the ids ("KPI 1"), the unnamed column beside it the measures. Before, each
    # measure's text was its id and its definition part of its baseline
    header = ["KPI", "Definition", "2024/25 baseline", "2025/26", "2026/27"]
    roles = row_to_roles(header)
    assert roles is not None
    measures, targets, _ = _read(
        header,
        list(roles),
        ["KPI 1", "EHC plans issued within 20 weeks", "44.2%", "55%", "65%"],
        ["KPI 5", "Young people in education or training at 17", "91.5%", "Maintain", "93%"],
    )
    assert [(m.measure_id, m.text, m.baseline_text) for m in measures] == [
        ("KPI 1", "EHC plans issued within 20 weeks", "44.2%"),
        ("KPI 5", "Young people in education or training at 17", "91.5%"),
    ]
    # "Maintain" aims in words for 2025/26: no series naming the figures right of it
    assert [(t.kind, t.series, t.period_label, t.value_text) for t in targets][-3:] == [
        ("target", None, "2026/27", "93%"),
        ("target", None, "2025/26", "Maintain"),
        ("baseline", None, "2024/25 baseline", "91.5%"),
    ]


OWNED = ["Ref", "Success measure", "Baseline", "Target 2025/26", "Target 2026/27", "Data owner"]


def _owned_measures(*rows: list[str]) -> list[Measure]:
    """The measures of a grid under OWNED: ids, measures, figures and each row's data owner."""
    return _read(OWNED, row_to_roles(tuple(OWNED)), *rows).measures


def test_the_rest_of_a_measure_a_page_break_cut_goes_on_with_it() -> None:
    # Egremont: "Children's" cut from "Services complaints …" and "Complaints" from "Manager"
    measures = _owned_measures(
        ["M1", "Plans issued within 20 weeks", "38%", "60%", "75%", "Head of SEND"],
        ["M2", "Children's", "14", "10", "8", "Complaints"],
        ["", "Services complaints upheld", "", "", "", "Manager"],
        ["M3", "Average days to a first appointment", "112", "90", "60", "CAMHS Lead"],
    )
    assert [(m.measure_id, m.text) for m in measures] == [
        ("M1", "Plans issued within 20 weeks"),
        ("M2", "Children's Services complaints upheld"),
        ("M3", "Average days to a first appointment"),
    ]


def test_a_measure_with_its_own_id_under_one_ending_in_a_preposition_is_its_own() -> None:
    # "… feel listened to" over "M5": no sentence cut mid-way, as the id shows
    measures = _owned_measures(
        ["M4", "Parents who feel listened to", "1 in 3", "1 in 2", "2 in 3", "PCF"],
        ["M5", "Young people in training at 17", "81%", "84%", "87%", "Post-16 Lead"],
    )
    assert [m.measure_id for m in measures] == ["M4", "M5"]
