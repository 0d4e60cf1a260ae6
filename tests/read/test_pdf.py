"""PDF reader: bad PDFs get one clear reason each; a real corpus PDF yields tables and pages."""

from pathlib import Path

import pytest

from planparse.errors import NoTextLayerError, ReadError
from planparse.read.pdf import read_pdf
from planparse.read.pdf_cells import tidy_table
from planparse.read.raw import Block

from ..conftest import CORPORA

EMPTY_PAGE_PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
    b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]>>endobj\n"
    b"trailer<</Root 1 0 R>>\n%%EOF\n"
)


def _table_rows(name: str, page: int) -> list[list[str]]:
    """The rows of every ruled table `_page_items` reads on a corpus PDF's page (1-based)."""
    import pdfplumber

    from planparse.read.pdf import _page_items

    with pdfplumber.open(CORPORA / name) as pdf:
        items, _ = _page_items(pdf.pages[page - 1])
    return [row for _, kind, payload in items if kind == "table" for row in payload]


def test_zero_byte(tmp_path: Path) -> None:
    path = tmp_path / "zero.pdf"
    path.write_bytes(b"")
    with pytest.raises(ReadError, match="zero.pdf: empty file"):
        read_pdf(path)


def test_not_a_pdf(tmp_path: Path) -> None:
    path = tmp_path / "notes.pdf"
    path.write_text("Just some notes")
    with pytest.raises(ReadError, match="not a PDF"):
        read_pdf(path)


def test_truncated(tmp_path: Path) -> None:
    data = (CORPORA / "hounslow-send-ap-strategic-improvement-plan-2025.pdf").read_bytes()
    path = tmp_path / "truncated.pdf"
    path.write_bytes(data[:2000])
    with pytest.raises(ReadError, match="truncated.pdf"):
        read_pdf(path)


def test_no_text_layer(tmp_path: Path) -> None:
    path = tmp_path / "scan.pdf"
    path.write_bytes(EMPTY_PAGE_PDF)
    with pytest.raises(NoTextLayerError, match="no text layer"):
        read_pdf(path)


def test_corpus_pdf_has_pages_and_table_rows() -> None:
    raw = read_pdf(CORPORA / "hillingdon-send-improvement-plan-2024-28.pdf")
    assert raw.page_count and raw.page_count > 5
    rows = [b for b in raw.blocks if b.kind == "row"]
    assert rows and all(b.page for b in raw.blocks if b.kind != "blank")
    assert not any(b.text.upper() == "OFFICIAL" for b in raw.blocks)


def test_tidy_table_drops_empty_columns_and_folds_two_row_header() -> None:

    rows = [
        ["Areas for Improvement", "", "", "Actions", "", "Timeframe"],
        ["", "", "", "", "Lead", ""],
        ["1.0 Leaders", "", "1.1.1", "Restructure", "Officer", "April 2025"],
    ]
    assert tidy_table(rows) == [
        ["Areas for Improvement", "", "Actions", "Lead", "Timeframe"],
        ["1.0 Leaders", "1.1.1", "Restructure", "Officer", "April 2025"],
    ]


def test_stacked_tables_split_at_their_headers_and_two_row_header_kept_whole() -> None:
    from planparse.read.pdf_cells import split_at_headers

    rows = [
        ["Areas for Improvement", "Actions", "Lead", "Timeframe"],
        ["1.0 Leaders", "Restructure", "Officer", "April 2025"],
        ["", "", "Lead", "Timeframe"],
        ["Areas for Improvement", "Actions", "", ""],
        ["1.2 Voice", "Through events", "Designated SEND Officer", "April 2025"],
    ]
    parts = split_at_headers(rows)
    assert [len(p) for p in parts] == [2, 3]


