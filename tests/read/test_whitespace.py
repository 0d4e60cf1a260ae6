"""Tables drawn without rules (issue 3): columns from the header's words, on built PDFs."""

from pathlib import Path

from planparse.api import extract
from planparse.read.whitespace import find_tables
from tests.hostile import page_pdf
from tests.pdfbuild import show

COLUMNS = [72, 110, 330, 450]


def _pdf(path: Path, lines: list[tuple[int, list[tuple[int, str]]]]) -> Path:
    stream = b"".join(show(x, y, text, size=10) for y, parts in lines for x, text in parts)
    path.write_bytes(page_pdf(stream))
    return path


def _row(y: int, *cells: str) -> tuple[int, list[tuple[int, str]]]:
    return y, [(x, c) for x, c in zip(COLUMNS, cells, strict=False) if c]


def test_a_table_without_rules_is_read_between_prose(tmp_path: Path) -> None:
    path = _pdf(
        tmp_path / "borderless.pdf",
        [
            (740, [(72, "Improvement plan for the local area. We set out what we will do.")]),
            _row(700, "Ref", "Action", "Lead", "Deadline"),
            _row(682, "1.1", "Review the early help offer", "Head of SEND", "May 2025"),
            _row(664, "", "and publish it on the Local Offer"),
            _row(646, "1.2", "Train school SENCOs", "Principal EP", "March 2026"),
            (610, [(72, "Progress will be reported to the partnership board every quarter.")]),
        ],
    )
    actions = extract(path).records["actions"]
    assert [(a.action_id, a.lead, a.due_text) for a in actions] == [
        ("1.1", "Head of SEND", "May 2025"),
        ("1.2", "Principal EP", "March 2026"),
    ]
    assert actions[0].text == "Review the early help offer and publish it on the Local Offer"
    assert actions[0].page == 1


def test_prose_set_in_columns_without_a_plan_header_is_no_table(tmp_path: Path) -> None:
    path = _pdf(
        tmp_path / "prose.pdf",
        [
            _row(700, "Context", "Our schools", "have grown", "since 2020"),
            _row(682, "Families", "tell us", "what works", "for them"),
        ],
    )
    assert extract(path).records["actions"] == []


def test_a_line_running_across_a_column_edge_ends_the_table() -> None:
    def word(x0: float, x1: float, top: float, text: str) -> dict[str, object]:
        return {"x0": x0, "x1": x1, "top": top, "bottom": top + 10, "text": text}

    lines = [
        [word(72, 90, 0, "Ref"), word(110, 140, 0, "Action"), word(330, 350, 0, "Lead")],
        [word(72, 85, 14, "1.1"), word(110, 200, 14, "Review"), word(330, 380, 14, "AD")],
        [word(72, 300, 28, "A sentence of prose running"), word(303, 400, 28, "across")],
    ]
    ((first, end, rows, _),), _ = find_tables(lines)
    assert (first, end) == (0, 2)
    assert rows[1] == ["1.1", "Review", "AD"]


def test_two_column_prose_reads_down_the_left_column_then_the_right(tmp_path: Path) -> None:
    from planparse.read.pdf import read_pdf

    left = [f"Left column line {i} of the first text." for i in range(1, 9)]
    right = [f"Right column line {i} of the second text." for i in range(1, 9)]
    lines = [
        (700 - 14 * i, [(72, a), (320, b)])
        for i, (a, b) in enumerate(zip(left, right, strict=True))
    ]
    texts = [b.text for b in read_pdf(_pdf(tmp_path / "two.pdf", lines)).blocks]
    assert texts == left + right


def test_a_page_turned_by_rotate_is_read_as_its_content_is_drawn(tmp_path: Path) -> None:
    from planparse.read.pdf import read_pdf

    stream = show(72, 720, "Action 1.1.1 Deliver training by May 2025", size=10) + show(
        72, 700, "Second line here", size=10
    )
    path = tmp_path / "rotated.pdf"
    path.write_bytes(
        page_pdf(stream).replace(b"/MediaBox[0 0 612 792]", b"/MediaBox[0 0 612 792]/Rotate 90")
    )
    assert [b.text for b in read_pdf(path).blocks] == [
        "Action 1.1.1 Deliver training by May 2025",
        "Second line here",
    ]


