"""Success-measure grids printed under a repeated action header.

Word repeats a table's first row at the top of every page. When a plan's success-measure grid
shares one frame with the action table above it (Hillingdon), each page of the grid is headed
"Key Areas | Actions | Lead" and its rows arrive as an action table with the grid's columns.
This pass finds those runs by what their cells hold (period labels "By Oct 25", values) and
turns them back into the grid they continue, with columns found from the cells. It runs after
`find.blocks_to_tables`, so finding tables by header stays simple.
"""

from __future__ import annotations

import re

from planparse.fields.dates import PERIOD_LABEL_RE
from planparse.fields.values import is_series_label, parse_values
from planparse.tables.find import Row, Table
from planparse.tables.roles import names_figures
from planparse.tables.stitch import last_page, remap

_ID_RE = re.compile(r"^\d+\.\d")


def regrid(tables: list[Table]) -> list[Table]:
    """Tables with grid runs under action headers joined to the grid they continue."""
    out: list[Table] = []
    for table in tables:
        # an action header naming the figures' columns itself ("… | Success measure |
        # Baseline | Target") heads its own rows, values and all: no grid run under it
        if not (
            table.kind == "action"
            and not names_figures(table.roles)
            and _is_grid_run(table.rows, table.roles)
        ):
            out.append(table)
            continue
        for rows in _runs_as_printed(table.rows):
            roles = _grid_roles(rows)
            above = out[-1] if out else None
            if above is not None and _grid_header(above) and _adjoins_rows(above, rows):
                colmap = _run_map(above, rows, roles)
                if _fits(rows, colmap):
                    if colmap is not None and (series := _series_columns(above, rows, colmap)):
                        colmap = _widen_for_series(above, colmap, series)
                    _extend(above, rows, roles, colmap)
                    continue
            # a grid of its own, or one too wide for the columns above (Hillingdon p.19)
            out.append(Table([""] * len(roles), roles, "grid", table.context, rows))
    return out


def _runs_as_printed(rows: list[Row]) -> list[list[Row]]:
    """A table's rows with the cells their own page printed, cut where the page's columns
    change: a page whose grid is wider than the header it continues keeps all its cells."""
    runs: list[list[Row]] = []
    width = None
    for row in rows:
        cells = row.printed if row.printed is not None else row.cells
        if width is None or len(cells) != width:
            runs.append([])
            width = len(cells)
        runs[-1].append(Row(list(cells), row.context, row.page, row.line_no))
    return runs


# Columns of an action header that hold periods in any action table ("Start | Completion":
# "Q2 2025/26 | Q4 2026/27"): labels there are the action's dates, not a grid's.
_DATE_ROLES = frozenset({"start", "deadline"})


def _is_grid_row(cells: list[str], roles: list[str | None]) -> bool:
    labels = sum(
        1
        for i, c in enumerate(cells)
        if PERIOD_LABEL_RE.match(c) and (i >= len(roles) or roles[i] not in _DATE_ROLES)
    )
    values = sum(1 for c in cells if c and len(c) <= 30 and parse_values(c) and "%" in c)
    return labels >= 2 or values >= 2


def _is_grid_run(rows: list[Row], roles: list[str | None]) -> bool:
    """Most rows carry period labels or percentage values: a grid, whatever its header says."""
    return bool(rows) and sum(_is_grid_row(r.cells, roles) for r in rows) * 2 >= len(rows)


def _grid_header(table: Table) -> bool:
    """A grid, or a grid header cut off at the foot of a page (no rows yet)."""
    return table.kind == "grid" or (not table.rows and "baseline" in table.roles)


def _adjoins_rows(above: Table, rows: list[Row]) -> bool:
    end = last_page(above) or _first_page(above.rows)
    start = _first_page(rows)
    return end is None or start is None or start - end <= 1


def _first_page(rows: list[Row]) -> int | None:
    return next((r.page for r in rows if r.page is not None), None)


def _filled_columns(rows: list[Row], width: int) -> list[list[str]]:
    """The filled cells of each column of a run, left to right."""
    return [[r.cells[i] for r in rows if i < len(r.cells) and r.cells[i]] for i in range(width)]


def _grid_roles(rows: list[Row]) -> list[str | None]:
    """Columns from cells: labels mark the value columns; the measure is the leftmost column
    rich in sentences left of them, the baseline the next filled one, the source the last
    column whose cells are mostly words."""
    width = max(len(r.cells) for r in rows)
    columns = _filled_columns(rows, width)
    value_cols = [i for i, col in enumerate(columns) if any(PERIOD_LABEL_RE.match(c) for c in col)]
    first_value = min(value_cols) if value_cols else width
    roles: list[str | None] = [None] * width
    sentences = [
        sum(1 for c in columns[i] if len(c.split()) >= 3 and not _ID_RE.match(c))
        for i in range(first_value)
    ]
    best = max(sentences, default=0)
    # the leftmost column rich in sentences: the baseline column right of it may hold more
    measure = next((i for i, n in enumerate(sentences) if best and n * 2 >= best), None)
    if measure is not None:
        roles[measure] = "measure"
        baseline = next((i for i in range(measure + 1, first_value) if columns[i]), None)
        if baseline is not None:
            roles[baseline] = "baseline"
    if value_cols:
        roles[first_value] = "target"
    named = [
        sum(
            1
            for c in col
            if re.search(r"[A-Za-z]{3}", c) and "%" not in c and not PERIOD_LABEL_RE.match(c)
        )
        for col in columns
    ]
    source = next(
        (i for i in range(width - 1, first_value, -1) if named[i] * 2 > len(columns[i]) > 0), None
    )
    if source is not None:
        roles[source] = "source"
    return roles