def test_a_bullet_wrapped_over_lines_is_one_bullet() -> None:
    from planparse.read.pdf_lines import join_wrapped_bullets
    from planparse.read.raw import Block

    blocks = [
        Block("line", text="Review and refine early intervention offer"),
        Block(
            "line",
            text="Increasing awareness of Early Help across schools, community and",
            bullet=True,
        ),
        Block("line", text="families"),
        Block("line", text="Next heading"),
    ]
    assert [b.text for b in join_wrapped_bullets(blocks)] == [
        "Review and refine early intervention offer",
        "Increasing awareness of Early Help across schools, community and families",
        "Next heading",
    ]


def line(text: str, x1: float) -> Block:
    """A PDF line outside tables, starting at the left margin and ending at `x1`."""
    return Block("line", text=text, page=1, x0=40.0, x1=x1)


def test_the_longest_heading_on_a_page_of_tables_is_no_wrapped_line() -> None:
    # a page of headings over tables: no lines end together at a margin, so a two-line
    # title takes no heading in; a page of prose sets its margin where its lines end
    from planparse.read.pdf_lines import join_wrapped_bullets

    headings = [
        line("Larchfield Borough Council", 160),
        line("Corporate Plan 2025 to 2028: Year One Delivery Plan", 278),
        line("Priority 1: A thriving local economy", 193),
        line("Priority 2: Healthy and independent residents", 240),
        line("Priority 3: A well-run council", 163),
    ]
    assert join_wrapped_bullets(headings) == headings
    prose = [
        line("The partnership will publish a new local offer website with the", 560),
        line("parent carer forum, and train every SENCO in the graduated", 548),
        line("approach this year.", 140),
        line("We will review the offer each term with families and schools across", 565),
        line("the borough", 90),
    ]
    assert [b.text for b in join_wrapped_bullets(prose)] == [
        "The partnership will publish a new local offer website with the parent carer forum, "
        "and train every SENCO in the graduated approach this year.",
        "We will review the offer each term with families and schools across the borough",
    ]


def test_a_cover_of_short_lines_on_a_wide_page_has_no_margin_to_wrap_at() -> None:
    # Pennington's cover alone on its page: its lines end near one another, but far short of
    # the right of the page (612 points wide), so none is a line the page wrapped
    from planparse.read.pdf_lines import join_wrapped_bullets

    cover = [
        line("Pennington Council and NHS Pennington Place", 251),
        line("SEND Written Statement of Action – Improvement Plan", 285),
        line("September 2025 to August 2026", 184),
        line("Recommendations from the inspection", 211),
        line("The local area partnership should:", 191),
        line("1. Improve the timeliness of annual reviews of EHC plans.", 296),
    ]
    assert join_wrapped_bullets(cover, [612.0]) == cover


def test_a_labelled_line_under_another_is_its_own() -> None:
    # Hatherley's cover facts, each on its own line: "Date completed: …" ends at the page's
    # margin without a full stop, but the labelled line under it is no rest of it
    from planparse.read.pdf_lines import join_wrapped_bullets

    facts = [
        line("Reporting period: 1–31 October 2025, the programme's second month of delivery", 560),
        line("Date completed: 7 November 2025, by the programme office for the SEND board", 555),
        line("Overall status: On track", 150),
        line("The programme is on track for its milestones this month with one at risk.", 550),
        line("Recruitment to two speech and language therapy posts has failed twice.", 540),
    ]
    assert join_wrapped_bullets(facts, [612.0]) == facts


def test_a_theme_heading_under_a_line_as_long_as_the_page_starts_its_own_block() -> None:
    # a one-line action reaching the margin ends with no full stop, as a wrapped line does;
    # the heading under it is no rest of it
    from planparse.read.pdf_lines import join_wrapped_bullets

    blocks = [
        line("1.4 Review the graduated approach guidance with SENCOs", 300),
        line("1.5 Agree a pathway with paediatrics (Term 1 2026/27; Head of SEND)", 560),
        line("Area for improvement 2: Quality of EHC plans", 250),
        line("2.1 Train all SEND caseworkers to write outcomes (SEND Casework Manager)", 555),
        line("2.2 Audit twenty plans each term (Quality Assurance Lead, termly)", 550),
    ]
    assert join_wrapped_bullets(blocks) == blocks