def _word(x0: float, top: float, text: str) -> dict[str, object]:
    return {"x0": x0, "x1": x0 + 6 * len(text), "top": top, "bottom": top + 10, "text": text}


HEADER = [_word(72, 0, "Ref"), _word(110, 0, "Action"), _word(330, 0, "Lead")]


def test_cells_wrapped_in_padded_rows_are_joined_into_their_row() -> None:
    # rows 18 points apart, lines inside a row 12: the wrapped lines belong to the row above,
    # a word hyphenated at the line end mended as in a ruled cell
    lines = [
        HEADER,
        [_word(72, 18, "1.1"), _word(110, 18, "Review the im-"), _word(330, 18, "Head of")],
        [_word(110, 30, "proving offer"), _word(330, 30, "SEND")],
        [_word(72, 48, "1.2"), _word(110, 48, "Publish"), _word(330, 48, "DCO")],
    ]
    ((_, _, rows, _),), _ = find_tables(lines)
    assert rows == [
        ["Ref", "Action", "Lead"],
        ["1.1", "Review the improving offer", "Head of SEND"],
        ["1.2", "Publish", "DCO"],
    ]


def test_evenly_spaced_lines_stay_lines() -> None:
    # no padding to tell rows apart: the rows stage judges by what each line holds
    lines = [
        HEADER,
        [_word(72, 14, "1.1"), _word(110, 14, "Review the"), _word(330, 14, "Head of")],
        [_word(110, 28, "offer"), _word(330, 28, "SEND")],
    ]
    ((_, _, rows, _),), _ = find_tables(lines)
    assert rows[1:] == [["1.1", "Review the", "Head of"], ["", "offer", "SEND"]]


def test_single_line_rows_under_a_wider_gap_are_not_joined() -> None:
    # a gap wider than the rest before the last row, but each line fills its row's columns
    lines = [
        HEADER,
        [_word(72, 14, "1.1"), _word(110, 14, "Review"), _word(330, 14, "AD")],
        [_word(72, 28, "1.2"), _word(110, 28, "Publish"), _word(330, 28, "DCO")],
        [_word(72, 48, "1.3"), _word(110, 48, "Train"), _word(330, 48, "EP")],
    ]
    ((_, _, rows, _),), _ = find_tables(lines)
    assert [r[0] for r in rows[1:]] == ["1.1", "1.2", "1.3"]


def test_a_header_wrapped_onto_two_lines_names_its_columns() -> None:
    # "Success" / "measure": the first line alone names no measure column
    lines = [
        [_word(72, 0, "Success"), _word(200, 0, "Baseline"), _word(330, 0, "2025/26")],
        [_word(72, 10, "measure")],
        [_word(72, 26, "EHCPs"), _word(200, 26, "32%"), _word(330, 26, "50%")],
    ]
    ((first, end, rows, _),), _ = find_tables(lines)
    assert (first, end) == (0, 3)
    assert rows == [["Success measure", "Baseline", "2025/26"], ["EHCPs", "32%", "50%"]]


def test_a_header_whose_first_cell_wraps_names_its_columns() -> None:
    # Calderbrook as pdftotext sets it out: "Action" over "no.", "Link to" over
    # "recommendation"; the header's second line fills the first column, as a row's first
    # line does, but no id opens it
    lines = [
        [_word(72, 0, "Action"), _word(110, 0, "What we will do"), _word(330, 0, "Link to"),
         _word(450, 0, "Who is responsible")],
        [_word(72, 10, "no."), _word(330, 10, "recommendation")],
        [_word(72, 20, "CB1"), _word(110, 20, "Recruit four coordinators"), _word(330, 20, "R1"),
         _word(450, 20, "Assistant Director")],
        [_word(72, 30, "CB2"), _word(110, 30, "Introduce a tracker"), _word(330, 30, "R1"),
         _word(450, 30, "Service Manager")],
    ]  # fmt: skip
    ((_, _, rows, _),), _ = find_tables(lines)
    assert rows[0] == ["Action no.", "What we will do", "Link to recommendation",
                       "Who is responsible"]  # fmt: skip
    assert [r[0] for r in rows[1:]] == ["CB1", "CB2"]


