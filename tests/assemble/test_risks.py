"""Risk tables: rows with an issue or mitigation are risks; a stitched-on box is not."""

from planparse.assemble.narrative import tables_to_risks
from planparse.layout import Context
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
