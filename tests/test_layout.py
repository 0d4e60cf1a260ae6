"""Section context: which priority heading each block sits under."""

from planparse.layout import blocks_to_contexts
from planparse.read.text import lines_to_blocks
from planparse.tables.find import join_cut_cells


def themes_of(text: str) -> list[str | None]:
    blocks = lines_to_blocks(text.splitlines())
    return [
        c.theme for c, b in zip(blocks_to_contexts(blocks), blocks, strict=True) if b.kind == "row"
    ]


def test_a_priority_heading_wrapped_onto_a_second_line_is_one_theme() -> None:
    # Hull PDF p.23: the heading's last words are printed on the line below it
    themes = themes_of(
        "5. To deliver sustainable services that make a difference to\n"
        "children, young people, and their families.\n"
        "Objective\tAction\tLead\n"
        "Remodel\tThrough a remodelling\tAD\n"
    )
    assert (
        themes
        == [
            "5. To deliver sustainable services that make a difference to children, young people, "
            "and their families."
        ]
        * 2
    )


def test_a_complete_heading_is_not_extended_by_the_prose_below() -> None:
    themes = themes_of(
        "6. To have improved transition experiences for our children.\n"
        "This section sets out how.\n"
        "Objective\tAction\tLead\n"
    )
    assert themes == ["6. To have improved transition experiences for our children."]


def test_a_word_cut_at_a_cell_edge_is_joined_when_the_document_prints_it_whole() -> None:
    lexicon = {"identify", "early", "so", "that", "the"}
    cells = ["3. To ident", "ify need early so that", "the right support"]
    assert join_cut_cells(cells, lambda: lexicon) == (
        "3. To identify need early so that the right support"
    )
    # "that" + "the" is no word: two words stay two
    assert join_cut_cells(["so that", "the right"], lambda: lexicon) == "so that the right"
