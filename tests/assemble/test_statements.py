"""Highlight report statements: headlines, updates and milestones, items a break cut joined."""

from planparse.api import extract
from planparse.assemble.narrative import blocks_to_statements
from planparse.layout import Context, blocks_to_contexts
from planparse.models import Statement
from planparse.read.raw import Block
from planparse.read.text import lines_to_blocks
from planparse.tables.find import Row, Table, blocks_to_tables


def statements_of(blocks: list[Block]) -> list[tuple[str, str]]:
    found = blocks_to_statements("d", blocks, blocks_to_contexts(blocks), "highlight_report")
    return [(s.section, s.text) for s in found]


def test_milestones_left_in_an_html_list_are_each_a_milestone() -> None:
    # highlight report text l.32: '<ul …> ➤ a ➤ b <i>…</i>' on one line, under "Major milestones"
    blocks = lines_to_blocks(
        [
            "AMBITION GROUP 1 The right support\t",
            "Major milestones",
            '<ul style="list-style-type: none"> ➤ Positive Parent/Carer event took place '
            "➤ Great success of the *Inclusion Network* <i>Feedback was positive.</i>",
        ]
    )
    assert statements_of(blocks) == [
        ("milestone", "Positive Parent/Carer event took place"),
        ("milestone", "Great success of the Inclusion Network Feedback was positive."),
    ]


def test_an_item_a_break_cut_is_joined_to_the_item_it_finishes() -> None:
    # PDF pp.4-5: "… that Hillingdon was" / next page "successful in applying for."
    cut = "• To support Inclusion: grant that Hillingdon was"
    rest = "successful in applying for. • Part-time timetables protocol implemented."
    blocks = [
        Block("row", cells=("AMBITION GROUP 2 Fully inclusive education for all",), page=4),
        Block("row", cells=("• Improve the Local Offer", cut), page=4),
        Block("row", cells=("", rest), page=5),
    ]
    assert statements_of(blocks) == [
        ("headline", "Improve the Local Offer"),
        ("update", "To support Inclusion: grant that Hillingdon was successful in applying for."),
        ("update", "Part-time timetables protocol implemented."),
    ]


def test_a_finished_item_is_not_extended_by_a_lower_case_one() -> None:
    blocks = [
        Block("row", cells=("AMBITION GROUP 2 Fully inclusive education for all",), page=4),
        Block("row", cells=("• Improve the Local Offer", "• Guidance was published."), page=4),
        Block("row", cells=("", "eYES went live. • Portal next."), page=5),
    ]
    assert ("update", "eYES went live.") in statements_of(blocks)


def test_the_report_pdf_keeps_its_milestones_apart_from_its_updates() -> None:
    from ..conftest import CORPORA

    found = extract(CORPORA / "hillingdon-send-highlight-report-2026-01.pdf")
    sections = {(s.theme, s.section) for s in found.records["statements"]}
    assert ("Ambition Group 2", "milestone") in sections
    assert ("Ambition Group 5", "milestone") in sections


def test_a_strategy_ambition_gives_its_title_and_pledge() -> None:
    from planparse.assemble.narrative import ambition_statements

    lines = [
        "Ambition 1",  # a contents list: a title, no pledge
        "The right support,",
        "at the right time,",
        "in the right place",
        "Ambition 1",
        "The right support, at the right time, in the right place",
        "We will improve children's and parents' experience of the SEND system by",
        "delivering the right support in the right place at the right time",
        "Context:",
        "There is clear evidence in research that helping families early works.",
        "Ambition 1",
        "The right support, at the right time, in the right place",
        "We will achieve this by:",
    ]
    blocks = lines_to_blocks(lines)
    assert ambition_statements(blocks, blocks_to_contexts(blocks)) == [
        ("Ambition 1", "The right support, at the right time, in the right place"),
        (
            "Ambition 1",
            "We will improve children's and parents' experience of the SEND system by "
            "delivering the right support in the right place at the right time",
        ),
    ]


def _progress_table(rows: list[list[str]], pages: list[int] | None = None) -> list[Statement]:
    context = Context()
    header = ["Workstream", "RAG", "Progress this period", "Next steps"]
    table = Table(header, ["objective", "status", "commentary", "next_steps"], "progress",
                  context, [Row(r, context, (pages or [None] * len(rows))[i], i + 2)
                            for i, r in enumerate(rows)])  # fmt: skip
    blocks = [Block("row", cells=tuple(header), line_no=1)] + [
        Block("row", cells=tuple(r), line_no=i + 2) for i, r in enumerate(rows)
    ]
    contexts = [context] * len(blocks)
    return blocks_to_statements("d", blocks, contexts, "highlight_report", [table])