def test_word_symbol_bullet_glyph_marks_a_bullet() -> None:
    from planparse.read.text import lines_to_blocks

    (block,) = lines_to_blocks(["\uf0b7 Increasing awareness of Early Help"])
    assert block.bullet and block.text == "Increasing awareness of Early Help"


@pytest.mark.parametrize(
    ("printed", "read"),
    [
        ("62\n%", "62%"),  # Hillingdon p.19: the sign wrapped under its number
        ("by 2 % each year", "by 2 % each year"),  # p.23: printed with a space, kept
        ("Baseline\nQuarterl\ny", "Baseline Quarterly"),  # a word wrapped before its last letter
        ("Inclusion\nCommitmen\nt will", "Inclusion Commitment will"),
        ("im-\nproving the\nplans", "improving the plans"),
        ("part of\na plan", "part of a plan"),  # "a" is a word
        ("Feb-\n23", "Feb-23"),  # Hull: a month and year wrapped at their hyphen
        ("24-\nApr", "24-Apr"),
        ("inform self-\nevaluation", "inform self-evaluation"),  # a compound keeps its hyphen
        ("a person-\ncentred approach", "a person-centred approach"),
        ("both pre-\nand post-diagnostic", "both pre- and post-diagnostic"),
        ("an easy-to-\nunderstand guide", "an easy-to-understand guide"),
        ("(face-\nto-face or remotely)", "(face-to-face or remotely)"),  # Hillingdon p.5
        ("closing the gap by 3-\n6%", "closing the gap by 3-6%"),  # a range wrapped
        ("Baseline (01.10.23-\n01.10.24)", "Baseline (01.10.23-01.10.24)"),
        ("School Non-\nAttendance", "School Non-Attendance"),  # highlight report p.8
        ("Susp. -\n10%", "Susp. -10%"),  # Hillingdon p.33: a sign wrapped before its number
        ("80% -\n90%", "80% - 90%"),  # after a value the dash is spaced: a range
        ("Baseline June\n2024\n% of students", "Baseline June 2024 % of students"),  # p.30
    ],
)
def test_cells_wrapped_inside_a_token_are_mended(printed: str, read: str) -> None:
    from planparse.read.pdf_cells import cell_text

    assert cell_text(printed) == read


@pytest.mark.parametrize(
    ("printed", "page_prints", "read"),
    [
        # Hounslow p.13 prints "neuro-disability" twice on one line, and once cut at its hyphen
        (
            "for a neuro-\ndisability assessment",
            "neuro-disability",
            "for a neuro-disability assessment",
        ),
        (
            "for a neuro-\ndisability assessment",
            "neurodisability",
            "for a neurodisability assessment",
        ),
        ("inform self-\nevaluation", "selfevaluation", "inform selfevaluation"),
        ("im-\nproving", "", "improving"),  # no evidence on the page: the rules above
    ],
)
def test_a_word_cut_at_a_line_end_is_spelled_as_the_page_prints_it(
    printed: str, page_prints: str, read: str
) -> None:
    from planparse.read.pdf_cells import cell_text

    assert cell_text(printed, frozenset(page_prints.split())) == read


def test_a_deadline_header_one_column_off_its_dates_is_moved_onto_them() -> None:
    # Hounslow p.12: the header row's rules put "Timeframe" one column right of the dates
    rows = [
        ["Areas for Improvement", "", "Actions", "Lead", "", "Timeframe"],
        ["They develop strategies", "4.2.3", "Develop trainers", "", "November 2024", ""],
        ["", "4.2.4", "Launch the new Local Offer website", "", "January 2025", ""],
    ]
    assert tidy_table(rows) == [
        ["Areas for Improvement", "", "Actions", "Lead", "Timeframe"],
        ["They develop strategies", "4.2.3", "Develop trainers", "", "November 2024"],
        ["", "4.2.4", "Launch the new Local Offer website", "", "January 2025"],
    ]


