from planparse.read.text import clean_cell, lines_to_blocks


def test_html_is_reduced_to_text_with_bullets() -> None:
    cell = '<ul style="x"> <li>One</li> <li><b>Two</b></li> </ul>'
    assert clean_cell(cell) == "• One • Two"


def test_markdown_pipe_rows_and_rulers() -> None:
    blocks = lines_to_blocks(["| a | b |", "|--|---|", "## Heading", "- item"])
    assert [b.kind for b in blocks] == ["row", "blank", "line", "line"]
    assert blocks[2].heading_level == 2 and blocks[3].bullet


def test_numbered_item_keeps_its_number() -> None:
    (block,) = lines_to_blocks(["- 1. Leaders should"])
    assert block.bullet and block.text == "1. Leaders should"


def test_symbol_font_bullets_become_bullets() -> None:
    assert clean_cell("\uf0b7 Establish a plan") == "• Establish a plan"
