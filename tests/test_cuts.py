"""Where a printed piece of text stops before its phrase ends (planparse.cuts)."""

import pytest

from planparse.cuts import ends_mid_phrase


@pytest.mark.parametrize(
    ("text", "signs", "cut"),
    [
        ("Lead role &", "&", True),  # Hillingdon Ambition 3's header
        ("% of health advice that meet the reporting deadlines for", "", True),  # a grid
        ("Head of Inclusion and", "&,", True),  # Hounslow leads
        ("… EBSNA Response and", "&,", True),  # a wrapped bullet, Hillingdon strategy p.3
        ("Service Manager –", "&,–-/(", True),
        ("Service Manager –", "&,", False),
        ("Learner Support", "&,", False),
        ("SUCCESS MEASURE FOR", "", True),
        ("Improve transitions.", "&,", False),
        ("", "&", False),  # an empty header cell finishes nothing
        ("   ", "&,", False),
        ("Report and photo", "", False),  # "…to" inside a word is no connector
    ],
)
def test_ends_mid_phrase(text: str, signs: str, cut: bool) -> None:
    assert ends_mid_phrase(text, signs) is cut
