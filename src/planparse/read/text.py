"""Text extracts to a RawDocument.

Takes the text a converter produced from a council PDF or web page and adds structure:
tab-separated lines become table rows, markdown pipe rows too, and a whole HTML table left in
the text rows of its cells; other leftover HTML (`<ul><li>`, `<b>`, `<br>`, `<p>`, `<u>`) is
reduced to text with list items kept as bullets; markdown headings keep their level. OCR
noise is left for the table and field stages, which know what a cell should contain.
"""

from __future__ import annotations

import html
import re
from dataclasses import replace
from pathlib import Path

from planparse.errors import ReadError
from planparse.read.raw import Block, RawDocument, document_of

# Word's Symbol/Wingdings bullets arrive as private-use characters in PDF text.
SYMBOL_BULLETS = str.maketrans({"\uf0b7": "•", "\uf0a7": "▪", "\uf0d8": "➤", "\uf0fc": "✓"})
BULLET_CHARS = "-•·▪◦●○✓✔➤→*"
_BULLET_RE = re.compile(rf"^\s*(?:\*\*→\*\*|[{re.escape(BULLET_CHARS)}])\s*(?:[→➤]\s*)?")
# A dash that is a figure's minus, not a bullet: printed against it ("-10%"), or before a
# figure alone on its line ("- 10%"). "- 95% of families …" is a bullet.
_MINUS_RE = re.compile(r"^\s*-(?:\d|\s*\d[\d.,]*\s*%?\s*$)")
# A line opening in markdown bold ("**Report date:** 14 November 2025"), no "*" bullet
_BOLD_OPEN_RE = re.compile(r"^\s*\*\*(?!→)\S")
_HEADING_RE = re.compile(r"^(#{1,6})\s+(.*)$")
_LI_RE = re.compile(r"<li[^>]*>", re.I)
_BLOCK_TAG_RE = re.compile(r"</?(?:p|br|ul|ol|div|tr|td|th|table|span)[^>]*>", re.I)
_TAG_RE = re.compile(r"</?[a-zA-Z][^>]*>")
_SEPARATOR_RE = re.compile(r"^[\s|:\-–—=+\t]*$")
_SPACE_RE = re.compile(r"\s+")
_EMPHASIS_RE = re.compile(r"(?<![\w*])\*(?=\S)([^*]+?)(?<=\S)\*(?![\w*])")


def clean_html(text: str) -> str:
    """Reduce leftover HTML to text; list items become '• item' so bullets survive."""
    if "<" not in text and "&" not in text:
        return text
    text = _LI_RE.sub(" • ", text)
    text = _BLOCK_TAG_RE.sub(" ", text)
    text = _TAG_RE.sub("", text)
    return html.unescape(text)


def clean_cell(text: str) -> str:
    """Collapse whitespace and markdown emphasis in one cell, keeping the printed words."""
    text = clean_html(text).replace("**", "").replace("\u00a0", " ").translate(SYMBOL_BULLETS)
    text = _EMPHASIS_RE.sub(r"\1", text)  # markdown italics: "*London Innovation …*"
    text = _SPACE_RE.sub(" ", text).strip()
    return "•" + text[1:] if text.startswith("· ") else text  # a converter's list bullet


def _split_row(line: str, unframed: bool = False) -> list[str] | None:
    """Cells of a table line: tab-separated, or a markdown pipe row (`unframed`: one of a
    run printing no bar at either end); None for prose."""
    if "\t" in line:
        return [clean_cell(c) for c in line.split("\t")]
    stripped = line.strip()
    if stripped.startswith("|") and stripped.count("|") >= 2:
        inner = stripped.strip("|")
        return [clean_cell(c) for c in inner.split("|")]
    if unframed:
        return [clean_cell(c) for c in stripped.split("|")]
    return None


# Cells parted by a spaced bar with none at the line's ends: "Ref | Action | Lead | Due"
_UNFRAMED_BAR = " | "
MIN_UNFRAMED_BARS = 2


