"""Text set out with spaces: a PDF's page as `pdftotext -layout` prints it.

Such an extract keeps a table's columns apart by runs of spaces, not tabs, and its pages
apart by form feeds. Each character is given the place it would have on a page printed in a
fixed-width font, and the words so placed are read as a PDF's words are: borderless tables
from where the words of a header line start (whitespace.py), a table going on over a page
break, running headers and footers dropped, wrapped lines joined (read/pages.py).

The font's proportions make whitespace.py's gaps fall between spaces: one space (a
character's width) joins two words into a cell's text; two part two cells, as
`PIECE_GAP` × `LINE_HEIGHT` lies between the two. A blank line is a line's spacing of empty
space, as on the page.
"""

from __future__ import annotations

import re

from planparse.read import whitespace
from planparse.read.pages import (
    Item,
    blocks_of_pages,
    borderless_items,
    edge_lines,
    foot_of,
    running_test,
)
from planparse.read.raw import Block

Word = whitespace.Word

# Points per character across, a line's height and the spacing of lines down the page.
CHAR_WIDTH = 4.0
LINE_HEIGHT = 8.0
LINE_SPACING = 11.0
assert CHAR_WIDTH < whitespace.PIECE_GAP * LINE_HEIGHT < 2 * CHAR_WIDTH

_WORD_RE = re.compile(r"\S+")
# Two spaces or more between words, not after a sentence's end (typed prose may put two
# there): a gap between columns.
_COLUMN_GAP_RE = re.compile(r"[^\s.!?:] {2,}\S")
# Lines with a gap between columns that show an extract is set out with spaces.
MIN_SPACED_LINES = 3


def _typed_rows(lines: list[str]) -> bool:
    """Whether a line holds a tab or a markdown pipe row: the text reader's own rows."""
    return any("\t" in line or line.lstrip().startswith("|") for line in lines)


def is_spaced(lines: list[str]) -> bool:
    """Whether a text extract sets its tables out with spaces: no line holds a tab or a
    markdown pipe row, and three lines or more print words two spaces apart or more."""
    spaced = sum(bool(_COLUMN_GAP_RE.search(line.strip())) for line in lines)
    return spaced >= MIN_SPACED_LINES and not _typed_rows(lines)


def is_paged(text: str) -> bool:
    """Whether a text extract parts two pages or more with form feeds, as pdftotext does
    with `-layout` or without, and holds no tab or pipe row: it is read page by page as a
    PDF is, so its running headers and footers ("OFFICIAL", "Page 2 of 3") are dropped and
    a list or table goes on over the break, even where no line is set out in columns."""
    pages = [page for page in text.split("\f") if page.strip()]
    return len(pages) >= 2 and not _typed_rows(text.splitlines())


def line_words(text: str, top: float) -> list[Word]:
    """A printed line's words where a fixed-width font places them."""
    return [
        {
            "text": match.group(),
            "x0": match.start() * CHAR_WIDTH,
            "x1": match.end() * CHAR_WIDTH,
            "top": top,
            "bottom": top + LINE_HEIGHT,
        }
        for match in _WORD_RE.finditer(text)
    ]


def spaced_text_to_blocks(text: str) -> list[Block]:
    """The blocks of a text extract set out with spaces, page by page (pages parted by form
    feeds, as pdftotext parts them; an extract without is one page). Its rows' cells are
    placed under their columns, as a PDF's are: each block carries its page, which tells
    the rows stage so."""
    pages = text.split("\f")
    if pages and not pages[-1].strip():
        pages.pop()  # the form feed after the last page
    pages_items: list[list[Item]] = []
    widths: list[float] = []
    carried: whitespace.Carried | None = None
    edges: frozenset[str] = frozenset()
    for number, page in enumerate(pages, start=1):
        printed = page.splitlines()  # no tabs: is_spaced and is_paged admit none
        lines = [w for k, t in enumerate(printed) if (w := line_words(t, k * LINE_SPACING))]
        height = max(len(printed), 1) * LINE_SPACING
        width = max((len(t) for t in printed), default=0) * CHAR_WIDTH
        running = running_test(number, edges, [w for line in lines for w in line])
        found, carried = whitespace.find_tables(
            lines, carried, running, foot_of(height), columns_per_page=True
        )
        pages_items.append(borderless_items(found, lines, width, height))
        widths.append(width)
        edges |= edge_lines(lines)
    return blocks_of_pages(pages_items, widths)
