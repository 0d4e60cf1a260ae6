"""Leads printed as initials, and the key that names them.

A plan may fill its lead column with initials ("JB", "RP / PCF") and name them once, in a
key near its start ("JB – Jo Barnes, Head of SEND Services, Ingleby Council") or a table of
two columns ("JB | Head of SEND Services"). The lead cell stays as printed; its roles and
organisations are read from the key's entries for the initials it holds, so that "JB"
counts as a Head of SEND Services across plans; a glossary's entry serves as well ("PEP -
Principal Educational Psychologist"). A body's short name stays as printed ("PCF", "LBH":
organisations are named by their short forms, as the output contract's examples are), and
a glossary line naming no lead ("EHCP – Education, Health and Care Plan") is no entry.
"""

from __future__ import annotations

import re

from planparse.fields.leads import names_lead, parse_lead
from planparse.models import Action
from planparse.read.raw import Block

# "JB – Jo Barnes, Head of SEND", "KM = Designated Clinical Officer", "RP: Principal EP";
# a PDF may join a key's lines into one, each entry running up to the next initials
_SEP = r"\s*(?:[–—=:]|-(?=\s))\s*"
_ENTRY_RE = re.compile(
    rf"(?:^|(?<=\s))(?P<initials>[A-Z]{{2,4}}){_SEP}(?P<entry>\S.{{3,}}?)"
    rf"(?=\s+[A-Z]{{2,4}}{_SEP}\S|\s*$)"
)
_INITIALS_RE = re.compile(r"[A-Z]{2,4}")
# what parts the initials of one lead cell: "RP / PCF", "PCF & JB", "JB, KM and RP"
_PARTS_RE = re.compile(r"\s*(?:[/,&+;]|\band\b)\s*")


def _entry(initials: str, entry: str) -> tuple[str, str] | None:
    entry = " ".join(entry.split())
    return (initials, entry) if names_lead(entry) else None


def lead_key(blocks: list[Block]) -> dict[str, str]:
    """Each set of initials the document's key names, and the lead it stands for."""
    key: dict[str, str] = {}
    for block in blocks:
        pairs: list[tuple[str, str]] = []
        if block.kind == "line" and _ENTRY_RE.match(text := block.text.strip()):
            pairs = [(m["initials"], m["entry"]) for m in _ENTRY_RE.finditer(text)]
        elif block.kind == "row":
            filled = [c.strip() for c in block.cells if c.strip()]
            if len(filled) == 2 and _INITIALS_RE.fullmatch(filled[0]):
                pairs = [(filled[0], filled[1])]
        for initials, entry in pairs:
            if (found := _entry(initials, entry)) is not None:
                key.setdefault(*found)
    return key


def _initials_of(lead: str) -> list[str] | None:
    """The initials a lead cell holds, when it holds nothing else ("RP / PCF")."""
    parts = [p for p in _PARTS_RE.split(lead.strip()) if p]
    return parts if parts and all(_INITIALS_RE.fullmatch(p) for p in parts) else None


def with_lead_key(actions: list[Action], key: dict[str, str]) -> list[Action]:
    """The actions with each lead of initials the key names read through the key."""
    if not key:
        return actions
    out: list[Action] = []
    for action in actions:
        initials = _initials_of(action.lead or "")
        if not initials or not any(i in key for i in initials):
            out.append(action)
            continue
        roles: list[str] = []
        orgs: list[str] = []
        for part in initials:
            lead = parse_lead(part)
            if part in key and not lead.lead_orgs:
                lead = parse_lead(key[part])
            roles += lead.lead_roles
            orgs += lead.lead_orgs
        update = {"lead_roles": list(dict.fromkeys(roles)), "lead_orgs": list(dict.fromkeys(orgs))}
        out.append(action.model_copy(update=update))
    return out
