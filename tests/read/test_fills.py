from datetime import date
from pathlib import Path

import pytest

from planparse.api import extract
from planparse.read.fills import hex_rgb, rag_of
from planparse.read.html import background
from planparse.read.pdf_fills import _rgb
from tests.pdfbuild import parts_of_text, plan_pdf

UNSEEN = Path(__file__).parent.parent / "unseen"


@pytest.mark.parametrize(
    ("colour", "rag"),
    [
        # as office programs fill them: Word's standard colours, Excel's conditional fills
        ((1.0, 0.0, 0.0), "Red"),
        ((0.75, 0.0, 0.0), "Red"),  # dark red
        ((1.0, 0.78, 0.81), None),  # light red fill of Excel's "bad": too pale to say
        ((1.0, 0.75, 0.0), "Amber"),
        ((1.0, 0.65, 0.0), "Amber"),  # orange
        ((0.0, 0.69, 0.31), "Green"),
        ((0.57, 0.82, 0.31), "Green"),  # light green
        ((0.6, 0.6, 0.6), None),  # grey shading
        ((0.27, 0.45, 0.77), None),  # blue
    ],
)
def test_a_fill_colour_names_its_rag(colour: tuple[float, float, float], rag: str) -> None:
    assert rag_of(colour) == rag


@pytest.mark.parametrize(
    ("pdf_colour", "rgb"),
    [
        ((0.6,), (0.6, 0.6, 0.6)),  # grey
        (0.6, (0.6, 0.6, 0.6)),
        ((0.0, 0.25, 1.0, 0.0), (1.0, 0.75, 0.0)),  # CMYK amber
        ("P0", None),  # a pattern
        (None, None),
    ],
)
def test_a_pdf_fill_colour_as_rgb(pdf_colour: object, rgb: tuple | None) -> None:
    assert _rgb(pdf_colour) == rgb


_GANTT = """Brackley SEND Improvement Plan 2025-26

Priority 1: Assessment and planning

Ref\tAction\tLead\tQ1 (Apr-Jun 25)\tQ2 (Jul-Sep 25)\tQ3 (Oct-Dec 25)\tQ4 (Jan-Mar 26)
1.1\tClear the backlog of new assessments\tHead of SEND\t{m}\t{m}\t\t
1.2\tAudit 40 plans for quality\tSEND QA Lead\t\t{m}\t{m}\t{m}
1.3\tPublish the refreshed Local Offer\tLocal Offer Manager\t\t\t\t{m}
1.4\tAgree the joint commissioning strategy\tAD Commissioning\t\t\t\t
"""


def test_a_gantt_bar_of_shaded_cells_dates_an_action_as_ticks_would(tmp_path: Path) -> None:
    # a timeline whose periods are shaded, not ticked: the text layer prints nothing there
    ticked = tmp_path / "ticked.txt"
    ticked.write_text(_GANTT.format(m="✓"))
    shaded = plan_pdf(tmp_path / "shaded.pdf", parts_of_text(_GANTT.format(m="■")))
    got = extract(shaded).records["actions"]
    key = [(a.action_id, a.lead, a.due_text, a.due_date, a.start_date) for a in got]
    assert key == [
        (a.action_id, a.lead, a.due_text, a.due_date, a.start_date)
        for a in extract(ticked).records["actions"]
    ]
    assert [a.due_text for a in got] == [
        "Q2 (Jul-Sep 25)", "Q4 (Jan-Mar 26)", "Q4 (Jan-Mar 26)", None,
    ]  # fmt: skip


