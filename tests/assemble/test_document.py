"""Document facts from the cover: the title over its lines, never a sentence."""

import pytest

from planparse.assemble.document import find_council, find_period, find_title, report_facts
from planparse.read.text import lines_to_blocks

COVERS = [
    # (cover lines as the corpus prints them, title)
    (
        ["Hillingdon Local Area SEND & AP Partnership", "Improvement Plan 2024-2028",
         "Highlight Report January 2026", "Programme\tHillingdon … implementation"],
        "Hillingdon Local Area SEND & AP Partnership Improvement Plan 2024-2028 Highlight "
        "Report January 2026",
    ),
    (
        ["Hillingdon Local Area SEND & AP Partnership", "Improvement Plan 2024-2028",
         "October 2024", "Hillingdon SEND & AP Strategy 2023-28"],
        "Hillingdon Local Area SEND & AP Partnership Improvement Plan 2024-2028",
    ),
    (
        ["Hounslow", "SEND and Alternative Provision Strategic", "Improvement Plan",
         '"In Hounslow, children are prepared for transitions."'],
        "Hounslow SEND and Alternative Provision Strategic Improvement Plan",
    ),
    (["OFFICIAL", "Hull's SEND strategic plan", "2024-2027", "OFFICIAL"],
     "Hull's SEND strategic plan 2024-2027"),
    # a converter's line with the file's own title above the printed cover: the cover's
    (["Hull SEND Strategic Plan", "OFFICIAL", "Hull's SEND strategic plan", "2024-2027"],
     "Hull's SEND strategic plan 2024-2027"),
    # a report's date or status under its title line is no part of the title
    (["Holmbury SEND Partnership Board - Highlight Report", "Date of report: 14 November 2025",
      "Overall RAG: Green"], "Holmbury SEND Partnership Board - Highlight Report"),
    # a programme's log names itself so, the line under continuing it (Grantley)
    (["Grantley SEND Improvement Programme", "Risk and Issues Log – October 2025",
      "Report date: 3 October 2025"],
     "Grantley SEND Improvement Programme Risk and Issues Log – October 2025"),
    # a text extract that lost its title line: a sentence is not a title
    (["Our Ambitions", "Our strategy is underpinned by five key ambitions:", "Ambition 1"], None),
]  # fmt: skip


@pytest.mark.parametrize(("cover", "title"), COVERS)
def test_title_is_read_over_the_cover_lines(cover: list[str], title: str | None) -> None:
    assert find_title(lines_to_blocks(cover)) == title


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Reduce waits for EHCP assessments in schools\tSENCO Lead\t2025/26", "academic"),
        ("Open the enterprise hub\tEconomic Development Manager\t2025/26", "financial"),
        ("", "academic"),  # nothing to go on: the reading the domain notes give SEND plans
    ],
)
def test_a_documents_years_are_academic_where_it_speaks_of_schooling(text: str, kind: str) -> None:
    from planparse.assemble.document import year_kind

    assert year_kind(lines_to_blocks(text.splitlines())) == kind


@pytest.mark.parametrize(
    ("text", "six"),
    [
        (
            "1.1\tAudit provision\tSEND Lead\tTerm 2 2025/26\n1.2\tReview\tSENCO\tTerm 5 2025/26",
            True,
        ),
        ("Our schools work to a six-term year.", True),
        ("1.1\tAudit provision\tSEND Lead\tTerm 2 2025/26", False),
        ("Half term 4 2026; 40 per cent of the terms of reference", False),
    ],
)
def test_a_document_counts_six_terms_when_it_names_term_4_to_6(text: str, six: bool) -> None:
    from planparse.assemble.document import counts_six_terms

    assert counts_six_terms(lines_to_blocks(text.splitlines())) is six


COUNCILS = [
    # (title, lines, council): the title's place, though leads print another row after row
    ("Pelham Local Area Partnership SEND Improvement Plan 2025-2027",
     ["Ref\tAction\tLead", "1.1\tPublish a toolkit\tEarly Years SEND Lead",
      "1.2\tTrain practitioners\tEarly Years SEND Lead"], "Pelham"),
    ("Ashdown Borough Council Children's Services Improvement Plan 2025 – 2027",
     ["Lead: Head of Safeguarding Partnership", "Safeguarding Partnership chair",
      "Safeguarding Partnership board"], "Ashdown"),
    # a title in capitals
    ("BRACKLEY SEND AND ALTERNATIVE PROVISION PARTNERSHIP", [], "Brackley"),
    ("HULL SEND STRATEGIC PLAN", [], "Hull"),
    # a title opening with its area before its service, the body naming it nowhere whole
    ("Brookfield Children's Services Improvement Plan", ["Head of Early Help, Brookfield"],
     "Brookfield"),
    ("Kelby Children and Young People's Plan 2025-2028", [], "Kelby"),
    # no title: the place named most often, a service's words never a place
    (None, ["Early Years SEND Lead", "Early Years SEND Lead", "Kelsall SEND team"], "Kelsall"),
]  # fmt: skip


