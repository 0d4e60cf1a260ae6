import pytest

from planparse.read.text import clean_cell, decode, lines_to_blocks, text_to_blocks


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


def _mangled(text: str) -> bytes:
    """Text a converter read as Windows-1252 although it was UTF-8, saved again as UTF-8
    (the five bytes Windows-1252 leaves undefined kept as control characters)."""
    shown = "".join(
        chr(b) if b in (0x81, 0x8D, 0x8F, 0x90, 0x9D) else bytes([b]).decode("cp1252")
        for b in text.encode("utf-8")
    )
    return shown.encode("utf-8")


@pytest.mark.parametrize(
    "printed",
    [
        "Children’s services – 2025–27",
        "the “Ready to Learn” tool",  # a closing quote's third byte undefined in Windows-1252
        "• Publish a parents’ guide",
        "a review at 2½ years",
        "Café £5",
    ],
)
def test_utf8_read_as_windows_1252_is_repaired_with_a_warning(printed: str) -> None:
    text, warnings = decode(_mangled(printed), "plan.txt")
    assert text == printed
    assert [code for code, _ in warnings] == ["W104"]


@pytest.mark.parametrize(
    "text",
    [
        "Children’s services – 2025–27 “quoted”",
        "Head of SEND (LA) — Ã is a letter, â too",  # letters alone, no mangled pair
        "Plain ASCII plan",
    ],
)
def test_text_decoded_right_is_left_as_it_is(text: str) -> None:
    assert decode(text.encode("utf-8"), "plan.txt") == (text, [])


def test_windows_1252_bytes_are_read_as_such_with_a_warning() -> None:
    text, warnings = decode("Children’s – 2025".encode("cp1252"), "plan.txt")
    assert (text, [code for code, _ in warnings]) == ("Children’s – 2025", ["W101"])


@pytest.mark.parametrize(
    ("printed", "typed"),
    [
        ("Agree a co\u00adproduction charter", "Agree a coproduction charter"),  # soft hyphen
        ("Designated\u200bClinical Officer", "DesignatedClinical Officer"),  # zero-width space
        ("Run a post\u201116 fair", "Run a post-16 fair"),  # the hyphen that may not break
        ("Oct\u00a02025", "Oct 2025"),
    ],
)
def test_typesetting_no_one_types_is_taken_out(printed: str, typed: str) -> None:
    from planparse.read.raw import Block, document_of

    (block,) = document_of("plan.pdf", "pdf", b"", [Block("line", text=printed)]).blocks
    assert block.text == typed


def test_ligatures_are_spelt_out_and_an_empty_drawn_cell_keeps_its_mark() -> None:
    from planparse.read.raw import DRAWN_EMPTY, Block, DrawnEmpty, document_of

    raw = document_of(
        "plan.pdf",
        "pdf",
        b"",
        [Block("line", text="Needs identiﬁed early"), Block("row", cells=("Oﬃcer", DRAWN_EMPTY))],
    )
    assert raw.blocks[0].text == "Needs identified early"
    assert raw.blocks[1].cells == ("Officer", "")
    assert isinstance(raw.blocks[1].cells[1], DrawnEmpty)


@pytest.mark.parametrize(
    ("line", "text", "bullet"),
    [
        ("**Report date:** 14 November 2025", "Report date: 14 November 2025", False),
        ("* an item", "an item", True),
        ("**→** Reintegration plans in place", "Reintegration plans in place", True),
    ],
)
def test_a_line_opening_in_markdown_bold_is_no_bullet(line: str, text: str, bullet: bool) -> None:
    (block,) = lines_to_blocks([line])
    assert (block.text, block.bullet) == (text, bullet)


@pytest.mark.parametrize(
    ("line", "text"),
    [
        ("Area for improvement 1: Timeliness ........... 4", "Area for improvement 1: Timeliness"),
        ("Foreword . . . . . 2", "Foreword"),
        ("Measuring success ……… 12", "Measuring success"),
        ("Budget 2025........ agreed", "Budget 2025........ agreed"),  # no page number
    ],
)
def test_a_contents_entry_loses_its_leader_and_page_number(line: str, text: str) -> None:
    from planparse.read.raw import Block, document_of

    (block,) = document_of("plan.txt", "text", b"", [Block("line", text=line)]).blocks
    assert block.text == text
