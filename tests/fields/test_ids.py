import pytest

from planparse.assemble.recommendations import resolve_rec_id
from planparse.fields.ids import canonical_action_id, cited_ids, parse_id_list, rec_of_action_id


@pytest.mark.parametrize(
    ("printed", "canonical"),
    [
        ("1.1.1", "1.1.1"),
        ("4.2.10", "4.2.10"),
        ("5.3.1 a", "5.3.1a"),
        ("1.3.1b", "1.3.1b"),
        ("4.3.", "4.3"),
        ("Leaders", None),
        ("2025", None),
        # a date printed with dots (Ashwell "31.07.26"): a padded day or month, or a day past 12
        ("31.07.26", None),
        ("05.9.25", None),
        ("13.2.21", None),
        # ids whose last number could be a year, none padded and the first part 12 or less
        ("1.1.25", "1.1.25"),
        ("12.12.25", "12.12.25"),
        ("1.10.12", "1.10.12"),
    ],
)
def test_canonical_action_id(printed: str, canonical: str | None) -> None:
    assert canonical_action_id(printed) == canonical


@pytest.mark.parametrize(
    ("cell", "found"),
    [
        ("P1.1", "P1.1"),
        ("SEND-01", "SEND-01"),
        ("7", "7"),
        # a code of two parts, a part lettered in brackets, a letter before a stop (Rosedale)
        ("P1-A1", "P1-A1"),
        ("P1 A2", "P1 A2"),
        ("1(a)", "1(a)"),
        ("A.1", "A.1"),
        # numbered again under each objective in roman numerals, or lettered
        ("i", "i"),
        ("iii", "iii"),
        ("iv.", "iv"),
        ("(ix)", "ix"),
        ("II", "II"),
        ("a)", "a"),
        ("(b)", "b"),
        ("c.", "c"),
        # a dotted number a scan misread in part: l and I for 1, O for 0
        ("1.l", "1.1"),
        ("l.3", "1.3"),
        ("I.2", "1.2"),
        ("2.O", "2.0"),
        ("1.2.l", "1.2.1"),  # no lettered suffix: that follows its number without a stop
        ("1.3.1b", "1.3.1b"),
        ("l.l", None),  # no digit at all
        ("a", None),  # a word
        ("o", None),  # a bullet
        ("iiii", None),
        ("mix", None),
        ("", None),
    ],
)
def test_an_id_column_cell(cell: str, found: str | None) -> None:
    from planparse.fields.ids import id_column_id

    assert id_column_id(cell) == found


