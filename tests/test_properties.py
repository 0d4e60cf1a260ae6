"""Parsers fed junk never raise; writes round-trip through pyarrow."""

import string

from hypothesis import given, settings
from hypothesis import strategies as st

from planparse.fields.dates import parse_due
from planparse.fields.ids import parse_id_list
from planparse.fields.leads import parse_lead
from planparse.fields.values import parse_values
from planparse.read.text import lines_to_blocks

JUNK = st.text(alphabet=string.printable + "→•➤–£%/\t", max_size=200)


@given(JUNK)
@settings(max_examples=150, deadline=None)
def test_field_parsers_never_raise(text: str) -> None:
    parse_due(text)
    parse_due(text, scan=True)
    parse_id_list(text)
    parse_values(text)
    parse_lead(text)


@given(st.lists(JUNK, max_size=30))
@settings(max_examples=100, deadline=None)
def test_text_reader_and_pipeline_never_raise(lines: list[str]) -> None:
    from planparse.api import extract_raw
    from planparse.read.raw import RawDocument

    blocks = lines_to_blocks(lines)
    extract_raw(RawDocument("junk.txt", "text", "0" * 64, blocks))