def test_a_header_over_an_empty_column_stays_when_its_neighbour_holds_no_dates() -> None:
    rows = [["Action", "", "Timeframe"], ["Do a thing", "Head of SEND", ""]]
    assert tidy_table(rows) == [["Action", "", "Timeframe"], ["Do a thing", "Head of SEND", ""]]


def test_a_row_continued_without_its_top_rule_is_still_a_table(tmp_path: Path) -> None:
    # Hull accessible PDF p.8: the row carried over from p.7 has side rules and a bottom
    # rule only; without a rule closing the top, pdfplumber found no table on the page
    import pdfplumber

    from planparse.read.pdf import _page_items
    from tests.hostile import page_pdf

    stream = (
        b"0.5 w 50 650 m 50 700 l S 200 650 m 200 700 l S 350 650 m 350 700 l S "
        b"50 650 m 350 650 l S "
        b"BT /F1 10 Tf 55 680 Td (Evaluate the impact) Tj ET "
        b"BT /F1 10 Tf 205 680 Td (Feb-25) Tj ET"
    )
    path = tmp_path / "open-top.pdf"
    path.write_bytes(page_pdf(stream))
    with pdfplumber.open(path) as pdf:
        items, _ = _page_items(pdf.pages[0])
    assert [(kind, payload) for _, kind, payload in items] == [
        ("table", [["Evaluate the impact", "Feb-25"]])
    ]


def test_an_actions_header_over_the_id_column_moves_onto_the_action_texts() -> None:
    # Hounslow p.9: "Actions" is drawn over the id column, the texts two columns right
    rows = [
        ["Areas for Improvement", "", "Actions", "", "", "Lead"],
        ["", "", "", "3.1.3", "Establish an Inclusion Dashboard for schools.", ""],
        ["", "", "", "3.1.4", "Develop termly evaluation of FAP.", ""],
    ]
    header = tidy_table(rows)[0]
    assert header == ["Areas for Improvement", "", "Actions", "Lead"]
    assert tidy_table(rows)[1] == ["", "3.1.3", "Establish an Inclusion Dashboard for schools.", ""]


def test_a_lead_header_one_column_off_its_leads_moves_onto_them() -> None:
    # Hounslow p.10: "Lead" drawn one column right of "Team Lead for Alternative Provision…"
    rows = [
        ["Actions", "", "Lead", "Timeframe"],
        ["Review all existing EHC plans", "Team Lead for Alternative Provision and Pathways", "",
         "February 2025"],
    ]  # fmt: skip
    assert tidy_table(rows)[0] == ["Actions", "Lead", "Timeframe"]


def test_words_in_a_cell_drawn_without_its_rules_are_kept() -> None:
    # Hull p.9: the action column's rule stops a row short, so pdfplumber has no cell for
    # "Implement a partnership wide training offer …" and extract() dropped its words
    rows = _table_rows("hull-send-strategic-plan-2024-27.pdf", 9)
    implement = [r for r in rows if "Jan-24" in r]
    assert len(implement) == 1
    assert implement[0][1].startswith("Implement a partnership wide training offer")


def test_an_actions_header_drawn_over_the_ids_moves_onto_the_texts_beside_them() -> None:
    # Hounslow p.14: "Actions" over the column of ids, the action texts one column right
    rows = tidy_table(
        [
            ["Areas for Improvement", "", "Actions", "", "Lead", "Timeframe"],
            [
                "",
                "",
                "5.2.2",
                "SEND Area Partnership Board to review case studies",
                "",
                "September 2025",
            ],
            ["", "", "5.2.3", "Develop action plan now.", "", "December 2025"],
        ]
    )
    assert rows[0] == ["Areas for Improvement", "", "Actions", "Lead", "Timeframe"]
    assert rows[1][1:3] == ["5.2.2", "SEND Area Partnership Board to review case studies"]


