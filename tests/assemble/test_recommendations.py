"""The inspection's areas as a plan lists them after their heading (assemble/recommendations)."""

import pytest

from planparse.assemble.recommendations import blocks_to_recommendations
from planparse.read.raw import Block
from planparse.read.text import lines_to_blocks

AREAS = [
    ("PA1", "Leaders should improve the timeliness of EHC plans."),
    ("PA2", "The ICB should reduce waiting times for assessment."),
]


def _areas(blocks: list[Block]) -> list[tuple[str, str]]:
    return [(r.rec_id, r.text) for r in blocks_to_recommendations("d", blocks)]


@pytest.mark.parametrize(
    "text",
    [
        # a table of two columns, with a header or without
        "Areas for priority action\n"
        "PA1\tLeaders should improve the timeliness of EHC plans.\n"
        "PA2\tThe ICB should reduce waiting times for assessment.\n",
        "Areas for priority action\nRef\tArea for priority action\n"
        "PA1\tLeaders should improve the timeliness of EHC plans.\n"
        "PA2\tThe ICB should reduce waiting times for assessment.\n",
        # a PDF's columns kept apart by space: lines led by the id, wrapped
        "Areas for priority action\n"
        "PA1 Leaders should improve the timeliness\nof EHC plans.\n"
        "PA2 The ICB should reduce waiting times for assessment.\n",
    ],
)
def test_areas_listed_by_id_after_their_heading(text: str) -> None:
    assert _areas(lines_to_blocks(text.splitlines())) == AREAS


@pytest.mark.parametrize(
    "heading",
    [
        "Recommendations from the inspection",
        "The inspection's recommendations",
        "Recommendations",
        # the 2023 framework report's heading, as a plan copies it (Wadebridge), and the
        # older reports'
        "What does the local area partnership need to do to improve?",
        "What the local area needs to improve",
        "Recommendations for improvement",
    ],
)
def test_the_inspections_recommendations_numbered_under_their_heading(heading: str) -> None:
    text = (
        f"{heading}\nThe local area partnership should:\n"
        "1. Improve the timeliness of annual reviews of EHC plans.\n"
        "2. Ensure that children waiting for an assessment receive support while they wait.\n"
    )
    assert [r for r, _ in _areas(lines_to_blocks(text.splitlines()))] == ["1", "2"]


def test_areas_lettered_as_parts_of_one_are_listed_too() -> None:
    # Zennor: "1a. …", "1b. …", "2. …" under "Areas for improvement"
    text = (
        "Areas for improvement\n"
        "1a. The timeliness of EHC needs assessments.\n"
        "1b. The quality of advice from health professionals.\n"
        "2. The support for children waiting for assessment.\n"
    )
    assert [r for r, _ in _areas(lines_to_blocks(text.splitlines()))] == ["1a", "1b", "2"]


def test_an_area_cut_by_a_page_break_goes_on_under_the_repeated_header() -> None:
    blocks = [
        Block("line", text="Areas for priority action"),
        Block("row", cells=("Ref", "Area for priority action")),
        Block("row", cells=("PA1", "Leaders should improve the timeliness of EHC plans.")),
        Block("row", cells=("PA2", "The ICB should")),  # the first line of a narrow cell
        Block("row", cells=("Ref", "Area for priority action"), page=2),
        Block("row", cells=("", "reduce waiting times"), page=2),
        Block("row", cells=("", "for assessment."), page=2),
    ]
    assert _areas(blocks) == AREAS


def test_an_action_table_after_the_heading_lists_no_areas() -> None:
    text = (
        "Areas for improvement\n"
        "Ref\tAction\tLead\tDue\n"
        "1.1\tPublish a dashboard for the board\tHead of Performance\tMay 2025\n"
    )
    assert _areas(lines_to_blocks(text.splitlines())) == []


@pytest.mark.parametrize(
    ("line", "labelled"),
    [
        ("Area for improvement 2: Leaders should improve the local offer.",
         ("AFI2", "Leaders should improve the local offer.")),
        ("Area for priority action 1: Leaders should improve the timeliness of plans.",
         ("PA1", "Leaders should improve the timeliness of plans.")),
        ("Areas for priority action 3 - Leaders should reduce waiting times.",
         ("PA3", "Leaders should reduce waiting times.")),
        ("Priority action 2", ("PA2", None)),  # a bare label: a theme heading
        ("Priority 2: Leaders should improve transition", None),
    ],
)  # fmt: skip
def test_an_area_printed_as_a_labelled_line(line: str, labelled: tuple | None) -> None:
    from planparse.fields.ids import labelled_rec_id

    assert labelled_rec_id(line) == labelled


@pytest.mark.parametrize(
    ("text", "ids"),
    [
        # Brayfield: bullets numbering none, each an area by its place in the list
        ("Areas for improvement\n• Leaders should improve EHC plans.\n"
         "• Leaders should commission therapy.\n• Leaders should plan for adulthood.\n",
         ["1", "2", "3"]),
        # bullets under a numbered area are its points, not areas
        ("Areas for improvement\n1. Leaders should improve the timeliness of EHC plans.\n"
         "• within 20 weeks\n• with health advice\n"
         "2. Leaders should commission speech and language therapy jointly.\n",
         ["1", "2"]),
        # areas as labelled lines, then a priority's success bullets: no list of areas
        ("Areas for improvement\nArea for improvement 1: Leaders should improve EHC plans.\n"
         "Priority 1: Assessment\nWhat success will look like\n- Plans on time.\n"
         "- Families report plans describe their child.\n",
         ["AFI1"]),
        # under a priority, bullets under an areas heading quote areas listed elsewhere
        # (Hillingdon's "Areas of Improvement from Inspection:")
        ("Ambition Group 4 Objective 2: Preparation for adulthood\n"
         "Areas of Improvement from Inspection:\n- ensuring that PfA is planned from Year 9\n"
         "- capturing the voice of young people\n",
         []),
    ],
)  # fmt: skip
def test_a_bulleted_list_of_areas_is_numbered_by_its_order(text: str, ids: list[str]) -> None:
    assert [r for r, _ in _areas(lines_to_blocks(text.splitlines()))] == ids
