"""Leads printed as initials, read through the document's key (assemble/lead_key.py)."""

from hypothesis import given, settings
from hypothesis import strategies as st

from planparse.assemble.lead_key import lead_key, with_lead_key
from planparse.models import Action
from planparse.read.text import lines_to_blocks

KEY_LINES = [
    "Lead officers",
    "JB – Jo Barnes, Head of SEND Services, Ingleby Council",
    "KM = Kate Mills, Designated Clinical Officer, Ingleby ICB",
    "RP: Raj Patel, Principal Educational Psychologist",
    "EHCP – Education, Health and Care Plan",  # a glossary's: no lead
    "DCO\tDesignated Clinical Officer",  # a key printed as a table
]


def _action(lead: str) -> Action:
    return Action(doc_id="d", action_id="1.1", text="Recruit", lead=lead, due_kind="none")


def test_the_key_names_leads_only() -> None:
    assert lead_key(lines_to_blocks(KEY_LINES)) == {
        "JB": "Jo Barnes, Head of SEND Services, Ingleby Council",
        "KM": "Kate Mills, Designated Clinical Officer, Ingleby ICB",
        "RP": "Raj Patel, Principal Educational Psychologist",
        "DCO": "Designated Clinical Officer",
    }


def test_a_lead_of_initials_takes_the_roles_and_bodies_its_key_names() -> None:
    key = lead_key(lines_to_blocks(KEY_LINES))
    got = with_lead_key([_action("JB"), _action("RP / PCF"), _action("KM & DCO")], key)
    assert [(a.lead, a.lead_roles, a.lead_orgs) for a in got] == [
        ("JB", ["Head of SEND Services"], ["Ingleby Council"]),
        # a body's short name stays an organisation as printed
        ("RP / PCF", ["Principal Educational Psychologist"], ["PCF"]),
        ("KM & DCO", ["Designated Clinical Officer"], ["Ingleby ICB"]),
    ]


def test_a_lead_of_words_or_initials_no_key_names_is_left_as_read() -> None:
    key = lead_key(lines_to_blocks(KEY_LINES))
    actions = [_action("Head of SEND"), _action("XY"), _action("JB and the SENCO network")]
    assert with_lead_key(actions, key) == actions
    assert with_lead_key([_action("JB")], {}) == [_action("JB")]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet="JBKM –=:-,/&\tHeadofSEND", max_size=30), max_size=8))
def test_junk_lines_never_break_the_key(lines: list[str]) -> None:
    key = lead_key(lines_to_blocks(lines))
    assert all(k.isupper() for k in key)
    assert len(with_lead_key([_action("JB / KM")], key)) == 1


def test_a_keys_lines_a_pdf_joined_into_one_are_each_an_entry() -> None:
    line = (
        "JB – Jo Barnes, Head of SEND Services, Ingleby Council KM – Kate Mills, Designated "
        "Clinical Officer, Ingleby ICB PCF – Ingleby Parent Carer Forum"
    )
    assert lead_key(lines_to_blocks([line])) == {
        "JB": "Jo Barnes, Head of SEND Services, Ingleby Council",
        "KM": "Kate Mills, Designated Clinical Officer, Ingleby ICB",
        "PCF": "Ingleby Parent Carer Forum",
    }
    assert lead_key(lines_to_blocks(["Lead: JB – see the key below"])) == {}