@pytest.mark.parametrize(
    ("name", "page"),
    [
        ("hull-send-strategic-plan-2024-27.pdf", 9),
        ("hillingdon-send-improvement-plan-2024-28.pdf", 29),
    ],
)
def test_cells_from_words_read_what_pdfplumber_extract_reads(name: str, page: int) -> None:
    import pdfplumber

    from planparse.read.pdf import settings_for
    from planparse.read.pdf_cells import cells_from_words

    with pdfplumber.open(CORPORA / name) as pdf:
        p = pdf.pages[page - 1]
        words = p.extract_words(use_text_flow=False, keep_blank_chars=False)
        tables = p.find_tables(settings_for(p))
        assert tables
        assert [cells_from_words(t, words) for t in tables] == [t.extract() for t in tables]


def test_a_word_printed_over_a_cell_edge_stays_whole() -> None:
    # Hillingdon strategy p.1: pdfplumber's extract() cuts "place" into "pla" | "ce"
    import pdfplumber

    from planparse.read.pdf import settings_for
    from planparse.read.pdf_cells import cells_from_words

    with pdfplumber.open(CORPORA / "hillingdon-send-ap-strategy-2023-28.pdf") as pdf:
        p = pdf.pages[0]
        words = p.extract_words(use_text_flow=False, keep_blank_chars=False)
        cells = [
            c for t in p.find_tables(settings_for(p)) for r in cells_from_words(t, words) for c in r
        ]
    assert any(c and c.endswith("in the right place") for c in cells)


def test_a_bullet_line_ending_on_and_goes_on_in_the_next_line() -> None:
    from planparse.read.pdf_lines import join_wrapped_bullets
    from planparse.read.raw import Block

    blocks = [
        Block("line", text="Hillingdon awarded a grant through EBSNA Response and", bullet=True),
        Block("line", text="Outreach Team (EROS)"),
        Block("line", text="Part-time tables protocol is developed.", bullet=True),
        Block("line", text="Risks"),
    ]
    assert [b.text for b in join_wrapped_bullets(blocks)] == [
        "Hillingdon awarded a grant through EBSNA Response and Outreach Team (EROS)",
        "Part-time tables protocol is developed.",
        "Risks",
    ]


def test_lines_a_pdf_wrapped_are_joined_by_where_they_start() -> None:
    # Hillingdon strategy p.3: a bullet's second line starts at its text, right of the glyph;
    # a heading wraps at the right margin and its rest starts where it starts
    from planparse.read.pdf_lines import join_wrapped_bullets
    from planparse.read.raw import Block

    def line(text: str, x0: float, x1: float, bullet: bool = False) -> Block:
        return Block("line", text=text, bullet=bullet, page=3, x0=x0, x1=x1)

    blocks = [
        line("Provide more support to settings. New", 72, 530, bullet=True),
        line("EPS Early Years advisor role to commence", 85, 300),
        line(
            "Review and refine approaches to early identification, assessment and reviewing of",
            58,
            500,
        ),
        line("EHCPs", 58, 90),
        line("Offer support to families while they wait", 72, 400, bullet=True),
        line("Develop clear pathways for support", 58, 260),
        line("Make more support available", 72, 300, bullet=True),
    ]
    assert [b.text for b in join_wrapped_bullets(blocks)] == [
        "Provide more support to settings. New EPS Early Years advisor role to commence",
        "Review and refine approaches to early identification, assessment and reviewing of EHCPs",
        "Offer support to families while they wait",
        "Develop clear pathways for support",
        "Make more support available",
    ]