@pytest.mark.parametrize(
    ("cell", "ids"),
    [
        ("2.2.1 & 2.2.2", ["2.2.1", "2.2.2"]),
        ("1.1.2& 1.1.3& 2.2.1 & 2.2.2", ["1.1.2", "1.1.3", "2.2.1", "2.2.2"]),
        ("AFI2/AFI5", ["AFI2", "AFI5"]),
        ("AFI 1", ["AFI1"]),
        ("SEF", ["SEF"]),
        ("AFI2 AFI4", ["AFI2", "AFI4"]),
        ("1.2 & 1.6", ["1.2", "1.6"]),
        # labels written out, named as the labelled lines name them (W: a WSOA's weakness)
        ("Area for improvement 2", ["AFI2"]),
        ("Area of weakness 1", ["W1"]),
        ("AoW 2 / Weakness 3", ["W2", "W3"]),
        ("Area for priority action 1 / Priority action 2", ["PA1", "PA2"]),
        ("W1, W2", ["W1", "W2"]),
        # a number after a prefixed id takes its prefix; a run of ids gives each id in it
        ("AFI 1, 3 and 5", ["AFI1", "AFI3", "AFI5"]),
        ("AFIs 1, 3 and 5", ["AFI1", "AFI3", "AFI5"]),  # the label in the plural
        ("Areas for improvement 2 and 4", ["AFI2", "AFI4"]),
        ("Weaknesses 1 and 2", ["W1", "W2"]),
        # a cell citing every area: kept as printed, each area linked when the plan's are known
        ("All AFIs", ["All AFIs"]),
        ("All", ["All"]),
        ("All areas for improvement", ["All areas for improvement"]),
        ("All (AFI 1-2)", ["All", "AFI1", "AFI2"]),
        ("Allocation", []),
        ("WSOA 1-2, 4", ["WSOA1", "WSOA2", "WSOA4"]),
        ("1.1-1.4", ["1.1", "1.2", "1.3", "1.4"]),
        ("1.2.1–1.2.3", ["1.2.1", "1.2.2", "1.2.3"]),
        ("AFI1-AFI3", ["AFI1", "AFI2", "AFI3"]),
        ("AFI 1 to 3", ["AFI1", "AFI2", "AFI3"]),
        ("2.1 - 2.3", ["2.1", "2.2", "2.3"]),
        # ... and only such a run: other heads, a backward run, a year
        ("1.1-2.3", ["1.1", "2.3"]),
        ("1.9-1.2", ["1.9", "1.2"]),
        ("2024-25", []),
        ("SEF/DBV/AFI 2", ["SEF", "DBV", "AFI2"]),
        ("SEF/DBV/AFI (3)", ["SEF", "DBV", "AFI3"]),
        # a note in brackets cites nothing; one naming ids cites them too
        ("AFI1 (partly)", ["AFI1"]),
        ("Recommendation 2 (in part)", ["R2"]),
        ("AFI 3 (also AFI 5)", ["AFI3", "AFI5"]),
        # recommendations cited in words, named R as their labelled lines are
        ("Rec 3", ["R3"]),
        ("Rec. 3", ["R3"]),
        ("Recommendation 2", ["R2"]),
        ("Recommendations 1 and 2", ["R1", "R2"]),
        ("Recs 1, 3", ["R1", "R3"]),
        ("Recs 1-3", ["R1", "R2", "R3"]),
        ("Recommendation 1.2", ["R1.2"]),
        # a number alone is kept only in a column that cites (`numbers`), never after a dotted id
        ("1.2, 3", ["1.2"]),
        # an area for priority action as "APA1" is the PA1 "Area for priority action 1" names
        ("APA1, 2", ["PA1", "PA2"]),
        ("APA 2", ["PA2"]),
    ],
)
def test_parse_id_list(cell: str, ids: list[str]) -> None:
    assert parse_id_list(cell) == ids


def test_typo_af15_resolves_to_afi5() -> None:
    assert resolve_rec_id("AF15", {"AFI1", "AFI5"}) == "AFI5"


def test_ids_are_never_matched_fuzzily() -> None:
    assert resolve_rec_id("AFI11", {"AFI1"}) == "AFI1"  # leading-1 OCR rule only
    assert resolve_rec_id("AFI7", {"AFI1", "AFI5"}) is None


def test_a_label_cites_the_area_a_plan_numbers_without_one() -> None:
    # "Rec 2" in a plan listing its recommendations "1.", "2.": the one numbered 2
    assert resolve_rec_id("R2", {"1", "2"}) == "2"
    assert resolve_rec_id("R2", {"R2", "2"}) == "R2"
    assert resolve_rec_id("R3", {"1", "2"}) is None


def test_see_also() -> None:
    assert cited_ids("is implemented quickly (see also 2.3).") == ["2.3"]


@pytest.mark.parametrize(
    ("ref", "mended"),
    [
        ("52.1", "5.2.1"),  # Hillingdon text, M24's "52.1& 2.3.1 & 2.3.2": the dot lost
        ("5.2.1", "5.2.1"),  # known ids stay
        ("6.1.1", "6.1.1"),  # unknown ids with no mend stay as printed
        ("11", "11"),  # a bare number is not taken for an id
        ("12.11", "12.11"),  # two mends (1.2.11, 12.1.1) would be a guess: none is made
    ],
)
def test_a_cited_id_that_lost_its_dot_is_mended_against_the_plans_ids(
    ref: str, mended: str
) -> None:
    from planparse.fields.ids import mend_ref

    assert mend_ref(ref, {"5.2.1", "2.3.1", "1.1", "1.2.11", "12.1.1"}) == mended


@pytest.mark.parametrize(
    ("printed", "canonical"),
    [
        ("P1.1", "P1.1"),  # forms other areas print in their id column
        ("EY 2.3", "EY2.3"),
        ("SM1b", "SM1b"),
        ("A4", "A4"),
        ("1.1.1", None),  # a plain number is canonical_action_id's
        ("Priority", None),
        ("P1.1 Recruit", None),
    ],
)
def test_canonical_prefixed_id(printed: str, canonical: str | None) -> None:
    from planparse.fields.ids import canonical_prefixed_id

    assert canonical_prefixed_id(printed) == canonical