def test_a_workstream_table_gives_updates_and_next_steps_with_their_rag() -> None:
    # another council's highlight report: no ambition headings, one row per workstream
    got = _progress_table(
        [
            ["1. Timeliness of EHCPs", "Amber", "• Timeliness rose to 41% • Two EPs hired",
             "Recruit two more EP posts"],
            ["2. Preparing for adulthood", "Green", "Internship places doubled", ""],
        ]
    )  # fmt: skip
    assert [(s.theme, s.section, s.status, s.text) for s in got] == [
        ("1. Timeliness of EHCPs", "update", "Amber", "Timeliness rose to 41%"),
        ("1. Timeliness of EHCPs", "update", "Amber", "Two EPs hired"),
        ("1. Timeliness of EHCPs", "next_step", "Amber", "Recruit two more EP posts"),
        ("2. Preparing for adulthood", "update", "Green", "Internship places doubled"),
    ]


def test_a_workstream_row_a_page_break_cut_is_one_row() -> None:
    # "1. Timeliness" / next page "of EHCPs" with the rest of its cells, no RAG of its own
    got = _progress_table(
        [
            ["1. Timeliness", "Amber", "Timeliness rose", "Recruit two"],
            ["of EHCPs", "", "to 41%.", "EP posts."],
            ["2. Preparing for adulthood", "Green", "Places doubled.", ""],
        ],
        pages=[1, 2, 2],
    )
    assert [(s.theme, s.section, s.text) for s in got] == [
        ("1. Timeliness of EHCPs", "update", "Timeliness rose to 41%."),
        ("1. Timeliness of EHCPs", "next_step", "Recruit two EP posts."),
        ("2. Preparing for adulthood", "update", "Places doubled."),
    ]


def test_a_strategy_numbering_its_commitments_lists_them_as_bullets_are() -> None:
    # "Our commitments" then "1. We will …": each a statement of the priority, its number
    # dropped; "What difference will it make?" heads success statements; a numbered line
    # that is itself a heading stays a heading
    blocks = lines_to_blocks(
        [
            "Priority 1: Getting help early",
            "Our commitments",
            "1. We will place a SEND outreach worker in every family hub.",
            "2) We will agree one request-for-support form.",
            "What difference will it make?",
            "• More children have their needs met without waiting.",
        ]
    )
    found = blocks_to_statements("d", blocks, blocks_to_contexts(blocks), "strategy")
    assert [(s.theme, s.section, s.heading, s.text) for s in found] == [
        ("Priority 1", "objective", "Our commitments",
         "We will place a SEND outreach worker in every family hub."),
        ("Priority 1", "objective", "Our commitments",
         "We will agree one request-for-support form."),
        ("Priority 1", "success", None, "More children have their needs met without waiting."),
        ("Priority 1", "headline", None, "Getting help early"),  # the heading's own title
    ]  # fmt: skip


def test_a_report_of_workstream_headings_gives_their_progress_and_next_steps() -> None:
    # "Workstream 1: …" heads a highlight report's progress; "Progress this month:" and
    # "Next month:" head its bullets, and its "RAG:" line rates them, the rating now and not
    # the one before it
    text = (
        "Fernhill SEND Improvement Programme\nMonthly Highlight Report – October 2025\n\n"
        "Workstream 1: EHCP timeliness\nLead: Head of SEND\nRAG: Amber (previous: Red)\n"
        "Progress this month:\n"
        "• 20-week timeliness rose to 48%.\nNext month:\n• Clear the backlog.\n\n"
        "Workstream 2: Inclusion\nProgress this month:\n• Charter signed by 61 schools.\n"
    )
    from planparse.layout import workstream_reading

    blocks = lines_to_blocks(text.splitlines())
    with workstream_reading(True):
        contexts = blocks_to_contexts(blocks)
    got = blocks_to_statements("d", blocks, contexts, "highlight_report")
    assert [(s.theme, s.section, s.text, s.status) for s in got] == [
        ("Workstream 1", "update", "20-week timeliness rose to 48%.", "Amber"),
        ("Workstream 1", "next_step", "Clear the backlog.", "Amber"),
        ("Workstream 2", "update", "Charter signed by 61 schools.", None),  # no RAG line
    ]
    # in a plan too, "Workstream 1: …" heads its section (Otley, session 43), but not the
    # "Workstream one" a plan's prose opens a paragraph with (Hull)
    assert {c.theme for c in blocks_to_contexts(blocks)} == {None, "Workstream 1", "Workstream 2"}
    prose = lines_to_blocks(["Workstream one", "The DBV programme found three themes."])
    assert {c.theme for c in blocks_to_contexts(prose)} == {None}