def test_a_header_alone_at_the_foot_of_a_page_keeps_its_second_line() -> None:
    # the page's other table shows rows padded apart (18) beyond their lines (12), so the
    # line under the lone header at the foot of the page is the header's own
    lines = [
        HEADER,
        [_word(72, 18, "1.1"), _word(110, 18, "Review the"), _word(330, 18, "Head of")],
        [_word(110, 30, "offer"), _word(330, 30, "SEND")],
        [_word(72, 48, "1.2"), _word(110, 48, "Publish"), _word(330, 48, "DCO")],
        [_word(72, 100, "Indicator"), _word(200, 100, "Baseline"), _word(330, 100, "Target")],
        [_word(330, 112, "2026/27")],
    ]
    second = find_tables(lines)[0][1].rows
    assert second == [["Indicator", "Baseline", "Target 2026/27"]]


def test_the_rest_of_a_row_under_a_wrapped_header_printed_again_is_a_row() -> None:
    # "Target" / "Mar" / "2027" printed again at the top of the page, then the last word of
    # the measure a page break cut, set apart by the row padding, then a heading: the word
    # is the table's, the header's wrapped lines no rows of it
    lines = [
        [_word(72, 0, "Indicator"), _word(200, 0, "Baseline"), _word(330, 0, "Target")],
        [_word(330, 12, "Mar")],
        [_word(330, 24, "2027")],
        [_word(72, 42, "plan")],
        [_word(72, 90, "Key risks")],
    ]
    (table,), _ = find_tables(lines)
    assert table.rows == [["Indicator", "Baseline", "Target Mar 2027"], ["plan", "", ""]]


def test_cells_set_at_the_bottom_of_padded_rows_are_joined_into_their_row() -> None:
    # a spreadsheet sets cells at the bottom of their row: a row's wrapped lines come above
    # its id line, after the wider gap that ends the row before
    lines = [
        HEADER,
        [_word(110, 18, "Review the"), _word(330, 18, "Head of")],
        [_word(72, 30, "1.1"), _word(110, 30, "offer"), _word(330, 30, "SEND")],
        [_word(110, 48, "Publish the")],
        [_word(72, 60, "1.2"), _word(110, 60, "guide"), _word(330, 60, "DCO")],
    ]
    ((_, _, rows, _),), _ = find_tables(lines)
    assert rows[1:] == [
        ["1.1", "Review the offer", "Head of SEND"],
        ["1.2", "Publish the guide", "DCO"],
    ]


def test_a_header_set_at_the_bottom_of_its_row_keeps_its_first_lines() -> None:
    # "Lead" / "officer": the header's first line, above, holds only its wrapped cells
    lines = [
        [_word(330, 0, "Lead")],
        [_word(72, 10, "Ref"), _word(110, 10, "Action"), _word(330, 10, "officer")],
        [_word(72, 28, "1.1"), _word(110, 28, "Review"), _word(330, 28, "AD")],
    ]
    ((first, end, rows, _),), _ = find_tables(lines)
    assert (first, end) == (0, 3)
    assert rows == [["Ref", "Action", "Lead officer"], ["1.1", "Review", "AD"]]


