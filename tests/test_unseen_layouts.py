"""Plans laid out as the corpus does not: other column names, lettered ids, periods in a grid's
header, areas for improvement as labelled lines, lead cells naming bodies the gazetteer does
not list. The documents in tests/unseen/ are written for these tests (not council
documents); each expectation below is read from the document, not from the program.
"""

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from planparse.api import Extract, extract
from tests.pdfbuild import RULE_STYLES, printable

UNSEEN = Path(__file__).parent / "unseen"
PLANS = sorted(p.name for p in UNSEEN.iterdir())
# Plans the PDF builder's font can print whole: a twin of one printing "▲ ● ✖" (Hexham's
# status key) would print other characters, so such a plan is read from its text only
# Plans whose fault is the text extract's own (Wem: a list cell's line breaks kept by the
# export): a PDF built from their lines would print the fault as rows, which no PDF does
TEXT_ARTEFACTS = {
    "wem-list-cells-broken-plan.txt",
    "bampton-mojibake-plan.txt",
    "hawes-cells-dropped-plan.txt",  # rows short of a cell: a PDF prints them under others
}
# A spreadsheet saved as CSV (Wolsingham) is no page a PDF prints: it has no PDF twin either
PDF_PLANS = [
    p
    for p in PLANS
    if p not in TEXT_ARTEFACTS and not p.endswith(".csv") and printable((UNSEEN / p).read_text())
]


def targets_of(got: dict[str, list], measure_id: str) -> list[tuple]:
    """(kind, period_label, period_end, value, unit) of one measure's values, in order."""
    return [
        (t.kind, t.period_label, t.period_end, t.value, t.unit)
        for t in got["targets"]
        if t.measure_id == measure_id
    ]


@pytest.fixture(scope="module")
def northshire() -> dict[str, list]:
    return extract(UNSEEN / "northshire-plan.txt").records


@pytest.fixture(scope="module")
def westvale() -> dict[str, list]:
    return extract(UNSEEN / "westvale-wsoa.txt").records


def test_lettered_ids_under_other_column_names(northshire: dict[str, list]) -> None:
    actions = northshire["actions"]
    assert [(a.action_id, a.due_date, a.status) for a in actions] == [
        ("P1.1", date(2025, 4, 30), "Green"),  # Spring term ends in April (domain notes)
        ("P1.2", date(2024, 12, 31), "Amber"),  # Q3 2024/25
        ("P1.3", date(2026, 3, 31), "Red"),  # by end of March 26
    ]
    assert actions[2].lead == "Parent Carer Forum Chair"  # the grid below is not its lead


def test_leads_naming_bodies_by_what_they_are(northshire: dict[str, list]) -> None:
    first, second, _ = northshire["actions"]
    assert (first.lead_orgs, first.lead_roles) == (
        ["Northshire County Council"],
        ["Principal Educational Psychologist"],
    )
    assert (second.lead_orgs, second.lead_roles) == (
        ["Northshire ICB"],
        ["Head of SEND Services (NCC)", "Designated Clinical Officer"],
    )


def test_a_grid_with_its_periods_in_the_header(northshire: dict[str, list]) -> None:
    measures, targets = northshire["measures"], northshire["targets"]
    assert [m.text for m in measures] == [
        "EHCPs issued within 20 weeks",
        "Average wait for EP advice",
    ]
    got = {(t.measure_id, t.kind, t.period_label, t.value, t.unit) for t in targets}
    assert got == {
        ("M1", "baseline", "Baseline (2023/24)", 32.0, "percent"),
        ("M1", "target", "2024/25", 50.0, "percent"),
        ("M1", "target", "2025/26", 65.0, "percent"),
        ("M1", "target", "2026/27", 80.0, "percent"),
        ("M2", "baseline", "Baseline (2023/24)", 14.0, "weeks"),
        ("M2", "target", "2024/25", 10.0, "weeks"),
        ("M2", "target", "2025/26", 8.0, "weeks"),
        ("M2", "target", "2026/27", 6.0, "weeks"),
    }


def test_areas_for_improvement_as_labelled_headings(westvale: dict[str, list]) -> None:
    recs = {r.rec_id: r.text for r in westvale["recommendations"]}
    assert recs == {
        "AFI1": "Leaders do not have an accurate understanding of the needs of children with SEND.",
        "AFI2": "Families wait too long for speech and language therapy assessments.",
    }
    links = {(link.rec_id, link.target_id, link.method) for link in westvale["links"]}
    assert links == {
        ("AFI1", "1.1", "section_heading"),
        ("AFI1", "1.2", "section_heading"),
        ("AFI2", "2.1", "section_heading"),
        ("AFI2", "2.2", "section_heading"),
    }


def test_deadline_wordings_and_bodies_of_another_area(westvale: dict[str, list]) -> None:
    actions = westvale["actions"]
    assert [(a.action_id, a.due_kind, a.due_date) for a in actions] == [
        ("1.1", "date", date(2024, 12, 31)),  # Autumn term 2024
        ("1.2", "date", date(2025, 3, 31)),  # 31/03/2025
        ("2.1", "date", date(2025, 2, 28)),  # Feb-25
        ("2.2", "ongoing", None),
    ]
    assert actions[0].lead_orgs == ["Westvale Borough Council"]
    assert actions[2].lead_orgs == ["NHS Westvale ICB"]
    assert [a.theme for a in actions] == ["Area for improvement 1"] * 2 + ["AFI 2"] * 2


def test_a_markdown_plan_with_its_own_id_codes() -> None:
    records = extract(UNSEEN / "eastmoor-plan.md").records
    assert [(a.action_id, a.due_kind, a.due_date, a.status) for a in records["actions"]] == [
        ("SEND-01", "date", date(2025, 3, 31), "G"),  # 31st March 2025
        ("SEND-02", "date", date(2026, 7, 31), "A"),  # Sept 2025 - July 2026: its end
        ("Action 3", "recurring", date(2025, 1, 31), "R"),  # Termly from January 2025
        ("2d", "tbc", None, None),
    ]
    assert records["actions"][1].lead_orgs == ["Eastmoor Council"]
    got = {(t.measure_id, t.kind, t.period_label, t.value) for t in records["targets"]}
    assert got == {
        ("M1", "baseline", None, 88.0),  # "Current": no period printed
        ("M1", "target", "Target (March 2026)", 91.0),
        ("M1", "target", "Target (March 2027)", 93.0),
        ("M2", "baseline", None, 12.0),
        ("M2", "target", "Target (March 2026)", 20.0),
        ("M2", "target", "Target (March 2027)", 30.0),
    }
    (risk,) = records["risks"]
    assert (risk.issue, risk.mitigation) == (
        "Employers do not offer placements",
        "Use the council's own apprenticeship levy",
    )


def test_an_id_column_of_bullets_still_gives_its_actions() -> None:
    result = extract(UNSEEN / "southby-plan.txt")
    actions = result.records["actions"]
    assert [(a.action_id, a.lead, a.due_date) for a in actions] == [
        ("A1", "Head of SEND", date(2025, 6, 30)),
        ("A2", "SENCO Network Lead", date(2025, 12, 31)),
    ]


@pytest.mark.parametrize(
    ("deadline", "plan_year", "why"),
    [
        ("24-Apr", None, "not understood"),  # the 24th of April, or April 2024?
        ("Q3", None, "prints no year, and no heading or title over it names one"),
        ("End Oct", None, "prints no year, and no heading or title over it names one"),
        ("End of financial year", None,
         "prints no year, and no heading or title over it names one"),
        # a quarter of a school year has no one reading (domain notes)
        ("Q3", "academic",
         "is a quarter, which the academic year 2025/26 the plan's title names does not place"),
    ],
)  # fmt: skip
def test_a_deadline_not_understood_is_reported(
    deadline: str, plan_year: str | None, why: str
) -> None:
    from planparse.assemble.actions import tables_to_actions
    from planparse.fields.dates import year_frame, year_reading
    from planparse.layout import blocks_to_contexts
    from planparse.read.text import lines_to_blocks
    from planparse.tables.find import blocks_to_tables

    lines = ["Ref\tAction\tLead\tDeadline", f"1.1\tDo it\tHead of SEND\t{deadline}"]
    blocks = lines_to_blocks(lines)
    tables = blocks_to_tables(blocks, blocks_to_contexts(blocks))
    with year_reading(plan_year or "academic"):  # type: ignore[arg-type]
        result = tables_to_actions("d", tables, year_frame("2025/26") if plan_year else None)
    assert [(d.code, d.message) for d in result.diagnostics] == [
        ("W401", f"action 1.1: deadline {deadline!r} {why}; due_date left empty")
    ]


_FIELDS = {
    "actions": lambda a: (
        a.action_id,
        a.theme,
        a.text,
        a.lead,
        a.lead_orgs,
        a.lead_roles,
        a.due_date,
        a.due_kind,
        a.status,
    ),
    "measures": lambda m: (m.measure_id, m.text, m.baseline_text),
    "targets": lambda t: (t.measure_id, t.kind, t.period_label, t.value, t.unit),
    "recommendations": lambda r: (r.rec_id, r.text),
    "links": lambda link: (link.rec_id, link.target_id, link.method),
    "risks": lambda r: (r.issue, r.mitigation),
    "statements": lambda s: (s.theme, s.section, s.text, s.status),
}


def _pdf_gives_what_text_gives(source: Path, pdf: Path) -> Extract:
    """The PDF's extract, once every table's records are checked against its text twin's."""
    text_twin, got = extract(source), extract(pdf)
    assert _document_facts(got) == _document_facts(text_twin)
    for table, key in _FIELDS.items():
        assert [key(r) for r in got.records[table]] == [key(r) for r in text_twin.records[table]], (
            table
        )
    return got


def _document_facts(extracted: Extract) -> tuple:
    """What an extract says of its document, whatever it was read from."""
    d = extracted.document
    return (d.council, d.doc_type, d.title, d.period_start, d.period_end, d.report_date,
            d.overall_status)  # fmt: skip


def _built_pdf_gives_what_text_gives(name: str, tmp_path: Path, **layout: Any) -> Extract:
    """The unseen plan set as a PDF (`layout`: `plan_pdf`'s options) checked against its text."""
    from tests.pdfbuild import parts_of_text, plan_pdf

    source = UNSEEN / name
    pdf = plan_pdf(tmp_path / "plan.pdf", parts_of_text(source.read_text()), **layout)
    return _pdf_gives_what_text_gives(source, pdf)


@pytest.mark.parametrize("valign", ["top", "middle", "bottom"])
@pytest.mark.parametrize("ruled", [True, False], ids=["ruled", "borderless"])
@pytest.mark.parametrize("name", PDF_PLANS)
def test_a_pdf_of_the_plan_gives_what_its_text_gives(
    name: str, ruled: bool, valign: str, tmp_path: Path
) -> None:
    # the same plan set as a PDF page, its cells wrapped onto several lines, with every
    # cell ruled or with columns kept apart by space alone, and set at the top, middle or
    # bottom of their rows (a borderless row's id line is then not its first)
    got = _built_pdf_gives_what_text_gives(name, tmp_path, ruled=ruled, valign=valign)
    pages = [a.page for a in got.records["actions"]]
    assert pages[:1] in ([], [1]) and pages == sorted(pages)  # a long plan runs onto page 2


@pytest.mark.parametrize("ruled", [True, False], ids=["ruled", "borderless"])
@pytest.mark.parametrize("name", PDF_PLANS)
def test_a_landscape_pdf_of_the_plan_gives_what_its_text_gives(
    name: str, ruled: bool, tmp_path: Path
) -> None:
    # an A4 landscape page (as a landscape section of a Word document prints it: the page
    # wider than tall, not turned by /Rotate), its tables fitted to the wider page
    from tests.pdfbuild import A4_LANDSCAPE

    _built_pdf_gives_what_text_gives(name, tmp_path, ruled=ruled, size=A4_LANDSCAPE)


@pytest.mark.parametrize("ruled", [True, False], ids=["ruled", "borderless"])
@pytest.mark.parametrize("lines_per_page", range(5, 17, 2))
@pytest.mark.parametrize("name", [p for p in PDF_PLANS if p != "southby-plan.txt"])  # 3 lines
def test_a_plan_over_several_pages_gives_what_its_text_gives(
    name: str, lines_per_page: int, ruled: bool, tmp_path: Path
) -> None:
    # the same plan on short pages, so its tables break at every place in turn: a header row
    # printed again on the next page, a row cut with its lead or action half on each page,
    # "OFFICIAL" above and "Page 2 of 3" below every page
    _on_short_pages_gives_what_text_gives(name, tmp_path, lines_per_page, ruled)


@pytest.mark.parametrize("style", RULE_STYLES)
@pytest.mark.parametrize("name", PDF_PLANS)
def test_a_pdf_ruled_in_an_office_table_style_gives_what_its_text_gives(
    name: str, style: str, tmp_path: Path
) -> None:
    # table styles that draw no full grid: a rule under each row, with or without a frame
    # round the table, the frame alone, rules down the columns alone, the header's cells
    # alone ruled, or shaded and no rule at all. The rules find a "table" of one row or one
    # column, in which the columns are kept apart by space, or the header alone; "Page 1 of
    # 1" sits under the last row
    running = ("OFFICIAL", "Page {page} of {pages}")
    _built_pdf_gives_what_text_gives(name, tmp_path, ruled=style, running=running)


@pytest.mark.parametrize("style", ["frame", "columns", "ruled header", "shaded header"])
@pytest.mark.parametrize("name", [p for p in PDF_PLANS if p != "southby-plan.txt"])  # 3 lines
def test_a_plan_in_an_office_table_style_over_several_pages_gives_what_its_text_gives(
    name: str, style: str, tmp_path: Path
) -> None:
    _on_short_pages_gives_what_text_gives(name, tmp_path, 7, style)


def _on_short_pages_gives_what_text_gives(
    name: str,
    tmp_path: Path,
    lines_per_page: int,
    ruled: bool | str,
    repeat_header: bool = True,
) -> None:
    from tests.pdfbuild import LINE, TOP

    got = _built_pdf_gives_what_text_gives(
        name,
        tmp_path,
        ruled=ruled,
        bottom=TOP - lines_per_page * (LINE - 4),
        running=("OFFICIAL", "Page {page} of {pages}"),
        repeat_header=repeat_header,
    )
    assert got.document.page_count and got.document.page_count > 1


@pytest.mark.parametrize("lines_per_page", [5, 8, 11])
@pytest.mark.parametrize("name", [p for p in PDF_PLANS if p != "southby-plan.txt"])
def test_a_plan_whose_tables_do_not_repeat_their_header_gives_what_its_text_gives(
    name: str, lines_per_page: int, tmp_path: Path
) -> None:
    # Word repeats a table's header on each page only when told to: the same plan on short
    # ruled pages with each table's header printed once, so a page may open on a row the
    # break cut, or a header stand alone at a page's foot
    _on_short_pages_gives_what_text_gives(name, tmp_path, lines_per_page, True, False)


@pytest.mark.parametrize("lines_per_page", [5, 7, 9, 11, 13, 15])
@pytest.mark.parametrize("name", [p for p in PDF_PLANS if p != "southby-plan.txt"])  # 3 lines
def test_a_borderless_plan_whose_header_is_printed_once_gives_what_its_text_gives(
    name: str, lines_per_page: int, tmp_path: Path
) -> None:
    # the same without rules: lines at the top of a page set in the columns of the table
    # (or the form's label and value columns) that ran to the foot of the page before are
    # its rows going on
    _on_short_pages_gives_what_text_gives(name, tmp_path, lines_per_page, False, False)


