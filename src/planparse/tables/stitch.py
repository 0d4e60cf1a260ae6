"""Tables continued over page breaks: which table a page's rows continue, and where its cells go.

pdfplumber finds tables page by page and does not join them (pdfplumber#922). Takes the table
open above and the first row of a page and says whether that row continues it: a header
repeated on the next page with the same named columns (the never-filled id column dropped,
Hillingdon p.9), or a headerless run in the same section as many columns wide. The rows stage
then mends the row the break cut (the first line on the new page has no id). camelot's
`stack_contiguous` (column count, first-row header) is the reference behaviour.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from planparse.layout import Context
from planparse.read.raw import Block
from planparse.tables.roles import heads_a_period, heads_themes

if TYPE_CHECKING:
    from planparse.tables.find import Table


def section_of(ctx: Context) -> tuple[str | None, str | None, str | None]:
    """The theme, objective and year a table or a row sits under: a table never continues
    across them, nor does a lead printed once carry across them (tables/rows.py)."""
    return ctx.theme, ctx.objective, ctx.year_heading


def names_other_periods(header: list[str], roles: list[str | None], above: Table) -> bool:
    """Whether a grid header names other periods over its figures than the header of the
    table above ("Autumn term | Spring term" after "Dec | Mar", "2026/27" after "2025/26"):
    a grid of its own, however alike their columns, not the same header printed again. Only
    headers naming as many periods are compared: a header's line of years merged over its
    periods ("2025/26" over "Q2 | Q4") names fewer than the whole header above it."""
    mine, theirs = _periods_named(header, roles), _periods_named(above.header, above.roles)
    return bool(mine) and len(mine) == len(theirs) and mine != theirs


def _periods_named(header: list[str], roles: list[str | None]) -> list[str]:
    """The periods a grid's target and actual columns name, in order, spaces taken out (a
    header printed again may wrap its cells elsewhere)."""
    return [
        "".join(cell.split()).lower()
        for cell, role in zip(header, roles, strict=False)
        if role in ("target", "actual") and heads_a_period(cell)
    ]


def last_page(table: Table) -> int | None:
    """The page a table's last row is printed on; its header's, before it has rows (a header
    at the foot of a page, its rows on the next)."""
    return table.rows[-1].page if table.rows else table.page


def repeats_on_next_page(
    above: Table | None, block: Block, roles: list[str | None], ctx: Context
) -> list[int | None] | None:
    """Column map when a header row repeats `above`'s header on a later page, else None."""
    if (
        above is None
        or block.page is None
        or section_of(above.context) != section_of(ctx)
        or [r for r in above.roles if r] != [r for r in roles if r]
        or last_page(above) in (None, block.page)
    ):
        return None
    return column_map(roles, above.roles)


def column_map(roles: list[str | None], target: list[str | None]) -> list[int | None]:
    """Where each column of a repeated header sits in the first header: by role, then the
    unnamed columns in order."""
    unnamed = [i for i, r in enumerate(target) if r is None]
    out: list[int | None] = []
    for role in roles:
        if role is not None:
            out.append(target.index(role))
        else:
            out.append(unnamed.pop(0) if unnamed else None)
    return out


def remap(cells: tuple[str, ...], colmap: list[int | None], width: int) -> list[str]:
    """A continuation row's cells placed under the first header's columns."""
    out = [""] * width
    for i, cell in enumerate(cells):
        j = colmap[i] if i < len(colmap) else None
        if j is not None and cell:
            out[j] = f"{out[j]} {cell}".strip()
    return out


def continued_on_next_page(
    block: Block, tables: list[Table], ctx: Context
) -> tuple[Table, list[int | None] | None] | None:
    """The table a headerless run at the top of a page continues, if any, and the column map
    for its rows: the last table, when it is not prose-like and sits in the same section, and
    the run is as many columns wide, or narrower by the columns a page left empty at its left
    (Hull accessible PDF p.13: the objective column, empty on that page, is dropped) when its
    dates, refs and statuses then fall under their columns."""
    above = tables[-1] if tables else None
    if (
        above is None
        or list(block.cells) == list(above.header)  # its header printed again: no row of it
        or (above.kind == "other" and not (above.header and heads_themes(above.header[0])))
        or block.page is None
        or last_page(above) in (None, block.page)
        or section_of(above.context) != section_of(ctx)
    ):
        return None
    missing = len(above.roles) - len(block.cells)
    if missing == 0:
        return above, None
    if 0 < missing <= MAX_DROPPED_LEFT_COLUMNS:
        from planparse.tables.rows import fits_columns

        shifted = [""] * missing + list(block.cells)
        if fits_columns(shifted, above.roles) > max(
            0, fits_columns(list(block.cells), above.roles)
        ):
            return above, [i + missing for i in range(len(block.cells))]
    return None


# How many empty columns a page may drop at the left of a table it continues.
MAX_DROPPED_LEFT_COLUMNS = 2