def test_a_form_without_rules_is_read_as_labels_and_values(tmp_path: Path) -> None:
    # each action a form, labels down the left and values at the right, no rules; a long
    # value wrapped onto a second line under itself, and prose above and below
    def form(y: int, ref: str, action: list[str], lead: str, due: str) -> list:
        out = [(y, [(72, "Ref"), (200, ref)])]
        y -= 18
        out.append((y, [(72, "Action"), (200, action[0])]))
        for more in action[1:]:
            y -= 12
            out.append((y, [(200, more)]))
        out += [
            (y - 18, [(72, "Lead officer"), (200, lead)]),
            (y - 36, [(72, "Timescale"), (200, due)]),
        ]
        return out

    path = _pdf(
        tmp_path / "forms.pdf",
        [
            (760, [(72, "Our actions for the first area for improvement are set out below.")]),
            *form(
                730,
                "1.1",
                ["Review the early help offer and", "publish it on the Local Offer"],
                "Head of SEND",
                "May 2025",
            ),
            *form(630, "1.2", ["Train school SENCOs"], "Principal EP", "March 2026"),
            (540, [(72, "Progress will be reported to the partnership board every quarter.")]),
        ],
    )
    actions = extract(path).records["actions"]
    assert [(a.action_id, a.text, a.lead, a.due_text) for a in actions] == [
        (
            "1.1",
            "Review the early help offer and publish it on the Local Offer",
            "Head of SEND",
            "May 2025",
        ),
        ("1.2", "Train school SENCOs", "Principal EP", "March 2026"),
    ]


def test_a_header_cell_over_period_columns_gives_a_column_to_each_period() -> None:
    # "Target" printed once over "2025/26" and "2026/27", its header cell "Baseline (2024)"
    # wrapped, the periods on the line under the wrapped one
    lines = [
        [_word(72, 0, "Measure"), _word(200, 0, "Baseline"), _word(330, 0, "Target")],
        [_word(200, 10, "(2024)")],
        [_word(330, 26, "2025/26"), _word(450, 26, "2026/27")],
        [
            _word(72, 42, "EHCPs"),
            _word(200, 42, "38%"),
            _word(330, 42, "55%"),
            _word(450, 42, "70%"),
        ],
    ]
    ((_, _, rows, _),), _ = find_tables(lines)
    assert rows == [
        ["Measure", "Baseline (2024)", "Target", ""],
        ["", "", "2025/26", "2026/27"],
        ["EHCPs", "38%", "55%", "70%"],
    ]


def test_two_values_under_one_header_cell_that_are_no_periods_stay_one_cell() -> None:
    lines = [
        [_word(72, 0, "Ref"), _word(110, 0, "Action"), _word(330, 0, "Lead")],
        [
            _word(72, 14, "1.1"),
            _word(110, 14, "Review"),
            _word(330, 14, "AD"),
            _word(450, 14, "SEND"),
        ],
    ]
    ((_, _, rows, _),), _ = find_tables(lines)
    assert rows[1] == ["1.1", "Review", "AD SEND"]


def test_a_header_whose_last_line_alone_names_too_few_columns_takes_the_line_above() -> None:
    # set at the bottom of its row, "Baseline (March" / "2024)" and "Year 1 target" /
    # "(2025/26)" wrap: the last line ("Measure | 2024) | (2025/26) | (2026/27) | Source")
    # names two columns of five, and only with the line above is it a grid's header
    lines = [
        [_word(200, 0, "Baseline (March"), _word(300, 0, "Year 1 target"),
         _word(400, 0, "Year 2 target")],
        [_word(72, 10, "Measure"), _word(200, 10, "2024)"), _word(300, 10, "(2025/26)"),
         _word(400, 10, "(2026/27)"), _word(500, 10, "Source")],
        [_word(72, 28, "EHCPs"), _word(200, 28, "31%"), _word(300, 28, "55%"),
         _word(400, 28, "75%"), _word(500, 28, "SEN2")],
    ]  # fmt: skip
    ((first, end, rows, _),), _ = find_tables(lines)
    assert (first, end) == (0, 3)
    assert rows == [
        ["Measure", "Baseline (March 2024)", "Year 1 target (2025/26)",
         "Year 2 target (2026/27)", "Source"],
        ["EHCPs", "31%", "55%", "75%", "SEN2"],
    ]  # fmt: skip