@pytest.mark.parametrize(
    ("cell", "measure_id"),
    [("KPI 1", "KPI 1"), ("KPI  12", "KPI 12"), ("PI03", "PI03"), ("SM2b", "SM2b"),
     ("M4.", "M4"), ("kpi 7", "kpi 7"), ("4.2.1", None), ("AFI2", None), ("P1.1", None),
     ("KPI", None), ("Measure", None)],
)  # fmt: skip
def test_a_measures_own_id_in_a_grids_id_column(cell: str, measure_id: str | None) -> None:
    from planparse.fields.ids import measure_id_of

    assert measure_id_of(cell) == measure_id


@pytest.mark.parametrize(
    ("heading", "rec_ids"),
    [
        ("Priority 1: Assessments and the voice of the child (Recommendation 1)", ["R1"]),
        ("Priority 4: Care leavers (Recommendations 4 and 6)", ["R4", "R6"]),
        ("Theme 2: Early help (AFI 2 & AFI 5)", ["AFI2", "AFI5"]),
        ("Priority 3 – addresses Areas for improvement 1, 2 and 3", ["AFI1", "AFI2", "AFI3"]),
        ("Workstream 1 (AFIs 1/4)", ["AFI1", "AFI4"]),
        ("Area of significant weakness 2: Joint commissioning", ["W2"]),
        # the 2023 framework's areas for priority action, written out or not
        ("Theme 1: Timely plans (area for priority action 1)", ["PA1"]),
        ("Priority 2 – addresses Priority actions 2 and 3", ["PA2", "PA3"]),
        ("Objective 2 – Support while waiting (Rec 2)", ["R2"]),
        ("Objective 3 (Recs 1 and 3)", ["R1", "R3"]),
        ("Priority 2: The front door", []),
        ("Priority 5: 2 new children's homes", []),
        ("Priority 6: records 12 months old", []),
    ],
)
def test_recommendations_a_heading_names_by_label(heading: str, rec_ids: list[str]) -> None:
    from planparse.fields.ids import heading_rec_ids

    assert heading_rec_ids(heading) == rec_ids


def test_a_citing_column_keeps_lettered_parts_of_an_area() -> None:
    # Zennor: an "AFI" column citing "1a", "1a, 1b" where the plan letters parts of an area
    assert parse_id_list("1a, 1b", numbers=True) == ["1a", "1b"]
    assert parse_id_list("2", numbers=True) == ["2"]


@pytest.mark.parametrize(
    ("line", "labelled"),
    [
        ("APA1", ("PA1", None)),  # Elmhurst's heading, as its list names it "priority action 1"
        (
            "Area for priority action 2: Leaders must make sure waits reduce",
            ("PA2", "Leaders must make sure waits reduce"),
        ),
        ("AFI1", ("AFI1", None)),
    ],
)
def test_an_area_labelled_by_its_short_form(
    line: str, labelled: tuple[str, str | None] | None
) -> None:
    from planparse.fields.ids import labelled_rec_id

    assert labelled_rec_id(line) == labelled


@pytest.mark.parametrize(
    ("text", "recs"),
    [
        ("Recruit four EHC coordinators (AFI 1)", ["AFI1"]),  # Ulverston
        ("Co-chair the SEND board with the forum (AFIs 1 and 3).", ["AFI1", "AFI3"]),
        ("Publish the guide (see Recommendation 2)", ["R2"]),
        ("Train staff (SENCOs and EPs)", []),  # a bracket of other words
        ("Review the offer (AFI 1 partly)", []),  # a note, not only a citation
        ("Agree the protocol (AFI 2) with adult social care", []),  # not at the end
    ],
)
def test_an_action_citing_areas_in_a_bracket_at_its_end(text: str, recs: list[str]) -> None:
    from planparse.fields.ids import cited_recs

    assert cited_recs(text) == recs


@pytest.mark.parametrize(
    ("action_id", "rec_id"),
    [
        ("AFI1.2", "AFI1"),
        ("afi 2.1", "AFI2"),
        ("APA1.3", "PA1"),
        ("R2.1", "R2"),
        ("W3-1", "W3"),
        ("AFI1.2a", "AFI1"),
        ("1.2", None),
        ("A3", None),
        ("AFI1", None),  # the area itself
    ],
)
def test_the_recommendation_an_action_id_numbers_it_under(
    action_id: str, rec_id: str | None
) -> None:
    assert rec_of_action_id(action_id) == rec_id
