from datetime import date

import pytest

from planparse.assemble.stated import statements_to_measures
from planparse.models import Statement


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # other areas' success measures in words: (kind, period_label, period_end, value, unit)
        ("EHCPs issued within 20 weeks rise from 38% to 60% by March 2026",
         [("baseline", None, None, 38.0, "percent"),
          ("target", "by March 2026", date(2026, 3, 31), 60.0, "percent")]),
        ("Reduce the average wait from 14 weeks to 8 weeks",
         [("baseline", None, None, 14.0, "weeks"), ("target", None, None, 8.0, "weeks")]),
        ("Suspensions of pupils with SEND fall by 10% by 2026/27",
         [("target", "by 2026/27", date(2027, 8, 31), -10.0, "percent_change")]),
        # the sentence's verb signs its change, from one list with the grids' cells
        ("Exclusions drop by 10% by 2027",
         [("target", "by 2027", date(2027, 12, 31), -10.0, "percent_change")]),
        ("A rise of 5% in take-up by 2026",
         [("target", "by 2026", date(2026, 12, 31), 5.0, "percent_change")]),
        ("Persistent absence lowered to 12% by 2027",
         [("target", "by 2027", date(2027, 12, 31), 12.0, "percent")]),
        ("Attendance improves by 3 percentage points in 2026",
         [("target", "in 2026", date(2026, 12, 31), 3.0, "percent_change")]),
        ("The share of plans reviewed on time rises to 90% by the end of 2025",
         [("target", "by the end of 2025", date(2025, 12, 31), 90.0, "percent")]),
        # a figure for each of several periods: a target each, a change keeping its sign
        ("Take-up rises from 38% to 50% by 2026 and 60% by 2027",
         [("baseline", None, None, 38.0, "percent"),
          ("target", "by 2026", date(2026, 12, 31), 50.0, "percent"),
          ("target", "by 2027", date(2027, 12, 31), 60.0, "percent")]),
        ("Exclusions fall by 10% by March 2026, then by 20% by March 2027",
         [("target", "by March 2026", date(2026, 3, 31), -10.0, "percent_change"),
          ("target", "by March 2027", date(2027, 3, 31), -20.0, "percent_change")]),
        ("Reach 80% in 2026/27, 85% in 2027/28 and 90% in 2028/29",
         [("target", "in 2026/27", date(2027, 8, 31), 80.0, "percent"),
          ("target", "in 2027/28", date(2028, 8, 31), 85.0, "percent"),
          ("target", "in 2028/29", date(2029, 8, 31), 90.0, "percent")]),
        # when the baseline was taken, printed beside it, dates it
        ("Increase EHC plans issued within 20 weeks from 38% (2024) to 60% by March 2026",
         [("baseline", "2024", date(2024, 12, 31), 38.0, "percent"),
          ("target", "by March 2026", date(2026, 3, 31), 60.0, "percent")]),
        ("Reduce waits over 18 weeks from 640 in April 2025 to 300 by April 2026",
         [("baseline", "April 2025", date(2025, 4, 30), 640.0, "count"),
          ("target", "by April 2026", date(2026, 4, 30), 300.0, "count")]),
        # a sentence opening with the figure it aims at, by a period; its baseline stated apart
        ("At least 90% of annual reviews completed on time by July 2026 (baseline 52%, 2024/25)",
         [("baseline", "2024/25", date(2025, 8, 31), 52.0, "percent"),
          ("target", "by July 2026", date(2026, 7, 31), 90.0, "percent")]),
        ("95% of new plans issued within 20 weeks by 2027 (currently 41%)",
         [("baseline", None, None, 41.0, "percent"),
          ("target", "by 2027", date(2027, 12, 31), 95.0, "percent")]),
        # ... and without a period, a finding, not a target
        ("90% of families say they feel listened to", []),
        # a second figure without its own period is no second target
        ("Rises to 50% by 2026 and stays above 45%",
         [("target", "by 2026", date(2026, 12, 31), 50.0, "percent")]),
        # what changes printed between the verb and its figure
        ("Reduce the number of suspensions of children with SEND by 20% by July 2027",
         [("target", "by July 2027", date(2027, 7, 31), -20.0, "percent_change")]),
        ("Increase the take-up of personal budgets by 15% in 2026",
         [("target", "in 2026", date(2026, 12, 31), 15.0, "percent_change")]),
        ("Improve outcomes for children with SEND by 2027", []),  # "by 2027": its period
        # no figure it aims at: a statement only
        ("Parents tell us they know where to find support", []),
        ("Children are seen within 18 weeks", []),
        ("From September 2025 to July 2026 we will review every plan", []),
    ],
)  # fmt: skip
def test_a_success_statement_that_states_its_figures(text: str, expected: list[tuple]) -> None:
    statement = Statement(doc_id="d", theme="Priority 1", section="success", text=text)
    measures, targets = statements_to_measures("d", [statement])
    assert [(t.kind, t.period_label, t.period_end, t.value, t.unit) for t in targets] == expected
    assert [m.text for m in measures] == ([text] if expected else [])


def test_only_success_statements_are_measures() -> None:
    update = Statement(doc_id="d", theme=None, section="update", text="Rose from 38% to 52%.")
    assert statements_to_measures("d", [update]) == ([], [])


def test_a_change_printed_words_after_its_verb_keeps_its_figure_as_printed() -> None:
    text = "Reduce the number of suspensions by 20% by July 2027"
    statement = Statement(doc_id="d", theme="Priority 1", section="success", text=text)
    _, targets = statements_to_measures("d", [statement])
    assert [t.value_text for t in targets] == ["by 20%"]
