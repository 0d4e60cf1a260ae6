"""The RawDocument every reader returns: lines of prose and rows of cells, in reading order.

Readers differ in what they can see (a PDF has pages and rules, a text extract has tabs);
what the later stages need is the same: for each line, its text or its cells, the page it
sits on, and whether it is a heading or a bullet.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field, replace
from typing import Literal

from planparse.errors import ReadError

BlockKind = Literal["line", "row", "blank"]


class DrawnEmpty(str):
    """A table cell drawn with rules of its own and nothing printed in it.

    Only a ruled PDF table tells it apart from the lower part of a cell merged over several
    rows (pdfplumber gives those no cell at all), so the PDF reader makes one; so does
    tables/forms.py for a field an action's form does not print. It is the
    empty string to everything else, and any change to it gives a plain one: code that loses
    the mark falls back to reading an empty cell as the value printed above. tables/rows.py
    reads it to keep a lead from carrying into a row that prints its own empty lead cell
    (Hillingdon 4.2.4 under 4.2.3's lead, p.27).
    """

    __slots__ = ()


DRAWN_EMPTY = DrawnEmpty()


@dataclass(frozen=True)
class Block:
    """One line of the document: prose (`line`), a table row (`row`) or a gap (`blank`)."""

    kind: BlockKind
    text: str = ""
    cells: tuple[str, ...] = ()
    heading_level: int = 0  # markdown-style level when the source marks it, else 0
    bullet: bool = False
    page: int | None = None
    line_no: int = 0
    table_break: bool = False  # the reader saw a table end here (PDF table boundary)
    x0: float | None = None  # where a PDF prints the line: its left and right edges
    x1: float | None = None

    @property
    def printed(self) -> str:
        """The block's words as one line: a line's text, or a row's filled cells joined (a
        heading a converter left in a row's one cell reads as the line it is)."""
        return self.text if self.kind == "line" else " ".join(c for c in self.cells if c)


@dataclass
class RawDocument:
    """What a reader hands to layout: blocks plus facts about the file itself."""

    source_file: str
    source_format: Literal["pdf", "text", "html", "docx", "xlsx"]
    sha256: str
    blocks: list[Block] = field(default_factory=list)
    page_count: int | None = None
    warnings: list[tuple[str, str]] = field(default_factory=list)  # (code, message)


# Typesetting a document's text keeps that no one types, so that names and words match as
# typed: ligatures a PDF's fonts print ("Clinical Oﬃcer", "identiﬁed") spelt out; soft
# hyphens and zero-width spaces (where a word may break) dropped; the hyphen that may not
# break ("post‑16") and the no-break space as the plain ones
_TYPESET = str.maketrans(
    {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
     "\ufb05": "ft", "\ufb06": "st", "\u00ad": None, "\u200b": None, "\u200c": None,
     "\u200d": None, "\u2060": None, "\ufeff": None, "\u2010": "-", "\u2011": "-",
     "\u00a0": " "}
)  # fmt: skip
_TYPESET_RE = re.compile("[" + re.escape("".join(map(chr, _TYPESET))) + "]")


# A contents entry's dot leader and page number: "Area for improvement 1: … ........ 4"
CONTENTS_LEADER_RE = re.compile(r"\s*(?:\.{4,}|…{2,}|(?:\.\s){3,}\.?)\s*\d{1,3}\s*$")


def _without_leader(block: Block) -> Block:
    """A line of a contents page without its leader and page number, the heading it lists."""
    if block.kind != "line" or not CONTENTS_LEADER_RE.search(block.text):
        return block
    return replace(block, text=CONTENTS_LEADER_RE.sub("", block.text))


def _as_typed(block: Block) -> Block:
    """The block as typed (`_TYPESET`); a cell needing nothing is kept as it is (an empty
    one drawn with rules of its own keeps its mark)."""
    if not (_TYPESET_RE.search(block.text) or any(_TYPESET_RE.search(c) for c in block.cells)):
        return block
    return replace(
        block,
        text=block.text.translate(_TYPESET),
        cells=tuple(c.translate(_TYPESET) if _TYPESET_RE.search(c) else c for c in block.cells),
    )


def document_of(
    name: str,
    source_format: Literal["pdf", "text", "html", "docx", "xlsx"],
    data: bytes,
    blocks: list[Block],
    warnings: list[tuple[str, str]] | None = None,
    page_count: int | None = None,
) -> RawDocument:
    """A reader's blocks as a RawDocument, numbered in reading order; an input with no text
    at all is an error naming the file."""
    if not any(b.kind != "blank" for b in blocks):
        raise ReadError(f"{name}: empty document, no text to extract")
    return RawDocument(
        source_file=name,
        source_format=source_format,
        sha256=hashlib.sha256(data).hexdigest(),
        blocks=[
            replace(_without_leader(_as_typed(b)), line_no=i + 1) for i, b in enumerate(blocks)
        ],
        page_count=page_count,
        warnings=warnings or [],
    )
