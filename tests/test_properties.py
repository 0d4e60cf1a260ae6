"""Parsers fed junk never raise; writes round-trip through pyarrow."""

import contextlib
import datetime as dt
import re
import string

from hypothesis import given, settings
from hypothesis import strategies as st

from planparse.fields.dates import YearFrame, is_period_heading, is_timeline_heading, parse_due
from planparse.fields.ids import (
    canonical_prefixed_id,
    labelled_rec_id,
    measure_id_of,
    parse_id_list,
)
from planparse.fields.leads import parse_lead
from planparse.fields.values import parse_values
from planparse.read.text import lines_to_blocks

from .conftest import ROOT

JUNK = st.text(alphabet=string.printable + "→•➤–£%/\t", max_size=200)


@given(JUNK)
@settings(max_examples=150, deadline=None)
def test_field_parsers_never_raise(text: str) -> None:
    parse_due(text)
    parse_due(text, scan=True)
    for kind in ("academic", "financial", "calendar"):
        parse_due(text, year=YearFrame(2025, kind))  # type: ignore[arg-type]
    parse_id_list(text)
    parse_values(text)
    parse_lead(text)
    canonical_prefixed_id(text)
    is_period_heading(text)
    is_timeline_heading(text)
    measure_id_of(text)
    labelled_rec_id(text)


# Pieces of deadlines printed without a year, and words around them.
YEARLESS_PIECES = st.sampled_from(
    ["Oct", "end of", "by", "March", "31st", "May", "may", "Sept", "-", "–", "Autumn", "term",
     "Spring 2", "Summer", "Easter", "October half term", "Q3", "Q1", "w/c", "TBC", "Termly",
     "from", "review", "and", "3rd", "Dec.", "(", ")", "/", "2", "weeks"]
)  # fmt: skip
FRAMES = st.builds(
    YearFrame, st.integers(2020, 2030), st.sampled_from(["academic", "financial", "calendar"])
)


@given(st.lists(YEARLESS_PIECES, min_size=1, max_size=6), FRAMES)
@settings(max_examples=300, deadline=None)
def test_a_year_given_dates_no_deadline_before_it(pieces: list[str], year: YearFrame) -> None:
    """A deadline printed without a year and read in one keeps its wording, and its date
    falls in that year or after it (periods run forward), never before."""
    wording = " ".join(pieces)
    due = parse_due(wording, year=year)
    assert due.due_text == wording
    if due.year is not None:
        assert due.year == year and due.due_date is not None
        assert due.due_date >= dt.date(year.first, 1, 1)
    else:
        assert due == parse_due(wording)


# Pieces lead cells are made of: roles, bodies, names, labels, brackets and separators.
LEAD_PIECES = st.sampled_from(
    ["Head of SEND", "DCO", "Designated Clinical Officer", "Manager", "Chair", "PCF", "LA",
     "ICB", "NHS Kent and Medway", "Northshire County Council", "Stoke-on-Trent", "BNSSG ICB",
     "Jane Smith", "Lead:", "Support:", "(", ")", "[", "]", "/", "&", ",", ";", "and", "with",
     "for", "supported by", "•", "\n- ", "Inclusion", "Service", "Children's Trust", "of",
     "CNWL", "Mental Health Trust", "KCHFT", "Hospital", "CAMHS", "HCT", "GOSH", "Women's",
     "Guy's", "NHS Foundation Trust", "Team", "0-25 SEN", "HEAD OF SEND", "SEND MANAGER",
     "DESIGNATED CLINICAL OFFICER"]
)  # fmt: skip


@given(st.lists(LEAD_PIECES, max_size=12))
@settings(max_examples=300, deadline=None)
def test_a_lead_is_split_into_words_the_cell_prints(pieces: list[str]) -> None:
    """Roles and organisations are made of the cell's own words, whatever order and
    punctuation the cell has: the splitter cuts, it never writes (a cell in capitals is read
    in a title's case: its words the same letters)."""
    lead = parse_lead(" ".join(pieces))
    words = re.findall(r"[\w'-]+", (lead.lead or "").lower())
    printed = set(words) | {w.removesuffix("'s") for w in words}  # "Council" of "Council's"
    for name in lead.lead_roles + lead.lead_orgs:
        assert name.strip() and set(re.findall(r"[\w'-]+", name.lower())) <= printed


# Pieces grid cells are made of: values, series labels, qualifiers, dates and age bands.
VALUE_PIECES = st.sampled_from(
    ["48%", "-10%", "+ 10%", "- 5%", "90%", "1530", "9.5 months", "20 weeks", "£2.5m", "3/15",
     "Views", "Susp.", "EHCP", "16-17", "0-25", "year olds", "Year 11", "KS2", "Q1:", "within",
     "in", "by", "July 2026", "Sept 25", "2025/26", "from", "to", "n=40", "(", ")", "Target",
     "Reduce by", "of schools", ":", "-", "Attainment 8", "1 in 4", "per 1,000"]
)  # fmt: skip


@given(st.lists(VALUE_PIECES, max_size=10))
@settings(max_examples=300, deadline=None)
def test_a_value_is_read_from_words_the_cell_prints(pieces: list[str]) -> None:
    """Each value's text is a run of the cell's own words, and its number is printed in it:
    qualifiers, ranges and names join a value's text, they never invent it."""
    cell = " ".join(pieces)
    printed = " ".join(cell.split())
    for value in parse_values(cell):
        assert value.value_text in printed
        digits = re.sub(r"\D", "", value.value_text)
        number = f"{abs(value.value):g}".replace(".", "")
        proportion = re.search(r"\d in \d", value.value_text)  # "1 in 4" is 25%
        assert value.unit == "gbp" or proportion or number in digits