@pytest.mark.parametrize("lines_per_page", [7, 9])
def test_a_gantt_bar_goes_on_over_a_page_that_does_not_repeat_the_header(
    tmp_path: Path, lines_per_page: int
) -> None:
    # the header printed on the first page only: the next page's quarters are read under it,
    # those shaded nowhere on that page kept all the same
    from tests.pdfbuild import LINE, TOP

    ticked = tmp_path / "ticked.txt"
    ticked.write_text(_GANTT.format(m="✓"))
    shaded = plan_pdf(
        tmp_path / "shaded.pdf",
        parts_of_text(_GANTT.format(m="■")),
        bottom=TOP - lines_per_page * (LINE - 4),
        repeat_header=False,
    )
    got = extract(shaded)
    assert got.document.page_count == 2
    key = [(a.action_id, a.lead, a.due_text, a.due_date) for a in got.records["actions"]]
    assert key == [
        (a.action_id, a.lead, a.due_text, a.due_date) for a in extract(ticked).records["actions"]
    ]
    assert [a.page for a in got.records["actions"]][-1] == 2


def test_a_shaded_cell_under_no_timeline_or_status_heading_stays_empty(tmp_path: Path) -> None:
    # a grey lead cell is no mark: only a timeline's or status column's fill is read
    text = _GANTT.format(m="").replace("\tAD Commissioning\t", "\t■\t")
    got = extract(plan_pdf(tmp_path / "plan.pdf", parts_of_text(text))).records["actions"]
    assert [(a.action_id, a.lead, a.due_text) for a in got][-1] == ("1.4", None, None)


def test_a_status_cell_rated_by_colour_alone_reads_as_its_rag(tmp_path: Path) -> None:
    # Thornbury's highlight report with each RAG printed as a red, amber or green cell only
    source = UNSEEN / "thornbury-highlight-report.txt"
    parts = parts_of_text(source.read_text())
    coloured = [part if isinstance(part, str) else _rated_by_colour(part) for part in parts]
    assert coloured != parts
    printed = extract(plan_pdf(tmp_path / "printed.pdf", parts)).records
    got = extract(plan_pdf(tmp_path / "coloured.pdf", coloured)).records
    for table in ("statements", "risks", "actions"):
        assert _fields(got[table]) == _fields(printed[table]), table
    assert {s.theme: s.status for s in got["statements"] if s.status} == {
        "Assessment and planning": "Amber", "Health": "Green", "Inclusion": "Red",
    }  # fmt: skip


def _fields(records: list) -> list[dict]:
    """Records as their fields, less the doc_id that differs between the two files."""
    return [r.model_dump(exclude={"doc_id"}) for r in records]


def _rated_by_colour(rows: list[list[str]]) -> list[list[str]]:
    """A table with each cell under a "RAG" heading printed as its colour alone."""
    cols = [j for j, cell in enumerate(rows[0]) if cell == "RAG"]
    return [rows[0]] + [
        [f"{{{c}}}" if j in cols and c in ("Red", "Amber", "Green") else c for j, c in enumerate(r)]
        for r in rows[1:]
    ]


def test_a_timeline_filled_in_rag_colours_is_a_rag_by_month(tmp_path: Path) -> None:
    # month columns of red, amber and green cells: each month's RAG, not a Gantt bar
    text = (
        "Ref\tAction\tLead\tJul-25\tAug-25\tSep-25\n"
        "1.1\tClear the backlog\tHead of SEND\t{Red}\t{Amber}\t{Green}\n"
        "1.2\tAudit plans\tSEND QA Lead\t{Amber}\t{Amber}\t{Amber}\n"
    )
    printed = text.replace("{", "").replace("}", "")
    words = tmp_path / "printed.txt"
    words.write_text(printed)
    got = extract(plan_pdf(tmp_path / "plan.pdf", parts_of_text(text))).records["actions"]
    want = extract(words).records["actions"]
    assert [(a.action_id, a.due_text, a.status) for a in got] == [
        (a.action_id, a.due_text, a.status) for a in want
    ]
    assert [a.status for a in got] == ["Green", "Amber"]