def unframed_rows(lines: list[str]) -> set[int]:
    """Indexes of lines in a run of two or more printing cells parted by spaced bars and no
    bar at either end, as many on each (a tracker's export, markdown without its frame); a
    ruler line between them ("--- | ---") keeps the run. One such line alone is prose
    ("Penhallow Council | SEND Partnership Board")."""
    found: set[int] = set()
    run: list[int] = []
    bars = 0
    for index, line in enumerate([*lines, ""]):
        stripped = line.strip()
        count = stripped.count(_UNFRAMED_BAR)
        framed = stripped.startswith("|") or stripped.endswith("|") or "\t" in line
        piped = count >= MIN_UNFRAMED_BARS and not framed
        if run and stripped and _SEPARATOR_RE.match(stripped):
            run.append(index)  # the ruler under a header
            continue
        if piped and (not run or count == bars):
            run.append(index)
            bars = count
            continue
        if len(run) >= 2:
            found.update(run)
        run, bars = ([index], count) if piped else ([], 0)
    return found


def lines_to_blocks(lines: list[str]) -> list[Block]:
    """Classify each line as prose, a table row or a gap."""
    blocks: list[Block] = []
    unframed = unframed_rows(lines)
    for number, raw in enumerate(lines, start=1):
        line = raw.rstrip("\r\n").translate(SYMBOL_BULLETS)  # a bullet glyph is a bullet
        if _SEPARATOR_RE.match(line):
            # ruler rows such as '|--|---|' or '---\t---' end a table like a gap does
            blocks.append(Block("blank", line_no=number))
            continue
        cells = _split_row(line, number - 1 in unframed)
        if cells is not None and len(cells) <= 1:
            cells = None
        if cells is not None:
            if all(not c or _SEPARATOR_RE.match(c) for c in cells):
                blocks.append(Block("blank", line_no=number))
                continue
            blocks.append(Block("row", cells=tuple(cells), line_no=number))
            continue
        if len(items := _LI_RE.split(line)) > 2:
            # a list left in HTML on one line ('<ol><li>a</li><li>b</li></ol>'): an item a
            # block, as a browser shows it, an ordered list's numbered
            blocks.extend(_list_items(items, number))
            continue
        heading = _HEADING_RE.match(line.strip())
        level = 0
        if heading:
            level = len(heading.group(1))
            line = heading.group(2)
        bullet = (
            bool(_BULLET_RE.match(line))
            and not _MINUS_RE.match(line)
            and not _BOLD_OPEN_RE.match(line)
        )
        numbered = re.match(r"^\s*-\s+(\d+\.)\s", line)
        text = clean_cell(_BULLET_RE.sub("", line) if bullet else line)
        if numbered:
            # '- 1. Leaders …' is a numbered list item: keep the number, drop the dash
            text = clean_cell(line.strip()[1:])
            bullet = True
        elif not bullet and "<" in line and re.match(r"[•➤▪]\s", text):
            # a list left in HTML ('<ul …> ➤ a ➤ b'): its items follow their glyphs
            bullet = True
            text = text[1:].strip()
        if not text:
            blocks.append(Block("blank", line_no=number))
            continue
        blocks.append(Block("line", text=text, heading_level=level, bullet=bullet, line_no=number))
    return _join_lists_broken_over_lines(blocks)


# A list item opening a cell: "• Publish the toolkit", "- Recruit two coordinators"
_ITEM_OPEN_RE = re.compile(r"^\s*[•➤▪→-]\s")


def _join_lists_broken_over_lines(blocks: list[Block]) -> list[Block]:
    """Rows whose list cell an export broke at its line breaks, joined again: a row ending
    in a list cell ("Timely EHC plans | • Recruit two coordinators") over a row opening with
    the list's next item ("• Introduce weekly panel | SEND Manager | Spring term 2026") is
    one row, when together they fill no more cells than the widest row above them."""
    out: list[Block] = []
    widest = 0  # cells of the widest row in the run of rows so far
    for block in blocks:
        above = out[-1] if out else None
        if block.kind != "row":
            widest = 0
        elif (
            above is not None
            and above.kind == "row"
            and above.cells
            and _ITEM_OPEN_RE.match(above.cells[-1])
            and _ITEM_OPEN_RE.match(block.cells[0])
            and len(above.cells) + len(block.cells) - 1 <= widest
        ):
            cells = (*above.cells[:-1], f"{above.cells[-1]} {block.cells[0]}", *block.cells[1:])
            out[-1] = replace(above, cells=cells)
            continue
        if block.kind == "row":
            widest = max(widest, len(block.cells))
        out.append(block)
    return out


