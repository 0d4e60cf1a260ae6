"""Tables printed one cell a line (tables/stacked.py): cut into the rows they print."""

from hypothesis import given, settings
from hypothesis import strategies as st

from planparse.read.text import lines_to_blocks
from planparse.tables.stacked import unstack_tables


def _read(text: str) -> list[tuple[str, ...] | str]:
    """Rows as their cells, lines as their text, blank lines left out."""
    blocks = unstack_tables(lines_to_blocks(text.splitlines()))
    return [b.cells if b.kind == "row" else b.text for b in blocks if b.kind != "blank"]


def test_an_id_opens_each_row_and_a_cell_may_wrap() -> None:
    text = """Ref
Action
Lead
Deadline
1.1
Recruit two educational
psychologists
Principal Educational Psychologist
March 2026
1.2
Audit new EHC plans
Head of SEND
Termly from January 2026"""
    assert _read(text) == [
        ("Ref", "Action", "Lead", "Deadline"),
        ("1.1", "Recruit two educational psychologists", "Principal Educational Psychologist",
         "March 2026"),
        ("1.2", "Audit new EHC plans", "Head of SEND", "Termly from January 2026"),
    ]  # fmt: skip


def test_cells_parted_by_blank_lines_and_a_cell_left_empty() -> None:
    # a copied table drops an empty cell without trace: the date still lands in its column
    text = "Ref\n\nAction\n\nLead\n\nBy when\n\n1\n\nPublish the guide\n\nJuly 2026\n\n2\n\n"
    text += "Train SENCOs\n\nSENCO Network Lead\n\nSeptember 2026\n\nNext steps are set out below."
    assert _read(text) == [
        ("Ref", "Action", "Lead", "By when"),
        ("1", "Publish the guide", "", "July 2026"),
        ("2", "Train SENCOs", "SENCO Network Lead", "September 2026"),
        "Next steps are set out below.",
    ]


def test_without_ids_rows_are_cut_where_their_words_go_on() -> None:
    # "and training provider" goes on the action above it; "Officer," goes on into the body
    text = """Action
Lead
By when
Extend supported internships
and training provider
Head of Post-16
September 2026
Set up a transition clinic
Designated Clinical Officer,
NHS Millbrook ICB
December 2026"""
    assert _read(text)[1:] == [
        ("Extend supported internships and training provider", "Head of Post-16",
         "September 2026"),
        ("Set up a transition clinic", "Designated Clinical Officer, NHS Millbrook ICB",
         "December 2026"),
    ]  # fmt: skip


def test_a_grid_under_a_heading_that_names_a_column() -> None:
    # "How we will know" names a column too, but the grid's rows fit the names after it
    text = "How we will know\nSuccess measure\nBaseline\n2025/26\n2026/27\n"
    text += "EHC plans issued within 20 weeks\n48%\n60%\n75%"
    assert _read(text) == [
        "How we will know",
        ("Success measure", "Baseline", "2025/26", "2026/27"),
        ("EHC plans issued within 20 weeks", "48%", "60%", "75%"),
    ]


def test_a_page_break_inside_a_table_and_its_header_printed_again() -> None:
    text = "Ref\nAction\nLead\nDeadline\n1.1\nPublish the guide\nHead of SEND\nMay 2026\n\n"
    text += "Page 2 of 3\nOFFICIAL\n\n1.2\nTrain SENCOs\nHead of SEND\nJune 2026\n\n"
    text += "Page 3 of 3\n\nRef\nAction\nLead\nDeadline\n1.3\nAudit plans\nDCO\nJuly 2026"
    assert [r for r in _read(text) if isinstance(r, tuple)] == [
        ("Ref", "Action", "Lead", "Deadline"),
        ("1.1", "Publish the guide", "Head of SEND", "May 2026"),
        ("1.2", "Train SENCOs", "Head of SEND", "June 2026"),
        ("Ref", "Action", "Lead", "Deadline"),
        ("1.3", "Audit plans", "DCO", "July 2026"),
    ]


def test_a_column_name_wrapped_over_two_lines_is_one() -> None:
    # "date" opens in lower case and ends "Target completion"; a cell's bullets are kept
    text = "No.\nAction\nLead officer\nTarget completion\ndate\nProgress\n1\n"
    text += "• Publish a newsletter\n• Hold drop-in sessions\nSEND Communications Lead\n"
    text += "December 2025\nOn track"
    assert _read(text) == [
        ("No.", "Action", "Lead officer", "Target completion date", "Progress"),
        ("1", "• Publish a newsletter • Hold drop-in sessions", "SEND Communications Lead",
         "December 2025", "On track"),
    ]  # fmt: skip


def test_column_names_in_prose_are_no_table() -> None:
    # names one a line, but nothing after them is a date or a lead in its place
    text = "Action\nLead\nDeadline\nWe will agree these with the partnership board.\n"
    text += "The board meets each month and reviews the plan."
    assert all(isinstance(r, str) for r in _read(text))


def test_a_citing_column_holds_ids_that_open_no_row() -> None:
    text = "Ref\nAction\nDeadline\nLink to AFI\n1.1\nPublish the guide\nMay 2026\nAFI1\n"
    text += "1.2\nTrain SENCOs\nJune 2026\nAFI2"
    assert _read(text)[1:] == [
        ("1.1", "Publish the guide", "May 2026", "AFI1"),
        ("1.2", "Train SENCOs", "June 2026", "AFI2"),
    ]


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.sampled_from(["Ref", "Action", "Lead", "Deadline", "1.1", "2", "March 2026", "",
                         "Head of SEND", "48%", "Baseline", "Page 2 of 3", "and more", "x,"]),
        max_size=30,
    )
)  # fmt: skip
def test_junk_lines_keep_every_word_or_make_rows(lines: list[str]) -> None:
    """Whatever lines come, reading them raises nothing and loses no line outside a table:
    each line is kept as it is or goes into a row."""
    blocks = lines_to_blocks(lines)
    out = unstack_tables(blocks)
    kept = " ".join(b.printed for b in out if b.kind != "blank").split()
    printed = " ".join(b.printed for b in blocks if b.kind != "blank").split()
    running = {"Page", "2", "of", "3"}  # a page's number inside a table is none of its
    assert [w for w in kept if w not in running] == [w for w in printed if w not in running]
