"""PDF lines outside tables joined back into the bullets and headings a page wrapped.

A PDF prints a long bullet or heading over several lines; the reader gives one line block
each, with where the line starts and ends (`Block.x0`, `x1`). This joins them by where they
start (a bullet's text is indented right of its glyph) and end (a line that reaches the right
margin without ending a sentence goes on).
"""

from __future__ import annotations

import re
from dataclasses import replace

from planparse.cuts import ends_mid_phrase
from planparse.fields.ids import canonical_action_id, canonical_prefixed_id
from planparse.layout import THEME_RE
from planparse.read.pdf_cells import mend_line_end_hyphens
from planparse.read.raw import CONTENTS_LEADER_RE, Block
from planparse.tables.forms import form_fields, is_labelled_line


def join_wrapped_bullets(blocks: list[Block], widths: list[float] | None = None) -> list[Block]:
    """Lines a PDF wrapped, joined back into the bullet or heading they continue.

    - A non-bullet line after a bullet (or after its earlier continuation) is the rest of it
      when it starts in lower case, when the bullet ends on "and", "of", "&" … ("… EBSNA
      Response and" / "Outreach Team (EROS)"), or when it starts right of the bullet's glyph,
      where the bullet's text is indented ("… interventions are in place. New" / "EPS Early
      Years advisor role …", Hillingdon strategy p.3; a heading starts at the margin).
    - A line under a line that reaches the right margin without ending a sentence, or ends
      on "and", "of" …, starting where it starts, is the rest of it ("… assessment and
      reviewing of" / "EHCPs"); not a line that starts with a form's label ("Lead: …") or
      a theme's ("Area for improvement 2: …", under a one-line action as long as the page).
    """
    out: list[Block] = []
    right = _right_margins(blocks, widths)
    bullet_x0: float | None = None
    for block in blocks:
        above = out[-1] if out else None
        same_page = above is not None and above.page == block.page
        if block.kind == "line" and block.bullet:
            bullet_x0 = block.x0
        if (
            above is not None
            and above.kind == "line"
            and above.bullet
            and block.kind == "line"
            and not block.bullet
            and (
                block.text[:1].islower()
                or ends_mid_phrase(above.text)
                or (
                    same_page
                    and bullet_x0 is not None
                    and block.x0 is not None
                    and block.x0 > bullet_x0 + INDENT
                )
            )
        ):
            out[-1] = replace(above, text=_join_lines(above.text, block.text), x1=block.x1)
            continue
        if (
            above is not None
            and same_page
            and above.kind == block.kind == "line"
            and not above.bullet
            and not block.bullet
            and above.x0 is not None
            and block.x0 is not None
            and above.x1 is not None
            and abs(above.x0 - block.x0) < INDENT
            and (
                above.x1 >= right.get(block.page, float("inf")) - WRAP_SLACK
                or ends_mid_phrase(above.text)
            )
            and not above.text.endswith((".", ":", ";", "!", "?"))
            and not form_fields(block)  # "RAG: Green" under a form's long line is its own
            # a labelled line under another ("Date completed: …" / "Overall status: …")
            and not (is_labelled_line(above.text) and is_labelled_line(block.text))
            and not THEME_RE.match(block.text)  # "Area for improvement 2: …" heads what follows
            # a contents page: each entry ends in its page number, "Contents" heads them
            and not CONTENTS_LEADER_RE.search(above.text)
            and not _CONTENTS_RE.fullmatch(block.text.strip())
            # a form's last field as long as the page, then the next action's id line ("… (currently
            # 61%)" / "A2  Publish the SALT offer", Otley)
            and not (is_labelled_line(above.text) and _opens_with_an_id(block.text))
        ):
            out[-1] = replace(above, text=_join_lines(above.text, block.text), x1=block.x1)
            continue
        out.append(block)
    return out


_CONTENTS_RE = re.compile(r"(?:table\s+of\s+)?contents", re.I)


def _opens_with_an_id(text: str) -> bool:
    """A line opening with an action's id, numbered ("1.2") or lettered ("A2", "P1.1")."""
    first = text.split(maxsplit=1)[0] if text.split() else ""
    return bool(canonical_action_id(first) or canonical_prefixed_id(first))


# Points a wrapped line may start right of its bullet's glyph, or stop short of the margin.
INDENT = 3.0
WRAP_SLACK = 60.0


def _join_lines(a: str, b: str) -> str:
    """Two printed lines as one, a word hyphenated over them mended as in cells."""
    joined = mend_line_end_hyphens(f"{a}\n{b}")
    return joined.replace("\n", " ")


def _right_margins(
    blocks: list[Block], widths: list[float] | None = None
) -> dict[int | None, float]:
    """The right edge of the text on each page: the furthest any of its lines reaches, on pages
    with lines enough to tell (five or more), where other lines end near it as wrapped lines
    do. A page of headings over tables has no margin: its longest heading is no wrapped line
    (a two-line title over "Priority 1: …" would take the priority in). Nor has a page whose
    lines all stop short of the right of the page (`widths`, each page's width): a cover's
    short lines ("… Improvement Plan" over "September 2025 to August 2026")."""
    ends: dict[int | None, list[float]] = {}
    for block in blocks:
        if block.x1 is not None:
            ends.setdefault(block.page, []).append(block.x1)
    right: dict[int | None, float] = {}
    for page, xs in ends.items():
        near = [x for x in xs if x >= max(xs) - WRAP_SLACK]
        short = (
            widths is not None and page is not None and max(xs) < MARGIN_SHARE * widths[page - 1]
        )
        if len(xs) >= MIN_MARGIN_LINES and len(near) >= MIN_LINES_AT_MARGIN and not short:
            right[page] = max(xs)
    return right


MIN_MARGIN_LINES = 5
MIN_LINES_AT_MARGIN = 3  # the furthest line and two more ending near it
MARGIN_SHARE = 0.75  # of the page's width, the furthest line reaches at least on a page of prose
