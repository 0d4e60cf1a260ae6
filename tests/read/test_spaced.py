"""Text set out with spaces (pdftotext -layout): tables from where a header's words start."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from planparse.api import extract
from planparse.read.spaced import (
    CHAR_WIDTH,
    is_paged,
    is_spaced,
    line_words,
    spaced_text_to_blocks,
)
from planparse.read.text import text_to_blocks
from planparse.read.whitespace import (
    Carried,
    Word,
    _columns_here,
    _fitted,
    _header_again,
    _in_columns,
    _names_run_together,
    pieces,
    printed_rows,
)

PLAN = """\
  Eastbrook SEND Improvement Plan 2025-27

  Priority 1: Timely assessment

   Ref    Action                          Lead                        By when        RAG
   1.1    Recruit two educational         Principal Educational       March 2026     Amber
          psychologists                   Psychologist, Eastbrook
                                          Council
   1.2    Audit new EHC plans each term   Head of SEND                Termly from    Green
                                                                      January 2026

  Page 1 of 2
\f  Eastbrook SEND Improvement Plan 2025-27
   Ref    Action                          Lead                        By when        RAG
   1.3    Publish the revised             SEND Service Manager        Summer term    Not started
          assessment guidance                                         2026

  Page 2 of 2
\f"""


@pytest.mark.parametrize(
    ("lines", "spaced"),
    [
        # tab-separated rows are the text reader's own
        (["Ref\tAction\tLead", "1.1  Recruit  Head of SEND"] * 3, False),
        # typed prose with two spaces after a sentence's end
        (["The plan is late.  It will be revised.", "We met.  We agreed."] * 3, False),
        (["A line of prose", "and another"], False),
        (PLAN.splitlines(), True),
    ],
)
def test_is_spaced(lines: list[str], spaced: bool) -> None:
    assert is_spaced(lines) is spaced


def test_a_space_joins_words_and_two_part_cells() -> None:
    line = line_words("  1.1  Recruit two psychologists   Head of SEND", 0.0)
    assert [" ".join(w["text"] for w in p) for p in pieces(line)] == [
        "1.1",
        "Recruit two psychologists",
        "Head of SEND",
    ]


def test_a_plan_set_out_with_spaces_over_two_pages(tmp_path: Path) -> None:
    path = tmp_path / "plan.txt"
    path.write_text(PLAN)
    got = extract(path).records["actions"]
    actions = [(a.action_id, a.text, a.lead, a.due_date, a.status) for a in got]
    assert actions == [
        (
            "1.1",
            "Recruit two educational psychologists",
            "Principal Educational Psychologist, Eastbrook Council",
            date(2026, 3, 31),
            "Amber",
        ),
        ("1.2", "Audit new EHC plans each term", "Head of SEND", date(2026, 1, 31), "Green"),
        (
            "1.3",
            "Publish the revised assessment guidance",
            "SEND Service Manager",
            date(2026, 7, 31),  # the summer term ends in July
            "Not started",
        ),
    ]
    assert [a.page for a in got] == [1, 1, 2]


def test_page_numbers_are_dropped_and_a_header_printed_again_is_no_row() -> None:
    blocks = spaced_text_to_blocks(PLAN)
    assert [b.text for b in blocks if b.kind == "line"] == [
        "Eastbrook SEND Improvement Plan 2025-27",
        "Priority 1: Timely assessment",
        "Eastbrook SEND Improvement Plan 2025-27",  # on two pages only: a title, for all it says
    ]
    rows = [b.cells for b in blocks if b.kind == "row"]
    assert rows[0] == ("Ref", "Action", "Lead", "By when", "RAG")
    assert ("", "assessment guidance", "", "2026", "") in rows


def test_text_without_column_gaps_stays_with_the_text_reader() -> None:
    blocks = text_to_blocks("Priority 1\nRef\tAction\tLead\n1.1\tRecruit\tHead of SEND\n")
    assert [b.kind for b in blocks] == ["line", "row", "row"]
    assert all(b.page is None for b in blocks)


@pytest.mark.parametrize(
    ("lines", "header"),
    [
        # a period column's wrapped heading names it better: an actual, not a target
        (
            [["Ref", "Indicator", "2023/24", "2024/25 target"], ["", "", "actual", ""]],
            ["Ref", "Indicator", "2023/24 actual", "2024/25 target"],
        ),
        # a note in brackets opened on one line and closed on the next
        (
            [
                ["Ref", "Action", "Q1", "Q2"],
                ["", "", "(Apr-Jun", "(Jul-Sep"],
                ["", "", "25)", "25)"],
            ],
            ["Ref", "Action", "Q1 (Apr-Jun 25)", "Q2 (Jul-Sep 25)"],
        ),
        # a header cell left open ("Baseline (Mar") finished
        (
            [["Measure", "Baseline (Mar", "Target"], ["", "24)", ""]],
            ["Measure", "Baseline (Mar 24)", "Target"],
        ),
        # a header printed again over the rest of a row a page break cut: "2025" is no part
        # of "Due", which names its column as it is
        (
            [["Ref", "Action", "Lead", "Due"], ["", "", "", "2025"]],
            ["Ref", "Action", "Lead", "Due"],
        ),
        # nor the rest of an action and its lead
        (
            [
                ["#", "Activity", "Owner(s)", "Finish"],
                ["", "and training providers", "Manager", ""],
            ],
            ["#", "Activity", "Owner(s)", "Finish"],
        ),
    ],
)
def test_an_evenly_spaced_header_takes_its_wrapped_lines(
    lines: list[list[str]], header: list[str]
) -> None:
    tops = [10.0 * k for k in range(len(lines))]
    assert printed_rows(lines, tops, 8.0, [10.0] * len(lines), headed=True)[0] == header


# pdftotext -layout pushes a column right past the widest line of the column before and keeps
# one space from it: the widest line and the next column's text are a space apart, as words
# of one cell are.
TIGHT = """\
 Theme action 1: Timely assessment

 Ref   Action                    Lead         Start date End date   Direction of travel Commentary
 1.1   Recruit two psychologists Principal EP April 2025 March 2026 Improving           Posts out
       and a senior practitioner Eastbrook                                              Two filled
 1.2   Audit new EHC plans       Head of SEND May 2025   July 2025  Worsening           Slipped

 Every action has an owner and a date to meet.
