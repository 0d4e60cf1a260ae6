import pytest

from planparse.read.text import clean_cell, lines_to_blocks, text_to_blocks


def test_html_is_reduced_to_text_with_bullets() -> None:
    cell = '<ul style="x"> <li>One</li> <li><b>Two</b></li> </ul>'
    assert clean_cell(cell) == "• One • Two"


def test_markdown_pipe_rows_and_rulers() -> None:
    blocks = lines_to_blocks(["| a | b |", "|--|---|", "## Heading", "- item"])
    assert [b.kind for b in blocks] == ["row", "blank", "line", "line"]
    assert blocks[2].heading_level == 2 and blocks[3].bullet


@pytest.mark.parametrize(
    ("lines", "kinds"),
    [
        # Penhallow: a run of rows parted by spaced bars, none at either end, a ruler between
        (["Ref | Action | Lead", "--- | --- | ---", "1.1 | Train SENCOs | Head of SEND"],
         ["row", "blank", "row"]),
        (["Ref | Action | Lead", "1.1 | Train SENCOs | Head of SEND"], ["row", "row"]),
        # one such line alone, or lines parting a different number of cells, are prose
        (["Penhallow Council | SEND Board | 2025"], ["line"]),
        (["Penhallow Council | SEND Board", "Plan | 2025"], ["line", "line"]),
        (["a | b | c", "d | e"], ["line", "line"]),
    ],
)  # fmt: skip
def test_rows_parted_by_bars_at_neither_end(lines: list[str], kinds: list[str]) -> None:
    assert [b.kind for b in lines_to_blocks(lines)] == kinds


def test_numbered_item_keeps_its_number() -> None:
    (block,) = lines_to_blocks(["- 1. Leaders should"])
    assert block.bullet and block.text == "1. Leaders should"


@pytest.mark.parametrize(
    ("line", "bullet", "text"),
    [
        ("- 95% of families offered a session by December 2025", True,
         "95% of families offered a session by December 2025"),
        ("- 2 new resource bases open", True, "2 new resource bases open"),
        ("-10%", False, "-10%"),  # a figure's minus
        ("- 10%", False, "- 10%"),  # a figure alone on its line
    ],
)  # fmt: skip
def test_a_dash_before_a_number_is_a_bullet_unless_it_is_the_figures_minus(
    line: str, bullet: bool, text: str
) -> None:
    (block,) = lines_to_blocks([line])
    assert (block.bullet, block.text) == (bullet, text)


def test_symbol_font_bullets_become_bullets() -> None:
    assert clean_cell("\uf0b7 Establish a plan") == "• Establish a plan"


def test_a_middle_dot_opening_a_cell_is_its_bullet() -> None:
    # a converter's rendering of the list bullet (Hounslow 1.1.2: "· Training and …")
    assert clean_cell("· Training and development") == "• Training and development"
    assert clean_cell("Views · Returns") == "Views · Returns"  # a separator stays


def test_an_html_table_left_in_the_text_gives_rows_of_its_cells() -> None:
    # a web page pasted into the extract as source: the cells come from the tags, a cell
    # spanning rows printed once at its top, as the HTML reader lays it out
    text = (
        "Priority 1\n<table><tr><th>Ref</th><th>Lead</th></tr>\n"
        '<tr><td>1.1</td><td rowspan="2">Head of SEND</td></tr>\n'
        "<tr><td>1.2</td></tr></table>\nAfter"
    )
    blocks = text_to_blocks(text)
    assert [(b.kind, b.text or b.cells) for b in blocks] == [
        ("line", "Priority 1"),
        ("row", ("Ref", "Lead")),
        ("row", ("1.1", "Head of SEND")),
        ("row", ("1.2", "")),
        ("blank", ()),  # the table's end
        ("blank", ()),  # the rest of the line </table> ends
        ("line", "After"),
    ]


def test_an_html_table_cut_off_before_its_end_is_read_as_text() -> None:
    blocks = text_to_blocks("<table><tr><td>1.1</td><td>Review the offer</td>")
    assert [(b.kind, b.text) for b in blocks] == [("line", "1.1 Review the offer")]


@pytest.mark.parametrize(
    ("line", "blocks"),
    [
        ("<ol><li>Leaders should act.</li><li>Health leaders should act.</li></ol>",
         [("1. Leaders should act.", True), ("2. Health leaders should act.", True)]),
        ("We will:<ul><li>recruit</li><li>train</li></ul>",
         [("We will:", False), ("recruit", True), ("train", True)]),
    ],
)  # fmt: skip
def test_a_list_left_in_html_on_one_line_is_an_item_a_block(
    line: str, blocks: list[tuple[str, bool]]
) -> None:
    assert [(b.text, b.bullet) for b in lines_to_blocks([line])] == blocks


def test_a_list_cell_an_export_broke_over_lines_is_one_cell_again() -> None:
    # Wem: "Objective | Actions | Owner | Timescale | Impact", the Actions cell a bulleted
    # list whose line break the export kept: its next item opens the next line, the row's
    # other cells after it. Before, each line was a row (and one action was lost)
    blocks = lines_to_blocks(
        [
            "Objective\tActions\tOwner\tTimescale\tImpact",
            "Needs identified early\t• Train health visitors",
            "• Publish a toolkit\tEarly Years Lead\tAutumn term 2025\tMore children identified",
        ]
    )
    assert [b.cells for b in blocks] == [
        ("Objective", "Actions", "Owner", "Timescale", "Impact"),
        (
            "Needs identified early",
            "• Train health visitors • Publish a toolkit",
            "Early Years Lead",
            "Autumn term 2025",
            "More children identified",
        ),
    ]


def test_rows_opening_with_bullets_under_a_full_row_stay_rows() -> None:
    # a row that fills the header's cells is whole: a bulleted row under it is its own
    lines = [
        "Action\tLead\tDue",
        "• Train staff\tHead of SEND\tMay 2026",
        "• Audit\tPEP\tJune 2026",
    ]
    assert len([b for b in lines_to_blocks(lines) if b.kind == "row"]) == 3
