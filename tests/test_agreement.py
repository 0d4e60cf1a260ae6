"""Text/PDF agreement (issue 3): the same plan read from its PDF and from its text extract.

Prints, per plan, the share of action ids found in both and the share of actions whose
(id, lead, due_date) agree (each over the union of both twins' records, so one differing
action counts twice), and how many actions of all either twin reads are identical. The aim
is 95%; the floors below are the level reached so far and guard against it dropping.
"""

import pytest

from planparse.api import extract

from .conftest import CORPORA

# plan stem -> (id agreement floor, (id, lead, due_date) agreement floor), as measured
FLOORS = {
    "hillingdon-send-improvement-plan-2024-28": (1.0, 0.91),  # session 6
    "hounslow-send-ap-strategic-improvement-plan-2025": (1.0, 1.0),  # session 5
    "hull-send-strategic-plan-2024-27": (1.0, 1.0),  # session 5
}


GRID_FLOOR = 0.79  # session 6 (0.65 in session 5, 0.60 in 4, 0.56 in 3); the aim is 0.95


@pytest.mark.parametrize("stem", sorted(FLOORS))
def test_text_and_pdf_agree(stem: str) -> None:
    text = extract(CORPORA / f"{stem}.txt").records["actions"]
    pdf = extract(CORPORA / f"{stem}.pdf").records["actions"]
    ids_t, ids_p = {a.action_id for a in text}, {a.action_id for a in pdf}
    full_t = {(a.action_id, a.lead, a.due_date) for a in text}
    full_p = {(a.action_id, a.lead, a.due_date) for a in pdf}
    id_share = round(len(ids_t & ids_p) / len(ids_t | ids_p), 2)
    full_share = round(len(full_t & full_p) / len(full_t | full_p), 2)
    # the measure: of the actions either twin reads, those read identically (an id
    # printed twice, Hillingdon's 1.3.1/1.3.2, agrees when all its rows do)
    identical = sum(
        {f for f in full_t if f[0] == i} == {f for f in full_p if f[0] == i} for i in ids_t | ids_p
    )
    print(
        f"{stem}: ids {id_share:.2f}, (id, lead, due_date) {full_share:.2f} of the union; "
        f"{identical} of {len(ids_t | ids_p)} actions identical"
    )
    assert id_share >= FLOORS[stem][0] and full_share >= FLOORS[stem][1]


def test_hull_afis_read_from_pdf_box_as_from_text() -> None:
    # In the PDF the AFI list sits in a ruled box: a one-column "table" read as lines.
    stem = "hull-send-strategic-plan-2024-27"
    text = extract(CORPORA / f"{stem}.txt").records["recommendations"]
    pdf = extract(CORPORA / f"{stem}.pdf").records["recommendations"]
    assert [r.rec_id for r in pdf] == [r.rec_id for r in text] == [f"AFI{i}" for i in range(1, 6)]


def _grid_values(path: object) -> set[tuple[object, ...]]:
    got = extract(path)  # type: ignore[arg-type]
    refs = {m.measure_id: tuple(m.action_refs) for m in got.records["measures"]}
    return {
        (refs.get(t.measure_id), t.kind, t.series, t.period_label, t.value)
        for t in got.records["targets"]
    }


def test_grid_values_agree_between_text_and_pdf() -> None:
    """Baseline/target values keyed by the measure's action ids, not its position (Hillingdon).

    Session 3: 0.56 after grids under repeated action headers rejoined; the text extract's
    shifted columns and lost labels, and the PDF's page 19-20 columns, are the differences.
    """
    stem = "hillingdon-send-improvement-plan-2024-28"
    text, pdf = _grid_values(CORPORA / f"{stem}.txt"), _grid_values(CORPORA / f"{stem}.pdf")
    share = round(len(text & pdf) / len(text | pdf), 2)
    print(f"{stem}: grid values {share:.2f}")
    assert share >= GRID_FLOOR
