"""Objectives printed as codes, and the key that names them.

A plan may fill its priority column with codes ("P1", "P2") and say what each stands for
once, in a list near its start ("P1 – Timely, good quality EHC plans"). An action whose
objective cell is such a code gets the code as its `objective_id` and the key's words as its
`objective`, as a plan numbering its objectives under their headings gives them.
"""

from __future__ import annotations

import re

from planparse.models import Action
from planparse.read.raw import Block

# "P1 – Timely, good quality EHC plans", "SP2: Inclusion in mainstream schools"
_ENTRY_RE = re.compile(r"(?P<code>[A-Z]{1,4}\d{1,2})\s*(?:[–—:]|-(?=\s))\s*(?P<words>\S.{3,})")


def code_key(blocks: list[Block]) -> dict[str, str]:
    """Each code the document's key names, and the words it stands for: two entries or more
    on lines of their own (a code named once is a heading, not a key)."""
    key: dict[str, str] = {}
    for block in blocks:
        m = _ENTRY_RE.fullmatch(block.text.strip()) if block.kind == "line" else None
        if m and m["code"] not in key:
            key[m["code"]] = " ".join(m["words"].split())
    return key if len(key) >= 2 else {}


def with_code_key(actions: list[Action], key: dict[str, str]) -> list[Action]:
    """The actions, each whose objective is a code of the key named by it."""
    if not key:
        return actions
    return [
        action.model_copy(update={"objective_id": code, "objective": key[code]})
        if (code := (action.objective or "").strip()) in key and action.objective_id is None
        else action
        for action in actions
    ]
