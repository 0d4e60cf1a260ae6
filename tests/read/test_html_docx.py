"""HTML and Word readers feed the same table core: spans resolved as the page shows them."""

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from planparse.api import extract, read
from planparse.errors import ReadError
from planparse.read.html import table_grid

HERE = Path(__file__).parent
HTML = HERE / "hounslow_like.html"  # Hounslow's area/sub-area/action nesting, with rowspans


def test_rowspans_and_colspans_leave_the_spanned_cells_empty() -> None:
    import lxml.html

    table = lxml.html.fragment_fromstring(
        "<table><tr><th colspan='2'>Areas</th><th>Action</th></tr>"
        "<tr><td rowspan='2'>1.0 Area</td><td>1.1</td><td>a</td></tr>"
        "<tr><td>1.2</td><td>b</td></tr></table>"
    )
    assert table_grid(table) == [
        ["Areas", "", "Action"],
        ["1.0 Area", "1.1", "a"],
        ["", "1.2", "b"],
    ]


def test_html_page_gives_actions_leads_nesting_links_and_headings() -> None:
    result = extract(HTML)
    assert result.document.source_format == "html"
    assert result.document.council == "Hounslow"
    actions = {a.action_id: a for a in result.rows("actions")}
    assert list(actions) == ["1.1.1", "1.1.2", "1.2.1", "1.2.2"]
    assert actions["1.1.2"].lead == "Head of SEND, LBH"  # rowspan: printed once for two rows
    assert actions["1.1.2"].text == "• Deliver workshops on co-production • Publish a charter"
    assert str(actions["1.2.1"].due_date) == "2025-04-30"  # Spring term 2025
    links = {(lk.rec_id, lk.target_id) for lk in result.rows("links")}
    assert links == {("1.1", "1.1.1"), ("1.1", "1.1.2"), ("1.2", "1.2.1"), ("1.2", "1.2.2")}
    raw = read(HTML)
    assert not any("Contact us" in b.text for b in raw.blocks)  # navigation dropped
    assert [b.heading_level for b in raw.blocks if b.heading_level] == [1, 2]


def test_format_is_chosen_by_content_not_extension(tmp_path: Path) -> None:
    renamed = tmp_path / "plan.txt"
    renamed.write_bytes(HTML.read_bytes())
    assert read(renamed).source_format == "html"


def test_empty_html_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "empty.html"
    path.write_text("<html><body><script>x()</script></body></html>")
    with pytest.raises(ReadError, match="empty.html: empty document"):
        read(path)


def _word_plan(path: Path) -> Path:
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_heading("Hull SEND Strategic Plan 2024-2027", 0)
    table = document.add_table(rows=4, cols=5)
    header = ["Objective", "Action", "SEF/DBV/AFI (no)", "Lead", "Timescale"]
    rows = [  # Hull's own wordings (a short action text would read as a stray grid cell)
        [
            "Improve transition",
            "Communicate transparently agreed timescales for service responses",
            "AFI1",
            "Head of SEND",
            "March 2025",
        ],
        ["", "Refresh the new in city protocol", "AFI 2", "", "Summer term 2025"],
        ["", "Publish the annual SEND report", "AF15", "Assistant Director", "Q3 2024/25"],
    ]
    for r, values in enumerate([header, *rows]):
        for c, value in enumerate(values):
            table.rows[r].cells[c].text = value
    table.cell(1, 0).merge(table.cell(3, 0)).text = "Improve transition"
    table.cell(1, 3).merge(table.cell(2, 3)).text = "Head of SEND"
    document.add_heading("Areas for Improvement (AFIs)", 2)
    for text in [f"Leaders should do thing {n} well." for n in range(1, 6)]:
        document.add_paragraph(text, style="List Number")
    document.save(str(path))
    return path