@given(st.lists(JUNK, max_size=30))
@settings(max_examples=100, deadline=None)
def test_text_reader_and_pipeline_never_raise(lines: list[str]) -> None:
    from planparse.api import extract_raw
    from planparse.read.raw import RawDocument

    blocks = lines_to_blocks(lines)
    extract_raw(RawDocument("junk.txt", "text", "0" * 64, blocks))


CORPUS_LINES = (
    (ROOT / "corpora" / "hounslow-send-ap-strategic-improvement-plan-2025.txt")
    .read_text(encoding="utf-8")
    .splitlines()[220:260]
)


@given(
    st.lists(
        st.tuples(st.integers(0, len(CORPUS_LINES) - 1), st.integers(0, 400), JUNK), max_size=25
    )
)
@settings(max_examples=60, deadline=None)
def test_mutated_real_plan_text_never_raises(edits: list[tuple[int, int, str]]) -> None:
    """A real action table with characters cut and junk pasted in at random places."""
    from planparse.api import extract_raw
    from planparse.read.raw import RawDocument

    lines = list(CORPUS_LINES)
    for line, at, junk in edits:
        text = lines[line]
        lines[line] = text[:at] + junk + text[at + len(junk) :]
    extract_raw(RawDocument("mutated.txt", "text", "0" * 64, lines_to_blocks(lines)))


@given(st.text(alphabet=string.printable + "<>/=\"'", max_size=400))
@settings(max_examples=80, deadline=None)
def test_html_reader_takes_any_markup(markup: str) -> None:
    import tempfile
    from pathlib import Path

    from planparse.errors import ReadError
    from planparse.read.html import read_html

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "page.html"
        path.write_text("<html><body>" + markup + "<table><tr><td rowspan='x'>a</td></tr>")
        with contextlib.suppress(ReadError):
            read_html(path)


@given(st.text(alphabet=string.printable + "<>/=\"'", max_size=400))
@settings(max_examples=80, deadline=None)
def test_text_reader_takes_any_table_markup_left_in_the_text(markup: str) -> None:
    from planparse.api import extract_raw
    from planparse.read.raw import RawDocument
    from planparse.read.text import text_to_blocks

    blocks = text_to_blocks("Plan\n<table><tr><td colspan='2'>" + markup + "</td></tr></table>")
    extract_raw(RawDocument("junk.txt", "text", "0" * 64, blocks))


@given(st.lists(st.lists(JUNK, min_size=3, max_size=3), min_size=1, max_size=6))
@settings(max_examples=100, deadline=None)
def test_any_cells_under_a_timeline_give_a_deadline_the_header_prints(
    cells: list[list[str]],
) -> None:
    # whatever a timeline's cells hold (marks, words, tabs, nothing), a row's deadline is
    # one of the timeline's headings or none, and nothing raises
    from planparse.layout import Context
    from planparse.tables.find import blocks_to_tables
    from planparse.tables.rows import table_to_rows

    periods = ["Q1 (Apr-Jun 25)", "Q2 (Jul-Sep 25)", "Q3 (Oct-Dec 25)"]
    lines = ["Ref\tAction\tLead\t" + "\t".join(periods)]
    lines += [
        f"A{k}\tDo thing {k}\tHead of Service\t" + "\t".join(" ".join(c.split()) for c in row)
        for k, row in enumerate(cells, start=1)
    ]
    blocks = lines_to_blocks(lines)
    for table in blocks_to_tables(blocks, [Context()] * len(blocks)):
        for row in table_to_rows(table):
            assert row.values.get("deadline") in (None, *periods)


# Words of plan headers and rows, to set out as pdftotext does: columns one space apart or
# more, pages parted by form feeds, headers printed again.
_PLAN_WORDS = (
    "Ref No. Action Lead officer organisation Deadline RAG Target 2025/26 2026/27 Baseline "
    "Measure Progress update Risk Likelihood Impact Mitigation Start date End (success "
    "measure) actual 45% Amber 1.1 2.3 Head of SEND March 2026 • OFFICIAL Page 1 of"
)
_SPACED_WORDS = st.sampled_from(_PLAN_WORDS.split())


@given(
    st.lists(st.lists(st.tuples(_SPACED_WORDS, st.integers(1, 4)), max_size=12), max_size=24),
    st.lists(st.integers(0, 23), max_size=4),
)
@settings(max_examples=150, deadline=None)
def test_text_set_out_with_spaces_over_pages_never_raises(
    lines: list[list[tuple[str, int]]], breaks: list[int]
) -> None:
    from planparse.api import extract_raw
    from planparse.read.raw import RawDocument
    from planparse.read.text import text_to_blocks

    printed = ["".join(" " * gap + word for word, gap in line) for line in lines]
    for k in sorted(set(breaks), reverse=True):
        printed.insert(k, "\f")
    blocks = text_to_blocks("\n".join(printed))
    extract_raw(RawDocument("junk.txt", "text", "0" * 64, blocks))


@given(st.text(alphabet=string.ascii_letters + " '’-&/(),", max_size=80))
@settings(max_examples=300, deadline=None)
def test_a_lead_in_capitals_changes_only_its_case(text: str) -> None:
    """Reading a lead in capitals as a title prints it sets each letter's case and nothing
    else; a lead not all in capitals is left as it is."""
    from planparse.fields.leads import mixed_case

    read = mixed_case(text)
    assert read.lower() == text.lower()
    if any(c.islower() for c in text):
        assert read == text
