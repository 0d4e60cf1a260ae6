"""Risk tables: rows with an issue or mitigation are risks; a stitched-on box is not."""

import pytest

from planparse.assemble.narrative import listed_risks, tables_to_risks
from planparse.layout import Context, blocks_to_contexts
from planparse.read.text import lines_to_blocks
from planparse.tables.find import Row, Table


def test_a_box_stitched_on_from_the_next_page_is_not_a_risk() -> None:
    # Hillingdon highlight report PDF p.3: "Major milestones" and a list of objectives, in
    # boxes as wide as the risk table, arrive as its continuation
    context = Context(theme="Ambition Group 5")
    rows = [
        ["Review existing guidance for educational settings", "Suspensions are rising",
         "Guidance to be published"],
        ["Major milestones", "", ""],
        ["• Increase the number of children successfully reintegrated", "", ""],
    ]  # fmt: skip
    table = Table(["Action", "Issues", "Mitigation"], ["action", "issue", "mitigation"], "risk",
                  context, [Row(r, context, 3, i) for i, r in enumerate(rows)])  # fmt: skip
    risks = tables_to_risks("d", [table])
    assert [(r.action, r.mitigation) for r in risks] == [
        ("Review existing guidance for educational settings", "Guidance to be published"),
    ]  # fmt: skip


def test_a_risk_register_without_an_action_column_gives_one_risk_per_row() -> None:
    # "Risk | Likelihood | Impact | Score | Mitigation | Owner": each risk opens with its
    # issue; a line filling no score (a wrapped cell, a row a page break cut) goes on
    context = Context()
    roles = ["issue", None, "outcome", None, "mitigation", "lead"]
    rows = [
        ["EP vacancies", "4", "4", "16", "Locum EPs commissioned;", "Principal EP"],
        ["delay assessments", "", "", "", "trainee scheme", ""],
        ["High-needs block overspend", "3", "5", "15", "DBV programme", "Director of Education"],
        ["Monthly budget board", "", "", "", "", ""],
    ]
    header = ["Risk", "Likelihood", "Impact", "Score", "Mitigation", "Owner"]
    placed = [Row(r, context, 1 + i // 2, i) for i, r in enumerate(rows)]
    table = Table(header, roles, "risk", context, placed)
    assert [(r.issue, r.mitigation) for r in tables_to_risks("d", [table])] == [
        ("EP vacancies delay assessments", "Locum EPs commissioned; trainee scheme"),
        ("High-needs block overspend Monthly budget board", "DBV programme"),
    ]


def test_a_numbered_register_goes_on_at_every_line_without_a_number() -> None:
    # Kestrel as a borderless PDF: R2's risk wraps ("… at" / "Hawthorn School") and so does
    # its owner ("Capital Programme" / "Manager"), so its second line fills a short column
    # the way a risk of its own would; without a Ref it is still the rest of R2
    context = Context()
    roles = ["id", "issue", None, "outcome", None, "mitigation", "lead"]
    rows = [
        ["R1", "Insufficient AP places", "4", "4", "16", "Spot purchase", "Head of Inclusion"],
        ["R2", "Building cost inflation at", "3", "4", "12", "Value engineering review;",
         "Capital Programme"],
        ["", "Hawthorn School", "", "", "", "contingency released", "Manager"],
    ]  # fmt: skip
    header = ["Ref", "Risk", "Likelihood", "Impact", "Score", "Mitigation", "Owner"]
    table = Table(
        header, roles, "risk", context, [Row(r, context, 1, i) for i, r in enumerate(rows)]
    )
    assert [(r.issue, r.mitigation) for r in tables_to_risks("d", [table])] == [
        ("Insufficient AP places", "Spot purchase"),
        ("Building cost inflation at Hawthorn School",
         "Value engineering review; contingency released"),
    ]  # fmt: skip


def test_a_workstream_tables_risks_column_gives_each_workstreams_risks() -> None:
    # Farleigh: "Workstream | RAG this month | Key achievements | Next steps | Risks/issues";
    # a cell saying there are none gives none
    context = Context()
    roles = ["objective", "status", "commentary", "next_steps", "issue"]
    rows = [
        ["EHCP timeliness", "Amber", "Rate up", "Recruit", "Agency staff leaving in October"],
        ["Inclusion", "Green", "Charter launched", "Train SENCOs", "None"],
        ["Health", "Amber", "List down", "Open a clinic", "No new risks"],
        ["Co-production", "Green", "Forum co-chaired", "Agree charter", "N/A"],
    ]
    header = ["Workstream", "RAG this month", "Key achievements", "Next steps", "Risks/issues"]
    table = Table(header, roles, "progress", context, [Row(r, context, 1, i) for i, r in
                                                       enumerate(rows)])  # fmt: skip
    assert [(r.theme, r.issue, r.mitigation) for r in tables_to_risks("d", [table])] == [
        ("EHCP timeliness", "Agency staff leaving in October", None),
    ]


def _listed(text: str) -> list[tuple[str | None, str | None]]:
    blocks = lines_to_blocks(text.splitlines())
    return [(r.issue, r.mitigation) for r in listed_risks("d", blocks, blocks_to_contexts(blocks))]


@pytest.mark.parametrize(
    "heading", ["Risks and issues:", "Key risks", "Risks / issues", "Issues and risks:", "Risks"]
)
def test_bullets_under_a_heading_naming_risks_are_risks(heading: str) -> None:
    # Kingsbridge: a workstream's "Risks and issues:" over its bullets
    text = f"{heading}\n• EP capacity is below demand. Mitigation: agency cover\n• Appeals rise\n"
    assert _listed(text) == [
        ("EP capacity is below demand.", "agency cover"),
        ("Appeals rise", None),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Risks and issues:\n• None this quarter\n",  # none, said in words
        "Risks and issues:\n• No new risks\n",
        "Next steps:\n• Recruit two coordinators\n",  # a heading naming no risks
        "Risk appetite statement\n• The board accepts moderate risk\n",
    ],
)
def test_no_risk_from_a_list_that_names_none(text: str) -> None:
    assert _listed(text) == []