def _run_map(grid: Table, rows: list[Row], roles: list[str | None]) -> list[int | None] | None:
    """Where each column of a run goes in the grid above; None while that grid has no rows
    (a header cut off at the foot of a page), whose columns the run then sets."""
    if not grid.rows:
        return None
    return _right_aligned_map(rows, grid) or _column_map(roles, grid.roles)


def _extend(
    grid: Table, rows: list[Row], roles: list[str | None], colmap: list[int | None] | None
) -> None:
    """Add a run's rows to the grid above, columns placed by `colmap` (see `_run_map`)."""
    if colmap is None:
        grid.roles, grid.kind, grid.header = roles, "grid", [""] * len(roles)
        grid.rows.extend(rows)
        return
    for row in rows:
        cells = remap(tuple(row.cells), colmap, len(grid.roles))
        grid.rows.append(Row(cells, row.context, row.page, row.line_no))


def _series_columns(grid: Table, rows: list[Row], colmap: list[int | None]) -> list[int]:
    """A run's series columns between its baselines and values ("SEN Support 16-17 year olds"
    | "92.5%" …, Hillingdon p.30) that the column map would run into the baseline of a grid
    above that has no such column; none when the run prints no such column."""
    b = grid.column("baseline")
    if b is None:
        return []
    columns = _filled_columns(rows, len(colmap))
    own = [i for i, j in enumerate(colmap) if j == b and columns[i]]
    if len(own) < 2 or not all(is_series_label(c) for i in own[1:] for c in columns[i]):
        return []
    return own[1:]


def _widen_for_series(grid: Table, colmap: list[int | None], series: list[int]) -> list[int | None]:
    """Give the grid an empty column after its baseline for the run's series columns, so each
    label stays beside its row's values rather than running into the baseline text; the
    column map with them placed there."""
    b = grid.roles.index("baseline")
    grid.roles.insert(b + 1, None)
    grid.header.insert(b + 1, "")
    for row in grid.rows:
        row.cells.insert(b + 1, "")
    shifted = [j + 1 if j is not None and j > b else j for j in colmap]
    return [b + 1 if i in series else j for i, j in enumerate(shifted)]


def _fits(rows: list[Row], colmap: list[int | None] | None) -> bool:
    """Whether every filled cell of the run has a column in the grid above."""
    return colmap is None or all(
        not cell or (i < len(colmap) and colmap[i] is not None)
        for row in rows
        for i, cell in enumerate(row.cells)
    )


def _right_aligned_map(rows: list[Row], grid: Table) -> list[int | None] | None:
    """Where a run's cells go when it prints values under no period label of its own: its
    value columns are the last the grid fills, its nearest filled column left of them the
    baseline, columns further left where they are (Hillingdon p.20 goes on with "Section D 18%
    …" | "D 55%" … under the "By Apr 25 … By Apr 28" of p.19, with fewer columns). None when
    the run has period labels, or no value columns at its right."""
    target = grid.roles
    if any(PERIOD_LABEL_RE.match(c) for r in rows for c in r.cells) or "baseline" not in target:
        return None
    width = max(len(r.cells) for r in rows)
    columns = _filled_columns(rows, width)
    last = max((i for i, col in enumerate(columns) if col), default=-1)
    first = last
    while (
        first >= 0
        and columns[first]
        and all(len(c) <= 30 and parse_values(c) for c in columns[first])
    ):
        first -= 1
    values = last - first
    baseline = next((i for i in range(first, -1, -1) if columns[i]), None)
    t_first = _value_start(target)
    source = target.index("source") if "source" in target else len(target)
    used = [i for r in grid.rows for i, c in enumerate(r.cells) if c and t_first <= i < source]
    t_end = max(used) + 1 if used else source
    if values < 1 or values > t_end - t_first or baseline is None:
        return None
    out: list[int | None] = []
    for i in range(width):
        if i > first:
            out.append(t_end - (last - i) - 1 if i <= last else None)
        elif i == baseline:
            out.append(target.index("baseline"))
        else:
            out.append(min(i, target.index("baseline") - 1))
    return out


def _column_map(source: list[str | None], target: list[str | None]) -> list[int | None]:
    """Where each column of a run sits in the grid: named roles by name, value columns in order;
    a column between the baseline and the values (a row label) joins the baseline."""
    s_first = _value_start(source)
    t_first = _value_start(target)
    t_source = target.index("source") if "source" in target else len(target)
    out: list[int | None] = []
    for i, role in enumerate(source):
        if role in ("measure", "baseline", "source") and role in target:
            out.append(target.index(role))
        elif i >= s_first and role != "source":
            j = t_first + (i - s_first)
            out.append(j if j < t_source else None)
        elif "baseline" in source and i > source.index("baseline") and "baseline" in target:
            out.append(target.index("baseline"))
        elif i < (source.index("measure") if "measure" in source else 0):
            out.append(min(i, (target.index("measure") if "measure" in target else 1) - 1))
        else:
            out.append(None)
    return out


def _value_start(roles: list[str | None]) -> int:
    if "target" in roles:
        return roles.index("target")
    if "baseline" in roles:
        return roles.index("baseline") + 1
    return len(roles)