@settings(max_examples=20, deadline=None, derandomize=True)
@given(
    shares=st.lists(st.floats(0.3, 2.0), min_size=7, max_size=7),
    ruled=st.booleans(),
    lines_per_page=st.sampled_from([6, 8, 10, 12, 20, 60]),
    valign=st.sampled_from(["top", "middle", "bottom"]),
)
@pytest.mark.parametrize("name", PDF_PLANS)
def test_any_column_widths_give_what_the_text_gives(
    name: str,
    shares: list[float],
    ruled: bool,
    lines_per_page: int,
    valign: str,
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    # columns narrow and wide in any proportion (each wide enough for its longest word), so
    # cells and headers wrap onto different numbers of lines, on pages of any length, set at
    # the top, middle or bottom of their rows. A row set at the middle or bottom and cut by a
    # page break is not covered: a spreadsheet never cuts a row, and the builder keeps one
    # whole unless it is taller than half a page, as on the shortest pages here.
    assume(valign == "top" or lines_per_page >= 20)
    from tests.pdfbuild import LEFT, LINE, RIGHT, TOP, min_widths, parts_of_text, plan_pdf

    source = UNSEEN / name
    parts = parts_of_text(source.read_text())
    tables = [p for p in parts if not isinstance(p, str)]
    widths = {}
    for i, table in enumerate(tables):
        use = [shares[k % len(shares)] for k in range(len(table[0]))]  # tables of 8+ columns
        least = min_widths(table)
        widths[i] = [
            max(w, int((RIGHT - LEFT) * s / sum(use))) for w, s in zip(least, use, strict=False)
        ]
    pdf = plan_pdf(
        tmp_path_factory.mktemp("w") / "plan.pdf",
        parts,
        widths=widths,
        ruled=ruled,
        bottom=TOP - lines_per_page * (LINE - 4),
        running=("OFFICIAL", "Page {page} of {pages}"),
        valign=valign,
    )
    _pdf_gives_what_text_gives(source, pdf)


def test_a_priority_headed_under_an_area_for_improvement_answers_it(
    northshire: dict[str, list],
) -> None:
    # "Area for improvement 1: …" then "Priority 1: Timely assessment" and its table
    links = {(link.rec_id, link.target_id, link.method) for link in northshire["links"]}
    assert links == {("AFI1", f"P1.{n}", "section_heading") for n in (1, 2, 3)}


def test_areas_listed_together_head_no_priority(tmp_path: Path) -> None:
    # the inspection's areas listed one after another, then the plan's own priorities: the
    # last area listed is not a heading over the first priority
    plan = tmp_path / "plan.txt"
    plan.write_text(
        "Eastfield SEND Improvement Plan 2025\n\n"
        "Area for improvement 1: Leaders should improve the timeliness of assessments.\n"
        "Area for improvement 2: Leaders should improve transition to adulthood.\n\n"
        "Priority 1: Timely assessment\n"
        "Ref\tAction\tLead\tDeadline\n"
        "1.1\tRecruit two educational psychologists\tPrincipal EP\tMay 2025\n"
    )
    got = extract(plan).records
    assert [r.rec_id for r in got["recommendations"]] == ["AFI1", "AFI2"]
    assert [link for link in got["links"] if link.method == "section_heading"] == []


def test_start_and_end_columns_a_commentary_column_and_half_terms() -> None:
    # Oakham: "Strategic priority 2", Start date | End date, a "Progress update" narrative
    # beside the RAG column, school half terms, a body in brackets after the role
    actions = extract(UNSEEN / "oakham-plan.txt").records["actions"]
    assert [
        (a.action_id, a.theme, a.start_date, a.due_date, a.status, a.lead_roles, a.lead_orgs)
        for a in actions
    ] == [
        (
            "2.1",
            "Strategic priority 2",
            date(2025, 4, 1),
            date(2026, 3, 31),
            "G",
            ["Early Years SEND Manager"],
            ["Oakham Council"],
        ),
        (
            "2.2",
            "Strategic priority 2",
            date(2025, 9, 30),  # a month means its last day (output contract)
            date(2026, 7, 31),  # Summer 2: the second half of the summer term
            "A",
            ["Designated Clinical Officer"],
            ["NHS Oakham ICB"],
        ),
        (
            "2.3",
            "Strategic priority 2",
            date(2025, 10, 31),  # Autumn 1
            date(2026, 2, 28),  # Spring 1
            "R",
            ["SENCO Network Lead"],
            [],
        ),
    ]


def test_a_kpi_grid_with_counts_and_target_years() -> None:
    got = extract(UNSEEN / "oakham-plan.txt").records
    assert [(m.text, m.baseline_text, m.source) for m in got["measures"]] == [
        ("% of EHCPs issued within 20 weeks", "45%", "SEN2 return"),
        ("Number of children on SEN Support", "1,240", "School census"),
    ]
    assert {(t.measure_id, t.kind, t.period_label, t.value) for t in got["targets"]} == {
        ("M1", "baseline", None, 45.0),
        ("M1", "target", "Target 2025/26", 60.0),
        ("M1", "target", "Target 2026/27", 75.0),
        ("M2", "baseline", None, 1240.0),
        ("M2", "target", "Target 2025/26", 1300.0),
        ("M2", "target", "Target 2026/27", 1350.0),
    }


def test_a_spreadsheet_tracker_with_other_column_names_and_wordings() -> None:
    # Riverside: "#", "Activity", "Owner(s)", "Start" | "Finish", "Current status"; a
    # semicolon between two owners, an NHS trust shortened to FT in brackets, a school by
    # name; Easter, a half-term break, a financial year written after its years, a
    # spreadsheet's "14-Jan-25"; success criteria with a baseline and one target column
    got = extract(UNSEEN / "riverside-plan.txt").records
    assert [
        (a.action_id, a.theme, a.lead_roles, a.lead_orgs, a.start_date, a.due_date, a.status)
        for a in got["actions"]
    ] == [
        (
            "3.1",
            "Priority 3",
            ["Post-16 Lead", "Skills and Employment Manager"],
            [],
            date(2024, 9, 30),
            date(2025, 4, 30),  # by Easter: the end of the spring term
            "Amber",
        ),
        (
            "3.2",
            "Priority 3",
            ["Service Manager"],
            ["CAMHS", "Oxford Health NHS FT"],
            date(2024, 12, 31),
            date(2025, 10, 31),  # October half term
            "Green",
        ),
        (
            "3.3",
            "Priority 3",
            ["Head teacher"],
            ["Riverside Special School"],
            date(2025, 1, 14),
            date(2026, 3, 31),  # the 2025/26 financial year ends in March
            "Red",
        ),
        (
            "3.4",
            "Priority 3",
            ["Commissioning Manager", "Joint Commissioning Team"],
            [],
            date(2025, 1, 6),  # week commencing: that Monday
            date(2026, 1, 14),
            "Green",
        ),
    ]
    assert [(m.measure_id, m.baseline_text) for m in got["measures"]] == [
        ("M1", "78%"),
        ("M2", "12"),
    ]
    assert sorted((t.measure_id, t.kind, t.value, t.unit) for t in got["targets"]) == [
        ("M1", "baseline", 78.0, "percent"),
        ("M1", "target", 85.0, "percent"),
        ("M2", "baseline", 12.0, "count"),
        ("M2", "target", 20.0, "count"),
    ]


def test_actions_printed_as_forms_of_labelled_fields() -> None:
    # Kingsmere prints no action table: each action is a form, its fields one a line
    # ("Lead: …", "By when: …") under an "Action 1.1" line or after "Action 1.2:", a list
    # under an empty "Action:" label, or a two-column table of labels and values, or all
    # on one line ("Lead: … | Deadline: … | RAG: …")
    got = extract(UNSEEN / "kingsmere-plan.txt")
    actions = got.records["actions"]
    assert [(a.action_id, a.theme, a.text) for a in actions] == [
        (
            "1.1",
            "Area for improvement 1",
            "Publish a joint SEND dashboard for the partnership board",
        ),
        ("1.2", "Area for improvement 1", "Refresh the joint strategic needs assessment for SEND"),
        (
            "1.3",
            "Area for improvement 1",
            "• Train SENCOs to read the dashboard • Send schools a termly data digest",
        ),
        (
            "2.1",
            "Area for improvement 2",
            "Commission extra assessment capacity from an independent provider",
        ),
        (
            "2.2",
            "Area for improvement 2",
            "Offer waiting well support to every family on the pathway",
        ),
        ("3.1", "Area for improvement 3", "Map post-16 pathways with every college"),
        ("3.2", "Area for improvement 3", "Start a supported internship programme"),
    ]
    assert [(a.lead_roles, a.lead_orgs) for a in actions] == [
        (["Head of Performance"], ["Kingsmere County Council"]),
        (["Consultant in Public Health"], []),
        (["SEND Data Manager"], []),
        (["Director of Commissioning"], ["NHS Kingsmere ICB"]),
        (["Designated Clinical Officer"], []),
        (["Post-16 Lead"], []),
        (["Head of Skills"], ["Kingsmere College"]),
    ]
    assert [(a.due_date, a.due_kind, a.status) for a in actions] == [
        (date(2025, 6, 30), "date", "Green"),
        (date(2026, 3, 31), "date", "Amber"),
        (date(2025, 9, 30), "recurring", "Green"),  # termly from September 2025
        (date(2025, 12, 31), "date", "On track"),  # Q3 2025/26
        (date(2026, 4, 30), "date", "Not started"),  # the spring term ends in April
        (date(2026, 7, 31), "date", "Amber"),
        (date(2026, 9, 30), "date", "Green"),
    ]
    assert [(link.rec_id, link.target_id) for link in got.records["links"]] == [
        ("AFI1", "1.1"),
        ("AFI1", "1.2"),
        ("AFI1", "1.3"),
        ("AFI2", "2.1"),
        ("AFI2", "2.2"),
        ("AFI3", "3.1"),
        ("AFI3", "3.2"),
    ]
    assert got.document.title == "Kingsmere Local Area SEND Improvement Plan 2025-2027"


def test_a_plan_whose_actions_are_not_read_is_reported(tmp_path: Path) -> None:
    # areas for improvement read, but the actions printed as prose paragraphs no table or
    # form stage reads: the analyst is told, rather than given an empty actions table
    path = tmp_path / "plan.txt"
    path.write_text(
        "Eastfield SEND Improvement Plan 2025\n\n"
        "Area for improvement 1: Leaders do not use data well enough.\n\n"
        "We will build a dashboard by May 2025, led by the Head of Performance.\n"
    )
    got = extract(path)
    assert got.records["actions"] == [] and len(got.records["recommendations"]) == 1
    assert [d.code for d in got.diagnostics] == ["W202"]
    assert "1 recommendations but no actions found" in got.diagnostics[0].message


def test_a_document_that_is_no_plan_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "minutes.txt"
    path.write_text("Minutes of the meeting held on 3 March\n\nApologies were received.\n")
    assert [d.code for d in extract(path).diagnostics] == ["W201"]


def test_ids_printed_at_the_start_of_the_action_text() -> None:
    # Northgate has no id column: each action starts with its id ("1.1 …", "2.1. …", "2.2)
    # …"), under "Action | Who | When | How we will know" and "What we will do | Lead | By
    # when | RAG"; a short action with a lead and a deadline is kept; a person named in
    # the lead is no role
    got = extract(UNSEEN / "northgate-plan.txt").records
    assert [
        (a.action_id, a.theme, a.text, a.lead_roles, a.lead_orgs, a.due_date, a.status)
        for a in got["actions"]
    ] == [
        (
            "1.1",
            "Priority 1",
            "Publish a joint dashboard for the partnership board",
            ["Head of Performance"],
            [],
            date(2025, 5, 31),
            None,
        ),
        (
            "1.2",
            "Priority 1",
            "Train SENCOs in the graduated approach",
            ["SEND Advisory Team Manager"],  # "Jane Smith, …"
            [],
            date(2025, 12, 31),  # Qtr 3 2025/26
            None,
        ),
        (
            "2.1",
            "Priority 2",
            "Map post-16 pathways",
            ["Post-16 Lead"],
            [],
            date(2025, 9, 30),
            "Green",
        ),
        (
            "2.2",
            "Priority 2",
            "Hold supported internship fairs",
            ["Employment Lead"],  # "(Dr A. Khan)"
            [],
            date(2026, 8, 31),  # 2025/2026: the academic year
            "Amber",
        ),
        (
            "2.3",
            "Priority 2",
            "Recruit two job coaches",
            [],
            ["Northgate Council"],
            date(2026, 3, 31),
            "Red",
        ),
    ]


def test_a_climate_plan_with_start_completion_and_cost_columns() -> None:
    # Ashbury: a climate action plan, "Ref | Action | Lead Department | Start | Completion |
    # Cost | Status" under each theme; its periods ("Q2 2025/26 | Q4 2026/27", "2025 |
    # 2030") sit in its own date columns and make it no success-measure grid; RAGP Purple
    got = extract(UNSEEN / "ashbury-climate-plan.txt").records
    assert [
        (a.action_id, a.theme, a.lead_roles, a.start_date, a.due_date, a.status)
        for a in got["actions"]
    ] == [
        ("B1", "Theme 1", ["Housing Services"], date(2025, 4, 30), date(2028, 3, 31), "Green"),
        ("B2", "Theme 1", ["Property & Estates"], date(2025, 9, 30), date(2027, 3, 31), "Amber"),
        (
            "B3",
            "Theme 1",
            ["Planning Policy Team"],
            date(2025, 2, 28),  # Winter 2024/25: December to February
            date(2026, 4, 30),  # Spring 2026: the spring term
            "Purple",
        ),
        ("T1", "Theme 2", ["Fleet Management"], date(2025, 12, 31), date(2030, 12, 31), "Red"),
        (
            "T2",
            "Theme 2",
            ["Highways / Transport Planning"],
            date(2025, 9, 30),  # Q2 of the 2025/26 financial year
            date(2027, 3, 31),  # Q4 2026/27
            "Green",
        ),
    ]
    assert [m.text for m in got["measures"]] == [
        "Council scope 1 and 2 emissions (tCO2e)",
        "Share of fleet that is electric",
    ]
    assert [(t.measure_id, t.kind, t.period_label, t.value) for t in got["targets"]] == [
        ("M1", "target", "Target 2027", 7000.0),
        ("M1", "target", "Target 2030", 3100.0),
        ("M1", "baseline", "Baseline 2019", 12400.0),
        ("M2", "target", "Target 2027", 40.0),
        ("M2", "target", "Target 2030", 100.0),
        ("M2", "baseline", "Baseline 2019", 4.0),
    ]


def test_a_childrens_services_plan_with_police_initials_and_progress_wordings() -> None:
    # Brookfield: a children's services improvement plan, "No. | What we will do |
    # Responsible Officer | Target Date | Evidence of impact | Progress"; a police force as
    # a partner, a person whose surname is a role word, a lead of initials only
    actions = extract(UNSEEN / "brookfield-improvement-plan.txt").records["actions"]
    assert [
        (a.action_id, a.lead, a.lead_orgs, a.lead_roles, a.due_date, a.due_kind, a.status)
        for a in actions
    ] == [
        (
            "1a",
            "Head of Early Help, Brookfield Council",
            ["Brookfield Council"],
            ["Head of Early Help"],
            date(2025, 8, 31),  # by the start of the 2025/26 academic year
            "date",
            "Completed Embedded Sustained",
        ),
        (
            "1b",
            "Service Manager MASH; Detective Inspector, Brookfield Police",
            ["Brookfield Police"],
            ["Service Manager MASH", "Detective Inspector"],
            date(2026, 4, 30),  # Term 2: the spring term; the plan names no Term 4-6
            "date",
            "On track no concerns",
        ),
        (
            "1c",
            "Principal Social Worker",
            [],
            ["Principal Social Worker"],
            date(2025, 7, 31),  # monthly from July 2025: the first occurrence
            "recurring",
            "Not due yet",
        ),
        (
            "2a",
            "Claire Head, Practice Development Manager",
            [],
            ["Practice Development Manager"],
            date(2025, 7, 31),  # end of summer term
            "date",
            "Off track",
        ),
        # initials are the row's own lead, not letters to drop for the lead above
        ("2b", "JS / AB", [], ["JS / AB"], date(2026, 3, 31), "date", "Amber"),
    ]


def test_a_highlight_report_of_workstreams_and_a_risk_register() -> None:
    # Dunmore: cover facts as labelled lines, "Workstream | RAG | Progress this period |
    # Next steps", and "Risk | Likelihood | Impact | Score | Mitigation | Owner"
    got = extract(UNSEEN / "dunmore-highlight-report.txt")
    document = got.document
    assert (document.doc_type, document.report_date, document.overall_status) == (
        "highlight_report",
        date(2025, 10, 31),  # Reporting period: October 2025
        "Amber",
    )
    statements = [(s.theme, s.section, s.status, s.text) for s in got.records["statements"]]
    assert statements == [
        ("1. Timeliness of EHCPs", "update", "Amber",
         "20-week timeliness rose to 41% (from 33%)."),
        ("1. Timeliness of EHCPs", "next_step", "Amber",
         "Recruit two more EP posts by December 2025."),
        ("2. Preparing for adulthood", "update", "Green",
         "Supported internship places doubled to 24."),
        ("2. Preparing for adulthood", "next_step", "Green",
         "Launch the employment fair in January 2026."),
        ("3. Alternative provision", "update", "Red", "The AP framework tender received no bids."),
        ("3. Alternative provision", "next_step", "Red", "Re-tender in Q4 2025/26."),
    ]  # fmt: skip
    assert [(r.issue, r.mitigation) for r in got.records["risks"]] == [
        ("EP vacancies delay assessments", "Locum EPs commissioned; grow-your-own trainee scheme"),
        ("High-needs block overspend", "DBV programme; monthly budget board"),
    ]


def test_a_written_statement_of_action_answers_its_areas_of_weakness() -> None:
    # Eldon: an older inspection's WSOA, "Area of weakness 1: …" over each table, a
    # "Milestones" column kept with its action, "Responsible | Timescale"
    got = extract(UNSEEN / "eldon-wsoa.txt").records
    assert [(r.rec_id, r.text) for r in got["recommendations"]] == [
        ("W1", "The local area's joint commissioning is underdeveloped."),
        ("W2", "Too many children wait for neurodevelopmental assessment."),
    ]
    assert [(a.action_id, a.theme, a.lead_orgs, a.due_date) for a in got["actions"]] == [
        ("1.1", "Area of weakness 1", ["Eldon ICB"], date(2025, 3, 31)),
        ("1.2", "Area of weakness 1", ["Eldon Council"], date(2025, 9, 30)),
        ("2.1", "Area of weakness 2", ["Eldon Community Health NHS Trust"], date(2025, 9, 30)),
    ]
    assert got["actions"][0].text == (
        "Agree a joint commissioning strategy Draft to board (Jan 2025); Sign-off (Mar 2025)"
    )
    assert [(link.rec_id, link.target_id, link.method) for link in got["links"]] == [
        ("W1", "1.1", "section_heading"),
        ("W1", "1.2", "section_heading"),
        ("W2", "2.1", "section_heading"),
    ]


def test_an_accelerated_progress_plan_with_actuals_and_targets_by_year() -> None:
    # Fenwick: "Priority action 1: …" heading its actions (PA1.1), and a grid "Measure |
    # 2023/24 actual | 2024/25 target | 2025/26 target | Data source"
    got = extract(UNSEEN / "fenwick-app.txt").records
    assert [(r.rec_id, r.text) for r in got["recommendations"]] == [
        ("PA1", "Leaders must improve the timeliness of EHC plans."),
    ]
    assert [(link.rec_id, link.target_id, link.method) for link in got["links"]] == [
        ("PA1", "PA1.1", "section_heading"),
    ]
    assert [(m.text, m.baseline_text, m.source) for m in got["measures"]] == [
        ("EHCPs issued within 20 weeks", "28%", "SEN2 return"),
        ("Average days to issue", "142 days", "Synergy"),
        ("Tribunal appeals", "34", "SENDIST"),
    ]
    got_targets = {
        (t.measure_id, t.kind, t.period_label, t.period_end, t.value, t.unit)
        for t in got["targets"]
    }
    assert got_targets == {
        ("M1", "baseline", "2023/24 actual", date(2024, 8, 31), 28.0, "percent"),
        ("M1", "target", "2024/25 target", date(2025, 8, 31), 45.0, "percent"),
        ("M1", "target", "2025/26 target", date(2026, 8, 31), 60.0, "percent"),
        ("M2", "baseline", "2023/24 actual", date(2024, 8, 31), 142.0, "days"),
        ("M2", "target", "2024/25 target", date(2025, 8, 31), 120.0, "days"),
        ("M2", "target", "2025/26 target", date(2026, 8, 31), 100.0, "days"),
        ("M3", "baseline", "2023/24 actual", date(2024, 8, 31), 34.0, "count"),
        ("M3", "target", "2024/25 target", date(2025, 8, 31), -10.0, "percent_change"),
        ("M3", "target", "2025/26 target", date(2026, 8, 31), -20.0, "percent_change"),
    }


def test_a_plan_whose_extract_left_its_tables_in_html() -> None:
    # Greyford: each table pasted as <table> source (a <br> and a list inside cells, &#39;),
    # the grid's "Target" spanning "2025/26 | 2026/27" by colspan
    got = extract(UNSEEN / "greyford-plan.txt").records
    assert [(a.action_id, a.theme, a.lead_roles, a.lead_orgs, a.due_date, a.status)
            for a in got["actions"]] == [
        ("1.1", "Priority 1", ["Principal Educational Psychologist"], ["Greyford Council"],
         date(2026, 3, 31), "Amber"),
        ("1.2", "Priority 1", ["Head of SEND", "Designated Clinical Officer"],
         ["Greyford Council", "NHS Greyford ICB"], date(2026, 1, 31), "Green"),
        ("1.3", "Priority 1", ["SEND Service Manager"], [], date(2026, 7, 31), "Not started"),
        ("2.1", "Priority 2", ["Head of Post-16"], ["Greyford Council"], date(2026, 9, 30),
         "Amber"),
        ("2.2", "Priority 2", ["Director of Nursing"], ["NHS Greyford ICB"],
         date(2025, 12, 31), "Red"),
    ]  # fmt: skip
    texts = [a.text for a in got["actions"]]
    assert (
        texts[0] == "Recruit three additional educational psychologists and a senior practitioner"
    )
    assert texts[2] == (
        "• Publish the revised EHC needs assessment guidance • Train all SEND case officers in it"
    )
    assert texts[4] == "Agree a transition protocol between children's and adults' health services"
    assert [(t.measure_id, t.kind, t.period_label, t.value) for t in got["targets"]] == [
        ("M1", "target", "2025/26", 55.0),
        ("M1", "target", "2026/27", 70.0),
        ("M1", "baseline", "Baseline (2024)", 38.0),
        ("M2", "target", "2025/26", 20.0),
        ("M2", "target", "2026/27", 30.0),
        ("M2", "baseline", "Baseline (2024)", 12.0),
    ]


def test_a_highlight_report_with_a_rag_by_month_and_a_risk_description_column() -> None:
    # Holmbury: "Workstream | Lead | Aug | Sep | Oct | Direction of travel | Commentary" (the
    # latest month's rating is the status), "Ref | Description | RAG | Mitigation | Owner",
    # cover facts "Date of report: …" and "Overall RAG: Green" under the title
    got = extract(UNSEEN / "holmbury-highlight-report.txt")
    document = got.document
    assert (document.title, document.report_date, document.overall_status) == (
        "Holmbury SEND Partnership Board - Highlight Report",
        date(2025, 11, 14),
        "Green",
    )
    assert [(s.theme, s.section, s.status, s.text) for s in got.records["statements"]] == [
        ("A. Inclusion in mainstream", "update", "G", "Inclusion charter signed by 48 schools."),
        ("B. Health pathways", "update", "A", "Neurodevelopmental waits down to 52 weeks."),
        ("C. Sufficiency of specialist places", "update", "A",
         "Opening of the new resource base slipped to April 2026."),
    ]  # fmt: skip
    assert [(r.issue, r.mitigation) for r in got.records["risks"]] == [
        ("Recruitment of specialist teachers", "Golden hello scheme agreed"),
        ("Capital programme cost inflation", "Value engineering review"),
    ]


def test_outcomes_heading_actions_with_lettered_ids_and_a_success_measure_column() -> None:
    # Kelsall: "Outcome 1: …" over "No. | What we will do | Who | When | How we will know
    # (success measure)", ids "1a", a date range, "w/c 3 November 2025"
    got = extract(UNSEEN / "kelsall-plan.txt").records
    assert [(a.action_id, a.theme, a.lead_roles, a.lead_orgs, a.due_date, a.due_kind)
            for a in got["actions"]] == [
        ("1a", "Outcome 1", ["Early Years SENCO Lead"], ["Kelsall Council"], date(2026, 7, 31),
         "date"),
        ("1b", "Outcome 1", ["Head of Children's Commissioning"], ["Kelsall and Wyre ICB"],
         date(2026, 1, 31), "recurring"),
        ("2a", "Outcome 2", ["PfA Strategic Lead"], [], date(2025, 11, 3), "date"),
        ("2b", "Outcome 2", ["Adult Social Care Commissioning Manager"], [], date(2027, 8, 31),
         "date"),
    ]  # fmt: skip
    assert got["actions"][0].text == "Roll out the early language screening tool to all nurseries"


def test_a_corporate_plan_with_a_timeline_and_kpis_counted_in_financial_years() -> None:
    # Larchfield: a corporate plan (no schooling in it, so "2025/26" is a financial year)
    # marks each action's quarters or months with ticks, crosses or milestone words; one
    # table rates its actions by month; its KPIs print their own ids, a polarity column and
    # an actual beside the targets
    got = extract(UNSEEN / "larchfield-corporate-plan.txt").records
    assert [(a.action_id, a.theme, a.lead_roles, a.due_text, a.start_date, a.due_date, a.status)
            for a in got["actions"]] == [
        ("CP1.1", "Priority 1", ["Head of Planning Policy"], "Q2 (Jul-Sep 25)",
         date(2025, 6, 30), date(2025, 9, 30), None),  # ticked in Q1 and Q2
        ("CP1.2", "Priority 1", ["Economic Development Manager"], "Q4 (Jan-Mar 26)",
         date(2025, 9, 30), date(2026, 3, 31), None),
        ("CP1.3", "Priority 1", ["Head of Revenues and Benefits"], "Q1 (Apr-Jun 25)", None,
         date(2025, 6, 30), None),
        ("CP2.1", "Priority 2", ["Head of Adult Social Care"], "Jul-25", date(2025, 5, 31),
         date(2025, 7, 31), "Green"),  # May-25: Pilot … Jul-25: Launch
        ("CP2.2", "Priority 2", ["Housing Delivery Manager"], "Jul-25", date(2025, 4, 30),
         date(2025, 7, 31), "Amber"),  # X under each month
        ("CP3.1", "Priority 3", ["Head of Digital Services"], "March 2026", None,
         date(2026, 3, 31), "A"),  # October's rating, as printed
        ("CP3.2", "Priority 3", ["Director of Finance (S151 Officer)"], "2025/26", None,
         date(2026, 3, 31), "G"),  # the financial year 2025/26 ends in March
    ]  # fmt: skip
    assert got["actions"][3].text == (
        "Extend the Home First discharge service to weekends May-25: Pilot Jun-25: Pilot "
        "Jul-25: Launch"
    )
    assert [(m.measure_id, m.text, m.baseline_text) for m in got["measures"]] == [
        ("KPI 1", "Major planning applications decided in time", "78%"),
        ("KPI 2", "Households in temporary accommodation", "412"),
        ("KPI 3", "Average days to process new benefit claims", "21 days"),
    ]
    assert {(t.measure_id, t.kind, t.period_label, t.period_end, t.value)
            for t in got["targets"] if t.measure_id == "KPI 2"} == {
        ("KPI 2", "baseline", "2023/24 actual", date(2024, 3, 31), 412.0),
        ("KPI 2", "target", "2024/25 target", date(2025, 3, 31), 380.0),
        ("KPI 2", "target", "2025/26 target", date(2026, 3, 31), 350.0),
    }  # fmt: skip


def test_a_childrens_services_plan_answering_recommendations_named_in_its_headings() -> None:
    # Ashdown: an ILACS plan ("Recommendation 1: …" listed, then "Priority 4: Care leavers
    # (Recommendations 4 and 6)" over each table); start and finish columns; leads naming
    # police ranks; an unnumbered "Objective:" line under each priority; KPIs with two
    # outturn years before the targets and a statistical neighbours column
    got = extract(UNSEEN / "ashdown-ilacs-plan.txt").records
    assert [(r.rec_id, r.text[:30]) for r in got["recommendations"]] == [
        ("R1", "The timeliness and quality of "),
        ("R2", "Management oversight and super"),
        ("R3", "Sufficiency of local placement"),
        ("R4", "Pathway plans for care leavers"),
        ("R5", "The quality of return home int"),
        ("R6", "The use of performance informa"),
    ]
    links = {(link.rec_id, link.target_id, link.method) for link in got["links"]}
    assert links == {
        *(("R1", a, "section_heading") for a in ("1.1", "1.2", "1.3")),
        *(("R2", a, "section_heading") for a in ("2.1", "2.2", "2.3")),
        *(("R3", a, "section_heading") for a in ("3.1", "3.2")),
        *((r, a, "section_heading") for r in ("R4", "R6") for a in ("4.1", "4.2")),
    }  # Priority 5 names no recommendation and its words are too far from R5 for a link
    actions = {a.action_id: a for a in got["actions"]}
    assert len(actions) == 12
    assert actions["1.1"].objective == (
        "Every child in need has a timely assessment that records their wishes and feelings."
    )
    assert actions["1.1"].objective_id is None
    assert actions["5.2"].objective.startswith("Children who return from a missing episode")
    assert [(a.action_id, a.start_date, a.due_text, a.due_date, a.due_kind, a.status)
            for a in (actions["1.2"], actions["2.2"], actions["3.2"], actions["4.2"])] == [
        ("1.2", date(2025, 5, 31), "Ongoing", None, "ongoing", "Amber"),
        ("2.2", date(2025, 6, 30), "Quarterly from Sept 2025", date(2025, 9, 30), "recurring",
         "Green"),
        ("3.2", date(2025, 4, 30), "Mar-26", date(2026, 3, 31), "date", "Amber"),
        ("4.2", date(2025, 7, 31), "TBC", None, "tbc", "Not started"),
    ]  # fmt: skip
    assert (actions["2.2"].lead_roles, actions["2.2"].lead_orgs) == (
        ["Head of Service, Front Door", "Detective Inspector", "Designated Nurse"],
        ["Ashdown Police", "ICB"],
    )
    assert actions["5.2"].lead_roles == [
        "Head of Service, Exploitation and Missing",
        "Detective Sergeant",
    ]
    assert [(m.measure_id, m.baseline_text) for m in got["measures"]] == [
        ("M1", "76%"), ("M2", "24%"), ("M3", "74%"), ("M4", "61%"),
    ]  # fmt: skip
    # the latest outturn is the baseline, the one before an actual; a children's services
    # plan counts its years as the council's finances do (to March); neighbours are no values
    assert [(t.kind, t.period_label, t.period_end, t.value)
            for t in got["targets"] if t.measure_id == "M4"] == [
        ("actual", "2023/24 outturn", date(2024, 3, 31), 55.0),
        ("target", "Target 2025/26", date(2026, 3, 31), 80.0),
        ("target", "Target 2026/27", date(2027, 3, 31), 85.0),
        ("baseline", "2024/25 outturn", date(2025, 3, 31), 61.0),
    ]  # fmt: skip
    assert not [t for t in got["targets"] if t.value in (84.0, 16.0, 88.0)]


def test_a_highlight_report_with_a_milestone_table_of_original_and_revised_dates() -> None:
    # Kestrel: "Ref | Milestone | Owner | Original date | Revised date | Status"; both dates
    # are kept as printed and the revised date is the deadline, also when brought forward
    # (M5); an empty revised date carries nothing down from the row above
    got = extract(UNSEEN / "kestrel-highlight-report.txt")
    assert (got.document.doc_type, got.document.report_date, got.document.overall_status) == (
        "highlight_report",
        date(2025, 10, 14),
        "Amber",
    )
    assert [(a.action_id, a.objective, a.lead_roles, a.due_text, a.due_date, a.status)
            for a in got.records["actions"]] == [
        ("M1", None, ["Head of SEND Statutory Services"], "30 June 2025 31 August 2025",
         date(2025, 8, 31), "Complete"),
        ("M2", None, ["Head of Commissioning"], "30 September 2025 31 January 2026",
         date(2026, 1, 31), "Delayed"),
        ("M3", None, ["Capital Programme Manager"], "September 2025 April 2026",
         date(2026, 4, 30), "Delayed"),
        ("M4", None, ["PfA Strategic Lead"], "31 December 2025", date(2025, 12, 31),
         "On track"),
        ("M5", None, ["Head of Commissioning"], "31 March 2026 31 January 2026",
         date(2026, 1, 31), "On track"),
    ]  # fmt: skip
    assert [(s.theme, s.status) for s in got.records["statements"]] == [
        ("1. Assessment and EHCP timeliness", "Amber"),
        ("2. Inclusion and alternative provision", "Red"),
        ("3. Preparing for adulthood", "Green"),
    ]  # the current RAG, not the previous one
    assert [r.issue for r in got.records["risks"]] == [
        "Insufficient AP places while the tender is re-run",
        "Building cost inflation at Hawthorn School",
    ]


def test_a_priority_impact_plan_with_a_lead_organisation_column_and_plan_years() -> None:
    # Penrose: the new framework's areas for priority action and areas for improvement,
    # each listed in a table of id and words; "Lead officer | Lead organisation |
    # Supporting partners" columns; deadlines revised in their cells; a grid of
    # "Year 1 target (2025/26)" columns
    got = extract(UNSEEN / "penrose-priority-impact-plan.txt").records
    assert [(r.rec_id, r.text[:40]) for r in got["recommendations"]] == [
        ("PA1", "Leaders across the partnership should ur"),
        ("PA2", "The ICB and the local authority should r"),
        ("AFI1", "Leaders should improve the quality of pr"),
        ("AFI2", "Leaders should improve communication wit"),
        ("AFI3", "Leaders should make sure alternative pro"),
    ]  # the inspection's words, not the short titles of the headings over the tables
    assert {(link.rec_id, link.target_id) for link in got["links"]} == {
        ("PA1", "PA1.1"), ("PA1", "PA1.2"), ("PA1", "PA1.3"), ("PA2", "PA2.1"),
        ("PA2", "PA2.2"), ("AFI1", "AFI1.1"), ("AFI2", "AFI2.1"), ("AFI2", "AFI2.2"),
        ("AFI3", "AFI3.1"),
    }  # fmt: skip
    actions = {a.action_id: a for a in got["actions"]}
    assert len(actions) == 9
    assert (actions["PA2.2"].lead, actions["PA2.2"].lead_roles, actions["PA2.2"].lead_orgs) == (
        "Designated Clinical Officer, NHS Penrose ICB",
        ["Designated Clinical Officer"],
        ["NHS Penrose ICB"],
    )
    # partners are no objective, carried or not (AFI2.2 prints none)
    assert all(a.objective is None for a in actions.values())
    assert [(a.action_id, a.start_date, a.due_date, a.due_kind)
            for a in (actions["PA1.1"], actions["AFI2.2"], actions["AFI3.1"])] == [
        ("PA1.1", date(2025, 4, 30), date(2025, 9, 30), "date"),  # "(revised from July 2025)"
        ("AFI2.2", date(2025, 9, 30), date(2025, 10, 31), "recurring"),
        ("AFI3.1", date(2025, 4, 30), date(2026, 3, 31), "date"),  # "(was December 2025)"
    ]  # fmt: skip
    assert targets_of(got, "M3") == [
        ("target", "Year 1 target (2025/26)", date(2026, 8, 31), 70.0, "weeks"),
        ("target", "Year 2 target (2026/27)", date(2027, 8, 31), 52.0, "weeks"),
        ("baseline", "Baseline (March 2024)", date(2024, 3, 31), 96.0, "weeks"),
    ]  # fmt: skip


def test_a_highlight_report_with_kpis_reached_since_the_baseline() -> None:
    # Thornbury: "Baseline (Mar 24) | Latest (Aug 25) | Target (Mar 26) | RAG | Trend";
    # workstreams with an SRO, achievements and "Planned next quarter"; milestones with a
    # due and a forecast date; a risk register scored by likelihood and impact
    records = extract(UNSEEN / "thornbury-highlight-report.txt")
    got = records.records
    assert (records.document.report_date, records.document.overall_status) == (
        date(2025, 10, 6),
        "Amber",
    )
    assert [(m.measure_id, m.baseline_text) for m in got["measures"]] == [
        ("KPI 1", "22%"), ("KPI 2", "310"), ("KPI 3", "186"), ("KPI 4", "38%"),
    ]  # fmt: skip
    assert targets_of(got, "KPI 3") == [
        ("actual", "Latest (Aug 25)", date(2025, 8, 31), 201.0, "count"),
        ("target", "Target (Mar 26)", date(2026, 3, 31), -10.0, "percent_change"),
        ("baseline", "Baseline (Mar 24)", date(2024, 3, 31), 186.0, "count"),
    ]  # fmt: skip
    assert [(s.theme, s.section, s.status) for s in got["statements"]][:2] == [
        ("Assessment and planning", "update", "Amber"),
        ("Assessment and planning", "next_step", "Amber"),
    ]
    assert len(got["statements"]) == 6
    # both dates kept as printed, the later the deadline (README: revised dates); a forecast
    # the same as the due date once
    assert [(a.action_id, a.due_text, a.due_date, a.status) for a in got["actions"]] == [
        ("M1", "July 2025", date(2025, 7, 31), "Complete"),
        ("M2", "August 2025 November 2025", date(2025, 11, 30), "Delayed"),
        ("M3", "September 2025", date(2025, 9, 30), "Complete"),
    ]
    assert [(r.issue, r.mitigation) for r in got["risks"]] == [
        ("Educational psychologist vacancies", "Agency EPs; trainee scheme"),
        ("High needs block deficit", "Safety Valve plan; monthly finance board"),
    ]


def test_a_local_area_inclusion_plan_with_key_tasks_and_ambitions_by_year() -> None:
    # Wyndham: "Ref | Key task | Accountable lead | Completion date | Evidence of impact |
    # BRAG" under each priority, lettered ids; a grid "Where we are now (2024/25) | Where we
    # want to be by 2026 | Ambition 2028"; deliverables by workstream; risks printed once
    # after the priorities
    got = extract(UNSEEN / "wyndham-inclusion-plan.txt").records
    actions = {a.action_id: a for a in got["actions"]}
    assert list(actions) == ["1a", "1b", "1c", "1d", "2a", "2b", "2c", "A1", "A2"]
    assert [(a.theme, a.due_date, a.due_kind, a.status)
            for a in (actions["1a"], actions["1b"], actions["1d"], actions["2a"], actions["2c"])
    ] == [
        ("Priority 1", date(2026, 3, 31), "date", "Green"),  # "31st Mar '26"
        ("Priority 1", date(2025, 12, 31), "date", "Amber"),  # "Autumn 2 2025"
        ("Priority 1", date(2026, 3, 2), "date", "Blue"),  # "w/c 2 March 2026"
        ("Priority 2", date(2026, 9, 30), "date", "Red"),  # "(revised from April 2026)"
        ("Priority 2", date(2025, 10, 31), "recurring", "Green"),  # "6 weekly from October"
    ]  # fmt: skip
    assert actions["1c"].text.endswith("(pilot in the North locality first, then all schools)")
    assert (actions["1c"].lead_roles, actions["1c"].lead_orgs) == (
        ["Neurodiversity Programme Lead"],
        ["NHS Wyndham ICB"],
    )
    assert (actions["1d"].lead_roles, actions["1d"].lead_orgs) == (
        ["Designated Clinical Officer"],
        ["NHS Wyndham ICB"],
    )
    # deliverables by workstream are the plan's milestones, under no priority
    assert [(a.theme, a.objective, a.lead, a.status) for a in (actions["A1"], actions["A2"])] == [
        (None, "Early identification", "Early Years Inclusion Manager", "Complete"),
        (None, "Inclusive schools", "Head of Inclusion", "On track"),
    ]
    assert [(m.text, m.baseline_text, m.source) for m in got["measures"]][2] == (
        "Suspensions of pupils on SEN support", "1,240", "Local data"
    )  # fmt: skip
    assert targets_of(got, "M4") == [
        ("target", "Where we want to be by 2026", date(2026, 12, 31), 40.0, "weeks"),
        ("target", "Ambition 2028", date(2028, 12, 31), 18.0, "weeks"),
        ("baseline", "Where we are now (2024/25)", date(2025, 8, 31), 64.0, "weeks"),
    ]  # fmt: skip
    assert [(r.theme, r.issue) for r in got["risks"]] == [
        (None, "Resource base building works overrun"),
        (None, "Schools do not take up the toolkit"),
    ]


def test_a_delivery_plan_of_bulleted_actions_with_their_lead_and_date_beside_them() -> None:
    # Ashcombe: no tables; each action a bullet "1.1 Roll out … (Lead: …; by …)", its lead
    # and date in brackets or after dashes, one bullet with none (2.3); success measures
    # stated in words under "How we will know it is working", one with a figure for each of
    # two periods
    result = extract(UNSEEN / "ashcombe-delivery-plan.txt")
    got = result.records
    assert result.document.doc_type == "improvement_plan"
    assert [(a.action_id, a.theme, a.text[:30], a.lead_roles, a.lead_orgs, a.due_text,
             a.due_date) for a in got["actions"]] == [
        ("1.1", "Priority 1", "Roll out the graduated approac", ["Early Years SEND Manager"],
         ["Ashcombe Council"], "by September 2025", date(2025, 9, 30)),
        ("1.2", "Priority 1", "Train health visitors to use t",
         ["Head of 0-19 Public Health Nursing"], [], "by March 2026", date(2026, 3, 31)),
        ("1.3", "Priority 1", "Set up a neurodevelopmental ad", ["Designated Clinical Officer"],
         ["NHS Ashcombe ICB"], "Q3 2025/26", date(2025, 12, 31)),
        ("2.1", "Priority 2", "Open two new resourced provisi",
         ["Head of School Place Planning"], [], "September 2026", date(2026, 9, 30)),
        ("2.2", "Priority 2", "Publish a clear guide to the l", ["Local Offer Manager"], [],
         "Spring term 2026", date(2026, 4, 30)),
        # no lead and no date printed: none, not 2.2's carried down
        ("2.3", "Priority 2", "Agree an inclusion charter wit", [], [], None, None),
    ]  # fmt: skip
    assert [(s.theme, s.section, s.text[:24]) for s in got["statements"]] == [
        ("Priority 1", "success", "The share of children wi"),
        ("Priority 1", "success", "Requests for EHC needs a"),
        ("Priority 2", "success", "Fewer children educated "),
    ]
    assert [(m.measure_id, m.baseline_text) for m in got["measures"]] == [
        ("M1", "41%"), ("M2", None), ("M3", "212"),
    ]  # fmt: skip
    assert [(t.measure_id, t.kind, t.period_label, t.period_end, t.value, t.unit)
            for t in got["targets"]] == [
        ("M1", "baseline", None, None, 41.0, "percent"),
        ("M1", "target", "by 2027", date(2027, 12, 31), 55.0, "percent"),
        ("M2", "target", "by March 2027", date(2027, 3, 31), -10.0, "percent_change"),
        ("M3", "baseline", None, None, 212.0, "count"),
        # one sentence, two periods: a target each
        ("M3", "target", "by 2026", date(2026, 12, 31), 180.0, "count"),
        ("M3", "target", "by 2028", date(2028, 12, 31), 150.0, "count"),
    ]  # fmt: skip


def test_a_plan_answering_areas_for_priority_action_under_their_own_headings() -> None:
    # Fairhaven: the 2023 framework's "Area for priority action 1: …" (PA1) listed with an
    # area for improvement, then heading its own table; columns "Outcome we want | What we
    # will do | By whom | By when | How we will know | RAG", the outcome's cell printed once
    result = extract(UNSEEN / "fairhaven-plan.txt")
    got = result.records
    assert [(r.rec_id, r.text[:30]) for r in got["recommendations"]] == [
        ("PA1", "Leaders across education, heal"),
        ("PA2", "Leaders should reduce waiting "),
        ("AFI1", "Leaders should improve how the"),
    ]
    assert [(a.action_id, a.theme, a.objective, a.lead_roles, a.lead_orgs, a.due_date,
             a.due_kind, a.status) for a in got["actions"]] == [
        ("A1", "Area for priority action 1", "1a. Families receive plans on time",
         ["Head of SEND Statutory Services"], ["Fairhaven Council"], date(2025, 7, 31),
         "date", "Green"),
        ("A2", "Area for priority action 1", "1a. Families receive plans on time",
         ["SEND Casework Manager"], [], date(2025, 7, 7), "date", "Amber"),
        ("A3", "Area for priority action 1", "1b. Plans describe needs well",
         ["Principal Educational Psychologist"], [], date(2025, 12, 31), "recurring", "Amber"),
        ("A4", "Area for priority action 2", "2a. Children are assessed sooner",
         ["Director of Commissioning"], ["NHS Fairhaven ICB"], date(2025, 9, 30), "ongoing",
         "Red"),
        ("A5", "Area for priority action 2", "2a. Children are assessed sooner",
         ["Designated Clinical Officer"], [], date(2025, 12, 31), "date", "Amber"),
        ("A6", "Area for improvement 1", "3a. Families know where to find help",
         ["Local Offer Manager"], [], date(2025, 12, 31), "date", "Green"),
    ]  # fmt: skip
    # each area's heading links the actions under it
    assert [(lk.rec_id, lk.target_id, lk.method) for lk in got["links"]] == [
        ("PA1", "A1", "section_heading"), ("PA1", "A2", "section_heading"),
        ("PA1", "A3", "section_heading"), ("PA2", "A4", "section_heading"),
        ("PA2", "A5", "section_heading"), ("AFI1", "A6", "section_heading"),
    ]  # fmt: skip
    assert [r.issue[:28] for r in got["risks"]] == [
        "Recruitment of EHC coordinat", "Assessment provider capacity",
    ]  # fmt: skip


def test_a_plan_of_numbered_actions_with_unlabelled_leads_and_dates_in_school_terms() -> None:
    # Ravensby: each action one line "1.1 … (Early Years SEND Manager, Ravensby Council, Term
    # 2 2025/26)" or "1.2 … – Principal Educational Psychologist – by Term 4 2025/26", no
    # labels; dates in a six-term year the plan says it counts in; a grid whose periods are
    # numbered terms; a closing sentence with a role in brackets and no date
    result = extract(UNSEEN / "ravensby-plan.txt")
    got = result.records
    assert [r.rec_id for r in got["recommendations"]] == ["AFI1", "AFI2", "AFI3"]
    assert [(a.action_id, a.theme, a.lead_roles, a.lead_orgs, a.due_text, a.due_date,
             a.due_kind) for a in got["actions"]] == [
        ("1.1", "Area for improvement 1", ["Early Years SEND Manager"], ["Ravensby Council"],
         "Term 2 2025/26", date(2025, 12, 31), "date"),  # six terms: Term 2 ends at Christmas
        ("1.2", "Area for improvement 1", ["Principal Educational Psychologist"], [],
         "by Term 4 2025/26", date(2026, 4, 30), "date"),
        ("1.3", "Area for improvement 1", ["Designated Clinical Officer"], ["NHS Ravensby ICB"],
         "Half term 3 2025/26", date(2026, 2, 28), "date"),
        # printed with no lead or date: none, not 1.3's
        ("1.4", "Area for improvement 1", [], [], None, None, "none"),
        ("1.5", "Area for improvement 1", ["Head of SEND Commissioning"], [],
         "Term 1 2026/27", date(2026, 10, 31), "date"),  # the date first
        ("2.1", "Area for improvement 2", ["SEND Casework Team Manager"], [],
         "Term 3 2025/26", date(2026, 2, 28), "date"),
        ("2.2", "Area for improvement 2", ["Quality Assurance Lead"], [],
         "termly from Term 2 2025/26", date(2025, 12, 31), "recurring"),
        ("2.3", "Area for improvement 2", ["Head of SEND Statutory Services"], [],
         "2026 Q1", date(2026, 3, 31), "date"),
        ("3.1", "Area for improvement 3", ["Local Offer Manager"], [], "Ongoing", None,
         "ongoing"),
        ("3.2", "Area for improvement 3", ["Family Engagement Officer"], [],
         "Term 5 2025/26", date(2026, 5, 31), "date"),
    ]  # fmt: skip
    assert [(link.rec_id, link.target_id) for link in got["links"]][4:6] == [
        ("AFI1", "1.5"), ("AFI2", "2.1"),
    ]  # fmt: skip
    assert targets_of(got, "M1") == [
        ("target", "Term 3 2025/26", date(2026, 2, 28), 50.0, "percent"),
        ("target", "Term 6 2025/26", date(2026, 7, 31), 65.0, "percent"),
        ("baseline", "Baseline 2024/25", date(2025, 8, 31), 38.0, "percent"),
    ]


def _layout_text_gives_what_text_gives(
    name: str, tmp_path: Path, render: Callable[[Path], str], **layout: Any
) -> Extract:
    """The unseen plan set as a PDF (`layout`: `plan_pdf`'s options), then as text set out
    with spaces as `pdftotext -layout` prints it (`render`: `pdfbuild.layout_text` or
    `pdftotext_layout`), checked against the plan's own text."""
    from tests.pdfbuild import parts_of_text, plan_pdf

    source = UNSEEN / name
    pdf = plan_pdf(tmp_path / "plan.pdf", parts_of_text(source.read_text()), **layout)
    spaced = tmp_path / "plan.txt"
    spaced.write_text(render(pdf))
    return _pdf_gives_what_text_gives(source, spaced)


@pytest.mark.parametrize("render", ["layout_text", "pdftotext_layout"])
@pytest.mark.parametrize("ruled", [True, False], ids=["ruled", "borderless"])
@pytest.mark.parametrize("name", PDF_PLANS)
def test_a_plan_as_text_set_out_with_spaces_gives_what_its_text_gives(
    name: str, ruled: bool, render: str, tmp_path: Path
) -> None:
    # pdftotext -layout keeps a table's columns apart by spaces: no tabs, no rules, rows
    # padded apart by a blank line or not at all. It pushes a column right past the widest
    # line of the column before and keeps one space from it (`pdftotext_layout`): a cell's
    # widest line and the next column's text, or two header cells ("Latest (Aug Target
    # (Mar"), one space apart, as words of one cell are
    from tests import pdfbuild

    got = _layout_text_gives_what_text_gives(
        name, tmp_path, render=getattr(pdfbuild, render), ruled=ruled
    )
    assert got.document.source_format == "text"


# Plans whose tables go on over pdftotext's page breaks without their header, and which still
# lose or mis-cut a row there (by lines a page): a column whose cells all run on one space
# after the column before's, in every line at the top of the page, has no start of its own to
# tell it by (`whitespace._columns_here` guesses the word start nearest where it was), and a
# header cut too coarsely on the page before carries too few columns.
NO_HEADER_AGAIN_LIMITS = {
    7: {"ashbury-climate-plan.txt", "ashdown-ilacs-plan.txt", "coldharbour-timeline-plan.txt",
        "elmstead-year-by-year-plan.txt", "fairhaven-plan.txt", "foxley-termly-targets-plan.txt",
        "holmbury-highlight-report.txt", "larchfield-corporate-plan.txt", "marshford-plan.txt",
        "northgate-plan.txt", "pelham-raci-plan.txt", "penrose-priority-impact-plan.txt",
        "quarrybank-target-dates-plan.txt", "redcliffe-plan.txt",
        "thornbury-highlight-report.txt", "westvale-wsoa.txt", "willowmere-plan.txt",
        "wyndham-inclusion-plan.txt", "millbrook-copied-plan.txt",
        "ridgeway-success-in-words-plan.txt", "thornleigh-partners-plan.txt",
        "hollinsbrook-priority-plan.txt", "oakridge-kpi-tracker-plan.txt",
        "brackley-joint-plan.txt", "thornby-scanned-plan.txt", "lyndon-merged-header-plan.txt",
        "calderbrook-recommendation-column-plan.txt", "hatherley-milestone-report.txt",
        "southwick-paged-plan.txt", "corfe-trend-scorecard-plan.txt",
        "farleigh-workstream-report.txt", "harwood-start-finish-plan.txt",
        "kenley-group-rows-grid-plan.txt", "moreton-html-table-plan.txt",
        "oxley-slipped-milestones-report.txt", "pendle-measures-in-action-table-plan.txt",
        "sandford-recommendation-table-plan.txt", "upton-rag-key-report.txt",
        "verwood-shared-leads-plan.txt", "harrowden-objective-rows-plan.txt",
        "lydford-you-said-we-will-plan.txt", "moorcroft-priority-leads-plan.txt",
        "tadley-urgency-column-plan.txt", "ashwell-id-last-column-plan.txt",
        "blackmoor-quarterly-highlight-report.txt", "dalby-periods-down-grid-plan.txt",
        "grantley-risk-and-issues-log.txt", "ingleby-initials-key-plan.txt",
        "jesmond-milestone-lines-plan.txt", "lambton-accountable-responsible-plan.md",
        "netherby-kpi-definition-grid-plan.txt", "ditchling-two-line-header-plan.txt",
        "frodsham-scored-risks-report.txt", "holsworthy-lettered-steps-plan.txt",
        "olney-rec-prefixed-ids-plan.txt", "padstow-priority-codes-plan.txt",
        "quorn-what-who-when-plan.txt", "sedbergh-rag-last-now-report.md",
        "uffington-captioned-tables-plan.txt", "zeals-kpi-measure-columns-report.txt",
        "market-drayton-capitals-plan.txt", "corbridge-achieved-milestones-report.txt",
        "oakworth-contents-page-plan.txt", "sedgefield-milestone-tables-plan.txt",
        "alnmouth-lead-name-column-plan.txt"},
    12: {"ashbury-climate-plan.txt", "ashdown-ilacs-plan.txt", "coldharbour-timeline-plan.txt",
         "larchfield-corporate-plan.txt",
         "oakham-plan.txt", "penrose-priority-impact-plan.txt", "ravensmoor-comparator-plan.txt",
         "thornbury-highlight-report.txt", "millbrook-copied-plan.txt",
         "ridgeway-success-in-words-plan.txt", "thornleigh-partners-plan.txt",
         "hollinsbrook-priority-plan.txt", "oakridge-kpi-tracker-plan.txt",
         "stanwick-scorecard-plan.txt", "brackley-joint-plan.txt",
         "lyndon-merged-header-plan.txt", "calderbrook-recommendation-column-plan.txt",
         "hatherley-milestone-report.txt", "lowther-ocr-grid-plan.txt",
         "oxley-slipped-milestones-report.txt", "upton-rag-key-report.txt",
         "penhallow-bar-parted-plan.txt", "tadley-urgency-column-plan.txt",
         "blackmoor-quarterly-highlight-report.txt", "dalby-periods-down-grid-plan.txt",
         "elmhurst-areas-by-id-plan.txt", "grantley-risk-and-issues-log.txt",
         "ingleby-initials-key-plan.txt", "ditchling-two-line-header-plan.txt",
         "olney-rec-prefixed-ids-plan.txt", "padstow-priority-codes-plan.txt",
         "quorn-what-who-when-plan.txt", "yarcombe-areas-named-in-words-plan.txt",
         "corbridge-achieved-milestones-report.txt", "alnmouth-lead-name-column-plan.txt"},
}  # fmt: skip
# Plans whose header printed again still loses cells on pdftotext's page (by lines a page):
# a timeline's narrow period columns under a merged year, which pdftotext sets one space
# apart ("Q2 Q3 Q4 Q1") where the page before had them wide apart, its marks no longer under
# the periods they mark.
HEADER_AGAIN_LIMITS: dict[int, set[str]] = {
    7: {
        "coldharbour-timeline-plan.txt",
        "dalby-periods-down-grid-plan.txt",
        "grantley-risk-and-issues-log.txt",
    },
    12: {"dalby-periods-down-grid-plan.txt", "grantley-risk-and-issues-log.txt"},
}


@pytest.mark.parametrize("repeat_header", [True, False], ids=["header-again", "no-header-again"])
@pytest.mark.parametrize("render", ["layout_text", "pdftotext_layout"])
@pytest.mark.parametrize("lines_per_page", [7, 12])
@pytest.mark.parametrize("name", [p for p in PDF_PLANS if p != "southby-plan.txt"])  # 3 lines
def test_a_plan_over_several_pages_as_text_set_out_with_spaces_gives_what_its_text_gives(
    name: str,
    lines_per_page: int,
    render: str,
    repeat_header: bool,
    tmp_path: Path,
    request: pytest.FixtureRequest,
) -> None:
    # pages parted by form feeds, a running header and footer on each, a table's header
    # printed again on each page it goes on to, or not; pdftotext sets each page's columns
    # out afresh, so a header printed again may have its cells one space apart where the
    # page before had them wide apart ("Progress update RAG"), over the rest of a row a
    # break cut, and a table going on without its header starts its columns elsewhere
    from tests import pdfbuild

    limits = HEADER_AGAIN_LIMITS if repeat_header else NO_HEADER_AGAIN_LIMITS
    if render == "pdftotext_layout" and name in limits[lines_per_page]:
        reason = "HEADER_AGAIN_LIMITS" if repeat_header else "NO_HEADER_AGAIN_LIMITS"
        request.applymarker(pytest.mark.xfail(reason=reason, strict=True))
    _layout_text_gives_what_text_gives(
        name,
        tmp_path,
        render=getattr(pdfbuild, render),
        ruled=False,
        bottom=pdfbuild.TOP - lines_per_page * (pdfbuild.LINE - 4),
        running=("OFFICIAL", "Page {page} of {pages}"),
        repeat_header=repeat_header,
    )


def test_a_plan_citing_its_areas_by_runs_with_leads_and_their_bodies_in_brackets() -> None:
    """Hartcombe: a column citing areas for improvement as lists and runs ("AFI 1, 3",
    "AFI1-AFI2", "AFI 1-3"), lead cells of roles each with its body in brackets, labelled
    parts and an ICB whose name holds commas, and deadlines in terms' short forms."""
    got = extract(UNSEEN / "hartcombe-plan.txt").records
    rows = [
        (a.action_id, a.theme, a.lead_orgs, a.lead_roles, a.due_date, a.status)
        for a in got["actions"]
    ]
    assert rows == [
        (
            "1.1", "Priority 1",
            ["Hartcombe Council", "NHS Bristol, North Somerset and South Gloucestershire ICB"],
            ["Head of SEND", "Designated Clinical Officer"],
            date(2025, 10, 31), "Green",  # Aut 1 2025: the first autumn half term
        ),
        (
            "1.2", "Priority 1", ["PCF"], ["Head of SEN Assessment", "PCF Chair"],
            date(2026, 4, 30), "Amber",  # Spr 26
        ),
        (
            # the Schools Forum leads as a body (session 43; was a role)
            "1.3", "Priority 1", ["LA", "Schools Forum"], ["SEN Quality Assurance Officer"],
            date(2026, 7, 31), "Red",  # Sum 2026
        ),
        (
            "2.1", "Priority 2", ["Hartcombe Parent Carer Forum"],
            ["Local Offer Manager"], date(2026, 2, 28), "Green",  # Feb HT 2026
        ),
        (
            "2.2", "Priority 2", ["Hartcombe Council", "ICB"],
            ["Head of Early Help", "DCO"], date(2026, 4, 30), "Amber",  # Spr 2026
        ),
    ]  # fmt: skip
    assert [r.rec_id for r in got["recommendations"]] == ["AFI1", "AFI2", "AFI3"]
    links = {(link.rec_id, link.target_id) for link in got["links"]}
    assert links == {
        ("AFI1", "1.1"), ("AFI3", "1.1"), ("AFI2", "1.2"), ("AFI1", "1.3"), ("AFI2", "1.3"),
        ("AFI3", "2.1"), ("AFI1", "2.2"), ("AFI2", "2.2"), ("AFI3", "2.2"),
    }  # fmt: skip
    assert {link.method for link in got["links"]} == {"cited_in_row"}


def test_a_plan_led_by_trusts_with_kpi_cells_that_qualify_their_values() -> None:
    """Marshford: leads naming a trust or a hospital by its name alone, a body's initials in
    brackets and the body a role is head of; a KPI grid whose cells print a sample size, a
    time limit, a range, a school year naming the series and a move from one value to
    another."""
    got = extract(UNSEEN / "marshford-plan.txt").records
    rows = [(a.action_id, a.lead_orgs, a.lead_roles, a.due_date) for a in got["actions"]]
    assert rows == [
        ("1.1", ["Marshford Council", "MC"], ["Head of SEN Assessment"], date(2025, 12, 31)),
        ("1.2", ["CAMHS", "CNWL Mental Health Trust"], ["Head of CAMHS"], date(2026, 3, 31)),
        (
            "1.3", ["Great Ormond Street Hospital"], ["Designated Medical Officer"],
            date(2026, 7, 31),
        ),
        ("2.1", ["Marshford Learning Trust"], ["Post-16 Lead"], date(2026, 7, 31)),
        ("2.2", ["PCF"], ["Chair of PCF"], date(2026, 1, 31)),
    ]  # fmt: skip
    assert [(m.measure_id, m.baseline_text) for m in got["measures"]] == [
        ("M1", "38% (n=412)"),
        ("M2", "Year 11 NEET 6%"),
        ("M3", "From 74 to 52 weeks"),
    ]
    targets = {
        (t.measure_id, t.kind, t.series, t.period_end, t.value, t.unit) for t in got["targets"]
    }
    assert targets == {
        # "38% (n=412)": 412 is how many plans were measured; "60% within 20 weeks": the
        # time limit is the measure's, no value; "80% - 90%": a range, its first number
        ("M1", "baseline", None, date(2025, 8, 31), 38.0, "percent"),
        ("M1", "target", None, date(2026, 8, 31), 60.0, "percent"),
        ("M1", "target", None, date(2027, 8, 31), 80.0, "percent"),
        # "Year 11 NEET 4%": the school year names the series
        ("M2", "baseline", "Year 11 NEET", date(2025, 8, 31), 6.0, "percent"),
        ("M2", "target", "Year 11 NEET", date(2026, 8, 31), 4.0, "percent"),
        ("M2", "target", "Year 11 NEET", date(2027, 8, 31), 3.0, "percent"),
        # "From 74 to 52 weeks": the baseline reached is the second
        ("M3", "baseline", None, date(2025, 8, 31), 52.0, "weeks"),
        ("M3", "target", None, date(2026, 8, 31), 40.0, "weeks"),
        ("M3", "target", None, date(2027, 8, 31), 26.0, "weeks"),
    }


def test_a_plan_citing_its_recommendations_in_words_under_a_list_of_them() -> None:
    """Redcliffe: recommendations listed one after another right above the action table (a
    summary, heading none of the actions), a "Link to recommendation" column citing them in
    words, by id and by number alone ("Rec 1", "Recommendations 1 and 2", "R3", "2, 3"), trusts
    named with possessives, a service run by two trusts by their initials, and cells of two
    values of different units parted by a dash."""
    got = extract(UNSEEN / "redcliffe-plan.txt").records
    assert [r.rec_id for r in got["recommendations"]] == ["R1", "R2", "R3"]
    rows = [(a.action_id, a.theme, a.lead_orgs, a.lead_roles, a.due_date) for a in got["actions"]]
    assert rows == [
        ("1", None, [], ["Service Manager 0-25 SEN Team"], date(2026, 3, 31)),
        (
            "2", None,
            ["Redcliffe City Council", "Birmingham Women's and Children's NHS Foundation Trust"],
            ["Head of SEND", "DMO"], date(2026, 6, 30),
        ),
        (
            "3", None, ["NHS Birmingham and Solihull ICB"], ["Commissioning Manager"],
            date(2026, 9, 30),
        ),
        ("4", None, ["HCT", "SPFT", "CAMHS"], [], date(2026, 12, 31)),
        ("5", None, ["GOSH Hospital"], ["Consultant Paediatrician"], date(2026, 7, 31)),
    ]  # fmt: skip
    links = {(link.rec_id, link.target_id, link.method) for link in got["links"]}
    assert links == {
        ("R1", "1", "cited_in_row"),
        ("R1", "2", "cited_in_row"),
        ("R2", "2", "cited_in_row"),
        ("R3", "3", "cited_in_row"),
        ("R2", "4", "cited_in_row"),  # "2, 3": the plan numbers its recommendations R1-R3
        ("R3", "4", "cited_in_row"),
        ("R3", "5", "cited_in_row"),
    }
    targets = {
        (t.measure_id, t.kind, t.series, t.period_end, t.value, t.unit) for t in got["targets"]
    }
    assert targets == {
        # "Year 6 from 40% to 50%": the year names the series, the move aims at 50%
        ("M1", "baseline", "Year 6", date(2025, 8, 31), 40.0, "percent"),
        ("M1", "target", "Year 6", date(2026, 8, 31), 45.0, "percent"),
        ("M1", "target", "Year 6", date(2027, 8, 31), 50.0, "percent"),
        # "40% - 52 weeks": a share and a wait, not 40% and a fall of 52 weeks
        ("M2", "baseline", None, date(2025, 8, 31), 40.0, "percent"),
        ("M2", "baseline", None, date(2025, 8, 31), 52.0, "weeks"),
        ("M2", "target", None, date(2026, 8, 31), 60.0, "percent"),
        ("M2", "target", None, date(2026, 8, 31), 30.0, "weeks"),
        ("M2", "target", None, date(2027, 8, 31), 80.0, "percent"),
        ("M2", "target", None, date(2027, 8, 31), 18.0, "weeks"),
    }


def test_a_one_year_plan_dates_deadlines_printed_without_a_year() -> None:
    """Willowmere: a plan for the academic year 2025/26 whose timescales print no year ("End
    Oct", "Summer term", "31st March", "Jan - Jun"), and a second table whose deadline
    heading names the calendar year 2026. Each deadline is dated in the year the nearest
    heading names, and one warning a year says which actions were dated so."""
    got = extract(UNSEEN / "willowmere-plan.txt")
    assert (got.document.period_start, got.document.period_end) == (2025, 2026)
    rows = [(a.action_id, a.due_text, a.due_date, a.due_kind) for a in got.records["actions"]]
    assert rows == [
        ("1.1", "End Oct", date(2025, 10, 31), "date"),
        ("1.2", "Autumn term", date(2025, 12, 31), "date"),
        ("1.3", "Termly from Spring term", date(2026, 4, 30), "recurring"),
        ("1.4", "31st March", date(2026, 3, 31), "date"),
        ("1.5", "Jan - Jun", date(2026, 6, 30), "date"),
        ("1.6", "Summer term", date(2026, 7, 31), "date"),
        # "Deadline (2026)": the heading's calendar year, not the plan's academic year
        ("2.1", "end of March", date(2026, 3, 31), "date"),
        ("2.2", "Sept", date(2026, 9, 30), "date"),
        ("2.3", "TBC", None, "tbc"),
    ]
    assert [(d.code, d.message) for d in got.diagnostics] == [
        (
            "W402",
            "deadlines printed without a year read in 2025/26, the year the plan's title names: "
            "actions 1.1, 1.2, 1.3, 1.4, 1.5, 1.6",
        ),
        (
            "W402",
            "deadlines printed without a year read in 2026, the year the deadline column "
            "heading 'Deadline (2026)' names: actions 2.1, 2.2",
        ),
    ]


def test_a_timeline_whose_periods_sit_under_a_merged_year() -> None:
    """Coldharbour: a delivery timeline whose header prints each year once, merged over the
    periods under it ("2025/26" over "Q1 | Q2 | Q3 | Q4", over "Autumn | Spring | Summer"),
    and a measure grid whose quarter targets sit under their years the same way. A tick
    marks each period an action runs in; the last ticked is its deadline, the first its
    start (end of period, as a start column is read). Quarters are financial (domain notes:
    Q1 Apr-Jun); terms fall in the academic year the merged cell names."""
    got = extract(UNSEEN / "coldharbour-timeline-plan.txt").records
    assert [(a.action_id, a.due_text, a.due_date, a.start_date) for a in got["actions"]] == [
        ("1.1", "Q2 2025/26", date(2025, 9, 30), date(2025, 6, 30)),
        ("1.2", "Q1 2026/27", date(2026, 6, 30), date(2025, 12, 31)),  # over the year's end
        ("1.3", "Q4 2026/27", date(2027, 3, 31), date(2026, 12, 31)),
        ("2.1", "Spring 2026", date(2026, 4, 30), date(2025, 12, 31)),
        ("2.2", "Autumn 2026", date(2026, 12, 31), date(2026, 7, 31)),  # Summer 2025/26 on
        ("2.3", "Summer 2027", date(2027, 7, 31), date(2027, 4, 30)),
    ]
    assert [a.text for a in got["actions"]][:1] == [
        "Train every early years setting in the graduated approach"  # ticks are no milestones
    ]
    assert {(t.measure_id, t.kind, t.period_label, t.period_end, t.value)
            for t in got["targets"] if t.measure_id == "M1"} == {
        ("M1", "baseline", "Baseline (2024/25)", date(2025, 8, 31), 38.0),
        ("M1", "target", "Q2 2025/26", date(2025, 9, 30), 45.0),
        ("M1", "target", "Q4 2025/26", date(2026, 3, 31), 55.0),
        ("M1", "target", "Q2 2026/27", date(2026, 9, 30), 65.0),
        ("M1", "target", "Q4 2026/27", date(2027, 3, 31), 75.0),
    }  # fmt: skip
    assert [t.value for t in got["targets"] if t.measure_id == "M2" and t.kind == "target"] == [
        380.0, 320.0, 260.0, 200.0
    ]  # fmt: skip


def test_a_plan_set_out_year_by_year() -> None:
    """Elmstead: a plan whose sections are its years ("Year 1 (2025/26)", "Year 2
    (2026/27)"), each with the same priorities, and whose deadlines name a term or month and
    no year: each falls in the year of its section, read as an academic year (domain notes),
    and the analyst is told so. A table under the next year's heading is a table of its own,
    though its header and priority are the same. The measures print each year once, merged
    over its target and what was reached ("2025/26" over "Target | Actual")."""
    got = extract(UNSEEN / "elmstead-year-by-year-plan.txt")
    assert [(a.action_id, a.theme, a.due_text, a.due_date) for a in got.records["actions"]] == [
        ("1.1", "Priority 1", "Autumn term", date(2025, 12, 31)),
        ("1.2", "Priority 1", "March", date(2026, 3, 31)),
        ("1.3", "Priority 1", "June 2026", date(2026, 6, 30)),  # its own year
        ("2.1", "Priority 2", "Spring term", date(2026, 4, 30)),
        ("2.2", "Priority 2", "End of February", date(2026, 2, 28)),
        ("1.4", "Priority 1", "Summer term", date(2027, 7, 31)),
        ("1.5", "Priority 1", "January", date(2027, 1, 31)),
        ("2.3", "Priority 2", "October half term", date(2026, 10, 31)),
    ]
    assert [(d.code, d.message) for d in got.diagnostics] == [
        (
            "W402",
            "deadlines printed without a year read in 2025/26, the year the section heading "
            "'Year 1 (2025/26)' names: actions 1.1, 1.2, 2.1, 2.2",
        ),
        (
            "W402",
            "deadlines printed without a year read in 2026/27, the year the section heading "
            "'Year 2 (2026/27)' names: actions 1.4, 1.5, 2.3",
        ),
    ]
    assert [(m.measure_id, m.baseline_text) for m in got.records["measures"]] == [
        ("M1", "41%"),
        ("M2", "310"),
    ]
    assert {(t.measure_id, t.kind, t.period_label, t.period_end, t.value)
            for t in got.records["targets"]} == {
        ("M1", "baseline", "Baseline (2024/25)", date(2025, 8, 31), 41.0),
        ("M1", "target", "2025/26 Target", date(2026, 8, 31), 60.0),
        ("M1", "actual", "2025/26 Actual", date(2026, 8, 31), 57.0),
        ("M1", "target", "2026/27 Target", date(2027, 8, 31), 75.0),
        ("M2", "baseline", "Baseline (2024/25)", date(2025, 8, 31), 310.0),
        ("M2", "target", "2025/26 Target", date(2026, 8, 31), 220.0),
        ("M2", "actual", "2025/26 Actual", date(2026, 8, 31), 240.0),
        ("M2", "target", "2026/27 Target", date(2027, 8, 31), 120.0),
    }  # fmt: skip


def test_a_plan_with_targets_by_term_and_month_of_its_year() -> None:
    """Foxley: grids whose columns name a term or a month and no year ("Autumn term | Spring
    term | Summer term", "Dec | Mar | Jul"), in a plan whose title names the year (2025/26,
    an academic year in a SEND plan) and under a section naming the next ("Year 2
    (2026/27)"). Each period ends in that year, terms running forward from the autumn, and
    the analyst is told so (W403). Two grids one under the other with the same columns but
    other periods are two grids, each measure under its own periods."""
    got = extract(UNSEEN / "foxley-termly-targets-plan.txt")
    assert [(a.action_id, a.due_text, a.due_date) for a in got.records["actions"]] == [
        ("1.1", "Autumn term", date(2025, 12, 31)),
        ("1.2", "February", date(2026, 2, 28)),
        ("2.1", "Spring term", date(2026, 4, 30)),
        ("2.2", "June", date(2026, 6, 30)),
        ("3.1", "Summer term", date(2027, 7, 31)),
    ]
    assert [(m.measure_id, m.baseline_text) for m in got.records["measures"]] == [
        ("M1", "38%"),
        ("M2", "45%"),
        ("M3", "260"),
        ("M4", "82%"),
    ]
    terms = [date(2025, 12, 31), date(2026, 4, 30), date(2026, 7, 31)]
    assert targets_of(got.records, "M1") == [
        ("target", "Autumn term", terms[0], 50.0, "percent"),
        ("target", "Spring term", terms[1], 60.0, "percent"),
        ("target", "Summer term", terms[2], 70.0, "percent"),
        ("baseline", "Baseline (July 2025)", date(2025, 7, 31), 38.0, "percent"),
    ]
    assert [t[2] for t in targets_of(got.records, "M2")] == [*terms, date(2025, 7, 31)]
    assert targets_of(got.records, "M3") == [
        ("target", "Dec", date(2025, 12, 31), 220.0, "count"),
        ("target", "Mar", date(2026, 3, 31), 180.0, "count"),
        ("target", "Jul", date(2026, 7, 31), 140.0, "count"),
        ("baseline", None, None, 260.0, "count"),
    ]
    assert targets_of(got.records, "M4") == [
        ("target", "Autumn", date(2026, 12, 31), 84.0, "percent"),
        ("target", "Spring", date(2027, 4, 30), 86.0, "percent"),
        ("target", "Summer", date(2027, 7, 31), 88.0, "percent"),
        ("baseline", None, None, 82.0, "percent"),
    ]
    assert [(d.code, d.message) for d in got.diagnostics if d.code == "W403"] == [
        (
            "W403",
            "grid periods printed without a year read in 2025/26, the year the plan's title "
            "names: measures M1, M2, M3",
        ),
        (
            "W403",
            "grid periods printed without a year read in 2026/27, the year the section heading "
            "'Year 2 (2026/27)' names: measure M4",
        ),
    ]


def test_a_plan_with_raci_columns_and_leads_printed_with_their_timescale() -> None:
    """Pelham: "Responsible | Accountable | Consulted" columns (both who do and who answer
    for the work lead it, each a role of its own; who is consulted does not lead), a "Lead /
    timescale" column and a "Who and when" one (the deadline after the lead or before it), a
    deadline cell saying the work was completed and when, and a KPI grid with a "Good is"
    column, which is no value. Leads print "Early Years SEND Lead" row after row; the
    council is the place the title names."""
    got = extract(UNSEEN / "pelham-raci-plan.txt")
    early_years = ["Early Years SEND Lead", "Head of Early Years"]
    pfa = ["Head of Preparing for Adulthood"]
    assert [
        (a.action_id, a.lead_roles, a.lead_orgs, a.due_date, a.due_kind, a.status)
        for a in got.records["actions"]
    ] == [
        ("1.1", early_years, [], date(2025, 12, 31), "date", "Green"),
        ("1.2", early_years, [], date(2026, 3, 31), "date", "Amber"),
        ("1.3", ["SLT Service Lead", "Associate Director of Commissioning"],
         ["Whittington Health", "NHS North Central London ICB"], date(2025, 1, 31), "complete",
         "Complete"),
        ("2.1", pfa, [], date(2025, 12, 31), "date", "Amber"),
        ("2.2", ["Employment Support Manager"], [], date(2026, 6, 30), "date", "Not started"),
        ("2.3", pfa, [], None, "recurring", "Green"),  # "Annually in June": no year named
        ("3.1", ["Head of Inclusion"], [], date(2026, 4, 30), "date", "Amber"),
        ("3.2", ["SENCO Network Lead"], [], date(2025, 9, 30), "recurring", "Green"),
        ("3.3", ["Head of Inclusion"], [], None, "tbc", "Not started"),
    ]  # fmt: skip
    actions = {a.action_id: a for a in got.records["actions"]}
    assert actions["1.1"].lead == "Early Years SEND Lead; Head of Early Years"
    assert (actions["2.1"].lead, actions["2.1"].due_text) == (
        "Head of Preparing for Adulthood",
        "December 2025",
    )
    assert (actions["3.1"].lead, actions["3.1"].due_text) == (
        "Head of Inclusion",
        "Spring term 2026",
    )
    assert [(m.measure_id, m.baseline_text) for m in got.records["measures"]] == [
        ("M1", "38%"),
        ("M2", "26"),
    ]
    assert targets_of(got.records, "M1") == [
        ("target", "Target Mar 26", date(2026, 3, 31), 60.0, "percent"),
        ("target", "Target Mar 27", date(2027, 3, 31), 85.0, "percent"),
        ("baseline", "Current (Mar 25)", date(2025, 3, 31), 38.0, "percent"),
    ]
    assert [t[3] for t in targets_of(got.records, "M2")] == [18.0, 12.0, 26.0]
    assert got.document.council == "Pelham"


def test_a_plan_whose_measures_name_their_target_date_in_a_column() -> None:
    """Quarrybank: "Measure | Baseline | Target | Target date | Data source", each target due
    by the date beside it; baselines dated in their own brackets ("41% (2024)", "312 (as at
    March 2025)"); a grid by plan year ("Year 1 | Year 2 | Year 3") counted from the first
    year of the plan's title (2025-2028), as W403 reports; "End of financial year" in a plan
    of three years names no one year (W401)."""
    got = extract(UNSEEN / "quarrybank-target-dates-plan.txt")
    assert [(a.action_id, a.due_date, a.due_kind) for a in got.records["actions"]] == [
        ("1.1", date(2026, 3, 31), "date"),
        ("1.2", None, "none"),
        ("2.1", date(2025, 12, 31), "date"),
    ]
    assert [(m.measure_id, m.source) for m in got.records["measures"]] == [
        ("M1", "SEN2 return"),
        ("M2", "Local tracker"),
        ("M3", "Annual survey"),
        ("M4", None),
    ]
    assert targets_of(got.records, "M1") == [
        ("target", "March 2027", date(2027, 3, 31), 70.0, "percent"),
        ("baseline", "2024", date(2024, 12, 31), 41.0, "percent"),
    ]
    assert targets_of(got.records, "M2") == [
        ("target", "December 2026", date(2026, 12, 31), 150.0, "count"),
        ("baseline", "March 2025", date(2025, 3, 31), 312.0, "count"),
    ]
    assert targets_of(got.records, "M3") == [
        ("target", "July 2026", date(2026, 7, 31), 75.0, "percent"),
        ("baseline", None, None, 54.0, "percent"),
    ]
    assert [t[1:3] for t in targets_of(got.records, "M4")] == [
        ("Year 1", date(2026, 8, 31)),
        ("Year 2", date(2027, 8, 31)),
        ("Year 3", date(2028, 8, 31)),
        (None, None),
    ]
    assert [d.code for d in got.diagnostics] == ["W401", "W403"]


def test_a_plan_with_an_accountable_column_and_baselines_dated_and_compared() -> None:
    """Ravensmoor: "Responsible | Accountable" lead columns, a responsible post followed by its
    trust after a comma ("SLT Service Manager, Harbourside Health": a body named "<place>
    Health"); ongoing work with only a review dated; baseline cells printing their period
    before the value ("2023/24 - 31%", "Jan 2025 - 214") or after it ("9.1% at March 2025"),
    and a national figure to compare with ("(national 36%)")."""
    extracted = extract(UNSEEN / "ravensmoor-comparator-plan.txt")
    got = extracted.records
    dcs, ad = "Director of Children's Services", "Assistant Director, Education"
    assert [
        (a.action_id, a.lead_roles, a.lead_orgs, a.due_date, a.due_kind) for a in got["actions"]
    ] == [
        ("1.1", ["SLT Service Manager", dcs], ["Harbourside Health"], date(2026, 9, 30), "date"),
        ("1.2", ["Neurodevelopmental Pathway Lead", dcs], [], date(2026, 3, 31), "ongoing"),
        ("1.3", ["Local Offer Officer", dcs], [], date(2026, 9, 30), "ongoing"),
        ("2.1", ["Head of Inclusion", ad], [], date(2026, 4, 30), "date"),  # Spring term
        ("2.2", ["SENCO Network Lead", ad], [], date(2026, 7, 31), "date"),
    ]  # fmt: skip
    assert [
        (t.measure_id, t.kind, t.series, t.period_label, t.period_end, t.value)
        for t in got["targets"]
    ] == [
        ("M1", "target", None, "Target 2026/27", date(2027, 8, 31), 25.0),
        ("M1", "baseline", None, "2023/24", date(2024, 8, 31), 31.0),
        ("M1", "baseline", "national", None, None, 36.0),
        ("M2", "target", None, "Target 2026/27", date(2027, 8, 31), 100.0),
        ("M2", "baseline", None, "Jan 2025", date(2025, 1, 31), 214.0),
        ("M3", "target", None, "Target 2026/27", date(2027, 8, 31), 7.0),
        ("M3", "baseline", None, "March 2025", date(2025, 3, 31), 9.1),
    ]
    assert extracted.document.council == "Ravensmoor"


def test_a_plan_copied_one_cell_a_line() -> None:
    """Millbrook: text copied from a PDF viewer, each table cell on a line of its own. The
    first table parts its cells by blank lines and a page's number and marking fall inside
    it; the second has no ids and no blank lines, an action and a lead each going on over a
    second line (one opening in lower case, one after a comma); a grid follows under a
    heading that is also a column's name ("How we will know"). Before, no table was read."""
    extracted = extract(UNSEEN / "millbrook-copied-plan.txt")
    got = extracted.records
    pep, council = "Principal Educational Psychologist", "Millbrook Council"
    assert [
        (a.action_id, a.text, a.lead_roles, a.lead_orgs, a.due_date, a.due_kind, a.status)
        for a in got["actions"]
    ] == [
        ("1.1", "Recruit two additional educational psychologists", [pep], [council],
         date(2026, 3, 31), "date", "Green"),
        ("1.2", "Audit every new EHC plan with health and care colleagues each term",
         ["Designated Clinical Officer"], [], date(2026, 1, 31), "recurring", "Amber"),
        ("1.3", "Publish revised EHC needs assessment guidance for schools and settings",
         ["Head of SEND"], [], date(2026, 7, 31), "date", "Green"),  # Summer term
        ("A1", "Extend supported internships to every college and training provider",
         ["Head of Post-16"], [council], date(2026, 9, 30), "date", None),
        ("A2", "Set up a transition clinic with the hospital trust",
         ["Designated Clinical Officer"], ["NHS Millbrook ICB"], date(2026, 12, 31), "date",
         None),
    ]  # fmt: skip
    assert [(link.rec_id, link.target_id, link.method) for link in got["links"]][:3] == [
        ("AFI1", "1.1", "cited_in_row"),
        ("AFI1", "1.2", "cited_in_row"),
        ("AFI1", "1.3", "cited_in_row"),
    ]
    assert [(m.measure_id, m.text, m.baseline_text) for m in got["measures"]] == [
        ("M1", "EHC plans issued within 20 weeks", "48%"),
        ("M2", "Young people with an EHC plan in education, employment or training at 19", "81%"),
    ]
    assert [(t.measure_id, t.kind, t.period_label, t.value) for t in got["targets"]] == [
        ("M1", "target", "2025/26", 60.0),
        ("M1", "target", "2026/27", 75.0),
        ("M1", "baseline", None, 48.0),
        ("M2", "target", "2025/26", 84.0),
        ("M2", "target", "2026/27", 88.0),
        ("M2", "baseline", None, 81.0),
    ]
    assert not extracted.diagnostics


def test_a_plan_stating_its_success_measures_in_words_and_citing_areas_in_a_column() -> None:
    """Ridgeway: each priority states its success measures as bullets under its own heading,
    worded two ways ("What success will look like", and under the second priority, printed
    once, "How we will measure success": still that priority's), with the figure a measure
    starts from dated ("from 38% (2024) to 60%", "from 640 in April 2025"), stated apart
    ("(baseline 52%, 2024/25)"), or a sentence opening with the figure it aims at ("At least
    90% of …", "- 95% of families …" a bullet, not a minus). An "AFI" column cites "AFIs 1
    and 2", "All AFIs" or "All": each area a stated link; the rows stay under their priority.
    A range of terms ends in its last ("Autumn term 2025 – Spring term 2026")."""
    extracted = extract(UNSEEN / "ridgeway-success-in-words-plan.txt")
    got = extracted.records
    assert [
        (a.action_id, a.theme, a.due_text, a.due_date, a.due_kind, a.refs, a.status)
        for a in got["actions"]
    ] == [
        ("1.1", "Priority 1", "Autumn term 2025 – Spring term 2026", date(2026, 4, 30), "date",
         ["AFI1"], "Amber"),
        ("1.2", "Priority 1", "w/c 3 November 2025", date(2025, 11, 3), "date",
         ["AFI1", "AFI2"], "Green"),
        ("1.3", "Priority 1", "31.03.26", date(2026, 3, 31), "date", ["All AFIs"], "Green"),
        ("2.1", "Priority 2", "Q3 2025/26", date(2025, 12, 31), "date", ["AFI2"], "Amber"),
        ("2.2", "Priority 2", "Termly from January 2026", date(2026, 1, 31), "recurring",
         ["All"], "Green"),
        ("2.3", "Priority 2", "Complete (July 2025)", date(2025, 7, 31), "complete",
         ["AFI2", "AFI3"], "Complete"),
    ]  # fmt: skip
    actions = {a.action_id: a for a in got["actions"]}
    assert (actions["2.1"].lead_roles, actions["2.1"].lead_orgs) == (
        ["Head of Commissioning", "Chair"],
        ["Ridgeway Council", "Ridgeway Parent Carer Forum"],
    )
    every = ["AFI1", "AFI2", "AFI3"]
    assert {
        action_id: sorted(lk.rec_id for lk in got["links"] if lk.target_id == action_id)
        for action_id in actions
    } == {"1.1": ["AFI1"], "1.2": ["AFI1", "AFI2"], "1.3": every, "2.1": ["AFI2"],
          "2.2": every, "2.3": ["AFI2", "AFI3"]}  # fmt: skip
    assert {lk.method for lk in got["links"]} == {"cited_in_row"}
    assert [(s.theme, s.section, s.text[:30]) for s in got["statements"]] == [
        ("Priority 1", "success", "Increase the percentage of EHC"),
        ("Priority 1", "success", "At least 90% of annual reviews"),
        ("Priority 1", "success", "Families report that plans des"),
        ("Priority 2", "success", "Reduce the number of children "),
        ("Priority 2", "success", "95% of families on the waiting"),
    ]
    assert [(m.measure_id, m.baseline_text) for m in got["measures"]] == [
        ("M1", "38%"),
        ("M2", "52%"),
        ("M3", "640"),
        ("M4", None),
    ]
    assert targets_of(got, "M1") == [
        ("baseline", "2024", date(2024, 12, 31), 38.0, "percent"),
        ("target", "by March 2026", date(2026, 3, 31), 60.0, "percent"),
        ("target", "by March 2027", date(2027, 3, 31), 75.0, "percent"),
    ]
    assert targets_of(got, "M2") == [
        ("baseline", "2024/25", date(2025, 8, 31), 52.0, "percent"),
        ("target", "by July 2026", date(2026, 7, 31), 90.0, "percent"),
    ]
    assert [t.value_text for t in got["targets"] if t.measure_id == "M2"] == ["52%", "At least 90%"]
    assert targets_of(got, "M3") == [
        ("baseline", "April 2025", date(2025, 4, 30), 640.0, "count"),
        ("target", "by April 2026", date(2026, 4, 30), 300.0, "count"),
    ]
    assert targets_of(got, "M4") == [
        ("target", "by December 2025", date(2025, 12, 31), 95.0, "percent"),
    ]
    assert not extracted.diagnostics


def test_a_plan_naming_its_leads_and_partners_apart_with_years_counted_from_its_start() -> None:
    """Thornleigh: a lead column beside a partners column, leads naming the person ("Ms K
    Lewis (Head of Inclusion)", "Dr Amir Patel – Designated Medical Officer", a given name
    the list lacks) and a ranked post ("Principal EP"); a deadline column headed in words no
    plan before used ("Complete by"), known by what it holds, a recurring "Half-termly" among
    its dates. Its grid counts "Year 1 | Year 2 | Year 3" from the plan's first year
    (2025–2028) and states the last aim in words ("Top quartile")."""
    extracted = extract(UNSEEN / "thornleigh-partners-plan.txt")
    got = extracted.records
    assert [
        (a.action_id, a.theme, a.lead_roles, a.lead_orgs, a.due_text, a.due_date, a.due_kind)
        for a in got["actions"]
    ] == [
        ("1.1", "Outcome 1", ["Head of Inclusion"], [], "By half term (Oct 2025)",
         date(2025, 10, 31), "date"),
        ("1.2", "Outcome 1", ["Head of SEND", "Principal EP"], ["Thornleigh Council"],
         "End of summer term 2026", date(2026, 7, 31), "date"),
        ("1.3", "Outcome 1", ["Head of SEND"], [], "Half-termly", None, "recurring"),
        ("2.1", "Outcome 2", ["Designated Medical Officer"], ["NHS Thornleigh ICB"],
         "31/03/2026", date(2026, 3, 31), "date"),
        ("2.2", "Outcome 2", ["Service Manager, Thornleigh Children's Therapy Service"], [],
         "Dec 2025 then quarterly", date(2025, 12, 31), "recurring"),
    ]  # fmt: skip
    assert all(a.objective is None for a in got["actions"])  # no deadline taken for one
    assert [a.start_date for a in got["actions"]][:2] == [date(2025, 9, 30), date(2025, 11, 30)]
    assert [r.rec_id for r in got["recommendations"]] == ["AFI1", "AFI2"]
    assert targets_of(got, "M1") == [
        ("target", "Year 1", date(2026, 8, 31), 60.0, "percent"),
        ("target", "Year 2", date(2027, 8, 31), 75.0, "percent"),
        ("target", "Year 3", date(2028, 8, 31), 85.0, "percent"),
        ("baseline", "Baseline (2024/25)", date(2025, 8, 31), 41.0, "percent"),
    ]
    assert targets_of(got, "M3")[2:] == [
        ("target", "Year 3", date(2028, 8, 31), None, None),
        ("baseline", "Baseline (2024/25)", date(2025, 8, 31), 48.0, "percent"),
    ]
    assert [t.value_text for t in got["targets"] if t.measure_id == "M3"][2] == "Top quartile"
    assert [d.code for d in extracted.diagnostics] == ["W403"]
    assert "2025–2028" in extracted.diagnostics[0].message


def test_a_strategy_numbering_its_commitments_and_asking_what_difference_they_make() -> None:
    """Marlow Vale: a strategy with no tables. Under each priority, "Our commitments" numbers
    its items ("1. We will …": objectives, not lines of prose) and "What difference will it
    make?" heads its success statements; a closing "Key milestones" list is milestones."""
    extracted = extract(UNSEEN / "marlowvale-inclusion-strategy.txt")
    got = extracted.records
    assert extracted.document.doc_type == "strategy"
    assert (extracted.document.period_start, extracted.document.period_end) == (2025, 2030)
    assert [(s.theme, s.section, s.heading, s.text[:28]) for s in got["statements"][:9]] == [
        ("Priority 1", "objective", "Our commitments", "We will place a SEND outreac"),
        ("Priority 1", "objective", "Our commitments", "We will agree one request-fo"),
        ("Priority 1", "objective", "Our commitments", "We will publish a graduated "),
        ("Priority 1", "success", None, "More children have their nee"),
        ("Priority 1", "success", None, "Fewer requests for assessmen"),
        ("Priority 2", "objective", "Our commitments", "We will start preparing-for-"),
        ("Priority 2", "objective", "Our commitments", "We will widen supported inte"),
        ("Priority 2", "success", None, "Young people say their plans"),
        ("Priority 2", "success", None, "More young people with EHC p"),
    ]
    assert [(s.section, s.text) for s in got["statements"][9:]] == [
        ("milestone", "September 2025 – family hub outreach workers in post"),
        ("milestone", "April 2026 – one request-for-support form in use"),
        ("milestone", "July 2027 – supported internship places doubled"),
        # each priority's heading names its title too ("Priority 1: Getting help early")
        ("headline", "Getting help early"),
        ("headline", "Preparing for adulthood"),
    ]
    assert not (got["actions"] or got["measures"] or got["recommendations"])


def test_a_priority_column_citing_its_area_and_a_grid_saying_how_often_it_reports() -> None:
    """Hollinsbrook: a "Priority" column printed once beside its rows names the area each
    answers ("Timeliness (AFI1)"), so its rows link to that area; leads name the person, post
    and body in one cell ("Sarah Jones, Head of SEND, Hollinsbrook Council") or a forum's
    chair in lower case ("SENCo Forum chair"); milestones in their own column join the
    action. Its grid prints a "Frequency" column after "Source": how often a figure is
    reported is neither its source nor a value. A risk table with likelihood and impact."""
    extracted = extract(UNSEEN / "hollinsbrook-priority-plan.txt")
    got = extracted.records
    assert [
        (a.action_id, a.objective, a.lead_roles, a.lead_orgs, a.due_date, a.due_kind, a.status)
        for a in got["actions"]
    ] == [
        ("T1", "Timeliness (AFI1)", ["Head of SEND"], ["Hollinsbrook Council"],
         date(2025, 12, 31), "date", "Amber"),
        ("T2", "Timeliness (AFI1)", ["Designated Clinical Officer"], ["NHS Hollinsbrook ICB"],
         date(2025, 9, 30), "date", "Green"),
        ("T3", "Timeliness (AFI1)", ["SEND Business Intelligence Manager"], [],
         date(2025, 11, 30), "recurring", "Green"),
        ("Q1", "Quality (AFI2)", ["Head of SEND", "Chair"], ["Hollinsbrook Parent Carer Forum"],
         date(2026, 4, 30), "date", "Amber"),
        ("Q2", "Quality (AFI2)", ["Principal Educational Psychologist"], [],
         date(2026, 1, 31), "recurring", "Red"),
        ("Q3", "Quality (AFI2)", ["SENCo Forum chair"], [], date(2025, 12, 31), "recurring",
         "Green"),
        ("P1", "Preparing for Adulthood (AFI3)",
         ["Head of Adult Social Care", "Named Nurse for Transition"],
         ["Hollinsbrook Council", "Hollinsbrook Community Health NHS Trust"],
         date(2026, 3, 31), "date", "Amber"),
    ]  # fmt: skip
    assert got["actions"][0].text == (
        "Recruit four additional EHC coordinators • posts advertised • posts filled"
    )
    assert [(link.rec_id, link.target_id, link.method) for link in got["links"]] == [
        ("AFI1", "T1", "section_heading"),
        ("AFI1", "T2", "section_heading"),
        ("AFI1", "T3", "section_heading"),
        ("AFI2", "Q1", "section_heading"),
        ("AFI2", "Q2", "section_heading"),
        ("AFI2", "Q3", "section_heading"),
        ("AFI3", "P1", "section_heading"),
    ]
    assert [(m.measure_id, m.source, m.baseline_text) for m in got["measures"]] == [
        ("M1", "SEN2 return", "22%"),
        ("M2", "ICB data", "48%"),
        ("M3", "QA panel", "35%"),
        ("M4", "Case management system", "n/a"),
    ]
    assert targets_of(got, "M1") == [
        ("target", "Target Mar 2026", date(2026, 3, 31), 50.0, "percent"),
        ("target", "Target Mar 2027", date(2027, 3, 31), 70.0, "percent"),
        ("baseline", "Baseline (Mar 2025)", date(2025, 3, 31), 22.0, "percent"),
    ]
    assert targets_of(got, "M4") == [  # no baseline: "n/a"
        ("target", "Target Mar 2026", date(2026, 3, 31), 50.0, "percent"),
        ("target", "Target Mar 2027", date(2027, 3, 31), 85.0, "percent"),
    ]
    assert [(r.issue, r.mitigation) for r in got["risks"]] == [
        ("Coordinator posts cannot be filled", "Agency cover agreed until posts are filled"),
        ("Health providers do not meet the six-week standard",
         "Escalation to the ICB Quality Committee"),
    ]  # fmt: skip
    assert not extracted.diagnostics


def test_a_plan_numbering_its_actions_again_under_each_objective_in_roman_numerals() -> None:
    """Pennington: the inspection's recommendations numbered under "Recommendations from the
    inspection" after a lead-in ("The local area partnership should:"); objectives headed
    with a dash ("Objective 2 – Support while waiting (Rec 2)"), citing the recommendation
    they answer by a short label; actions numbered "i", "ii", "iii" again under each; one
    "Lead and deadline" column ("Head of SEND Casework – December 2025")."""
    extracted = extract(UNSEEN / "pennington-wsoa-plan.txt")
    got = extracted.records
    assert [(r.rec_id, r.text[:24]) for r in got["recommendations"]] == [
        ("1", "Improve the timeliness o"),
        ("2", "Ensure that children and"),
        ("3", "Strengthen the co-produc"),
    ]
    assert [
        (a.action_id, a.objective_id, a.lead_roles, a.lead_orgs, a.due_text, a.due_date,
         a.due_kind)
        for a in got["actions"]
    ] == [
        ("i", "1", ["Head of SEND Casework"], [], "December 2025", date(2025, 12, 31), "date"),
        ("ii", "1", ["SEND Casework Team Manager"], [], "termly from January 2026",
         date(2026, 1, 31), "recurring"),
        ("iii", "1", ["Performance Manager"], ["Pennington Council"], "monthly", None,
         "recurring"),
        ("i", "2", ["Head of Children's Community Services"], ["Pennington Healthcare NHS Trust"],
         "April 2026", date(2026, 4, 30), "date"),
        ("ii", "2", ["Family Hubs Manager"], [], "from February 2026", date(2026, 2, 28),
         "ongoing"),
        ("i", "3", ["Director of Education", "PCF Co-Chair"], ["PCF"], "July 2026",
         date(2026, 7, 31), "date"),
    ]  # fmt: skip
    assert got["actions"][3].lead == (
        "Head of Children's Community Services, Pennington Healthcare NHS Trust"
    )
    assert [a.objective for a in got["actions"]][::2] == [
        "Annual reviews happen on time (Rec 1)",
        "Annual reviews happen on time (Rec 1)",
        "Support while waiting (Rec 2)",
    ]
    assert [(link.rec_id, link.target_id) for link in got["links"]] == [
        ("1", "i"), ("1", "ii"), ("1", "iii"), ("2", "i"), ("2", "ii"), ("3", "i"),
    ]  # fmt: skip
    assert all(link.method == "section_heading" for link in got["links"])
    assert not extracted.diagnostics


def test_a_kpi_tracker_printing_a_target_row_and_an_actual_row_for_each_measure() -> None:
    """Oakridge: a KPI grid of quarters with no baseline column, each measure printed twice,
    its targets on one row ("… – target") and its actuals so far on the next ("… – actual"):
    one measure each, the first quarter a target or an actual like the rest. Its action
    tables name the lead column "Responsible lead" and print how the work went under
    "Progress" ("Backlog down from 212 to 130"): a commentary, no status."""
    extracted = extract(UNSEEN / "oakridge-kpi-tracker-plan.txt")
    got = extracted.records
    assert [(a.action_id, a.theme, a.lead_roles, a.due_date, a.status) for a in got["actions"]] == [
        ("1.1", "Priority 1", ["Head of SEND Assessment"], date(2025, 11, 30), None),
        ("1.2", "Priority 1", ["Head of SEND Assessment"], date(2026, 3, 31), None),
        ("2.1", "Priority 2", ["Director of Education"], date(2026, 9, 1), None),
        ("2.2", "Priority 2", ["Inclusion Partnership Manager"], date(2026, 7, 31), None),
    ]
    assert [(m.measure_id, m.text, m.baseline_text) for m in got["measures"]] == [
        ("M1", "New EHC plans issued within 20 weeks", None),
        ("M2", "Suspensions of pupils with an EHC plan", None),
    ]
    assert targets_of(got, "M1") == [
        ("target", "Q1 2025/26", date(2025, 6, 30), 45.0, "percent"),
        ("target", "Q2 2025/26", date(2025, 9, 30), 50.0, "percent"),
        ("target", "Q3 2025/26", date(2025, 12, 31), 55.0, "percent"),
        ("target", "Q4 2025/26", date(2026, 3, 31), 60.0, "percent"),
        ("actual", "Q1 2025/26", date(2025, 6, 30), 41.0, "percent"),
        ("actual", "Q2 2025/26", date(2025, 9, 30), 47.0, "percent"),
    ]
    assert [(t.kind, t.value) for t in got["targets"] if t.measure_id == "M2"] == [
        ("target", 120.0), ("target", 110.0), ("target", 100.0), ("target", 90.0),
        ("actual", 131.0), ("actual", 118.0),
    ]  # fmt: skip
    assert not extracted.diagnostics


def test_a_plan_citing_its_areas_beside_ids_of_its_own_with_leads_still_to_be_named() -> None:
    """Stanwick: an "AFI" column opening each row beside ids of the plan's own ("A1"), one
    row citing two areas wrapped over two lines ("AFI 1" / "& 3"); leads printing contact
    details ("(p.ward@stanwick.gov.uk)", "tel 01632 960123") or none yet ("TBC"); a
    scorecard with a latest figure, a direction of travel and a RAG beside its targets."""
    extracted = extract(UNSEEN / "stanwick-scorecard-plan.txt")
    got = extracted.records
    assert (extracted.document.council, extracted.document.period_end) == ("Stanwick", 2027)
    assert [
        (a.action_id, a.theme, a.refs, a.lead, a.lead_roles, a.due_date, a.status)
        for a in got["actions"]
    ] == [
        ("A1", "AFI 1", ["AFI1"], "Principal Educational Psychologist (p.ward@stanwick.gov.uk)",
         ["Principal Educational Psychologist"], date(2026, 3, 31), "A"),
        ("A2", None, ["AFI1", "AFI3"], "TBC", [], date(2026, 3, 31), "G"),
        ("A3", "AFI 2", ["AFI2"], "Head of SEND – tel 01632 960123", ["Head of SEND"],
         date(2026, 4, 30), "A"),
        ("A4", "AFI 3", ["AFI3"], "Local Offer Manager, Stanwick Council",
         ["Local Offer Manager"], date(2026, 1, 31), "R"),
    ]  # fmt: skip
    assert [(link.rec_id, link.target_id) for link in got["links"]] == [
        ("AFI1", "A1"), ("AFI1", "A2"), ("AFI3", "A2"), ("AFI2", "A3"), ("AFI3", "A4"),
    ]  # fmt: skip
    assert targets_of(got, "M2") == [
        ("actual", "Latest (Q2 2025/26)", date(2025, 9, 30), 49.0, "percent"),
        ("target", "Target 2025/26", date(2026, 8, 31), 75.0, "percent"),
        ("baseline", "Baseline 2024/25", date(2025, 8, 31), 51.0, "percent"),
    ]
    assert [t.value for t in got["targets"] if t.measure_id == "M3"] == [2650.0, 3000.0, 2100.0]
    assert not extracted.diagnostics


def test_a_plan_in_capitals_numbering_its_priorities_in_words_with_a_cost_column() -> None:
    """Brackley: "PRIORITY ONE – EARLY IDENTIFICATION …" headings in capitals, numbered in
    words ("Priority One", as "AMBITION GROUP 4" is "Ambition Group 4"); "Start | End"
    columns of months ("Apr-25", "Mar-26"); a "Cost" column ("£25,000", "Nil") that is no
    deadline, lead or value; "Progress RAG" rating each row; joint leads ("LA / ICB
    (joint)"): both bodies and no role."""
    extracted = extract(UNSEEN / "brackley-joint-plan.txt")
    got = extracted.records
    assert [
        (a.action_id, a.theme, a.lead_roles, a.lead_orgs, a.start_date, a.due_date, a.status)
        for a in got["actions"]
    ] == [
        ("P1.1", "Priority One", ["Early Years SEND Lead"], ["LA"], date(2025, 4, 30),
         date(2026, 3, 31), "Green"),
        ("P1.2", "Priority One", ["Head of Children's Therapies", "Family Hubs Manager"],
         ["Brackley Community Healthcare NHS Trust", "LA"], date(2025, 9, 30),
         date(2026, 7, 31), "Amber"),
        ("P2.1", "Priority Two", [], ["LA", "ICB"], date(2025, 6, 30), date(2025, 12, 31),
         "Complete"),
        ("P2.2", "Priority Two", ["Employment and Skills Manager"], [], date(2025, 9, 30),
         date(2027, 7, 31), "Green"),
    ]  # fmt: skip
    assert (extracted.document.period_start, extracted.document.period_end) == (2025, 2028)
    assert extracted.document.council == "Brackley"  # from a title in capitals
    assert not (got["measures"] or got["targets"] or extracted.diagnostics)


def test_a_highlight_report_of_workstream_headings_and_labelled_risks() -> None:
    """Fernhill: a monthly report printing each workstream as a heading ("Workstream 1:
    EHCP timeliness") over labelled lines ("Lead:", "RAG:") and bullets under "Progress this
    month:" and "Next month:"; its risks as labelled lines, risk and mitigation on one line
    ("Risk: … December. Mitigation: …"). Before, it gave nothing at all (W201)."""
    extracted = extract(UNSEEN / "fernhill-highlight-report.txt")
    got = extracted.records
    assert extracted.document.doc_type == "highlight_report"
    assert extracted.document.overall_status == "Amber"
    assert [(s.theme, s.section, s.text[:30], s.status) for s in got["statements"]] == [
        ("Workstream 1", "update", "20-week timeliness rose to 48%", "Amber"),
        ("Workstream 1", "update", "Two agency EHC coordinators st", "Amber"),
        ("Workstream 1", "next_step", "Clear the backlog of 40 draft ", "Amber"),
        ("Workstream 2", "update", "Inclusion charter signed by 61", "Green"),
        ("Workstream 2", "next_step", "Launch the inclusion hub at Fe", "Green"),
    ]
    assert [(r.theme, r.issue, r.mitigation) for r in got["risks"]] == [
        (None, "Agency coordinator contracts end in December.",
         "Permanent posts out to advert; extension agreed to March."),
        (None, "Health advice for EHC assessments is late in a third of cases.",
         "Escalated to the ICB Chief Nurse; weekly tracker in place."),
    ]  # fmt: skip
    assert not (got["actions"] or extracted.diagnostics)


def test_a_strategy_stating_its_measures_in_sentences_of_several_shapes() -> None:
    """Rowan Vale: a strategy with no tables; under "How we will know we have made a
    difference" its success statements state figures as a move ("from 45% (2024) to 65% by
    March 2026"), as a change whose verb is words away from it ("Reduce the number of
    suspensions … by 20% by July 2027"), as an opening figure with its baseline apart
    ("75% of young people … by 2028 (baseline 62%, 2024/25)"), or not at all ("Parents rate
    the local offer 4 out of 5 or better": a statement only)."""
    extracted = extract(UNSEEN / "rowanvale-inclusion-strategy.txt")
    got = extracted.records
    assert extracted.document.doc_type == "strategy"
    assert [m.text[:30] for m in got["measures"]] == [
        "Increase the proportion of EHC",
        "Reduce the number of suspensio",
        "75% of young people with an EH",
    ]
    assert [(t.measure_id, t.kind, t.period_end, t.value, t.unit) for t in got["targets"]] == [
        ("M1", "baseline", date(2024, 12, 31), 45.0, "percent"),
        ("M1", "target", date(2026, 3, 31), 65.0, "percent"),
        ("M2", "target", date(2027, 7, 31), -20.0, "percent_change"),
        ("M3", "baseline", date(2025, 8, 31), 62.0, "percent"),
        ("M3", "target", date(2028, 12, 31), 75.0, "percent"),
    ]
    assert [(s.theme, s.section) for s in got["statements"]].count(
        ("Strategic priority 1", "success")
    ) == 3


def test_a_plan_recognised_from_a_scan_with_letters_misread() -> None:
    """Thornby: text a scan's OCR gave, letters read one for another in the header
    ("Actlon | Lcad | Deadllne"), the ids ("1.l", "l.3"), the deadlines ("March 2O26",
    "Aprll 2026", "Ju1y 2026") and a heading's label ("Prlority 2"). Before, no table was
    read (W201), and "Aprll 2026" would have been the year's end."""
    extracted = extract(UNSEEN / "thornby-scanned-plan.txt")
    got = extracted.records
    assert [
        (a.action_id, a.theme, a.lead_roles, a.due_text, a.due_date) for a in got["actions"]
    ] == [
        ("1.1", "Priority 1", ["Head of SEND"], "March 2O26", date(2026, 3, 31)),
        ("1.2", "Priority 1", ["Head of SEND"], "Aprll 2026", date(2026, 4, 30)),
        ("1.3", "Priority 1", ["Principal EP"], "Monthly", None),
        ("2.1", "Priority 2", ["Head of SEND", "PCF Chair"], "Ju1y 2026", date(2026, 7, 31)),
    ]
    assert not extracted.diagnostics


def test_a_plan_naming_start_and_end_under_a_merged_timescale_header() -> None:
    """Lyndon: "Timescale" merged over two columns, "Start | End" on the header's second
    row; a "Key milestones" column joined to the action; a priority's table printed again
    under "Priority 1 (continued)". Before, start and end ran together as one deadline
    ("Sept 2025 Mar 2026") and no action had a start."""
    extracted = extract(UNSEEN / "lyndon-merged-header-plan.txt")
    got = extracted.records
    assert [
        (a.action_id, a.theme, a.start_date, a.due_text, a.due_date) for a in got["actions"]
    ] == [
        ("1.1", "Priority 1", date(2025, 9, 30), "Mar 2026", date(2026, 3, 31)),
        ("1.2", "Priority 1", date(2025, 10, 31), "Jul 2026", date(2026, 7, 31)),
        ("1.3", "Priority 1", date(2025, 11, 30), "Feb 2026", date(2026, 2, 28)),
        ("2.1", "Priority 2", date(2025, 9, 30), "Dec 2025", date(2025, 12, 31)),
    ]
    assert got["actions"][0].text == (
        "Roll out the early help SEND toolkit to all nurseries Sept 2025: toolkit launched; "
        "Jan 2026: 50% of nurseries trained"
    )
    assert not extracted.diagnostics


def test_a_plan_citing_its_recommendations_in_a_column_with_dates_in_figures() -> None:
    """Calderbrook: recommendations as "Recommendation 1: …" lines, cited as "R1", "R2, R1"
    in a "Link to recommendation" column; deadlines as "30/09/2025", "w/c 03/11/2025",
    "End of Summer term 2026", "Academic year 2025/26"; a lead of two roles parted by "/"."""
    got = extract(UNSEEN / "calderbrook-recommendation-column-plan.txt").records
    assert [r.rec_id for r in got["recommendations"]] == ["R1", "R2", "R3"]
    assert [(a.action_id, a.refs, a.due_date) for a in got["actions"]] == [
        ("CB1", ["R1"], date(2025, 9, 30)),
        ("CB2", ["R1"], date(2025, 11, 3)),  # the week it commences
        ("CB3", ["R2", "R1"], date(2026, 7, 31)),  # the summer term ends in July
        ("CB4", ["R3"], date(2026, 8, 31)),  # the academic year ends in August
        ("CB5", ["R2"], date(2025, 9, 30)),
    ]
    assert got["actions"][4].due_kind == "ongoing"
    assert (got["actions"][2].lead_roles, got["actions"][2].lead_orgs) == (
        ["Principal Educational Psychologist", "Designated Clinical Officer"],
        ["ICB"],
    )
    assert {(link.rec_id, link.target_id) for link in got["links"]} == {
        ("R1", "CB1"), ("R1", "CB2"), ("R2", "CB3"), ("R1", "CB3"), ("R3", "CB4"),
        ("R2", "CB5"),
    }  # fmt: skip


def test_a_highlight_report_of_milestones_and_a_scored_risk_register() -> None:
    """Hatherley: "Overall status: On track" (a state of delivery, not a colour) on the
    cover; milestones under "Milestone | Due | Status | Commentary"; a risk register with
    "Risk ID", scores and a risk owner. Before, the overall status was left empty."""
    extracted = extract(UNSEEN / "hatherley-milestone-report.txt")
    document, got = extracted.document, extracted.records
    assert (document.doc_type, document.report_date, document.overall_status) == (
        "highlight_report", date(2025, 11, 7), "On track"
    )  # fmt: skip
    assert [(a.text, a.due_date, a.status) for a in got["actions"]] == [
        ("New EHC hub open to families", date(2025, 9, 30), "Complete"),
        ("Graduated approach toolkit published", date(2025, 10, 31), "Complete"),
        ("SALT waiting list below 18 weeks", date(2025, 12, 31), "At risk"),
        ("Inclusion charter signed by all schools", date(2026, 3, 31), "On track"),
    ]
    assert [(r.issue, r.mitigation) for r in got["risks"]] == [
        ("High needs block overspend grows beyond the deficit plan",
         "Monthly budget challenge panel; placement review"),
        ("Loss of agency EHC coordinators in January", "Two permanent posts out to advert"),
    ]  # fmt: skip


def test_a_grid_heading_its_years_in_brackets_after_the_plans_own_names_for_them() -> None:
    """Millford: "Current position | Year 1 (2025/26) | Year 2 (2026/27) | End of plan
    (2027/28) | Data source", values with bounds ("< 10", "85% or above") and in pounds.
    Before, the period columns had no role: every target lost its period."""
    got = extract(UNSEEN / "millford-current-position-plan.txt").records
    assert [(m.measure_id, m.baseline_text, m.source) for m in got["measures"]] == [
        ("M1", "38%", "Capita One"),
        ("M2", "12", "Exclusions return"),
        ("M3", "96 days", "Health data"),
        ("M4", "£2.4m", "Finance"),
    ]
    assert targets_of(got, "M2") == [
        ("target", "Year 1 (2025/26)", date(2026, 8, 31), 10.0, "count"),
        ("target", "Year 2 (2026/27)", date(2027, 8, 31), 8.0, "count"),
        ("target", "End of plan (2027/28)", date(2028, 8, 31), 0.0, "count"),
        ("baseline", None, None, 12.0, "count"),
    ]
    assert [t.value for t in got["targets"] if t.measure_id == "M4"] == [
        2_200_000.0, 2_000_000.0, 1_800_000.0, 2_400_000.0
    ]  # fmt: skip


def test_a_plan_whose_extract_keeps_its_pages_running_header_and_footer() -> None:
    """Southwick: a text extract keeping each page's "OFFICIAL", title and "Page 1 of 2"
    lines, the table's header printed again on the next page; ids "SA1.01"; a status
    column of delivery states."""
    extracted = extract(UNSEEN / "southwick-paged-plan.txt")
    got = extracted.records
    assert extracted.document.title == "Southwick Council – SEND Improvement Plan 2025-26"
    assert [(a.action_id, a.theme, a.status) for a in got["actions"]] == [
        ("SA1.01", "Strategic Aim 1", "In progress"),
        ("SA1.02", "Strategic Aim 1", "Complete"),
        ("SA1.03", "Strategic Aim 1", "Not started"),
        ("SA1.04", "Strategic Aim 1", "In progress"),  # under the aim of the page before
        ("SA2.01", "Strategic Aim 2", "Not started"),
    ]
    assert got["actions"][2].lead_orgs == ["Southwick Council"]
    assert not extracted.diagnostics


def test_a_plan_numbering_its_actions_in_their_text_under_key_areas_printed_once() -> None:
    """Ashgrove: no id column, each action numbered in its text ("1. Introduce …"); a "Key
    area" printed once for the rows under it; "Lead officer(s)" of two roles; "Summer 2026
    onwards", "By end of academic year 2025/26". Before, the actions were A1…A4 with their
    numbers left in their text."""
    got = extract(UNSEEN / "ashgrove-key-area-plan.txt").records
    assert [(a.action_id, a.objective, a.text[:20], a.due_kind, a.due_date) for a in
            got["actions"]] == [
        ("1", "Early identification", "Introduce a single r", "date", date(2025, 12, 31)),
        ("2", "Early identification", "Train all health vis", "date", date(2026, 4, 30)),
        ("3", "Transition to adulthood", "Agree a preparing fo", "ongoing", date(2026, 7, 31)),
        ("4", "Transition to adulthood", "Publish a post-16 op", "date", date(2026, 8, 31)),
    ]  # fmt: skip
    assert got["actions"][0].lead_roles == [
        "Head of SEND Assessment",
        "Early Years Inclusion Manager",
    ]


def test_a_table_of_findings_naming_the_actions_that_answer_them() -> None:
    """Beckton: "Inspection finding | Our response | Action refs", each finding led by its
    id ("AFI1: …"), over tables under "Section 1: …" headings. Before, the table was read as
    nothing: no recommendations, no links, and no action had a theme."""
    got = extract(UNSEEN / "beckton-response-table-plan.txt").records
    assert [(r.rec_id, r.text[:30]) for r in got["recommendations"]] == [
        ("AFI1", "Leaders have not made sure tha"),
        ("AFI2", "Children and young people wait"),
        ("AFI3", "Families do not know what supp"),
    ]
    assert [(link.rec_id, link.target_id, link.method) for link in got["links"]] == [
        ("AFI1", "1.1", "reference_table"),
        ("AFI1", "1.2", "reference_table"),
        ("AFI2", "2.1", "reference_table"),
        ("AFI3", "1.2", "reference_table"),
        ("AFI3", "2.2", "reference_table"),
    ]
    assert [(a.action_id, a.theme) for a in got["actions"]] == [
        ("1.1", "Section 1"), ("1.2", "Section 1"), ("2.1", "Section 2"), ("2.2", "Section 2")
    ]  # fmt: skip
    assert got["actions"][2].lead_orgs == ["NHS Beckton ICB"]


def test_a_scorecard_with_values_still_to_come_and_a_trend_column() -> None:
    """Corfe: "Ref | Measure | Baseline (date) | Target Mar 26 | Target Mar 27 | Trend |
    RAG", ids "SM1"…, baselines dated in brackets, "TBC" and "N/A" where no value is yet.
    Before, "TBC" and "N/A" named the series of the values right of them."""
    got = extract(UNSEEN / "corfe-trend-scorecard-plan.txt").records
    assert [m.measure_id for m in got["measures"]] == ["SM1", "SM2", "SM3", "SM4"]
    assert targets_of(got, "SM3") == [
        ("target", "Target Mar 27", date(2027, 3, 31), 1.5, "percent"),
        ("baseline", "2024", date(2024, 12, 31), 2.1, "percent"),
    ]
    assert targets_of(got, "SM4") == [
        ("target", "Target Mar 26", date(2026, 3, 31), 65.0, "percent"),
        ("target", "Target Mar 27", date(2027, 3, 31), 75.0, "percent"),
    ]
    assert not any(t.series for t in got["targets"])
    assert [a.action_id for a in got["actions"]] == ["C1", "C2", "C3", "C4"]


def test_a_markdown_plan_with_bold_ids_and_line_breaks_in_its_cells() -> None:
    """Dunholm: pipe tables under "## Priority 1 – …" headings, ids in bold ("**1.1**"),
    cells broken with "<br>"."""
    got = extract(UNSEEN / "dunholm-markdown-plan.md").records
    assert [(a.action_id, a.theme) for a in got["actions"]] == [
        ("1.1", "Priority 1"), ("1.2", "Priority 1"), ("2.1", "Priority 2"),
        ("2.2", "Priority 2"), ("3.1", "Priority 3"), ("3.2", "Priority 3"),
    ]  # fmt: skip
    first = got["actions"][0]
    assert (first.text, first.lead_roles, first.lead_orgs) == (
        "Publish an inclusion framework Consult schools in the autumn term",
        ["Head of Inclusion"],
        ["Dunholm Council"],
    )


def test_a_strategy_saying_what_it_will_do_and_what_families_will_see() -> None:
    """Edgefield: "Our ambition 1: …" headings, "We will:" and "You will see:" over bullets.
    Before, no theme was found ("Our" before the label) and nothing came out (W201)."""
    extracted = extract(UNSEEN / "edgefield-we-will-strategy.txt")
    assert [(s.theme, s.section, s.text[:25]) for s in extracted.records["statements"]] == [
        ("Ambition 1", "objective", "Put an inclusion lead in "),
        ("Ambition 1", "objective", "Offer training in the gra"),
        ("Ambition 1", "success", "More children with SEND t"),
        ("Ambition 1", "success", "Fewer requests for EHC ne"),
        ("Ambition 2", "objective", "Start planning for adulth"),
        ("Ambition 2", "success", "More young people with EH"),
        ("Ambition 1", "headline", "Children's needs are met "),
        ("Ambition 2", "headline", "Young people are ready fo"),
    ]
    assert not extracted.diagnostics


def test_a_report_rating_each_workstream_last_month_and_this_with_its_risks() -> None:
    """Farleigh: "Workstream | RAG last month | RAG this month | Key achievements | Next steps
    | Risks/issues". Before, the statements had no status and the risks column gave no
    risks."""
    extracted = extract(UNSEEN / "farleigh-workstream-report.txt")
    got = extracted.records
    assert extracted.document.overall_status == "Amber"
    assert [(s.theme, s.section, s.status) for s in got["statements"]][:4] == [
        ("EHCP timeliness", "update", "Amber"),  # this month's, not last month's Red
        ("EHCP timeliness", "next_step", "Amber"),
        ("Inclusion", "update", "Green"),
        ("Inclusion", "next_step", "Green"),
    ]
    assert [(r.theme, r.issue) for r in got["risks"]] == [
        ("EHCP timeliness", "Agency staff leaving in October"),
        ("Preparing for adulthood", "Adult social care capacity to join transition panels"),
    ]


def test_a_plan_with_start_and_finish_dates_written_with_stops() -> None:
    """Harwood: "Start | Finish" columns dated "01.09.25", "31.12.25"; a "Milestones" column
    joined to the action; RAG letters."""
    got = extract(UNSEEN / "harwood-start-finish-plan.txt").records
    assert [(a.action_id, a.theme, a.start_date, a.due_date, a.status) for a in
            got["actions"]] == [
        ("H1.1", "Outcome 1", date(2025, 9, 1), date(2025, 12, 31), "G"),
        ("H1.2", "Outcome 1", date(2025, 10, 1), date(2026, 3, 31), "A"),
        ("H1.3", "Outcome 1", date(2026, 1, 1), date(2026, 6, 30), "R"),
        ("H2.1", "Outcome 2", date(2025, 9, 1), date(2026, 7, 31), "G"),
    ]  # fmt: skip
    assert got["actions"][0].text == (
        "Set up a single front door for SEND queries Phone line live; web form live"
    )


def test_a_plan_naming_the_people_who_lead() -> None:
    """Ivybridge: leads naming the person with the post, before or after it, in brackets or
    not, with a title ("Dr", "Cllr"), or with a body alone: the person is no role."""
    got = extract(UNSEEN / "ivybridge-named-leads-plan.txt").records
    assert [(a.action_id, a.lead_roles, a.lead_orgs) for a in got["actions"]] == [
        ("1.1", ["Head of SEND"], []),
        ("1.2", ["Principal Educational Psychologist"], []),
        ("1.3", ["Designated Clinical Officer"], []),
        ("1.4", [], ["Ivybridge Council"]),
        ("2.1", ["Designated Medical Officer"], []),
        ("2.2", ["Lead Member for Children"], []),
        ("2.3", ["Head of Therapies"], ["Ivybridge Community Health Trust"]),
    ]
    assert got["actions"][0].lead == "Jane Whitfield, Head of SEND"  # as printed


def test_a_plan_of_deadline_wordings_some_no_date_can_be_read_from() -> None:
    """Jarrow: "Q1 2026", "Q4 25/26", "by the end of the spring term" (the title's year),
    "Easter 2026", "Before September 2026", "Half term (Oct 2025)", "End of financial year
    2025/26"; "Within 6 months" and "Immediately" say no date and are reported (W401)."""
    extracted = extract(UNSEEN / "jarrow-deadline-wordings-plan.txt")
    got = extracted.records
    assert [(a.action_id, a.due_kind, a.due_date) for a in got["actions"]] == [
        ("1", "date", date(2026, 3, 31)),
        ("2", "date", date(2026, 3, 31)),
        ("3", "date", date(2026, 4, 30)),  # the spring term of 2025/26 ends at Easter
        ("4", "date", date(2026, 4, 30)),
        ("5", "date", date(2026, 9, 30)),
        ("6", "none", None),
        ("7", "none", None),
        ("8", "date", date(2025, 10, 31)),
        ("9", "date", date(2026, 3, 31)),
        ("10", "recurring", None),
    ]
    assert [d.code for d in extracted.diagnostics] == ["W401", "W401", "W402"]


def test_a_grid_naming_the_group_of_children_each_row_counts() -> None:
    """Kenley: "Measure | Group | Baseline 2024/25 | 2025/26 | …", each measure over rows
    of groups ("EHCP", "SEN Support", "All pupils"). Before, no value had a series: a
    measure's three baselines and nine targets could not be told apart."""
    got = extract(UNSEEN / "kenley-group-rows-grid-plan.txt").records
    assert [m.text[:25] for m in got["measures"]] == [
        "Key stage 2 reading, writ", "Persistent absence", "Young people in education",
        "Average days to finalise ",
    ]  # fmt: skip
    assert [(t.kind, t.series, t.period_label, t.value) for t in got["targets"]
            if t.measure_id == "M2"] == [
        ("target", "EHCP", "2025/26", 29.0),
        ("target", "EHCP", "2026/27", 26.0),
        ("target", "EHCP", "2027/28", 23.0),
        ("target", "SEN Support", "2025/26", 25.0),
        ("target", "SEN Support", "2026/27", 22.0),
        ("target", "SEN Support", "2027/28", 20.0),
        ("baseline", "EHCP", "Baseline 2024/25", 32.0),
        ("baseline", "SEN Support", "Baseline 2024/25", 28.0),
    ]  # fmt: skip
    assert {t.series for t in got["targets"] if t.measure_id == "M1"} == {
        "EHCP", "SEN Support", "All pupils"
    }  # fmt: skip


def test_a_plan_a_scan_misread_in_its_headings_header_and_leads() -> None:
    """Lowther: OCR's letters read one for another in a heading ("Priorlty 1"), the header
    ("Actlon", "Basel ine", "Tai get 2026"), ids cut by a space ("1 .2") and a lead's role
    word ("Designated Clinical Offlcer"), which is read as printed while the lead keeps the
    cell as the scan gave it. Before, the role kept the misread word."""
    got = extract(UNSEEN / "lowther-ocr-grid-plan.txt").records
    assert [(a.action_id, a.theme, a.lead_roles) for a in got["actions"]] == [
        ("1.1", "Priority 1", ["Principal EP"]),
        ("1.2", "Priority 1", ["Designated Clinical Officer"]),
    ]
    assert got["actions"][1].lead == "Designated Clinical Offlcer"
    assert targets_of(got, "M1") == [
        ("target", "Tai get 2026", date(2026, 12, 31), 55.0, "percent"),
        ("target", "Tai get 2027", date(2027, 12, 31), 70.0, "percent"),
        ("baseline", None, None, 35.0, "percent"),
    ]


def test_a_plan_left_as_html_tables_with_a_timescale_over_from_and_to() -> None:
    """Moreton: HTML tables left in the text, "Timescale" spanning "From | To" (colspan), a
    cell broken with "<br>" and words in bold. Before, the start was read as the deadline and
    the end was lost."""
    got = extract(UNSEEN / "moreton-html-table-plan.txt").records
    assert [(a.action_id, a.start_date, a.due_text, a.due_kind, a.due_date) for a in
            got["actions"]] == [
        ("1.1", date(2025, 9, 30), "Jul 2026", "date", date(2026, 7, 31)),
        ("1.2", date(2025, 10, 31), "Mar 2026", "date", date(2026, 3, 31)),
        ("2.1", date(2025, 9, 30), "Ongoing", "ongoing", None),
    ]  # fmt: skip


def test_a_plan_labelling_its_leads_and_listing_its_deadlines_by_phase() -> None:
    """Northwick: leads labelled "Lead: …; Support: …", deadlines by phase ("Phase 1: Dec
    2025; Phase 2: Jul 2026"): due by the last phase. As a PDF, a row whose cells begin with
    column names ("Lead: …", "From Jan 2026, …") was read as a header and its table lost two
    actions; in narrow columns a phase cut from its date began a new action."""
    got = extract(UNSEEN / "northwick-phased-plan.txt").records
    assert [(a.action_id, a.lead_roles, a.due_kind, a.due_date) for a in got["actions"]] == [
        ("N1", ["Head of SEND", "PCF Chair"], "date", date(2026, 7, 31)),
        ("N2", ["SEND QA Manager", "Principal EP"], "recurring", date(2026, 1, 31)),
        ("N3", ["SEND Training Lead"], "date", date(2026, 9, 30)),
        ("N4", ["Transitions Manager", "Careers Adviser"], "date", date(2026, 9, 30)),
        ("N5", ["Post-16 SEND Lead"], "date", date(2026, 9, 30)),
    ]


def test_a_report_of_milestones_with_their_original_and_revised_dates() -> None:
    """Oxley: "Milestone | Original date | Revised date | Status", no lead; a revised date
    is the deadline. Before, "Recruit EHC coordinators" (three words, no lead) was taken for
    a stray grid cell and dropped."""
    got = extract(UNSEEN / "oxley-slipped-milestones-report.txt").records
    assert [(a.text, a.due_date, a.status) for a in got["actions"]] == [
        ("Recruit EHC coordinators", date(2025, 6, 30), "Complete (Sept 2025)"),
        ("Launch the SEND hub", date(2026, 1, 31), "Slipped"),
        ("Agree the inclusion charter", date(2025, 12, 31), "On track"),
        ("Publish the sufficiency strategy", date(2026, 5, 31), "At risk"),
    ]


def test_an_action_table_printing_each_actions_measure_baseline_and_target() -> None:
    """Pendle: "Ref | Action | Lead | Deadline | Success measure | Baseline | Target". Before,
    the table was read as a grid alone: no action at all, the actions' texts as measures,
    "8 of 12" as two values."""
    got = extract(UNSEEN / "pendle-measures-in-action-table-plan.txt").records
    assert [(a.action_id, a.text[:20], a.due_text) for a in got["actions"]] == [
        ("P1", "Add four EHC coordin", "Oct 2025"),
        ("P2", "Weekly tracking of h", "Nov 2025"),
        ("P3", "Publish monthly time", "Monthly"),
        ("P4", "Fund outreach from s", "Sept 2026"),
        ("P5", "Train every SENCO in", "Jul 2026"),
    ]
    assert [(m.text, m.action_refs, m.baseline_text) for m in got["measures"]] == [
        ("EHC plans issued in 20 weeks", ["P1"], "38%"),
        ("Health advice within 6 weeks", ["P2"], "52%"),
        ("Reports published on time", ["P3"], "8 of 12"),
        ("Pupils with EHC plans in mainstream", ["P4"], "41%"),
        ("SENCOs trained", ["P5"], "0"),
    ]
    assert targets_of(got, "M3") == [
        ("target", None, None, 12.0, "count"), ("baseline", None, None, 8.0, "count")
    ]  # fmt: skip
    assert targets_of(got, "M5") == [
        ("target", None, None, 120.0, "count"), ("baseline", None, None, 0.0, "count")
    ]  # fmt: skip


def test_a_plan_lettering_its_priorities() -> None:
    """Quenby: "Priority A: …", "Priority B: …" over ids "A1", "B1". Before, no action had a
    theme."""
    got = extract(UNSEEN / "quenby-lettered-priorities-plan.txt").records
    assert [(a.action_id, a.theme) for a in got["actions"]] == [
        ("A1", "Priority A"), ("A2", "Priority A"), ("B1", "Priority B"), ("B2", "Priority B")
    ]  # fmt: skip


def test_a_tracker_of_quarterly_targets_in_the_financial_year() -> None:
    """Rushden: "Indicator | Baseline (Mar 25) | Q1 25/26 | … | Q4 25/26" beside actions due
    by quarter."""
    got = extract(UNSEEN / "rushden-quarterly-tracker-plan.txt").records
    assert targets_of(got, "M1") == [
        ("target", "Q1 25/26", date(2025, 6, 30), 50.0, "percent"),
        ("target", "Q2 25/26", date(2025, 9, 30), 55.0, "percent"),
        ("target", "Q3 25/26", date(2025, 12, 31), 60.0, "percent"),
        ("target", "Q4 25/26", date(2026, 3, 31), 65.0, "percent"),
        ("baseline", "Baseline (Mar 25)", date(2025, 3, 31), 44.0, "percent"),
    ]
    assert [(a.action_id, a.due_date) for a in got["actions"]] == [
        ("R1", date(2025, 6, 30)), ("R2", date(2025, 9, 30))
    ]  # fmt: skip


def test_a_plan_numbering_its_actions_in_a_column_named_action() -> None:
    """Sandford: "Action | Description | Recommendation(s) | Owner | Deadline", the Action
    column holding the numbers, Recommendation(s) the ids each cites ("R1", "R2 & R3") under
    a table of the recommendations. Before, each action's text was its number, its words an
    objective, and action 1's citation was lost."""
    got = extract(UNSEEN / "sandford-recommendation-table-plan.txt").records
    assert [(a.action_id, a.text[:25], a.refs) for a in got["actions"]] == [
        ("1", "Recruit additional educat", ["R1"]),
        ("2", "Set up a young people's S", ["R2", "R3"]),
        ("3", "Introduce person-centred ", ["R2", "R3"]),
    ]
    assert [r.rec_id for r in got["recommendations"]] == ["R1", "R2", "R3"]
    assert [(link.rec_id, link.target_id) for link in got["links"]] == [
        ("R1", "1"), ("R2", "2"), ("R3", "2"), ("R2", "3"), ("R3", "3")
    ]  # fmt: skip


def test_a_report_keying_its_rag_letters() -> None:
    """Upton: "RAG key: G = on track; …" over "Action | Owner | Due | RAG | Update", the
    ratings as letters (B for complete), kept as printed."""
    extracted = extract(UNSEEN / "upton-rag-key-report.txt")
    assert extracted.document.doc_type == "highlight_report"
    assert [a.status for a in extracted.records["actions"]] == ["B", "A", "R", "G", "A", "B"]


def test_a_plan_naming_the_lead_agency_apart_from_the_lead_officer() -> None:
    """Verwood: "Lead agency | Lead officer", agencies as initials ("LA / ICB"), by name, or
    "All partners". Before, "All partners" ran into the officer's role."""
    got = extract(UNSEEN / "verwood-shared-leads-plan.txt").records
    assert [(a.lead_roles, a.lead_orgs) for a in got["actions"]] == [
        (["Head of Commissioning"], ["LA", "ICB"]),
        (["SEND Data Lead"], []),
        (["Workforce Development Manager"], ["Verwood Council", "NHS Verwood ICB"]),
        (["Designated Clinical Officer"], ["NHS Verwood ICB"]),
        (["Service Manager"], ["Verwood Community Health Trust"]),
    ]


def test_a_plan_listing_several_actions_in_one_cell_under_numbered_objectives() -> None:
    """Wexcombe: "Objective | Key actions | Lead | Timescale", each cell of key actions a
    bulleted list: one action each, its bullets kept (the contract's milestone lists). As a
    borderless PDF in narrow columns, a list's next bullet, or the words after a bullet left
    at a line's end, began an action of their own."""
    got = extract(UNSEEN / "wexcombe-bulleted-cell-plan.txt").records
    assert [(a.action_id, a.objective, a.text.count("•")) for a in got["actions"]] == [
        ("A1", "1. Families know what is available", 3),
        ("A2", "2. Assessments are timely", 2),
        ("A3", "3. Young people are ready for adulthood", 3),
        ("A4", "4. Schools are inclusive", 2),
    ]


def test_a_grid_aiming_in_words_where_it_prints_no_figure() -> None:
    """Yarnton: targets as ranges ("60-65%"), bounds ("at least 90%", "fewer than 10") and
    words ("In line with statistical neighbours", "Top quartile"). Before, a measure stating
    its aims only in words took the next measure's row into it."""
    got = extract(UNSEEN / "yarnton-aims-in-words-grid-plan.txt").records
    assert [m.text[:30] for m in got["measures"]] == [
        "EHC plans issued within 20 wee", "Permanent exclusions of pupils",
        "Key stage 4 attainment of pupi", "Parent satisfaction with the l",
        "Young people with EHC plans in", "Average weeks to issue an EHC ",
    ]  # fmt: skip
    assert [(t.kind, t.value, t.value_text) for t in got["targets"] if t.measure_id == "M3"] == [
        ("target", None, "In line with statistical neighbours"),
        ("target", None, "Top quartile"),
    ]
    assert targets_of(got, "M1")[:2] == [
        ("target", "Target 2025/26", date(2026, 8, 31), 60.0, "percent"),
        ("target", "Target 2027/28", date(2028, 8, 31), 90.0, "percent"),
    ]


def test_areas_for_improvement_lettered_as_parts_of_one() -> None:
    """Zennor: areas "1a.", "1b.", "2." and an "AFI" column citing them ("1a", "1a, 1b").
    Before, no area was read, and only "2" was cited (W501: undefined)."""
    extracted = extract(UNSEEN / "zennor-sub-recommendations-plan.txt")
    got = extracted.records
    assert [r.rec_id for r in got["recommendations"]] == ["1a", "1b", "2"]
    assert [(a.action_id, a.refs) for a in got["actions"]] == [
        ("Z1", ["1a"]), ("Z2", ["1b"]), ("Z3", ["2"]), ("Z4", ["1a", "1b"]), ("Z5", ["2"]),
        ("Z6", ["1b"]),
    ]  # fmt: skip
    assert len(got["links"]) == 7
    assert not extracted.diagnostics


def test_a_report_of_priorities_with_bulleted_progress_and_one_labelled_risk() -> None:
    """Abbotsley: "Priority | Progress this quarter | RAG | Next steps", bullets in the cells;
    one risk as a labelled line ("Risk: … Mitigation: …"). Before, a risk alone was no
    table and was lost."""
    got = extract(UNSEEN / "abbotsley-priority-progress-report.txt").records
    assert [(s.theme, s.section, s.status) for s in got["statements"]][:3] == [
        ("Assessment and planning", "update", "Green"),
        ("Assessment and planning", "update", "Green"),
        ("Assessment and planning", "next_step", "Green"),
    ]
    assert [(r.issue, r.mitigation) for r in got["risks"]] == [
        ("Agency staff leave before permanent posts are filled.", "Retention payments agreed.")
    ]


def test_a_wsoa_asking_what_it_will_do_and_how_it_will_know() -> None:
    """Bexlow: "Area of weakness 1: …" headings over "What we will do | Who | By when | How
    we will know", the last column's measures in words kept with the action."""
    got = extract(UNSEEN / "bexley-how-we-will-know-plan.txt").records
    assert [(r.rec_id, r.text[:20]) for r in got["recommendations"]] == [
        ("W1", "Families' experience"), ("W2", "Joint commissioning")
    ]  # fmt: skip
    assert [(a.action_id, a.theme, a.due_kind) for a in got["actions"]] == [
        ("A1", "Area of weakness 1", "date"),
        ("A2", "Area of weakness 1", "date"),
        ("A3", "Area of weakness 1", "recurring"),
        ("A4", "Area of weakness 2", "date"),
        ("A5", "Area of weakness 2", "date"),
    ]
    assert {(link.rec_id, link.target_id) for link in got["links"]} == {
        ("W1", "A1"), ("W1", "A2"), ("W1", "A3"), ("W2", "A4"), ("W2", "A5")
    }  # fmt: skip


def test_a_plan_naming_an_education_lead_and_a_health_lead_for_each_action() -> None:
    """Cadwell: "Education lead | Health lead", two lead columns side by side. Before, the
    health lead was read as an objective and carried down to the rows below."""
    got = extract(UNSEEN / "cadwell-two-leads-columns-plan.txt").records
    assert [(a.action_id, a.objective, a.lead_roles) for a in got["actions"]] == [
        ("1.1", None, ["Head of Early Help", "Designated Clinical Officer"]),
        ("1.2", None, ["Early Years Manager", "Speech and Language Therapy Lead"]),
        ("1.3", None, ["Family Hubs Manager", "Health Visiting Lead"]),
        ("2.1", None, ["Head of 14-25 Service", "Transition Nurse"]),
        ("2.2", None, ["Post-16 SEND Lead", "Workforce Lead"]),
    ]
    assert got["actions"][4].lead_orgs == ["Cadwell Hospitals NHS Trust"]


def test_a_grid_aiming_at_a_change_in_each_year_of_the_plan() -> None:
    """Danbury: "Baseline (2024/25) | Year 1 change | Year 2 change", changes as percentages
    and percentage points. Before, the change columns had no role and no target a period."""
    extracted = extract(UNSEEN / "danbury-percent-change-grid-plan.txt")
    assert targets_of(extracted.records, "M1") == [
        ("target", "Year 1 change", date(2026, 8, 31), -10.0, "percent_change"),
        ("target", "Year 2 change", date(2027, 8, 31), -20.0, "percent_change"),
        ("baseline", "Baseline (2024/25)", date(2025, 8, 31), 412.0, "count"),
    ]
    assert [d.code for d in extracted.diagnostics] == ["W403"]  # years counted from 2025


def test_a_plan_of_deadline_ranges_and_recurrences() -> None:
    """Eaton: "Sept 2025 – Jan 2026", "Autumn term 2025 to Spring term 2026", "Jan – Jul
    2026", "Every 6 weeks", "Monthly from Oct 2025"; "By end of Q4" a quarter the academic
    year does not place (W401)."""
    extracted = extract(UNSEEN / "eaton-date-ranges-plan.txt")
    got = extracted.records
    assert [(a.action_id, a.due_kind, a.due_date) for a in got["actions"]] == [
        ("E1", "date", date(2026, 1, 31)),
        ("E2", "date", date(2026, 4, 30)),
        ("E3", "recurring", None),
        ("E4", "none", None),
        ("E5", "date", date(2026, 7, 31)),
        ("E6", "date", date(2026, 7, 31)),
        ("E7", "recurring", date(2025, 10, 31)),
    ]
    assert [d.code for d in extracted.diagnostics] == ["W401"]


def test_objectives_numbered_in_full_under_their_priority() -> None:
    """Fulbrook: "Objective 1.1: …" headings over action tables. Before, the objective read
    "1: Every setting …" (its number cut at the dot) and the second had no objective."""
    got = extract(UNSEEN / "fulbrook-objective-numbered-plan.txt").records
    assert [(a.action_id, a.objective_id, a.objective) for a in got["actions"]] == [
        ("1.1.1", "1.1", "Every setting uses the graduated approach"),
        ("1.1.2", "1.1", "Every setting uses the graduated approach"),
        ("1.2.1", "1.2", "Health visitors identify needs at two"),
    ]


def test_milestone_columns_raci_leads_and_kpi_forms() -> None:
    """Glenmoor: "Milestone 1 (Dec 25) | Milestone 2 (Mar 26)" and "By Dec 25 | By Jun 26"
    columns of milestones; leads marked "(Lead)" and "(Support)"; KPIs printed as labelled
    lines ("Target 2025/26: 60%"); targets dated in their cells ("90% by 2027"). Before, the
    milestones were dropped, "Education (Lead)" was a role, and the KPIs gave nothing."""
    got = extract(UNSEEN / "glenmoor-milestone-columns-plan.txt").records
    assert [(a.action_id, a.lead_roles, a.start_date, a.due_date) for a in got["actions"]] == [
        ("1.1", ["Head of Early Years", "Area SENCO Manager"], None, date(2026, 7, 31)),
        ("1.2", ["Designated Clinical Officer"], None, date(2026, 9, 30)),
        ("1.3", ["Assistant Director, Education", "Speech and Language Therapy Lead"], None,
         date(2026, 3, 31)),
        ("2.1", ["Head of Preparing for Adulthood"], None, date(2026, 6, 30)),  # By Jun 26
        ("2.2", ["Employment Support Manager", "Careers Lead"], None, date(2026, 6, 30)),
    ]  # fmt: skip
    assert got["actions"][2].text == (
        "Review the speech and language therapy referral pathway"
        " Milestone 1 (Dec 25): Review complete"
    )
    assert got["actions"][3].text.endswith(
        "By Dec 25: Guide drafted with young people By Jun 26: Guide published"
    )
    assert [(m.measure_id, m.source) for m in got["measures"]] == [
        ("KPI 1", "SEN2 return"), ("KPI 2", "ICB waiting list data"), ("M3", None), ("M4", None)
    ]  # fmt: skip
    assert targets_of(got, "KPI 2") == [
        ("target", "Target March 2026", date(2026, 3, 31), 40.0, "weeks"),
        ("target", "Target March 2027", date(2027, 3, 31), 26.0, "weeks"),
        ("baseline", "Baseline (March 2025)", date(2025, 3, 31), 58.0, "weeks"),
    ]
    assert targets_of(got, "M3") == [
        ("target", "2027", date(2027, 12, 31), 90.0, "percent"),
        ("baseline", "2024", date(2024, 12, 31), 84.0, "percent"),
    ]
    assert targets_of(got, "M4") == [
        ("target", "2026/27", date(2027, 8, 31), 20.0, "count"),
        ("baseline", "2024/25", date(2025, 8, 31), 6.0, "count"),
    ]


def test_objective_rows_numbered_inside_the_action_table() -> None:
    """Harrowden: "1 | Objective: EHC plans are issued within 20 weeks | Head of SEND
    Assessment" rows over actions 1.1, 1.2; an action numbered "4" with its own deadline
    stays an action. Before, each objective row was an action, and the second table, whose
    first row is an objective, was found by no header and gave nothing."""
    got = extract(UNSEEN / "harrowden-objective-rows-plan.txt").records
    assert [(a.action_id, a.objective_id, a.objective, a.lead) for a in got["actions"]] == [
        ("1.1", "1", "EHC plans are issued within 20 weeks", "Head of SEND Assessment"),
        ("1.2", "1", "EHC plans are issued within 20 weeks", "Principal Educational Psychologist"),
        ("1.3", "1", "EHC plans are issued within 20 weeks", "Head of SEND Performance"),
        ("2.1", "2", "Every new EHC plan meets the quality standard", "Quality Assurance Manager"),
        ("2.2", "2", "Every new EHC plan meets the quality standard", "SEND Training Lead"),
        ("3.1", "3", "Children wait no longer than 18 weeks for speech and language therapy",
         "Designated Clinical Officer, NHS Harrowden ICB"),
        ("3.2", "3", "Children wait no longer than 18 weeks for speech and language therapy",
         "Speech and Language Therapy Lead"),
        ("4", None, None, "Head of Commissioning"),
    ]  # fmt: skip
    assert [(a.action_id, a.due_kind, a.status) for a in got["actions"]][3:5] == [
        ("2.1", "recurring", "Amber"), ("2.2", "date", "Not started")
    ]  # fmt: skip
    assert {(link.rec_id, link.target_id) for link in got["links"]} == {
        ("W1", "1.1"), ("W1", "1.2"), ("W1", "1.3"), ("W1", "2.1"), ("W1", "2.2"),
        ("W2", "3.1"), ("W2", "3.2"), ("W2", "4"),
    }  # fmt: skip


def test_a_reports_risks_listed_under_each_workstream() -> None:
    """Kingsbridge: "Risks and issues:" and "Key risks:" over bullets in each workstream of a
    highlight report, one with a labelled mitigation, one saying there are none. Before, the
    bullets were passed over as the risk table's and no risk was read."""
    extracted = extract(UNSEEN / "kingsbridge-listed-risks-report.txt")
    assert [(r.theme, r.issue, r.mitigation) for r in extracted.records["risks"]] == [
        ("Workstream 1", "Educational psychology capacity remains below demand.",
         "agency cover agreed to December"),
        ("Workstream 1", "Tribunal appeals take officer time from new assessments", None),
        ("Workstream 3", "Employers withdraw if job coach funding is not confirmed for 2026/27",
         None),
    ]  # fmt: skip
    assert [(s.theme, s.section, s.status) for s in extracted.records["statements"]][-2:] == [
        ("Workstream 3", "update", "Red"), ("Workstream 3", "next_step", "Red")
    ]  # fmt: skip
    assert (extracted.document.report_date, extracted.document.overall_status) == (
        date(2025, 9, 30), "Amber"
    )  # fmt: skip


def test_a_you_said_we_will_plan_and_an_agreed_action_table() -> None:
    """Lydford: "You said | We will | Led by | By when | You will see" and "Issue identified
    | Agreed action | Action owner | Completion by | Success indicator | Current RAG";
    "Delivered" and "Delivered Sept 2025" deadlines; durations printed "9 wks", "7 mths".
    Before, neither table was an action table and all six actions were lost."""
    got = extract(UNSEEN / "lydford-you-said-we-will-plan.txt").records
    assert [(a.action_id, a.due_kind, a.due_date, a.status) for a in got["actions"]] == [
        ("1.1", "date", date(2026, 3, 31), None),
        ("1.2", "complete", None, None),
        ("1.3", "recurring", date(2025, 9, 30), None),
        ("2.1", "date", date(2025, 12, 31), "G"),
        ("2.2", "complete", date(2025, 9, 30), "B"),
        ("2.3", "date", date(2026, 4, 30), "A"),
    ]
    last = got["actions"][-1]
    assert (last.lead_roles, last.lead_orgs) == (
        ["Speech and Language Therapy Lead"], ["Lydford Community Health"]
    )  # fmt: skip
    assert targets_of(got, "M2") == [
        ("target", "Target 2025/26", date(2026, 8, 31), 5.0, "months"),
        ("target", "Target 2026/27", date(2027, 8, 31), 18.0, "weeks"),
        ("baseline", "Baseline (2024/25)", date(2025, 8, 31), 7.0, "months"),
    ]


def test_a_priority_lead_named_under_its_heading_leads_its_actions() -> None:
    """Moorcroft: "Priority lead: Head of Early Years and Childcare" under each priority's
    heading over an action table with no lead column; a scorecard of "Q1 target | Q1 actual"
    under no year, kept undated and reported (W404). Before, the actions had no lead and
    nothing said why the quarters had no dates."""
    extracted = extract(UNSEEN / "moorcroft-priority-leads-plan.txt")
    got = extracted.records
    assert [(a.action_id, a.lead_roles, a.lead_orgs) for a in got["actions"]] == [
        ("1.1", ["Head of Early Years and Childcare"], []),
        ("1.2", ["Head of Early Years and Childcare"], []),
        ("1.3", ["Head of Early Years and Childcare"], []),
        ("2.1", ["Head of Preparing for Adulthood"], ["Moorcroft Council"]),
        ("2.2", ["Head of Preparing for Adulthood"], ["Moorcroft Council"]),
    ]
    assert targets_of(got, "M2") == [
        ("target", "Q1 target", None, 8.0, "count"),
        ("actual", "Q1 actual", None, 7.0, "count"),
        ("target", "Q2 target", None, 10.0, "count"),
        ("actual", "Q2 actual", None, 11.0, "count"),
        ("baseline", None, None, 6.0, "count"),
    ]
    assert [d.code for d in extracted.diagnostics] == ["W404"]


def test_areas_for_improvement_listed_as_bullets_and_cited_by_their_place() -> None:
    """Brayfield: "Areas for improvement" over three bullets, each action citing its area by
    its place in the list ("1", "1, 3"). Before, only a numbered list was read, so the
    plan had no recommendations and each citation was reported as one it does not define."""
    extracted = extract(UNSEEN / "brayfield-bulleted-areas-plan.txt")
    got = extracted.records
    assert [(r.rec_id, r.text[:30]) for r in got["recommendations"]] == [
        ("1", "Leaders across education, heal"),
        ("2", "Leaders should strengthen the "),
        ("3", "Leaders should make sure that "),
    ]
    assert [(link.rec_id, link.target_id) for link in got["links"]] == [
        ("1", "1.1"), ("1", "1.2"), ("2", "2.1"), ("2", "2.2"), ("3", "3.1"), ("1", "3.2"),
        ("3", "3.2"),
    ]  # fmt: skip
    assert extracted.diagnostics == []


def test_a_table_of_cells_parted_by_bars_with_none_at_either_end() -> None:
    """Penhallow: a tracker's export, "Ref | Action | Lead | Due | Status" with a ruler line
    under the first header and none under the second, and a title line parted by one bar.
    Before, only markdown rows framed by bars were rows, and the plan gave nothing (W201)."""
    extracted = extract(UNSEEN / "penhallow-bar-parted-plan.txt")
    got = extracted.records
    assert [(a.action_id, a.lead, a.due_kind, a.status) for a in got["actions"]] == [
        ("1.1", "Head of SEND Assessment", "date", "On track"),
        ("1.2", "Head of SEND Performance", "date", "Complete"),
        ("1.3", "Principal Educational Psychologist", "recurring", "On track"),
        ("2.1", "Head of Inclusion", "date", "Delayed"),
        ("2.2", "SENCO Network Lead", "date", "Not started"),
    ]
    assert extracted.diagnostics == []


def test_a_grid_headed_with_months_as_a_spreadsheet_prints_them() -> None:
    """Quantock: "Baseline (Mar-25) | Mar-26 | Mar-27 | Trend | RAG". Before, "Mar-26" named
    no column, and the targets had no period."""
    got = extract(UNSEEN / "quantock-spreadsheet-dates-grid-plan.txt").records
    assert targets_of(got, "M3") == [
        ("target", "Mar-26", date(2026, 3, 31), 27.0, "percent"),
        ("target", "Mar-27", date(2027, 3, 31), 24.0, "percent"),
        ("baseline", "Baseline (Mar-25)", date(2025, 3, 31), 31.0, "percent"),
    ]


def test_actions_coded_by_priority_and_lettered_by_area() -> None:
    """Rosedale: a "Code" column of "P1-A1", "P1-A2" and a "Ref" column of "1(a)", "1(b)".
    Before, neither was read as an id and the actions were numbered A1 to A6."""
    got = extract(UNSEEN / "rosedale-coded-ids-plan.txt").records
    assert [a.action_id for a in got["actions"]] == [
        "P1-A1", "P1-A2", "P1-A3", "1(a)", "1(b)", "2(a)"
    ]  # fmt: skip


def test_a_priority_column_rating_urgency_is_no_objective() -> None:
    """Tadley: "Ref | Action | Priority | Lead | By when" with "High", "Medium", "Low", "H",
    "M" under "Priority", under "Theme 2" then "Objective 2: …" numbered through the plan
    (actions 2.1, 2.2). Before, each action's objective was its urgency ("High"), and once
    that was mended none, its id read as objective 2.2 of theme 2."""
    got = extract(UNSEEN / "tadley-urgency-column-plan.txt").records
    assert [(a.action_id, a.objective_id, a.objective) for a in got["actions"]] == [
        ("1.1", "1", "Needs are identified before children start school"),
        ("1.2", "1", "Needs are identified before children start school"),
        ("1.3", "1", "Needs are identified before children start school"),
        ("2.1", "2", "Young people move into work or study"),
        ("2.2", "2", "Young people move into work or study"),
    ]


def test_a_plan_printing_its_ids_last_and_its_dates_as_numbers() -> None:
    """Ashwell: "What we will do | Who | When | Addresses | Ref", with dates "31/03/2026",
    "31.07.26", "2026-01-31". Before, "31.07.26" was taken for row 1.3's id (the deepest id
    in the row), the row shifted and its text read as its deadline; "Addresses" named no
    column, so the plan's stated links were lost and one fuzzy link was guessed."""
    got = extract(UNSEEN / "ashwell-id-last-column-plan.txt").records
    assert [(a.action_id, a.due_text, a.due_date, a.refs) for a in got["actions"]] == [
        ("1.1", "31/03/2026", date(2026, 3, 31), ["AFI1"]),
        ("1.2", "w/c 12 May 2025", date(2025, 5, 12), ["AFI1"]),
        ("1.3", "31.07.26", date(2026, 7, 31), ["AFI1"]),
        ("1.4", "2026-01-31", date(2026, 1, 31), ["AFI1"]),
        ("2.1", "End of Q2 2025/26", date(2025, 9, 30), ["AFI2"]),
        ("2.2", "Autumn 2025", date(2025, 12, 31), ["AFI2"]),
        ("2.3", "Academic year 2025/26", date(2026, 8, 31), ["AFI2"]),
        ("3.1", "Ongoing - reviewed monthly", None, ["AFI3"]),
        ("3.2", "Termly from September 2025", date(2025, 9, 30), ["AFI3"]),
    ]
    assert {(link.rec_id, link.method) for link in got["links"]} == {
        ("AFI1", "cited_in_row"), ("AFI2", "cited_in_row"), ("AFI3", "cited_in_row")
    }  # fmt: skip
    assert got["actions"][2].lead == "Principal Educational Psychologist"


def test_a_quarterly_report_rating_its_confidence_and_its_workstreams_by_quarter() -> None:
    """Blackmoor: "Overall delivery confidence: Amber" on the cover, and a workstream table
    rated "RAG last quarter | RAG this quarter". Before, the report had no overall status and
    its workstreams' progress no status (only "RAG this month" named a status column)."""
    extracted = extract(UNSEEN / "blackmoor-quarterly-highlight-report.txt")
    assert (extracted.document.report_date, extracted.document.overall_status) == (
        date(2025, 10, 14), "Amber"
    )  # fmt: skip
    got = extracted.records
    assert [(s.theme, s.section, s.status) for s in got["statements"]][::2] == [
        ("WS1 Assessment and planning", "update", "Amber"),
        ("WS2 Health pathways", "update", "Amber"),
        ("WS3 Preparing for adulthood", "update", "Green"),
    ]
    assert [(a.text, a.due_date, a.status) for a in got["actions"]] == [
        ("Annual review backlog cleared", date(2025, 12, 31), "Slipped"),
        ("New Local Offer website live", date(2025, 9, 30), "Complete"),
        ("Neurodevelopmental pathway launched", date(2026, 3, 31), "On track"),
    ]
    assert [r.mitigation for r in got["risks"]] == [
        "Agency cover agreed; joint recruitment campaign with neighbouring ICB",
        "Extra panel sitting each month from October",
    ]


def test_actions_and_measures_printed_as_labelled_forms_with_a_heading_between() -> None:
    """Carnforth: each action a form ("Action 1.1", "What we will do: …", "Lead: …",
    "Timescale: …"), then "Measuring our progress" and measure forms with two dated targets
    in one field ("Targets: 60% by March 2026; 75% by March 2027"). Before, the heading was
    read as the rest of action 2.2's deadline, and the measures took Priority 2's actions."""
    got = extract(UNSEEN / "carnforth-stacked-forms-plan.txt").records
    assert [(a.action_id, a.due_text, a.due_kind) for a in got["actions"]] == [
        ("1.1", "By December 2025", "date"),
        ("1.2", "Spring term 2026", "date"),
        ("2.1", "September 2025", "date"),
        ("2.2", "Monthly from October 2025", "recurring"),
    ]
    assert [(m.text[:30], m.action_refs, m.source) for m in got["measures"]] == [
        ("Percentage of EHC plans issued", [], "SEN2 return"),
        ("Number of children in the earl", [], "School census"),
    ]
    assert targets_of(got, "M2") == [
        ("target", "January 2026", date(2026, 1, 31), 260.0, "count"),
        ("target", "January 2027", date(2027, 1, 31), 300.0, "count"),
        ("baseline", "January 2025", date(2025, 1, 31), 210.0, "count"),
    ]


def test_a_measures_years_printed_down_the_rows_of_a_table_of_its_own() -> None:
    """Dalby: a performance annex, each measure over its own "Year | Target | Actual" table
    (or "Quarter | …"), a baseline year naming itself, later years their targets and actuals.
    Before, the annex gave nothing (W201): only periods across a header made a grid, and a
    PDF's borderless "Year | Target | Actual" named no table."""
    extracted = extract(UNSEEN / "dalby-periods-down-grid-plan.txt")
    got = extracted.records
    assert [(m.measure_id, m.baseline_text) for m in got["measures"]] == [
        ("M1", "38%"), ("M2", "14"), ("M3", None)
    ]  # fmt: skip
    assert targets_of(got, "M1") == [
        ("target", "Target 2024/25", date(2025, 8, 31), 50.0, "percent"),
        ("actual", "Actual 2024/25", date(2025, 8, 31), 47.0, "percent"),
        ("target", "Target 2025/26", date(2026, 8, 31), 60.0, "percent"),
        ("target", "Target 2026/27", date(2027, 8, 31), 75.0, "percent"),
        ("baseline", "2023/24 (baseline)", date(2024, 8, 31), 38.0, "percent"),
    ]
    assert [(t.kind, t.period_end, t.value) for t in got["targets"] if t.measure_id == "M3"] == [
        ("target", date(2025, 6, 30), 52.0),
        ("actual", date(2025, 6, 30), 55.0),
        ("target", date(2025, 9, 30), 48.0),
        ("actual", date(2025, 9, 30), 49.0),
        ("target", date(2025, 12, 31), 44.0),
        ("target", date(2026, 3, 31), 40.0),
    ]
    assert extracted.diagnostics == []


def test_sections_headed_by_the_areas_ids_as_the_plan_writes_them() -> None:
    """Elmhurst: "Area for priority action 1: …" listed, then each section headed "APA1 – …"
    or "AFI1 – …" over actions "APA1.1", "AFI1.1"; a "Start | End" pair, "3/26" and "Start
    of academic year 2026". Before, no heading was a theme (an id set close to its number
    named none), "APA1" was no recommendation's id, and only two fuzzy links were found."""
    got = extract(UNSEEN / "elmhurst-areas-by-id-plan.txt").records
    assert [r.rec_id for r in got["recommendations"]] == ["PA1", "PA2", "AFI1", "AFI2", "AFI3"]
    assert [(a.action_id, a.theme, a.due_date) for a in got["actions"]] == [
        ("APA1.1", "APA1", date(2025, 10, 31)),
        ("APA1.2", "APA1", date(2025, 12, 31)),
        ("APA1.3", "APA1", None),
        ("APA2.1", "APA2", date(2026, 3, 31)),
        ("APA2.2", "APA2", date(2026, 3, 31)),
        ("AFI1.1", "AFI1", None),
        ("AFI2.1", "AFI2", date(2026, 1, 31)),
        ("AFI3.1", "AFI3", date(2026, 8, 31)),
    ]
    assert [(link.rec_id, link.target_id, link.method) for link in got["links"]] == [
        ("PA1", "APA1.1", "section_heading"),
        ("PA1", "APA1.2", "section_heading"),
        ("PA1", "APA1.3", "section_heading"),
        ("PA2", "APA2.1", "section_heading"),
        ("PA2", "APA2.2", "section_heading"),
        ("AFI1", "AFI1.1", "section_heading"),
        ("AFI2", "AFI2.1", "section_heading"),
        ("AFI3", "AFI3.1", "section_heading"),
    ]


def test_a_strategys_record_of_what_children_and_families_said() -> None:
    """Fosbury: each priority heads "What children and families told us", "What we will do"
    (numbered) and "How we will know we have made a difference". Before, what families said
    was read as the priority's objectives."""
    got = extract(UNSEEN / "fosbury-told-us-strategy.txt").records
    sections = [(s.theme, s.section) for s in got["statements"]]
    assert sections.count(("Priority One", "voice")) == 2
    assert sections.count(("Priority One", "objective")) == 3
    assert sections.count(("Priority One", "success")) == 2
    assert sections.count(("Priority Two", "voice")) == 1
    assert [s.text for s in got["statements"] if s.section == "headline"] == [
        "Belonging in local schools", "Ready for adulthood"
    ]  # fmt: skip


def test_a_programmes_risk_register_and_issues_log() -> None:
    """Grantley: "Risk ID | Description | Cause | Consequence | Inherent score | Controls in
    place | Residual score | Owner | Review date" and "Issue ref | Issue | Impact | Action
    taken | Owner | Date raised", under "… Programme / Risk and Issues Log – October 2025".
    Before, the register was no table, the issues were actions due the day they were raised,
    and the log had no title, no date or status, and was called a strategy (its table's
    "sufficiency strategy")."""
    extracted = extract(UNSEEN / "grantley-risk-and-issues-log.txt")
    document = extracted.document
    assert (document.title, document.doc_type, document.report_date, document.overall_status) == (
        "Grantley SEND Improvement Programme Risk and Issues Log – October 2025",
        "highlight_report",
        date(2025, 10, 3),
        "Amber",
    )
    got = extracted.records
    assert got["actions"] == []
    assert [(r.issue, r.mitigation) for r in got["risks"]] == [
        ("Insufficient educational psychologists", "Agency EPs; trainee scheme; advice triage"),
        ("High needs block overspend", "Safety Valve plan; sufficiency strategy"),
        ("Data system migration fails", "Parallel running until sign-off"),
        ("Transport contract ended early", "Emergency contract let; new tender"),
        ("Health advice template not agreed", "Template agreed at DCO forum"),
    ]


def test_leads_printed_as_initials_a_key_names() -> None:
    """Ingleby: "Lead officers" lists "JB – Jo Barnes, Head of SEND Services, Ingleby
    Council", and the lead column prints "JB", "KM", "RP / PCF" under a header "By". Before,
    "KM" was read as the wrapped end of "JB" ("JB KM" for both rows), the initials were the
    roles, and "By" named no column (a "Termly" deadline was lost)."""
    got = extract(UNSEEN / "ingleby-initials-key-plan.txt").records
    assert [(a.lead, a.lead_roles, a.lead_orgs, a.due_kind) for a in got["actions"]] == [
        ("JB", ["Head of SEND Services"], ["Ingleby Council"], "date"),
        ("KM", ["Designated Clinical Officer"], ["Ingleby ICB"], "date"),
        ("RP / PCF", ["Principal Educational Psychologist"], ["PCF"], "date"),
        ("PCF & JB", ["Head of SEND Services"], ["PCF", "Ingleby Council"], "recurring"),
    ]


def test_progress_rated_by_symbols_a_key_names() -> None:
    """Hexham: "Key: ✔ complete; ▲ on track; ● at risk; ✖ off track" over a "Progress"
    column of those symbols, and an "Action" column of ids before "What good looks like".
    Before, the symbols told no status: the column was read as commentary."""
    got = extract(UNSEEN / "hexham-symbol-status-plan.txt").records
    assert [(a.action_id, a.status) for a in got["actions"]] == [
        ("1a", "✔"), ("1b", "▲"), ("1c", "●"), ("2a", "✔"), ("2b", "✖")
    ]  # fmt: skip
    assert [link.rec_id for link in got["links"]] == ["W1", "W1", "W1", "W2", "W2"]


def test_milestones_listed_on_lines_of_their_own_under_each_action() -> None:
    """Jesmond: "3.1 | Launch a … toolkit | Head of Inclusion | | Amber" over lines "- Draft
    shared with SENCOs | | Oct 2025", "- Toolkit published | | Jan 2026". Before, from the
    second milestone on each was an action of its own (A1, A2, A3)."""
    got = extract(UNSEEN / "jesmond-milestone-lines-plan.txt").records
    assert [(a.action_id, a.due_text, a.due_date, a.status) for a in got["actions"]] == [
        ("3.1", "Oct 2025 Jan 2026 Apr 2026", date(2026, 4, 30), "Amber"),
        ("3.2", "Sept 2026", date(2026, 9, 30), "Green"),
        ("3.3", "Dec 2025 Jul 2026", date(2026, 7, 31), "Green"),
    ]


def test_a_reports_actions_with_their_fields_written_as_sentences() -> None:
    """Morpeth: "1.1 Recruit locum educational psychologists. Lead: Principal EP. Due: April
    2025. Status: Complete." under "AFI 1 – Timeliness of assessments", in an "Improvement
    Plan Monitoring Report". Before, no line was an action (W202), and once they were, the
    report read them again as its headlines and updates."""
    extracted = extract(UNSEEN / "morpeth-sentence-fields-report.txt")
    assert extracted.document.doc_type == "highlight_report"
    got = extracted.records
    assert [(a.action_id, a.lead, a.due_date, a.status) for a in got["actions"]] == [
        ("1.1", "Principal EP", date(2025, 4, 30), "Complete"),
        ("1.2", "SEND Manager", date(2025, 5, 31), "Complete"),
        ("1.3", "Head of SEND", date(2025, 12, 31), "On track"),
        ("2.1", "PfA Coordinator", date(2025, 6, 30), "Delayed"),
        ("2.2", "Head of Adult Social Care", date(2025, 9, 30), "On track"),
    ]
    assert [(link.rec_id, link.method) for link in got["links"]][::2] == [
        ("AFI1", "section_heading"), ("AFI1", "section_heading"), ("AFI2", "section_heading")
    ]  # fmt: skip
    assert got["statements"] == []


def test_accountable_and_responsible_leads_in_a_markdown_table() -> None:
    """Lambton: "Ref | Action | Accountable | Responsible | Start | Finish | Status" as a
    markdown table under "Outcome 1: …"; both leads are the row's, accountable first."""
    got = extract(UNSEEN / "lambton-accountable-responsible-plan.md").records
    assert [(a.action_id, a.lead_roles, a.start_date, a.due_date) for a in got["actions"]] == [
        ("1.1", ["Director of Education", "Early Years Manager"], date(2025, 4, 30),
         date(2025, 9, 30)),
        ("1.2", ["Director of Education", "Inclusion Lead"], date(2025, 9, 30),
         date(2026, 3, 31)),
        ("1.3", ["DCO", "Health Visiting Manager"], date(2026, 1, 31), date(2026, 7, 31)),
        ("2.1", ["Assistant Director SEND", "Participation Lead"], date(2025, 6, 30),
         date(2025, 12, 31)),
    ]  # fmt: skip


def test_kpis_numbered_in_a_column_of_their_own_beside_their_definitions() -> None:
    """Netherby: "KPI | Definition | 2024/25 baseline | 2025/26 | 2026/27 | 2027/28 |
    Polarity", a target of "Maintain" for two years. Before, each measure was named "KPI 1"
    with its definition in its baseline, and "Maintain" named the series of the figures
    after it."""
    got = extract(UNSEEN / "netherby-kpi-definition-grid-plan.txt").records
    assert [(m.measure_id, m.text[:32]) for m in got["measures"]] == [
        ("KPI 1", "EHC plans issued within 20 weeks"),
        ("KPI 2", "Pupils with EHC plans in mainstr"),
        ("KPI 3", "Permanent exclusions of pupils w"),
        ("KPI 4", "Average days from request to dec"),
        ("KPI 5", "Young people with SEND in educat"),
    ]
    assert targets_of(got, "KPI 5") == [
        ("target", "2027/28", date(2028, 8, 31), 93.0, "percent"),
        ("target", "2025/26", date(2026, 8, 31), None, None),
        ("target", "2026/27", date(2027, 8, 31), None, None),
        ("baseline", "2024/25 baseline", date(2025, 8, 31), 91.5, "percent"),
    ]
    assert {t.series for t in got["targets"]} == {None}


def test_actions_each_an_id_line_over_its_indented_fields() -> None:
    """Otley: "Workstream A – …" over "A1  Commission …" and indented "Lead: …", "Target
    date: …", "Measure of success: …". Before, the plan gave nothing (W201): an id line needed
    a label ("Action A1"), and "Workstream A" headed nothing."""
    got = extract(UNSEEN / "otley-id-over-fields-plan.txt").records
    assert [(a.action_id, a.theme, a.lead_roles, a.due_date) for a in got["actions"]] == [
        ("A1", "Workstream A", ["Head of Children's Commissioning"], date(2026, 4, 30)),
        ("A2", "Workstream A", ["Local Offer Manager"], date(2025, 10, 31)),
        ("B1", "Workstream B", ["OT Service Manager"], date(2026, 7, 31)),
    ]


def test_a_report_rated_blue_red_amber_green_as_at_a_date() -> None:
    """Rainford: "As at 30 September 2025" and "Overall BRAG: Amber" on the cover, a
    milestone tracker "Ref | Milestone | Owner | Due | BRAG | Trend | Commentary" with arrows
    for the trend. Before, the report had no date and no overall status."""
    extracted = extract(UNSEEN / "rainford-brag-trend-report.txt")
    document = extracted.document
    assert (document.report_date, document.overall_status) == (date(2025, 9, 30), "Amber")
    assert [(a.action_id, a.status) for a in extracted.records["actions"]] == [
        ("M1", "Blue"), ("M2", "Red"), ("M3", "Green")
    ]  # fmt: skip


def test_improvement_areas_over_actions_with_their_fields_on_the_line_below() -> None:
    """Suttonfield: "Improvement area 1: Early help" over "1.1 Recruit …" and a line "Lead:
    … | Deadline: … | RAG: …". Before, the actions sat under no theme."""
    got = extract(UNSEEN / "suttonfield-improvement-areas-plan.txt").records
    assert [(a.action_id, a.theme, a.due_kind, a.status) for a in got["actions"]] == [
        ("1.1", "Improvement area 1", "date", "Green"),
        ("1.2", "Improvement area 1", "date", "Amber"),
        ("2.1", "Improvement area 2", "tbc", "Red"),
    ]


def test_actions_citing_the_areas_they_answer_in_brackets_after_their_words() -> None:
    """Ulverston: areas listed "1. Leaders should …", actions "Recruit four EHC coordinators
    (AFI 1)", "… (AFIs 1 and 3)". Before, the brackets cited nothing and no link was made."""
    got = extract(UNSEEN / "ulverston-cited-in-text-plan.txt").records
    assert [a.refs for a in got["actions"]] == [
        ["AFI1"], ["AFI2"], ["AFI1", "AFI3"], ["AFI3"], []
    ]  # fmt: skip
    assert [(link.rec_id, link.target_id, link.method) for link in got["links"]] == [
        ("1", "1", "cited_in_row"),
        ("2", "2", "cited_in_row"),
        ("1", "3", "cited_in_row"),
        ("3", "3", "cited_in_row"),
        ("3", "4", "cited_in_row"),
    ]


def test_list_cells_an_export_broke_at_their_line_breaks() -> None:
    """Wem: tab-separated rows whose "Actions" cell, a bulleted list, kept its line breaks,
    so each row's owner, timescale and impact follow the list's last item on the next line.
    Before, the first item was an action with no lead and "Recruit two coordinators" was
    lost (read as an objective row over the next line)."""
    got = extract(UNSEEN / "wem-list-cells-broken-plan.txt").records
    assert [(a.objective, a.text, a.lead, a.due_date) for a in got["actions"]] == [
        (
            "Children's needs identified early",
            "• Train all health visitors in the ASQ • Publish an early years SEND toolkit",
            "Early Years Lead",
            date(2025, 12, 31),
        ),
        (
            "Timely EHC plans",
            "• Recruit two coordinators • Introduce weekly panel",
            "SEND Manager",
            date(2026, 4, 30),
        ),
    ]


def test_an_extract_whose_utf8_was_read_as_windows_1252() -> None:
    """Bampton: every dash, quote and bullet printed as "â€“", "â€™", "â€¢" (UTF-8 read as
    Windows-1252 by a converter and saved again). Before, the areas were no recommendations
    ("Area for improvement 1 â€“ …"), roles ended "Head of Early Years â€“" and the text kept
    the mangled characters."""
    extracted = extract(UNSEEN / "bampton-mojibake-plan.txt")
    got = extracted.records
    assert extracted.document.title == (
        "Bampton Local Area Partnership – SEND Improvement Plan 2025–27"
    )
    assert [(r.rec_id, r.text) for r in got["recommendations"]] == [
        ("AFI1", "Children’s needs are identified and met early"),
        ("AFI2", "Families’ experience of the EHC process improves"),
    ]
    assert [(a.action_id, a.lead_roles, a.lead_orgs) for a in got["actions"]] == [
        ("1.1", ["Head of Early Years"], ["Bampton Council"]),
        ("1.2", ["Designated Clinical Officer"], ["ICB"]),
        ("2.1", ["Head of SEND Service"], []),
        ("2.2", ["SEND Manager"], ["Bampton Council"]),
    ]
    assert got["actions"][2].text == (
        "• Publish a parents’ guide to EHC assessment • Hold termly “drop-in” sessions"
    )
    assert [d.code for d in extracted.diagnostics] == ["W104"]


def test_header_names_set_over_two_lines() -> None:
    """Ditchling: "No. | Action | Lead | Target | Progress" over " | | officer | date | RAG".
    Before, "Target" alone named a grid's target column and no action had a deadline."""
    got = extract(UNSEEN / "ditchling-two-line-header-plan.txt").records
    assert [(a.action_id, a.lead, a.due_date, a.status) for a in got["actions"]] == [
        ("1.1", "Head of SEND", date(2025, 10, 31), "Green"),
        ("1.2", "SEND Manager", date(2025, 12, 31), "Amber"),
        ("2.1", "Post-16 Lead", date(2026, 3, 31), "Red"),
        ("2.2", "Head of Adult Social Care", date(2026, 6, 30), "Green"),
    ]


def test_a_stretch_target_beside_the_years_targets() -> None:
    """Egremont: "Baseline (Aug 2024) | Year 1 target (2025/26) | Year 2 target (2026/27) |
    Stretch target (2027/28)". Before, the stretch column named nothing, so each row's values
    were read as shifted: the baseline took Year 1's value and each year the next one's. M4
    ("… feel listened to") took M5 in (its words end in a preposition, and "M5" was not read
    as an id), and M5's data owner "Post-16 Lead" was a value of -16."""
    got = extract(UNSEEN / "egremont-stretch-target-grid-plan.txt").records
    assert [m.baseline_text for m in got["measures"]] == [
        "38%", "14", "112 days", "1 in 3", "81%", "52%", "46", "41%"
    ]  # fmt: skip
    assert targets_of(got, "M1") == [
        ("target", "Year 1 target (2025/26)", date(2026, 8, 31), 60.0, "percent"),
        ("target", "Year 2 target (2026/27)", date(2027, 8, 31), 75.0, "percent"),
        ("target", "Stretch target (2027/28)", date(2028, 8, 31), 90.0, "percent"),
        ("baseline", "Baseline (Aug 2024)", date(2024, 8, 31), 38.0, "percent"),
    ]
    assert [t.value for t in got["targets"] if t.measure_id == "M3"] == [90, 60, 42, 112]


def test_a_programme_report_with_a_reporting_period_achievements_and_decisions() -> None:
    """Frodsham: one programme's report, no workstream headings: "Reporting period: 1 October
    2025 to 31 October 2025", "Key achievements this period" and "Decisions required from the
    Board" over bullets, a milestone table and a scored risk register. Before, the report ran
    from 2025 to 2031 ("2025 to 31") and neither list gave a statement."""
    extracted = extract(UNSEEN / "frodsham-scored-risks-report.txt")
    document, got = extracted.document, extracted.records
    assert (document.doc_type, document.report_date, document.overall_status) == (
        "highlight_report", date(2025, 10, 31), "Amber"
    )  # fmt: skip
    assert (document.period_start, document.period_end) == (None, None)
    assert [(s.theme, s.section) for s in got["statements"]] == [
        (None, "update"), (None, "update"), (None, "decision")
    ]  # fmt: skip
    assert [(a.objective, a.due_date, a.status) for a in got["actions"]] == [
        ("Assessment", date(2025, 11, 30), "Amber"),
        ("Assessment", date(2025, 8, 31), "Complete"),
        ("Inclusion", date(2026, 1, 31), "Red"),
        ("Preparing for adulthood", date(2026, 3, 31), "Green"),
    ]
    assert [r.issue for r in got["risks"]] == [
        "Educational psychology vacancies delay statutory advice",
        "High needs block overspend limits new specialist places",
        "Parent confidence remains low after the inspection",
    ]


def test_steps_lettered_in_a_column_beside_the_id_printed_once() -> None:
    """Holsworthy: "Ref | Step | Action | …" with "1.1 | a | …" over " | b | …", " | c | …".
    Before, the letters were read as nothing: 1.1's first step took its id and the others
    were A1, A2… as if unnumbered."""
    got = extract(UNSEEN / "holsworthy-lettered-steps-plan.txt").records
    assert [a.action_id for a in got["actions"]] == [
        "1.1a", "1.1b", "1.1c", "1.2a", "1.2b", "2.1a", "2.1b"
    ]  # fmt: skip
    assert [a.lead for a in got["actions"]][1:3] == ["Early Years Lead", "Head of SEND"]


def test_markdown_forms_listing_their_fields_as_bold_labelled_bullets() -> None:
    """Ledbury: "### Action 1.1 – Recruit …" over "- **Lead:** Head of SEND (Ledbury
    Council)", "- **Due:** October 2025", "- **RAG:** Green". Before, bullets were never a
    form's fields, and the plan gave nothing (W201)."""
    got = extract(UNSEEN / "ledbury-markdown-forms-plan.md").records
    assert [(a.action_id, a.lead, a.due_kind, a.status) for a in got["actions"]] == [
        ("1.1", "Head of SEND (Ledbury Council)", "date", "Green"),
        ("1.2", "Principal Educational Psychologist", "recurring", "Amber"),
        ("2.1", "Post-16 Lead", "tbc", "Red"),
    ]


def test_ligatures_a_pdfs_fonts_left_in_the_text() -> None:
    """Nantwich: "Designated Clinical Oﬃcer", "identiﬁed", "staﬀ" as a PDF's text keeps its
    typographic ligatures. Before, the roles and words kept them, and matched nothing typed."""
    got = extract(UNSEEN / "nantwich-ligatures-plan.txt").records
    assert [(a.lead_roles, a.lead_orgs) for a in got["actions"]] == [
        (["Designated Clinical Officer"], ["ICB"]),
        (["Head of SEND"], []),
        (["Chief Officer"], ["Nantwich Parent Carer Forum"]),
    ]
    assert got["actions"][0].text == (
        "Train staff in every early years setting to identify needs first"
    )


def test_actions_numbered_under_the_area_they_answer() -> None:
    """Olney: areas listed "AFI1: …", "AFI2: …", then one table of actions "AFI1.1", "AFI1.2",
    "AFI2.1" under no area heading. Before, no link was made: each id cites its area."""
    got = extract(UNSEEN / "olney-rec-prefixed-ids-plan.txt").records
    assert [(link.rec_id, link.target_id, link.method) for link in got["links"]] == [
        (f"AFI{n}", f"AFI{n}.{k}", "cited_in_row")
        for n, k in [(1, 1), (1, 2), (1, 3), (2, 1), (2, 2), (3, 1), (3, 2), (3, 3)]
    ]


def test_a_priority_column_of_codes_a_key_names() -> None:
    """Padstow: "P1 – Timely, good quality EHC plans" listed under "Our priorities", then a
    table "Priority | Ref | Action | …" whose priority cells are "P1", "P2". Before, a code
    of two characters was read as a converter's debris and the actions had no objective."""
    got = extract(UNSEEN / "padstow-priority-codes-plan.txt").records
    assert [(a.action_id, a.objective_id, a.objective) for a in got["actions"]] == [
        ("1", "P1", "Timely, good quality EHC plans"),
        ("2", "P1", "Timely, good quality EHC plans"),
        ("3", "P2", "Inclusion in mainstream schools"),
        ("4", "P2", "Inclusion in mainstream schools"),
        ("5", "P3", "Preparing for adulthood"),
    ]


def test_what_who_when_columns_and_a_start_labelled_in_the_when() -> None:
    """Quorn: "Ref | What | Who | When | Progress", each When "Start: Sep 2025 End: Dec
    2025". Before, "What" named no column, so the plan gave nothing (W201); the start was
    never read from a deadline's cell."""
    got = extract(UNSEEN / "quorn-what-who-when-plan.txt").records
    assert [(a.action_id, a.start_date, a.due_date) for a in got["actions"]] == [
        ("1a", date(2025, 9, 30), date(2025, 12, 31)),
        ("1b", date(2025, 10, 31), date(2026, 1, 31)),
        ("1c", date(2025, 11, 30), date(2026, 2, 28)),
        ("2a", date(2026, 1, 31), date(2026, 3, 31)),
        ("2b", date(2026, 2, 28), date(2026, 6, 30)),
        ("2c", date(2025, 9, 30), date(2026, 4, 30)),
    ]


def test_a_markdown_report_rating_its_workstreams_last_period_and_now() -> None:
    """Sedbergh: "**Report date:** 14 November 2025" and "**Overall RAG:** Amber" on the
    cover, a workstream table "RAG (last) | RAG (now) | Progress this period | Next steps".
    Before, the bold lines were read as bullets ("*Report date: …", run into the title), so
    the report had no date and no overall status, and no column gave the statements a RAG."""
    extracted = extract(UNSEEN / "sedbergh-rag-last-now-report.md")
    document, got = extracted.document, extracted.records
    assert document.title == "Sedbergh SEND Improvement Programme – Highlight Report"
    assert (document.report_date, document.overall_status) == (date(2025, 11, 14), "Amber")
    assert [(s.theme, s.section, s.status) for s in got["statements"]][::2] == [
        ("Assessment and EHC plans", "update", "Amber"),
        ("Inclusion", "update", "Amber"),
        ("Preparing for adulthood", "update", "Red"),
    ]


def test_tables_captioned_with_the_priority_they_hold() -> None:
    """Uffington: "Table 1: Actions for Priority 1 – Timely assessment" over each table, a
    "Source: …" line under it. Before, the caption named no theme and the actions sat under
    none."""
    got = extract(UNSEEN / "uffington-captioned-tables-plan.txt").records
    assert [(a.action_id, a.theme) for a in got["actions"]] == [
        ("1.1", "Priority 1"), ("1.2", "Priority 1"), ("1.3", "Priority 1"),
        ("2.1", "Priority 2"), ("2.2", "Priority 2"), ("2.3", "Priority 2"),
    ]  # fmt: skip


def test_areas_listed_under_the_2023_frameworks_own_heading() -> None:
    """Wadebridge: "What does the local area partnership need to do to improve?" (the
    heading a 2023-framework report sets over its areas for improvement) over unnumbered
    bullets. Before, the plan had no recommendations."""
    got = extract(UNSEEN / "wadebridge-what-to-improve-plan.txt").records
    assert [(r.rec_id, r.text[:30]) for r in got["recommendations"]] == [
        ("1", "Leaders across the partnership"),
        ("2", "Leaders should strengthen how "),
        ("3", "Health leaders should reduce t"),
    ]


def test_areas_named_in_a_word_or_two_in_the_actions_rows() -> None:
    """Yarcombe: the areas listed "1. Leaders should improve the timeliness …", and an
    "Area for improvement" column naming each row's area by a word or two ("Timeliness",
    "Co-production", "Quality of plans"). Before, the names were dropped and no link made."""
    got = extract(UNSEEN / "yarcombe-areas-named-in-words-plan.txt").records
    assert [a.theme for a in got["actions"]][::2] == [
        "Timeliness", "Co-production", "Quality of plans"
    ]  # fmt: skip
    assert [(link.rec_id, link.target_id, link.method) for link in got["links"]] == [
        ("1", "1.1", "fuzzy"), ("1", "1.2", "fuzzy"), ("2", "1.3", "fuzzy"),
        ("2", "1.4", "fuzzy"), ("3", "1.5", "fuzzy"), ("3", "1.6", "fuzzy"),
    ]  # fmt: skip


def test_a_performance_report_naming_its_kpis_in_one_column_and_measures_in_the_next() -> None:
    """Zeals: "KPI | Measure | Target 2025/26 | Q1 actual | Q2 actual | Trend". Before, both
    columns were measures: each was named "KPI 1" and its words read as its baseline ("EHC
    plans issued within 20 weeks" gave a baseline of 20 weeks); the performance report was
    no highlight report."""
    extracted = extract(UNSEEN / "zeals-kpi-measure-columns-report.txt")
    got = extracted.records
    assert extracted.document.doc_type == "highlight_report"
    assert [(m.measure_id, m.baseline_text) for m in got["measures"]][:2] == [
        ("KPI 1", None), ("KPI 2", None)
    ]  # fmt: skip
    assert got["measures"][0].text == "EHC plans issued within 20 weeks"
    first = [(t.kind, t.period_label, t.value) for t in got["targets"] if t.measure_id == "KPI 1"]
    assert first == [
        ("target", "Target 2025/26", 60.0), ("actual", "Q1 actual", 42.0),
        ("actual", "Q2 actual", 48.0),
    ]  # fmt: skip


def test_a_spreadsheet_tracker_naming_each_rows_priority_in_a_column() -> None:
    """Wolsingham: a tracker saved as CSV, title rows over the header, "Priority 1: Timely
    assessment" in the first row of each priority's rows, a cell broken over two lines.
    Before, the priority's label was part of the objective and no action had a theme."""
    got = extract(UNSEEN / "wolsingham-priority-column-tracker.csv").records
    assert [(a.action_id, a.theme, a.objective) for a in got["actions"]] == [
        ("1.1", "Priority 1", "Timely assessment"),
        ("1.2", "Priority 1", "Timely assessment"),
        ("2.1", "Priority 2", "Inclusion"),
        ("2.2", "Priority 2", "Inclusion"),
    ]
    assert got["actions"][1].text == "Introduce a weekly multi-agency panel"


def test_a_plan_printing_its_leads_in_capitals() -> None:
    """Market Drayton: every lead in capitals ("HEAD OF SEND", "SEND MANAGER"). Before, no
    role word was found in capitals, so "SEND MANAGER" was read as the wrapped end of the
    lead above ("HEAD OF SEND SEND MANAGER", twice)."""
    got = extract(UNSEEN / "market-drayton-capitals-plan.txt").records
    assert [(a.lead, a.lead_roles, a.lead_orgs) for a in got["actions"]] == [
        ("HEAD OF SEND", ["Head of SEND"], []),
        ("SEND MANAGER", ["SEND Manager"], []),
        ("PRINCIPAL EDUCATIONAL PSYCHOLOGIST", ["Principal Educational Psychologist"], []),
        ("POST-16 LEAD", ["Post-16 Lead"], []),
        ("HEAD OF ADULT SOCIAL CARE", ["Head of Adult Social Care"], []),
        ("DESIGNATED CLINICAL OFFICER (ICB)", ["Designated Clinical Officer"], ["ICB"]),
    ]


def test_a_scanned_plans_misread_ids_dates_and_role_words() -> None:
    """Bowland: an OCR'd plan printing "l.1", "I.4", "Oct 2O25", "SEND Manaqer", "Desiqnated
    Clinical Offlcer". Before, "Manaqer" was no role word, so "SEND Manaqer" was read as the
    wrapped end of the lead above ("Head of SEND SEND Manaqer", twice)."""
    got = extract(UNSEEN / "bowland-ocr-leads-plan.txt").records
    assert [(a.action_id, a.lead_roles, a.due_date) for a in got["actions"]] == [
        ("1.1", ["Head of SEND"], date(2025, 10, 31)),
        ("1.2", ["SEND Manager"], date(2025, 12, 31)),
        ("1.3", ["Head of Perfonnance"], date(2026, 1, 31)),
        ("1.4", ["Principal EP"], date(2026, 3, 31)),
        ("2.1", ["Post-16 Lead"], date(2026, 1, 31)),
        ("2.2", ["Designated Clinical Officer"], date(2026, 4, 30)),
    ]


def test_a_reports_milestones_asked_after_with_yes_and_no() -> None:
    """Corbridge: "Workstream | Milestone | Due | Achieved? | Comment", each answered "Yes",
    "No" or "Partly". Before, "Achieved?" named no column, and a milestone of three words
    with no lead and no status ("Launch weekly panel") was read as a grid's cells: dropped."""
    got = extract(UNSEEN / "corbridge-achieved-milestones-report.txt").records
    assert [(a.action_id, a.text, a.status) for a in got["actions"]] == [
        ("A1", "Recruit three EHC coordinators", "Yes"),
        ("A2", "Launch weekly panel", "No"),
        ("A3", "Publish OAP guide", "Partly"),
        ("A4", "Agree charter wording", "Yes"),
        ("A5", "Open internship route", "No"),
    ]


def test_deadline_cells_pointing_to_the_action_or_the_row_above() -> None:
    """Eskdale: timescales "See action", "As per milestones" (the dates are in the action's
    words) and "As above", "Ditto" (the row above's). Before, none was understood (W401)."""
    got = extract(UNSEEN / "eskdale-see-action-plan.txt").records
    assert [(a.action_id, a.due_text, a.due_date) for a in got["actions"]] == [
        ("1.1", "See action", date(2025, 10, 31)),
        ("1.2", "As above", date(2025, 10, 31)),
        ("1.3", "As per milestones", date(2025, 11, 30)),
        ("2.1", "See action", date(2026, 1, 31)),
        ("2.2", "Ditto", date(2026, 1, 31)),
    ]


def test_rows_a_tab_export_printed_without_an_empty_cell() -> None:
    """Hawes: rows that print no cell at all for an empty lead or deadline ("1.2 | Train …
    | Dec 2025 | Amber", "1.4 | Agree … | Participation Lead | Green"). Before, the cells
    were padded at the end: 1.2's action was its lead and its id its text, and 1.4's status
    its deadline."""
    got = extract(UNSEEN / "hawes-cells-dropped-plan.txt").records
    assert [(a.action_id, a.text[:12], a.lead, a.due_date, a.status) for a in got["actions"]] == [
        ("1.1", "Recruit thre", "Head of SEND", date(2025, 10, 31), "Green"),
        ("1.2", "Train every ", "Head of SEND", date(2025, 12, 31), "Amber"),
        ("1.3", "Publish time", "Head of Performance", date(2026, 1, 31), None),
        ("1.4", "Agree a co-p", "Participation Lead", None, "Green"),
        ("2.1", "Publish a po", "Post-16 Lead", date(2026, 3, 31), "Red"),
        ("2.2", "Agree a tran", "Post-16 Lead", date(2026, 4, 30), "Amber"),
    ]


def test_actions_listed_as_bullets_with_their_lead_and_date_after_dashes() -> None:
    """Appleby: under each "Recommendation N: …", bullets "• Recruit three EHC coordinators –
    Head of SEND – October 2025". Before, only a line opening with an id was read so: the plan
    gave no actions (W202)."""
    got = extract(UNSEEN / "appleby-dashed-bullets-plan.txt").records
    assert [(a.theme, a.lead, a.due_date) for a in got["actions"]][:3] == [
        ("Recommendation 1", "Head of SEND", date(2025, 10, 31)),
        ("Recommendation 1", "SEND Manager", date(2025, 12, 31)),
        ("Recommendation 1", "Head of Performance", date(2025, 11, 30)),
    ]
    assert [(link.rec_id, link.target_id) for link in got["links"]] == [
        ("R1", "A1"), ("R1", "A2"), ("R1", "A3"), ("R2", "A4"), ("R2", "A5"),
        ("R3", "A6"), ("R3", "A7"),
    ]  # fmt: skip


def test_a_strategy_setting_out_its_ambitions_as_rows_of_a_table() -> None:
    """Lanchester: "Ambition | What we will do | How we will know", one ambition a row. Before,
    the strategy gave nothing (W201): the table was no action table and no bullets."""
    got = extract(UNSEEN / "lanchester-ambitions-table-strategy.txt").records
    assert [(s.theme, s.section, s.text[:20]) for s in got["statements"]][:3] == [
        ("Ambition 1", "headline", "Needs are identified"),
        ("Ambition 1", "objective", "Train every early ye"),
        ("Ambition 1", "success", "More children have n"),
    ]
    assert len(got["statements"]) == 12


def test_a_plan_with_a_contents_page_listing_its_areas() -> None:
    """Oakworth: a contents page ("Area for improvement 1: Timeliness of EHC plans ......
    4"), the areas listed "1. Leaders should …", then "Area for improvement 1: …" over each
    table. Before, the contents' entries were the areas' texts, leader and page number too,
    and the list gave areas "1" and "2" again beside AFI1 and AFI2."""
    got = extract(UNSEEN / "oakworth-contents-page-plan.txt").records
    assert [(r.rec_id, r.text) for r in got["recommendations"]] == [
        ("AFI1", "Leaders should improve the timeliness of EHC plans."),
        ("AFI2", "Leaders should improve co-production with families."),
    ]
    assert [(link.rec_id, link.target_id) for link in got["links"]] == [
        ("AFI1", "1.1"), ("AFI2", "2.1")
    ]  # fmt: skip


def test_a_table_of_milestones_under_each_action_form() -> None:
    """Sedgefield: "Action 1.1: Recruit …" and "Lead: …" over a table "Milestone | Date |
    Status". Before, each milestone was an action of its own (A1, A2…) and 1.1 had no date."""
    got = extract(UNSEEN / "sedgefield-milestone-tables-plan.txt").records
    assert [(a.action_id, a.lead, a.due_date) for a in got["actions"]] == [
        ("1.1", "Head of SEND", date(2025, 10, 31)),
        ("1.2", "SEND Manager", date(2025, 11, 30)),
    ]
    assert got["actions"][1].text == (
        "Introduce a weekly decision panel → Terms of reference agreed, Sep 2025 (Complete)"
        " → First panel held, Nov 2025 (On track)"
    )


def test_the_person_in_post_in_a_column_of_their_own() -> None:
    """Alnmouth: "Lead name | Lead role | Lead organisation", names the gazetteer does not
    know ("Zebedee Quill"). Before, the name column was a second lead column and an unknown
    name was read as a role ("Zebedee Quill; Designated Clinical Officer")."""
    got = extract(UNSEEN / "alnmouth-lead-name-column-plan.txt").records
    assert [(a.lead, a.lead_roles) for a in got["actions"]][:3] == [
        ("Jane Smith; Head of SEND, Alnmouth Council", ["Head of SEND"]),
        ("Zebedee Quill; Designated Clinical Officer, NHS North East ICB",
         ["Designated Clinical Officer"]),
        ("Head of Performance, Alnmouth Council", ["Head of Performance"]),  # no one named
    ]  # fmt: skip
    assert [a.lead_roles for a in got["actions"]][3:] == [
        ["Post-16 Lead"], ["Head of Adult Social Care"]
    ]  # fmt: skip