"""


def _rows(text: str) -> list[tuple[str, ...]]:
    return [b.cells for b in spaced_text_to_blocks(text) if b.kind == "row"]


def test_a_cell_one_space_from_the_next_column_is_cut_where_that_column_starts() -> None:
    rows = _rows(TIGHT)
    assert rows[1] == (
        "1.1",
        "Recruit two psychologists",
        "Principal EP",
        "April 2025",
        "March 2026",
        "Improving",
        "Posts out",
    )
    assert rows[2] == ("", "and a senior practitioner", "Eastbrook", "", "", "", "Two filled")
    assert rows[3][:3] == ("1.2", "Audit new EHC plans", "Head of SEND")


def test_header_cells_one_space_apart_are_cut_where_the_rows_start_their_cells() -> None:
    # "Start date End date" and "Direction of travel Commentary": the rows under them start
    # cells where "End" and "Commentary" start
    assert _rows(TIGHT)[0] == (
        "Ref",
        "Action",
        "Lead",
        "Start date",
        "End date",
        "Direction of travel",
        "Commentary",
    )


def test_a_heading_whose_word_starts_where_a_column_does_is_no_header() -> None:
    # "action" in "Theme action 1: …" starts just where the Action column does
    blocks = spaced_text_to_blocks(TIGHT)
    assert (blocks[0].kind, blocks[0].text) == ("line", "Theme action 1: Timely assessment")


def test_a_line_of_prose_under_a_table_is_not_cut_into_its_columns() -> None:
    # one piece, however its words fall on the columns' starts ("action", "date;"): it ends
    # the table
    blocks = spaced_text_to_blocks(TIGHT)
    assert (blocks[-1].kind, blocks[-1].text) == (
        "line",
        "Every action has an owner and a date to meet.",
    )


@pytest.mark.parametrize(
    ("text", "header"),
    [
        # a row each of whose cells is its column's widest line: one piece, cut into five
        (
            " Measure                          Baseline      Target 2025/26 Target 2026/27\n"
            " EHC plans issued within 20 weeks 28% (2024/25) 45% (Mar 2026) 60% (Mar 2027)\n"
            " Tribunal appeals                 34            -10%           -20%\n",
            ("Measure", "Baseline", "Target 2025/26", "Target 2026/27"),
        ),
        # a header naming no columns until cut ("Measure | 2023/24 actual 2024/25 target …"),
        # cut into cells that each name one
        (
            " Measure                      2023/24 actual 2024/25 target 2025/26 target\n"
            " EHCPs issued within 20 weeks 28%            45%            60%\n"
            " Tribunal appeals             34             -10%           -20%\n",
            ("Measure", "2023/24 actual", "2024/25 target", "2025/26 target"),
        ),
    ],
)
def test_a_short_grid_one_space_apart_is_read_as_a_table(
    text: str, header: tuple[str, ...]
) -> None:
    rows = _rows("How we will measure success\n\n" + text)
    assert rows[0] == header
    assert len(rows) == 3
    assert rows[2] == ("Tribunal appeals", "34", "-10%", "-20%")


def test_pages_of_prose_are_read_as_pages_dropping_their_running_lines(tmp_path: Path) -> None:
    # pdftotext parts pages with form feeds even where no line is set out in columns: the
    # running header and footer between two items of a list are no part of it
    text = (
        "OFFICIAL\nAshby Delivery Plan 2025-2028\n\nWhat we will do\n"
        "• 1.1 Roll out the toolkit to every setting (Lead: Early Years SEND Manager; by"
        " September 2025)\n\nPage 1 of 2\n\fOFFICIAL\n"
        "• 1.2 Publish a guide to the local offer (Lead: Local Offer Manager; Spring term"
        " 2026)\n\nPage 2 of 2\n\f"
    )
    assert is_paged(text) and not is_spaced(text.splitlines())
    assert not is_paged(text.replace("\f", "\n"))  # one page
    assert not is_paged(text.replace("What we", "What\twe"))  # the text reader's rows
    lines = [b.text for b in text_to_blocks(text) if b.kind == "line"]
    assert "OFFICIAL" not in lines and "Page 1 of 2" not in lines
    source = tmp_path / "plan.txt"
    source.write_text(text)
    actions = extract(source).records["actions"]
    assert [(a.action_id, a.lead, a.due_text) for a in actions] == [
        ("1.1", "Early Years SEND Manager", "by September 2025"),
        ("1.2", "Local Offer Manager", "Spring term 2026"),
    ]


@pytest.mark.parametrize(
    ("header", "under", "cells"),
    [
        # two names one space apart, a word of the row under the second
        ("Deadline RAG", "RAG", ["Deadline", "RAG"]),
        (
            "Lead officer Lead organisation Supporting partners",
            "Lead organisation",
            ["Lead officer", "Lead organisation Supporting partners"],
        ),
        # one name, however a word under it falls
        ("Target date", "date", ["Target date"]),
        # "Evidence of" is no name word for word, though "Evidence" starts one
        ("Evidence of impact", "impact", ["Evidence of impact"]),
        # a note in brackets is no column of its own
        ("How we will know (success measure)", "(success", ["How we will know (success measure)"]),
        # a joiner keeps its names together
        ("Lead & partners", "partners", ["Lead & partners"]),
        # periods one space apart, as pdftotext sets narrow columns; not one period's words
        ("Dec Mar", "Mar", ["Dec", "Mar"]),
        ("Summer 1 Summer 2", "Summer 2", ["Summer 1", "Summer 2"]),
        ("Q1 2025/26 Q2 2025/26", "Q2", ["Q1 2025/26", "Q2 2025/26"]),
        ("March 2026", "2026", ["March 2026"]),
        ("31 January 2026", "2026", ["31 January 2026"]),
        ("Autumn term 2025/26", "2025/26", ["Autumn term 2025/26"]),
    ],
)
def test_header_names_run_together_are_cut_where_a_word_under_the_second_starts(
    header: str, under: str, cells: list[str]
) -> None:
    (piece,) = pieces(line_words(header, 0.0))
    word_start = header.index(under) * CHAR_WIDTH
    assert [
        " ".join(w["text"] for w in part) for part in _names_run_together(piece, [word_start])
    ] == cells
    # no word under it: no cut
    assert len(_names_run_together(piece, [])) == 1


@pytest.mark.parametrize(
    ("header", "cells"),
    [
        ("Completion date Evidence of impact", ["Completion date", "Evidence of impact"]),
        ("Lead officer Lead organisation", ["Lead officer", "Lead organisation"]),
        # the longest name first: not "Target | date Status"
        ("Target date Status", ["Target date", "Status"]),
        ("Start date End date", ["Start date", "End date"]),
        ("Deadline RAG", ["Deadline", "RAG"]),
        # one name, or words no name starts with word for word
        ("Target date", ["Target date"]),
        ("Evidence of impact", ["Evidence of impact"]),
        ("Lead & partners", ["Lead & partners"]),
        ("How we will know (success measure)", ["How we will know (success measure)"]),
    ],
)
def test_names_run_together_in_a_header_with_no_row_under_it_are_cut_by_the_vocabulary(
    header: str, cells: list[str]
) -> None:
    (piece,) = pieces(line_words(header, 0.0))
    got = _names_run_together(piece, None)
    assert [" ".join(w["text"] for w in part) for part in got] == cells


def test_a_header_alone_at_the_foot_of_a_page_is_cut_into_the_columns_of_the_next() -> None:
    # the header's rows all on the next page, its names one space apart where pdftotext set
    # "Completion date" one space short of "Evidence of impact"; the next page sets its
    # columns out afresh
    rows = _rows(
        "Priority 1: Needs are identified early\n\n"
        " Ref  Key task                    Accountable lead  Completion date Evidence of impact"
        "   BRAG\n"
        " Page 1 of 2\n"
        "\f 1a  Train every early years   Early Years Inclusion    31st Mar '26   90% of settings"
        "   Green\n"
        "     setting in the guidance   Manager, Wyndham Council                trained\n"
        " Page 2 of 2\n\f"
    )
    assert rows == [
        ("Ref", "Key task", "Accountable lead", "Completion date", "Evidence of impact", "BRAG"),
        ("1a", "Train every early years", "Early Years Inclusion", "31st Mar '26",
         "90% of settings", "Green"),
        ("", "setting in the guidance", "Manager, Wyndham Council", "", "trained", ""),
    ]  # fmt: skip


def test_a_one_row_table_whose_header_names_run_together_is_read_in_its_columns() -> None:
    # a table of one row: every cell is its column's widest line, "Deadline RAG" one space
    # apart in the header as "Fenwick Council Dec 2025 Amber" in the row
    rows = _rows(
        "Priority action 1: timeliness\n\n"
        " Ref   Action                 Lead                          Deadline RAG\n"
        " PA1.1 Recruit additional EPs Principal EP, Fenwick Council Dec 2025 Amber\n"
    )
    assert rows == [
        ("Ref", "Action", "Lead", "Deadline", "RAG"),
        ("PA1.1", "Recruit additional EPs", "Principal EP, Fenwick Council", "Dec 2025", "Amber"),
    ]


# A table over a page break, pdftotext setting the second page's columns out afresh: its
# header printed again with its cells one space apart, over the rest of the row the break cut.
AGAIN = """\
 Strategic priority 2: Early identification

 No.   Action                         Lead officer       Progress update        RAG
 2.2   Develop a pathway with         Designated         Pathway group meets    A
       health partners                Clinical Officer   monthly
 2.3   Audit quality of SEN Support   SENCO Network      Not started            R
       plans in                       Lead
 Page 1 of 2
