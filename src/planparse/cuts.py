"""Where a printed line or cell stops before its phrase ends.

Converters and narrow cells cut text anywhere: "Lead role &" / "organisation", "… reporting
deadlines for" / "education providers", "… EBSNA Response and" / "Outreach Team (EROS)". A
piece ending on a word no phrase ends on goes on in the next one; the readers, the table
stages and the grid assembler all ask the same question here.
"""

from __future__ import annotations

import re

# Words a phrase does not end on.
CONNECTOR_WORDS = (
    "and", "or", "of", "for", "the", "to", "in", "with", "through", "by", "that", "on", "at",
    "from", "within", "into", "an", "per", "than", "between", "across",
)  # fmt: skip
_ENDS_ON_WORD_RE = re.compile(r"\b(?:" + "|".join(CONNECTOR_WORDS) + r")\s*$", re.I)


def inside_brackets(text: str) -> bool:
    """Whether `text` stops inside brackets it opened: "Baseline (Mar" / "24)", "Officer
    (NHS" / "Oakham ICB)"."""
    return text.count("(") > text.count(")")


def ends_mid_phrase(text: str, signs: str = "&,") -> bool:
    """Whether `text` stops on a connector word, or on one of `signs` ("&", ","; a lead cell
    also on a dash, slash or open bracket: "Head of SEND –" / "Inclusion")."""
    stripped = text.rstrip()
    if not stripped:
        return False
    return bool(_ENDS_ON_WORD_RE.search(stripped)) or stripped[-1] in signs