def test_an_id_line_under_a_form_field_as_long_as_the_page_is_no_rest_of_it() -> None:
    # Otley as a PDF: "Measure of success: … (currently 61%)" reaches the right margin, and
    # "A2  Publish …" under it opens the next action (it was joined to the field)
    from planparse.read.pdf_lines import join_wrapped_bullets
    from planparse.read.raw import Block

    def line(text: str, x1: float) -> Block:
        return Block("line", text=text, page=1, x0=58, x1=x1)

    blocks = [  # a page of prose: its right margin is where three lines or more end
        line("Joint commissioning was an area for improvement in the 2024 inspection and", 540),
        line("the partnership agreed these actions with families.", 300),
        line("Measure of success: 90% of children seen within 18 weeks (currently", 538),
        line("61%)", 80),
        line("Lead: Head of Children's Commissioning in the integrated care board", 536),
        line("A2 Publish the SALT offer on the Local Offer", 300),
    ]
    assert [b.text for b in join_wrapped_bullets(blocks, [560.0])] == [
        "Joint commissioning was an area for improvement in the 2024 inspection and the "
        "partnership agreed these actions with families.",
        "Measure of success: 90% of children seen within 18 weeks (currently 61%)",
        "Lead: Head of Children's Commissioning in the integrated care board",
        "A2 Publish the SALT offer on the Local Offer",
    ]


def test_an_actions_header_over_an_empty_column_moves_onto_the_texts_beside_it() -> None:
    # Hounslow p.8: "Actions" drawn one column left of its texts (p.13: one right)
    rows = tidy_table(
        [
            ["Areas for Improvement", "", "", "Actions", "", "Lead", "Timeframe"],
            [
                "",
                "",
                "2.2.3",
                "",
                "Monitor timeliness of communication to families",
                "",
                "March 2025",
            ],
            [
                "",
                "",
                "2.2.4",
                "",
                "Continue to embed the Quality Assurance Framework",
                "",
                "On-going",
            ],
        ]
    )
    assert rows[0][rows[1].index("Monitor timeliness of communication to families")] == "Actions"


def test_an_id_cell_spanning_several_grid_rows_is_each_rows_id() -> None:
    # Hillingdon pp.17-18: "1.3.3" is drawn once beside two success measures on each page;
    # the rows below the cell's top have no cell of their own in that column
    def ids(page: int) -> list[str]:
        rows = _table_rows("hillingdon-send-improvement-plan-2024-28.pdf", page)
        return [row[0] for row in rows if any("SAS" in c for c in row)]

    assert ids(17) == ["1.3.3", "1.3.3"]
    # the measure after the span has an id cell of its own, empty: it takes none
    assert ids(18) == ["1.3.3", "1.3.3", ""]


def test_a_text_cell_spanning_two_numbered_rows_is_each_rows() -> None:
    # Hillingdon p.29: 4.5.1 and 4.5.2 share one key-area and one action cell, each row with
    # its own id and lead; p.30's "Baseline October 2024" cell beside two series rows of one
    # measure (no ids of their own) is not repeated
    rows = _table_rows("hillingdon-send-improvement-plan-2024-28.pdf", 29)
    shared = {row[0]: row for row in rows if row[0] in ("4.5.1", "4.5.2")}
    texts = [
        [c for c in row if c.startswith("The Partnership will develop SEMH")]
        for row in shared.values()
    ]
    assert len(shared) == 2 and all(len(t) == 1 for t in texts)
    rows = _table_rows("hillingdon-send-improvement-plan-2024-28.pdf", 30)
    assert sum(1 for row in rows for c in row if c.startswith("Baseline October 2024")) == 1