@pytest.mark.parametrize(
    ("attributes", "rgb"),
    [
        ('bgcolor="#FFC000"', (1.0, 0.75, 0.0)),
        ('style="background-color: #00b050; width: 20px"', (0.0, 0.69, 0.31)),
        ('style="background:#f00"', (1.0, 0.0, 0.0)),
        ('style="background-color: rgb(255, 0, 0)"', (1.0, 0.0, 0.0)),
        ('bgcolor="green"', (0.0, 0.5, 0.0)),
        ('bgcolor="transparent"', None),
        ('class="rag"', None),
    ],
)
def test_a_web_page_cell_background_as_rgb(attributes: str, rgb: tuple | None) -> None:
    import lxml.html

    cell = lxml.html.fragment_fromstring(f"<td {attributes}></td>")
    got = background(cell)
    assert (None if got is None else tuple(round(c, 2) for c in got)) == rgb


def test_a_web_page_timeline_and_status_coloured_read_as_marks_and_rag(tmp_path: Path) -> None:
    # a council web page's plan: a Gantt bar as cell backgrounds, a RAG as a coloured cell
    page = tmp_path / "plan.html"
    grey, green, red = (f'style="background-color:{c}"' for c in ("#a6a6a6", "#00B050", "red"))
    page.write_text(
        "<html><body><h1>Brackley SEND Improvement Plan</h1><table>"
        "<tr><th>Ref</th><th>Action</th><th>Lead</th><th>Q1 (Apr-Jun 25)</th>"
        "<th>Q2 (Jul-Sep 25)</th><th>RAG</th></tr>"
        f"<tr><td>1.1</td><td>Clear the backlog</td><td>Head of SEND</td><td {grey}></td>"
        f"<td {grey}></td><td {green}></td></tr>"
        f"<tr><td>1.2</td><td>Audit plans</td><td {grey}></td><td {grey}></td>"
        f"<td></td><td {red}></td></tr>"
        "</table></body></html>"
    )
    got = extract(page).records["actions"]
    assert [(a.action_id, a.lead, a.due_text, a.status) for a in got] == [
        ("1.1", "Head of SEND", "Q2 (Jul-Sep 25)", "Green"),
        ("1.2", "Head of SEND", "Q1 (Apr-Jun 25)", "Red"),  # a grey lead cell: carried down
    ]


def test_a_word_table_shaded_under_its_timeline_and_status_reads_as_marks_and_rag(
    tmp_path: Path,
) -> None:
    # Word's cell shading (w:shd w:fill): the Gantt bar and RAG a plan drafted in Word prints
    docx = pytest.importorskip("docx")
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    document = docx.Document()
    document.add_heading("Brackley SEND Improvement Plan", 0)
    rows = [
        ["Ref", "Action", "Lead", "Apr-25", "May-25", "Jun-25", "Status"],
        ["1.1", "Clear the backlog of new assessments", "Head of SEND", "", "", "", ""],
        ["1.2", "Audit 40 plans for quality", "SEND QA Lead", "", "", "", "On track"],
    ]
    shaded = {(1, 3): "A6A6A6", (1, 4): "A6A6A6", (2, 5): "A6A6A6", (1, 6): "FFC000",
              (2, 2): "auto"}  # fmt: skip
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            cell = table.rows[r].cells[c]
            cell.text = value
            if (r, c) in shaded:
                shd = OxmlElement("w:shd")
                shd.set(qn("w:val"), "clear")
                shd.set(qn("w:fill"), shaded[r, c])
                cell._tc.get_or_add_tcPr().append(shd)
    path = tmp_path / "plan.docx"
    document.save(str(path))
    got = extract(path).records["actions"]
    assert [(a.action_id, a.start_date, a.due_text, a.status) for a in got] == [
        ("1.1", date(2025, 4, 30), "May-25", "Amber"),
        ("1.2", None, "Jun-25", "On track"),
    ]


@pytest.mark.parametrize(
    ("written", "rgb"),
    [("00B050", (0.0, 0.69, 0.31)), ("#FFC000", (1.0, 0.75, 0.0)), ("#fff", (1.0, 1.0, 1.0)),
     ("auto", None), ("", None), ("12345", None), ("GGGGGG", None)],
)  # fmt: skip
def test_a_colour_written_in_hex(written: str, rgb: tuple | None) -> None:
    got = hex_rgb(written)
    assert (None if got is None else tuple(round(c, 2) for c in got)) == rgb