def test_word_merged_cells_apply_to_each_row_and_numbered_lists_keep_numbers(
    tmp_path: Path,
) -> None:
    result = extract(_word_plan(tmp_path / "plan.docx"))
    assert result.document.source_format == "docx"
    actions = result.rows("actions")
    assert [(a.action_id, a.objective, a.lead) for a in actions] == [
        ("A1", "Improve transition", "Head of SEND"),
        ("A2", "Improve transition", "Head of SEND"),  # vertically merged lead
        ("A3", "Improve transition", "Assistant Director"),
    ]
    assert [r.rec_id for r in result.rows("recommendations")] == [f"AFI{n}" for n in range(1, 6)]
    links = [(lk.rec_id, lk.target_id) for lk in result.rows("links")]
    assert links == [("AFI1", "A1"), ("AFI2", "A2"), ("AFI5", "A3")]  # AF15 read as AFI5


def test_a_broken_word_file_is_a_clear_error(tmp_path: Path) -> None:
    path = _word_plan(tmp_path / "plan.docx")
    broken = tmp_path / "broken.docx"
    broken.write_bytes(path.read_bytes()[:3000])
    with pytest.raises(ReadError, match="broken.docx"):
        read(broken)


def test_an_ordered_list_prints_its_numbers_as_a_browser_does() -> None:
    # Kirkby's page lists its areas for improvement in an <ol>: they are areas 1 and 2, which
    # its "AFI" column cites (before, the list gave no recommendation and each citation was
    # reported as undefined)
    result = extract(HERE / "kirkby_like.html")
    assert [(r.rec_id, r.text[:24]) for r in result.rows("recommendations")] == [
        ("1", "Leaders should improve t"),
        ("2", "Leaders should make sure"),
    ]
    links = [(lk.rec_id, lk.target_id, lk.method) for lk in result.rows("links")]
    assert links == [("1", "1.1", "cited_in_row"), ("1", "1.2", "cited_in_row"),
                     ("2", "2.1", "cited_in_row")]  # fmt: skip
    assert not result.diagnostics


@pytest.mark.parametrize(
    ("html", "lines"),
    [
        ("<ol><li>One</li><li>Two</li></ol>", ["1. One", "2. Two"]),
        ("<ol start='3'><li>Three</li><li value='7'>Seven</li><li>Eight</li></ol>",
         ["3. Three", "7. Seven", "8. Eight"]),
        ("<ol type='a'><li>One</li></ol>", ["One"]),  # lettered: no number to print
        ("<ul><li>One</li></ul>", ["One"]),
    ],
)  # fmt: skip
def test_list_items_as_lines(tmp_path: Path, html: str, lines: list[str]) -> None:
    page = tmp_path / "page.html"
    page.write_text(f"<html><body><h1>Plan</h1>{html}</body></html>")
    assert [b.text for b in read(page).blocks if b.bullet] == lines


def test_a_tables_caption_heads_it(tmp_path: Path) -> None:
    # Langley: a council web page's <caption>Table 1: Actions for Priority 1 – …</caption>;
    # before, the caption was dropped and the actions sat under no theme
    page = tmp_path / "plan.html"
    page.write_text(
        "<html><body><h1>Langley SEND Improvement Plan 2025 to 2027</h1><table>"
        "<caption>Table 1: Actions for Priority 1 &ndash; Timely assessment</caption>"
        "<tr><th>Ref</th><th>Action</th><th>Lead</th><th>Deadline</th></tr>"
        '<tr><th scope="row">1.1</th><td>Recruit three EHC coordinators</td>'
        "<td>Head of SEND</td><td>October 2025</td></tr></table></body></html>"
    )
    (action,) = extract(page).records["actions"]
    assert (action.action_id, action.theme) == ("1.1", "Priority 1")