def test_a_table_running_to_the_page_foot_goes_on_at_the_top_of_the_next() -> None:
    first_page = [
        [_word(72, 600, "Ref"), _word(110, 600, "Action"), _word(330, 600, "Lead")],
        [_word(72, 614, "1.1"), _word(110, 614, "Review"), _word(330, 614, "AD")],
        [_word(72, 760, "Page 1")],  # a footer, no line of the table
    ]
    tables, carried = find_tables(first_page, foot=700)
    assert [t.rows for t in tables] == [[["Ref", "Action", "Lead"], ["1.1", "Review", "AD"]]]
    assert carried is not None
    next_page = [
        [_word(110, 40, "the offer")],  # the rest of 1.1's action, cut by the break
        [_word(72, 54, "1.2"), _word(110, 54, "Train"), _word(330, 54, "EP")],
        [_word(72, 100, "Progress is reported to the board every quarter.")],
    ]
    ((first, end, rows, continued),), _ = find_tables(next_page, carried)
    assert (first, end, continued) == (0, 2, True)
    assert rows == [["", "the offer", ""], ["1.2", "Train", "EP"]]


def test_a_heading_at_the_top_of_the_next_page_does_not_go_on_with_the_table() -> None:
    first_page = [
        [_word(72, 600, "Ref"), _word(110, 600, "Action"), _word(330, 600, "Lead")],
        [_word(72, 614, "1.1"), _word(110, 614, "Review"), _word(330, 614, "AD")],
    ]
    _, carried = find_tables(first_page)
    assert carried is not None
    tables, _ = find_tables([[_word(72, 40, "Risks")]], carried)
    assert tables == []
    # a table that ends before the page's foot goes on with nothing
    _, carried = find_tables([*first_page, [_word(72, 640, "A line of prose after it.")]])
    assert carried is None


def test_a_running_footer_right_under_the_last_row_is_no_row_of_it() -> None:
    # "Page 1 of 1" one line under the last row, in the first column: no more of that row,
    # though it sits as close as the row's own wrapped line (evenly spaced lines stay
    # lines here; the rows stage joins them)
    def page_number(line: list[dict[str, object]]) -> bool:
        return " ".join(str(w["text"]) for w in line) == "Page 1 of 1"

    lines = [
        [_word(72, 600, "Ref"), _word(110, 600, "Action"), _word(330, 600, "Lead")],
        [_word(72, 614, "1.1"), _word(110, 614, "Review"), _word(330, 614, "AD")],
        [_word(110, 628, "the offer")],
        [_word(72, 642, "Page 1 of 1")],
    ]
    ((first, end, rows, _),), carried = find_tables(lines, running=page_number)
    assert (first, end) == (0, 3)
    assert rows[1:] == [["1.1", "Review", "AD"], ["", "the offer", ""]]
    assert carried is not None  # the table runs to the foot: the footer stands below it


def test_the_last_words_of_a_row_alone_at_the_top_of_the_next_page_go_on_with_it() -> None:
    # Upton printed once: "Set up a SENCO network for secondary" at the foot of one page,
    # "schools" alone in the first column atop the next, then a heading
    first_page = [
        [_word(72, 600, "Action"), _word(330, 600, "Owner"), _word(450, 600, "Due")],
        [_word(72, 614, "Set up a network for secondary"), _word(330, 614, "Head of Inclusion"),
         _word(450, 614, "Oct 2025")],
    ]  # fmt: skip
    _, carried = find_tables(first_page, foot=700)
    assert carried is not None
    next_page = [
        [_word(72, 40, "schools")],
        [_word(72, 80, "Decisions for the Board")],
    ]
    ((first, end, rows, continued),), _ = find_tables(next_page, carried)
    assert (first, end, rows, continued) == (0, 1, [["schools", "", ""]], True)