@pytest.mark.parametrize(("title", "body", "council"), COUNCILS)
def test_the_council_is_the_place_the_title_names(
    title: str | None, body: list[str], council: str
) -> None:
    assert find_council(lines_to_blocks(body), title) == council


@pytest.mark.parametrize(
    ("cover", "status"),
    [
        (["Overall RAG: Amber"], "Amber"),
        (["Overall status: On track"], "On track"),  # a state of delivery, as printed
        (["Overall status: Off track – recovery plan agreed"], "Off track – recovery plan agreed"),
        (["Overall RAG: A"], "A"),
        (["Document status: Draft"], None),  # the document's own state: no rating
        (["Overall delivery confidence: Amber"], "Amber"),  # Blackmoor
        (["Overall BRAG: Amber"], "Amber"),  # Rainford: blue, red, amber, green
        (["Delivery confidence: High"], None),  # a confidence in words is no RAG rating
    ],
)
def test_the_overall_status_is_a_rating_or_a_state_of_delivery(
    cover: list[str], status: str | None
) -> None:
    assert report_facts(lines_to_blocks(cover))[1] == status


@pytest.mark.parametrize(
    ("lines", "kind"),
    [
        # Grantley: a programme's risk and issues log reports on it, as a highlight report
        (["Grantley SEND Improvement Programme", "Risk and Issues Log – October 2025"],
         "highlight_report"),
        # a report on the plan's progress, whatever it calls the plan (Morpeth)
        (["Morpeth SEND Local Area Partnership",
          "Improvement Plan Monitoring Report – Summer Term 2025"], "highlight_report"),
        # a word of the first table's rows names no kind of document: its cover does
        (["Grantley SEND Improvement Programme", "Risk ID\tDescription\tControls in place",
          "GR02\tHigh needs block overspend\tSafety Valve plan; sufficiency strategy"], "other"),
    ],
)  # fmt: skip
def test_a_documents_kind_is_what_its_cover_calls_it(lines: list[str], kind: str) -> None:
    from planparse.assemble.document import cover_text, doc_type

    blocks = lines_to_blocks(lines)
    assert doc_type(find_title(blocks), 0, 0, 0, cover_text(blocks)) == kind


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("Data as of 31 October 2025", "31 October 2025"),
        ("Report for the period ending 30 September 2025", "30 September 2025"),
        ("Period ending 31 March 2026", "31 March 2026"),
    ],
)
def test_a_report_dated_by_its_data_or_its_periods_end(line: str, date: str) -> None:
    cover = ["Sutton SEND Programme Highlight Report", line]
    assert report_facts(lines_to_blocks(cover))[0] == date


def test_a_report_dated_on_a_line_with_no_colon() -> None:
    # Rainford: "As at 30 September 2025" under the title
    cover = ["Rainford SEND Improvement Board", "Programme Highlight Report",
             "As at 30 September 2025"]  # fmt: skip
    assert report_facts(lines_to_blocks(cover))[0] == "30 September 2025"
    assert find_title(lines_to_blocks(cover)) == (
        "Rainford SEND Improvement Board Programme Highlight Report"
    )


@pytest.mark.parametrize(
    ("title", "lines", "period"),
    [
        ("SEND Improvement Plan 2024-2028", [], (2024, 2028)),
        ("SEND Strategy 2023-28", [], (2023, 2028)),
        ("Inclusion Plan", ["Covering 2025 to 2027"], (2025, 2027)),
        ("Improvement Plan 2025/26", [], (2025, 2026)),
        # one date to another is a reporting period, no span of years (Frodsham: 2025-2031)
        ("Highlight Report", ["Reporting period: 1 October 2025 to 31 October 2025"], (None, None)),
        ("Highlight Report", ["Period: 2025 to 31/10/2025"], (None, None)),
        ("Highlight Report", ["From 1 Sept 2025 - 30th Sept 2025"], (None, None)),
    ],
)
def test_the_years_a_plan_runs_over(
    title: str, lines: list[str], period: tuple[int | None, int | None]
) -> None:
    assert find_period(title, lines_to_blocks(lines)) == period
