"""pdfium's chars and rules, as pdfplumber dicts, read a page as pdfminer's parse does.

`read_pdf` reads pages through pdfium (read/pdfium_objects.py) and keeps pdfminer's parse as
the fallback: on every corpus PDF and on built pages (turned by /Rotate, a MediaBox not at
the origin, ruled and borderless tables) the two must give the same words, rules and blocks.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from planparse.read.pdf import read_pdf

from ..conftest import CORPORA
from ..hostile import page_pdf
from ..pdfbuild import parts_of_text, plan_pdf, show

UNSEEN = Path(__file__).resolve().parents[1] / "unseen"
POSITION_TOLERANCE = 0.05  # points: pdfium keeps 32-bit floats, pdfminer 64-bit
# where a line ends may differ more: on the justified lines of the Hull accessible PDF
# (text scaled 0.75) pdfium's char origins fall behind pdfminer's, 0.07% of the way along
# (0.53 pt at the end of a 740 pt line)
LINE_END_TOLERANCE = 1.0


def _pages(path: Path) -> list[tuple[Any, Any]]:
    """Each page twice: pdfminer's parse and pdfium's objects, both as pdfplumber pages."""
    import pdfplumber
    import pypdfium2

    from planparse.read.pdfium_objects import load_objects

    pairs = []
    document = pypdfium2.PdfDocument(str(path))
    with pdfplumber.open(path) as by_pdfminer, pdfplumber.open(path) as by_pdfium:
        for index, (ours, theirs) in enumerate(
            zip(by_pdfium.pages, by_pdfminer.pages, strict=True)
        ):
            load_objects(ours, document[index])
            pairs.append((_geometry(ours), _geometry(theirs)))
    document.close()
    return pairs


def _geometry(page: Any) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    words = [
        (w["text"], w["upright"], w["x0"], w["x1"], w["top"], w["bottom"])
        for w in page.extract_words()
    ]
    edges = sorted(
        (str(e["orientation"]), e["x0"], e["x1"], e["top"], e["bottom"]) for e in page.edges
    )
    return words, edges


def _alike(
    ours: list[tuple[Any, ...]],
    theirs: list[tuple[Any, ...]],
    tolerance: float = POSITION_TOLERANCE,
) -> bool:
    def same(a: Any, b: Any) -> bool:
        if isinstance(a, float) or isinstance(b, float):
            return abs(a - b) <= tolerance
        return bool(a == b)

    return len(ours) == len(theirs) and all(
        len(x) == len(y) and all(same(a, b) for a, b in zip(x, y, strict=True))
        for x, y in zip(ours, theirs, strict=True)
    )


def _same_blocks(ours: list[Any], theirs: list[Any]) -> bool:
    """The same blocks, where a line starts and ends (x0, x1) the same within the tolerance."""

    def unplaced(block: Any) -> Any:
        return replace(block, x0=None, x1=None)

    return [unplaced(b) for b in ours] == [unplaced(b) for b in theirs] and _alike(
        [(b.x0 or 0.0, b.x1 or 0.0) for b in ours],
        [(b.x0 or 0.0, b.x1 or 0.0) for b in theirs],
        LINE_END_TOLERANCE,
    )


@pytest.mark.parametrize("rotate", [0, 90, 180, 270])
def test_a_page_turned_by_rotate_has_pdfminers_words_and_rules(tmp_path: Path, rotate: int) -> None:
    stream = (
        show(72, 720, "Action 1.1.1 Deliver training by May 2025", size=10)
        + show(300, 600, "Lead: Head of SEND", size=12)
        + b"72 700 m 540 700 l S 72 650 468 30 re f 100 500 m 100 300 l S "
    )
    path = tmp_path / f"rotated-{rotate}.pdf"
    path.write_bytes(
        page_pdf(stream).replace(
            b"/MediaBox[0 0 612 792]", b"/MediaBox[0 0 612 792]/Rotate %d" % rotate
        )
    )
    ((ours, theirs),) = _pages(path)
    assert ours[0] and _alike(ours[0], theirs[0])
    assert len(ours[1]) == 6 and _alike(ours[1], theirs[1])  # a line, a rect's four, a line


def test_a_box_with_rounded_corners_has_pdfminers_edges(tmp_path: Path) -> None:
    # straight sides joined by Bezier corners, as a callout box or a shape in Word is drawn
    stream = show(90, 680, "Key priority", size=10) + (
        b"80 660 m 300 660 l 306 660 310 664 310 670 c 310 700 l 310 706 306 710 300 710 c "
        b"80 710 l 74 710 70 706 70 700 c 70 670 l 70 664 74 660 80 660 c h S "
    )
    path = tmp_path / "rounded.pdf"
    path.write_bytes(page_pdf(stream))
    ((ours, theirs),) = _pages(path)
    assert len(ours[1]) == len(theirs[1]) and _alike(ours[1], theirs[1])


def test_a_mediabox_away_from_the_origin_keeps_pdfminers_positions(tmp_path: Path) -> None:
    stream = show(72, 620, "Timescale by March 2026", size=10) + b"72 600 m 540 600 l S "
    path = tmp_path / "offset.pdf"
    path.write_bytes(
        page_pdf(stream).replace(b"/MediaBox[0 0 612 792]", b"/MediaBox[20 -100 632 692]")
    )
    ((ours, theirs),) = _pages(path)
    assert ours[0] and _alike(ours[0], theirs[0]) and _alike(ours[1], theirs[1])


@pytest.mark.parametrize("ruled", [True, False], ids=["ruled", "borderless"])
def test_a_built_plan_reads_the_same_through_either_engine(tmp_path: Path, ruled: bool) -> None:
    parts = parts_of_text((UNSEEN / "riverside-plan.txt").read_text())
    path = plan_pdf(tmp_path / "riverside.pdf", parts, ruled=ruled)
    for ours, theirs in _pages(path):
        assert _alike(ours[0], theirs[0]) and _alike(ours[1], theirs[1])
    assert _same_blocks(read_pdf(path, "pdfium").blocks, read_pdf(path, "pdfminer").blocks)


@pytest.mark.parametrize("path", sorted(CORPORA.glob("*.pdf")), ids=lambda p: p.stem)
def test_every_corpus_pdf_gives_the_same_blocks_through_either_engine(path: Path) -> None:
    assert _same_blocks(read_pdf(path, "pdfium").blocks, read_pdf(path, "pdfminer").blocks)


def test_a_pdf_pdfium_cannot_open_is_read_by_pdfminer(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import pypdfium2

    def refuse(*args: object, **kwargs: object) -> None:
        raise pypdfium2.PdfiumError("refused")

    path = tmp_path / "page.pdf"
    path.write_bytes(page_pdf(show(72, 720, "Action 2.1 Review the local offer", size=10)))
    monkeypatch.setattr(pypdfium2, "PdfDocument", refuse)
    assert [b.text for b in read_pdf(path).blocks] == ["Action 2.1 Review the local offer"]