\f No. Action          Lead officer Progress update RAG
     primary schools
 Page 2 of 2
\f"""


def test_a_header_printed_again_with_its_cells_closer_is_cut_as_before(tmp_path: Path) -> None:
    blocks = spaced_text_to_blocks(AGAIN)
    rows = [b.cells for b in blocks if b.kind == "row" and b.page == 2]
    assert rows == [
        ("No.", "Action", "Lead officer", "Progress update", "RAG"),
        ("", "primary schools", "", "", ""),
    ]
    source = tmp_path / "plan.txt"
    source.write_text(AGAIN)
    actions = {a.action_id: a for a in extract(source).records["actions"]}
    assert actions["2.3"].text == "Audit quality of SEN Support plans in primary schools"
    assert actions["2.3"].status == "R"


def test_a_header_printed_again_finishes_its_wrapped_cells_on_the_line_under_it() -> None:
    names = ("Ref", "Indicator", "2023/24 actual", "2024/25 target", "Current RAG")
    lines = [
        pieces(line_words(" Ref Indicator 2023/24 2024/25 target Current RAG", 0.0)),
        pieces(line_words("               actual", 11.0)),
    ]
    again = _header_again(lines, 0, names)
    assert again is not None
    cells, taken = again
    assert [" ".join(w["text"] for w in c) for c in cells] == [
        "Ref", "Indicator", "2023/24", "2024/25 target", "Current RAG",
    ]  # fmt: skip
    assert taken == 2
    # another header, or the line under it not finishing the cells: not printed again
    assert _header_again(lines, 0, ("Ref", "Measure", "2023/24 actual")) is None
    assert _header_again([lines[0], pieces(line_words(" KPI 1", 11.0))], 0, names) is None


def test_periods_one_space_apart_under_a_merged_header_cell_are_cut_into_columns() -> None:
    rows = _rows(
        "How we will measure success\n\n"
        " Measure                          Baseline Target\n"
        "                                           2025/26 2026/27\n"
        " EHC plans issued within 20 weeks 38%      55%     70%\n"
        " Young people in internships      12       20      30\n"
    )
    assert rows[1] == ("", "", "2025/26", "2026/27")
    assert rows[3] == ("Young people in internships", "12", "20", "30")


# A table going on over a page break without its header, pdftotext setting the second page's
# columns out afresh from that page's cells: each column starts elsewhere than on the page
# before, and "Current status" one space after "October half term" (its widest line there).
GOES_ON = """\
 Priority 3: Preparing for adulthood

 #    Activity                         Owner(s)                  Start      Finish          Current
                                                                                            status
 3.1  Map post-16 pathways with        Post-16 Lead; Skills and  Sept 2024  By Easter 2025  Amber
      colleges and training providers  Employment Manager
 Page 1 of 2
