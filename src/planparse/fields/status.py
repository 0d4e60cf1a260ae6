"""Status wordings: how plans and reports rate delivery, in a cell or on a cover line."""

import re

# A status as plans word it, opening its cell: a RAG colour or letter, or a state of delivery
_STATUS_WORDING_RE = re.compile(
    r"\b(?:on track|off track|on target|not due|not started|not yet started|in progress|at risk"
    r"|complete|completed|achieved|closed|delayed|slipped|overdue|ongoing|on-going"
    # the answer to a milestone's "Achieved?": "Yes", "No", "Partly", "Not met"
    r"|yes|no|partly|partially|not (?:yet )?(?:achieved|met)|met"
    r"|red|amber|green|blue|purple|black)\b"
    # a RAG letter alone, in capitals: "A", "G/A", not the article opening "A draft is …"
    r"|(?-i:[RAGB](?:/[RAGB])?)(?=\s*(?:$|[-\u2013(]))"
    # a symbol a key names ("✔ complete; ▲ on track; ● at risk"), or a coloured circle
    r"|[\u2713\u2714\u2717\u2718\u2716\u25b2\u25bc\u25cf\u25cb\u25c6\u25a0\u2605\u2b24"
    r"\U0001f7e0-\U0001f7e2\U0001f534\U0001f535](?=\s*(?:$|[-\u2013(]))",
    re.I,
)


def opens_with_a_status(text: str) -> bool:
    """Whether a cell or value opens with a status ("On track", "Amber – delayed", "G")."""
    return bool(_STATUS_WORDING_RE.match(text))