def _list_items(parts: list[str], number: int) -> list[Block]:
    """The blocks of a line of leftover HTML cut at its '<li>' tags: what comes before the
    first item (a lead-in) as a line, then each item a bullet, numbered in an '<ol>'."""
    ordered = re.search(r"<ol\b", parts[0], re.I) is not None
    blocks = []
    if lead_in := clean_cell(parts[0]):
        blocks.append(Block("line", text=lead_in, line_no=number))
    for position, item in enumerate(parts[1:], start=1):
        if text := clean_cell(item):
            text = f"{position}. {text}" if ordered else text
            blocks.append(Block("line", text=text, bullet=True, line_no=number))
    return blocks


def text_to_blocks(text: str) -> list[Block]:
    """The extract's lines as blocks. An HTML table left whole in the text (`<table>` …
    `</table>`, a web page pasted as source) is read cell by cell from its tags, as the HTML
    reader reads it, since its rows carry no tabs to split on; text set out with spaces
    (`pdftotext -layout`) as a PDF's page is (read/spaced.py)."""
    from planparse.read.spaced import is_paged, is_spaced, spaced_text_to_blocks

    lines = text.splitlines()
    if is_paged(text) or is_spaced(lines):
        return spaced_text_to_blocks(text)
    if "<table" not in text.lower():
        return lines_to_blocks(lines)
    from planparse.read.html import leftover_tables  # lxml is loaded only when needed

    blocks: list[Block] = []
    done = 0
    for start, end, rows in leftover_tables(text):
        blocks += lines_to_blocks(text[done:start].splitlines())
        blocks += rows
        done = end
    return blocks + lines_to_blocks(text[done:].splitlines())


def _as_cp1252(byte: int) -> str:
    """A byte as a Windows-1252 decoder shows it; the five bytes it leaves undefined pass
    through as the control characters a sloppy decoder gives them."""
    try:
        return bytes([byte]).decode("cp1252")
    except UnicodeDecodeError:
        return chr(byte)


# A UTF-8 lead byte then a continuation byte, both shown as Windows-1252: what a converter
# that read UTF-8 as Windows-1252 leaves ("Childrenâ€™s", "2Â½"). English prose has next
# to none, so only a text showing them loads ftfy to repair it.
_MOJIBAKE_RE = re.compile(
    "[{}][{}]".format(
        re.escape("".join(_as_cp1252(b) for b in range(0xC2, 0xF5))),
        re.escape("".join(_as_cp1252(b) for b in range(0x80, 0xC0))),
    )
)


def _unmangled(text: str, name: str) -> tuple[str, list[tuple[str, str]]]:
    """The text with mojibake repaired by ftfy (encoding fixes only: quotes, dashes and
    everything else stay as printed), and a warning saying so."""
    if not _MOJIBAKE_RE.search(text):
        return text, []
    import ftfy

    fixed = ftfy.fix_encoding(text)
    if fixed == text:
        return text, []
    return fixed, [("W104", f"{name}: UTF-8 text had been read as Windows-1252; repaired")]


def decode(data: bytes, name: str) -> tuple[str, list[tuple[str, str]]]:
    """Bytes to str: UTF-8 (with or without BOM), else cp1252 with a recorded warning;
    either way with mojibake an earlier converter left repaired."""
    try:
        text, warnings = data.decode("utf-8-sig"), []
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
        warnings = [("W101", f"{name}: not valid UTF-8; read as Windows-1252")]
    text, repaired = _unmangled(text, name)
    return text, warnings + repaired


def read_text(path: Path) -> RawDocument:
    """Read a text extract into blocks."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ReadError(f"{path.name}: cannot read file ({exc.strerror})") from exc
    if b"\x00" in data[:4096]:
        raise ReadError(f"{path.name}: binary data, not a text extract")
    text, warnings = decode(data, path.name)
    if path.suffix.lower() == ".csv":
        import csv

        from planparse.read.delimited import delimited_to_blocks

        try:
            return document_of(path.name, "text", data, delimited_to_blocks(text), warnings)
        except csv.Error as exc:  # a cell past the csv module's limit, a stray NUL: as text
            warnings = [*warnings, ("W103", f"{path.name}: not read as CSV ({exc}); read as text")]
    return document_of(path.name, "text", data, text_to_blocks(text), warnings)