def _ruled_plan(path: Path) -> Path:
    """A ruled action table: 1.1's lead cell merged down over 1.2 (no rule between them in
    the lead column), 1.3 drawn with an empty lead cell of its own."""
    from tests.hostile import page_pdf

    xs, ys = [60, 110, 380, 540], [700, 680, 640, 600, 560]  # column edges, row rules
    rules = [(xs[0], y, xs[-1], y) for y in ys if y != 640]
    rules.append((xs[0], 640, xs[2], 640))  # the 1.1/1.2 rule stops at the lead column
    rules += [(x, ys[0], x, ys[-1]) for x in xs]
    stream = b"0.5 w " + b"".join(b"%d %d m %d %d l S " % r for r in rules)
    cells = [
        (686, ["Ref", "Actions", "Lead"]),
        (662, ["1.1", "Review the early help offer by May 2025", "Head of SEND"]),
        (622, ["1.2", "Publish the offer by June 2025", ""]),
        (582, ["1.3", "Train school SENCOs by March 2026", ""]),
    ]
    for y, texts in cells:
        for x, text in zip(xs, texts, strict=False):
            if text:
                stream += b"BT /F1 9 Tf %d %d Td (%s) Tj ET " % (x + 4, y, text.encode())
    path.write_bytes(page_pdf(stream))
    return path


def test_an_empty_lead_cell_drawn_on_its_own_is_no_lead(tmp_path: Path) -> None:
    # a lead merged over two rows is each row's; a row that draws its own empty lead cell
    # has none (Hillingdon p.27: 4.2.4 under 4.2.3's "SEND Education Advisor")
    from planparse.api import extract

    actions = extract(_ruled_plan(tmp_path / "ruled.pdf")).records["actions"]
    assert [(a.action_id, a.lead) for a in actions] == [
        ("1.1", "Head of SEND"),
        ("1.2", "Head of SEND"),
        ("1.3", None),
    ]


def test_an_accountable_cell_merged_down_is_each_rows_and_one_drawn_empty_none(
    tmp_path: Path,
) -> None:
    # "Responsible | Accountable": the accountable cell merged over 1.1 and 1.2, 1.3 drawn
    # with an empty one of its own
    from planparse.api import extract
    from tests.hostile import page_pdf

    xs, ys = [60, 100, 300, 430, 560], [700, 680, 640, 600, 560]  # column edges, row rules
    rules = [(xs[0], y, xs[-1], y) for y in ys if y != 640]
    rules.append((xs[0], 640, xs[3], 640))  # the 1.1/1.2 rule stops at the accountable column
    rules += [(x, ys[0], x, ys[-1]) for x in xs]
    stream = b"0.5 w " + b"".join(b"%d %d m %d %d l S " % r for r in rules)
    cells = [
        (686, ["Ref", "Actions", "Responsible", "Accountable"]),
        (662, ["1.1", "Review the offer by May 2025", "Head of SEND", "Director of Education"]),
        (622, ["1.2", "Publish the offer by June 2025", "Local Offer Officer", ""]),
        (582, ["1.3", "Train SENCOs by March 2026", "SENCO Network Lead", ""]),
    ]
    for y, texts in cells:
        for x, text in zip(xs, texts, strict=False):
            if text:
                stream += b"BT /F1 9 Tf %d %d Td (%s) Tj ET " % (x + 4, y, text.encode())
    path = tmp_path / "raci.pdf"
    path.write_bytes(page_pdf(stream))
    actions = extract(path).records["actions"]
    assert [(a.action_id, a.lead) for a in actions] == [
        ("1.1", "Head of SEND; Director of Education"),
        ("1.2", "Local Offer Officer; Director of Education"),
        ("1.3", "SENCO Network Lead"),
    ]


def test_an_empty_lead_cell_under_a_lead_on_a_corpus_page() -> None:
    from planparse.read.raw import DrawnEmpty

    rows = _table_rows("hillingdon-send-improvement-plan-2024-28.pdf", 27)
    (row,) = [row for row in rows if row[0] == "4.2.4"]
    assert isinstance(row[-1], DrawnEmpty)
    # the continued row under the header is not marked: its cell may go on from p.26
    assert not any(isinstance(c, DrawnEmpty) for c in rows[1])