def test_a_page_laid_out_in_a_table_reads_the_tables_inside_it(tmp_path: Path) -> None:
    # Marsden: an older council site wraps its content in a layout table; before, the whole
    # page was one cell of one table and the plan gave nothing (W201)
    page = tmp_path / "plan.html"
    page.write_text(
        '<html><body><table width="100%"><tr><td>'
        "<h1>Marsden SEND Improvement Plan 2025-2026</h1><h2>Priority 1: Timely assessment</h2>"
        "<table><tr><th>Ref</th><th>Action</th><th>Lead</th><th>Deadline</th></tr>"
        "<tr><td>1.1</td><td><p>Recruit three EHC coordinators</p></td><td>Head of SEND</td>"
        "<td>October 2025</td></tr></table></td></tr></table></body></html>"
    )
    extracted = extract(page)
    assert extracted.document.title == "Marsden SEND Improvement Plan 2025-2026"
    assert [(a.action_id, a.theme, a.text) for a in extracted.records["actions"]] == [
        ("1.1", "Priority 1", "Recruit three EHC coordinators")
    ]


def _word_actions(parent: Any, deadline: str = "Oct 2025") -> Any:
    """A two-row action table ("Ref | Action | Lead | Deadline" over 1.1) added to a Word
    document or cell."""
    table = parent.add_table(rows=2, cols=4)
    rows = [
        ["Ref", "Action", "Lead", "Deadline"],
        ["1.1", "Recruit coordinators", "Head of SEND", deadline],
    ]
    for r, cells in enumerate(rows):
        for col, text in enumerate(cells):
            table.cell(r, col).text = text
    return table


def test_word_tracked_changes_are_read_accepted(tmp_path: Path) -> None:
    # Penrith: a draft published with tracked changes: "October 2025" a tracked insertion,
    # "September 2025" a tracked deletion. Before, the inserted deadline was lost.
    from docx import Document
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    document = Document()
    document.add_paragraph("Penrith SEND Improvement Plan 2025-2026", style="Title")
    table = _word_actions(document, deadline="")
    paragraph = table.cell(1, 3).paragraphs[0]
    for tag, text in (("w:del", "September 2025"), ("w:ins", "October 2025")):
        change = OxmlElement(tag)
        change.set(qn("w:id"), "1")
        change.set(qn("w:author"), "Editor")
        run, words = OxmlElement("w:r"), OxmlElement("w:delText" if tag == "w:del" else "w:t")
        words.text = text
        run.append(words)
        change.append(run)
        paragraph._p.append(change)
    document.save(tmp_path / "plan.docx")
    (action,) = extract(tmp_path / "plan.docx").records["actions"]
    assert (action.due_text, action.due_date) == ("October 2025", dt.date(2025, 10, 31))


def test_a_word_table_inside_a_content_control_is_read(tmp_path: Path) -> None:
    # Rydal: a council template's content control (w:sdt) around the action table; before,
    # python-docx's iter_inner_content passed over it and the plan gave nothing
    from docx import Document
    from docx.oxml import OxmlElement

    document = Document()
    document.add_paragraph("Rydal SEND Improvement Plan 2025-2026", style="Title")
    table = _word_actions(document)
    control, content = OxmlElement("w:sdt"), OxmlElement("w:sdtContent")
    control.append(OxmlElement("w:sdtPr"))
    control.append(content)
    table._tbl.addprevious(control)
    content.append(table._tbl)
    document.save(tmp_path / "plan.docx")
    assert [a.action_id for a in extract(tmp_path / "plan.docx").records["actions"]] == ["1.1"]


def test_a_word_box_around_a_section_reads_the_table_inside_it(tmp_path: Path) -> None:
    # Grasmere: a one-cell table framing a section, its heading and the action table inside
    # the cell; before, the box was read as a table of data and the inner table lost
    from docx import Document

    document = Document()
    document.add_paragraph("Grasmere SEND Improvement Plan 2025-2026", style="Title")
    cell = document.add_table(rows=1, cols=1).cell(0, 0)
    cell.paragraphs[0].text = "Priority 1: Timely assessment"
    _word_actions(cell)
    document.save(tmp_path / "plan.docx")
    actions = extract(tmp_path / "plan.docx").records["actions"]
    assert [(a.action_id, a.theme) for a in actions] == [("1.1", "Priority 1")]