\f 3.2 Review health checks for    CAMHS Service Manager   Autumn 2024 October half term Green
     young people moving to      (Oxford Health NHS FT)              2025
     adult services
 3.3 Pilot supported internships Head teacher, Riverside 14-Jan-25   2025/26 financial Red
     in special schools          Special School                      year
 Page 2 of 2
\f"""


def test_a_table_going_on_without_its_header_is_read_in_the_columns_of_its_page(
    tmp_path: Path,
) -> None:
    rows = [b.cells for b in spaced_text_to_blocks(GOES_ON) if b.kind == "row" and b.page == 2]
    assert rows == [
        ("3.2", "Review health checks for", "CAMHS Service Manager", "Autumn 2024",
         "October half term", "Green"),
        ("", "young people moving to", "(Oxford Health NHS FT)", "", "2025", ""),
        ("", "adult services", "", "", "", ""),
        ("3.3", "Pilot supported internships", "Head teacher, Riverside", "14-Jan-25",
         "2025/26 financial", "Red"),
        ("", "in special schools", "Special School", "", "year", ""),
    ]  # fmt: skip
    source = tmp_path / "plan.txt"
    source.write_text(GOES_ON)
    actions = {a.action_id: a for a in extract(source).records["actions"]}
    assert sorted(actions) == ["3.1", "3.2", "3.3"]
    assert actions["3.2"].due_text == "October half term 2025"
    assert actions["3.3"].lead_orgs == ["Riverside Special School"]
    assert actions["3.3"].status == "Red"


def _line(text: str, k: int) -> list[Word]:
    return line_words(text, k * 11.0)


def test_a_page_keeping_the_columns_of_the_page_before_keeps_them() -> None:
    # the table's columns as a PDF keeps them from page to page, or lines in more columns
    # than the table has (not its rows): the columns carried from the page before
    above = Carried([4.0, 40.0, 120.0], 8.0, [11.0])
    kept = [_line(" 1.2      Audit plans         Head of SEND", 0)]
    assert _columns_here([pieces(line) for line in kept], 0, above, set()) == above.starts
    wider = [_line(" 1.2 Audit  plans    Head  of  SEND    each  term", 0)]
    assert _columns_here([pieces(line) for line in wider], 0, above, set()) == above.starts
    # set out afresh: the page's own starts, in the table's columns in order
    moved = [_line(" 1.2   Audit plans              Head of SEND", 0)]
    assert _columns_here([pieces(line) for line in moved], 0, above, set()) == [4.0, 28.0, 128.0]


def _at(*columns: int) -> list[float]:
    return [column * CHAR_WIDTH for column in columns]


@pytest.mark.parametrize(
    ("starts", "xs", "words", "fitted"),
    [
        # every column starts a piece: each where it is nearest, in order
        (_at(1, 10, 30), _at(1, 7, 32), [], _at(1, 7, 32)),
        # the last column's cells one space after the column before's ("half term Green"):
        # it starts where the word nearest where it was does
        (_at(1, 10, 30), _at(1, 7), _at(9, 27, 29), _at(1, 7, 29)),
        # the last column empty ("2d | Publish an annual report | PfA Strategic Lead | TBC"
        # under "No. | What we will do | Owner | Target date | RAG"): "TBC" nearer where RAG
        # was, but taking it for RAG would cut "Lead" off as the target date
        (
            _at(1, 15, 67, 99, 121),
            _at(1, 17, 70, 111),
            _at(17, 25, 28, 70, 74, 84, 111),
            _at(1, 17, 70, 111, 121),
        ),
    ],
)
def test_columns_set_out_afresh_are_found_where_they_move_least(
    starts: list[float], xs: list[float], words: list[float], fitted: list[float]
) -> None:
    assert _fitted(xs, starts, words) == fitted


def _set_at(*cells: tuple[int, str]) -> str:
    """A line with each cell's text starting at its character column."""
    line = ""
    for column, text in cells:
        line = line.ljust(column) + text
    return line


