"""A spreadsheet saved as CSV (read/delimited.py)."""

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from planparse.api import extract
from planparse.batch import expand_inputs
from planparse.read.delimited import delimited_to_blocks

TRACKER = (
    "Oakwell SEND Improvement Plan 2025-26,,,,\n"
    ",,,,\n"
    "Ref,Action,Lead,Deadline,RAG\n"
    '1.1,"Recruit two EHC coordinators, one for each locality",Head of SEND,Mar-26,Green\n'
    '1.2,Publish the guide,"Inclusion Lead, Oakwell Council",Jan-26,Amber\n'
    '1.3,"Review the ""waiting well"" offer",Designated Clinical Officer,Jun-26,\n'
)


def test_records_are_rows_a_title_a_line_and_an_empty_record_a_gap() -> None:
    blocks = delimited_to_blocks(TRACKER)
    assert [b.kind for b in blocks] == ["line", "blank", "row", "row", "row", "row"]
    assert blocks[0].text == "Oakwell SEND Improvement Plan 2025-26"
    # quoted cells keep their commas and quotes; the sheet's empty columns at the end go
    assert blocks[3].cells[1] == "Recruit two EHC coordinators, one for each locality"
    assert blocks[5].cells == (
        "1.3",
        'Review the "waiting well" offer',
        "Designated Clinical Officer",
        "Jun-26",
    )


def test_a_tracker_saved_as_csv_is_extracted_and_found_in_a_folder(tmp_path: Path) -> None:
    path = tmp_path / "oakwell-tracker.csv"
    path.write_text(TRACKER, encoding="utf-8")
    assert expand_inputs([tmp_path]) == [path]
    got = extract(path)
    assert got.document.title == "Oakwell SEND Improvement Plan 2025-26"
    assert [(a.action_id, a.lead_orgs, a.due_text, a.status) for a in got.records["actions"]] == [
        ("1.1", [], "Mar-26", "Green"),
        ("1.2", ["Oakwell Council"], "Jan-26", "Amber"),
        ("1.3", [], "Jun-26", None),
    ]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from('ab,"\n 1.2'), max_size=80))
def test_junk_never_breaks_the_reader(text: str) -> None:
    assert all(b.kind in ("line", "row", "blank") for b in delimited_to_blocks(text))


def test_a_csv_file_the_csv_module_refuses_is_read_as_text_with_a_warning(
    tmp_path: Path,
) -> None:
    import csv

    path = tmp_path / "huge-cell.csv"
    limit = csv.field_size_limit()
    path.write_text('Ref,Action,Lead\n1.1,"' + "x" * (limit + 10) + '",Head of SEND\n')
    got = extract(path)
    assert [d.code for d in got.diagnostics][:1] == ["W103"]