def test_a_strategy_saying_what_it_will_do_and_what_families_will_see() -> None:
    # Edgefield: "Our ambition 1: …" names its theme and its headline; "We will:" only leads
    # into its bullets (no objective's title), and "You will see:" heads success statements
    blocks = lines_to_blocks(
        [
            "Our ambition 1: Children's needs are met early",
            "We will:",
            "• Put an inclusion lead in every family hub",
            "You will see:",
            "• More children with SEND thriving in their local nursery",
        ]
    )
    found = blocks_to_statements("d", blocks, blocks_to_contexts(blocks), "strategy")
    assert [(s.theme, s.section, s.heading, s.text) for s in found] == [
        ("Ambition 1", "objective", None, "Put an inclusion lead in every family hub"),
        ("Ambition 1", "success", None, "More children with SEND thriving in their local nursery"),
        ("Ambition 1", "headline", None, "Children's needs are met early"),
    ]


def test_what_children_and_families_said_is_their_voice_not_an_objective() -> None:
    # Fosbury: bullets under "What children and families told us" quote them; before, they
    # were the priority's objectives, titled by that heading
    blocks = lines_to_blocks(
        [
            "Priority One – Belonging in local schools",
            "What children and families told us",
            '- "I want to go to the same school as my brother."',
            "What we will do",
            "- Give every school access to an inclusion adviser.",
            "You said",
            "- Support arrives too late.",
        ]
    )
    found = blocks_to_statements("d", blocks, blocks_to_contexts(blocks), "strategy")
    assert [(s.section, s.text) for s in found if s.section != "headline"] == [
        ("voice", '"I want to go to the same school as my brother."'),
        ("objective", "Give every school access to an inclusion adviser."),
        ("voice", "Support arrives too late."),
    ]


def test_a_report_on_one_programme_gives_its_achievements_and_decisions() -> None:
    # Frodsham: no workstream headings, so no theme; "Key achievements this period" heads
    # updates and "Decisions required from the Board" what the board is asked to decide.
    # Before, neither list gave anything.
    blocks = lines_to_blocks(
        [
            "Frodsham SEND Transformation Programme",
            "Highlight Report – October 2025",
            "Key achievements this period",
            "• Recruited two EHC coordinators.",
            "Risks and issues",
            "• EP vacancies delay advice.",
            "Decisions required from the Board",
            "• Approve agency EP cover to March 2026.",
            "Escalations",
            "• Transport budget overspend.",
        ]
    )
    assert statements_of(blocks) == [
        ("update", "Recruited two EHC coordinators."),
        ("decision", "Approve agency EP cover to March 2026."),
        ("decision", "Transport budget overspend."),
    ]


def test_a_strategys_table_of_ambitions_gives_each_rows_statements() -> None:
    # Lanchester: "Ambition | What we will do | How we will know", an ambition a row, its
    # label cell wrapped onto a second line; before, the table gave nothing
    blocks = lines_to_blocks(
        [
            "Lanchester SEND Strategy 2025-2030",
            "Ambition\tWhat we will do\tHow we will know",
            "Ambition 1: Needs are identified\t• Train settings • Publish a toolkit\tFewer waits",
            "early\t\t",
            "Ambition 2: Children learn locally\tOpen six resourced provisions\tFewer journeys",
        ]
    )
    contexts = blocks_to_contexts(blocks)
    tables = blocks_to_tables(blocks, contexts)
    got = blocks_to_statements("d", blocks, contexts, "strategy", tables)
    assert [(s.theme, s.section, s.text) for s in got] == [
        ("Ambition 1", "headline", "Needs are identified early"),
        ("Ambition 1", "objective", "Train settings"),
        ("Ambition 1", "objective", "Publish a toolkit"),
        ("Ambition 1", "success", "Fewer waits"),
        ("Ambition 2", "headline", "Children learn locally"),
        ("Ambition 2", "objective", "Open six resourced provisions"),
        ("Ambition 2", "success", "Fewer journeys"),
    ]