def test_a_column_set_out_afresh_starts_on_a_word_no_phrase_goes_on_with() -> None:
    # "Accountable lead" one space after the key task's widest line: it starts at "Head",
    # not at "of", though "of" starts nearer where it was
    above = Carried(_at(1, 8, 48, 77, 104, 136), 8.0, [11.0])
    lines = [
        _set_at((1, "2c"), (8, "Report attendance of pupils with EHC Head of Inclusion"),
                (71, "6 weekly from October"), (97, "Attendance data reviewed at"),
                (128, "Green")),
        _set_at((8, "plans to every Partnership Board"), (71, "2025"), (97, "each Board")),
    ]  # fmt: skip
    words = [pieces(_line(line, k)) for k, line in enumerate(lines)]
    assert _columns_here(words, 0, above, set()) == _at(1, 8, 45, 71, 97, 128)


def test_columns_a_character_from_where_they_were_start_where_the_page_prints_them() -> None:
    # pdftotext sets the lead column a character left of where the page before had it, and
    # a row's action runs on into it one space short: the column starts where this page
    # starts it, so the action's widest line is cut just there
    above = Carried(_at(1, 10, 40), 8.0, [11.0])
    lines = [
        _set_at((1, "1.4"), (10, "Publish the annual timetable Annual Review Manager")),
        _set_at((1, "1.5"), (10, "Agree a plan"), (39, "Joint Manager")),
    ]
    words = [pieces(_line(line, k)) for k, line in enumerate(lines)]
    starts = _columns_here(words, 0, above, set())
    assert starts == _at(1, 10, 39)
    assert _in_columns(words[0], starts) == [
        "1.4",
        "Publish the annual timetable",
        "Annual Review Manager",
    ]