def test_a_bare_number_is_the_page_number_only_at_the_edge_and_apart_from_the_text() -> None:
    # "3" under "AFIs 2 and" is the rest of its cell, wherever it sits on page 3; the same
    # "3" set apart at the foot of the page, or amid no text, is the page's number
    from planparse.read.pages import running_test

    def word(text: str, x0: float, top: float) -> dict[str, object]:
        return {"text": text, "x0": x0, "x1": x0 + 6 * len(text), "top": top, "bottom": top + 10}

    cell = [word("AFIs", 400, 700), word("2", 430, 700), word("and", 440, 700)]
    rest = [word("3", 400, 712)]
    footer = [word("3", 300, 790)]
    assert not running_test(3, frozenset(), [*cell, *rest])(rest)
    assert running_test(3, frozenset(), [*cell, *footer])(footer)
    assert running_test(3, frozenset())(rest)  # the page's words unknown: by the number alone
    heading, amid = [word("Priority", 100, 80)], [word("3", 400, 500)]
    assert not running_test(3, frozenset(), [*heading, *cell, *amid, *footer])(amid)


def test_a_label_printed_mid_page_on_every_page_is_kept() -> None:
    # Kingsbridge: a report of a workstream a page prints "Progress this quarter:" on each
    # page between lines of its own; "OFFICIAL" at the top of each page and the programme's
    # name at the foot are running lines
    from planparse.read.pages import PageLine, blocks_of_pages

    def page(n: int) -> list:
        texts = ["OFFICIAL", f"Workstream {n}", "Progress this quarter:", f"• Item {n}",
                 f"RAG: {n}", "Kingsbridge SEND Programme"]  # fmt: skip
        return [(10.0 * k, "line", PageLine(t, 0, 100)) for k, t in enumerate(texts)]

    texts = [b.text for b in blocks_of_pages([page(n) for n in range(1, 5)]) if b.kind == "line"]
    assert texts.count("Progress this quarter:") == 4
    assert "OFFICIAL" not in texts and "Kingsbridge SEND Programme" not in texts


@pytest.mark.parametrize(("turn", "reads"), [("0 1 -1 0", "up"), ("0 -1 1 0", "down")])
def test_header_cells_turned_a_quarter_read_their_words_the_right_way(
    tmp_path: Path, turn: str, reads: str
) -> None:
    # Rotherby: narrow "Deadline" and "RAG status" cells set up the page (Word's "rotate
    # text up") or down it. Before, text reading up came out backwards ("enildaeD", "sutats
    # GAR"), so neither column was named and the statuses were lost.
    from tests.pdfbuild import _escape, pages_pdf, show

    def turned(x: float, y: float, text: str) -> bytes:
        return b"BT /F1 8 Tf %s %.1f %.1f Tm (%s) Tj ET " % (turn.encode(), x, y, _escape(text))

    xs, top, low = [40, 80, 330, 450, 500, 540], 730.0, 680.0
    rows = [["1.1", "Recruit three EHC coordinators", "Head of SEND", "Oct 2025", "Green"]]
    stream = show(40, 760, "Rotherby SEND Improvement Plan 2025", 12)
    stream += show(43, low + 5, "Ref") + show(83, low + 5, "Action") + show(333, low + 5, "Lead")
    if reads == "up":
        stream += turned(478, low + 4, "Deadline") + turned(523, low + 4, "RAG status")
    else:
        stream += turned(472, top - 4, "Deadline") + turned(517, top - 4, "RAG status")
    for x, cell in zip(xs, rows[0], strict=False):
        stream += show(x + 3, low - 11, cell)
    edges = [top, low, low - 16]
    stream += b"".join(b"%d %.1f m %d %.1f l S " % (xs[0], e, xs[-1], e) for e in edges)
    stream += b"".join(b"%d %.1f m %d %.1f l S " % (x, top, x, edges[-1]) for x in xs)
    pdf = tmp_path / "plan.pdf"
    pdf.write_bytes(pages_pdf([stream]))
    (header, row) = [b.cells for b in read_pdf(pdf).blocks if b.kind == "row"]
    assert header == ("Ref", "Action", "Lead", "Deadline", "RAG status")
    assert row[-1] == "Green"
