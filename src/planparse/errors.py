"""Exceptions and diagnostic codes.

Codes are E or W plus three digits by stage: 1xx read, 2xx layout, 3xx tables, 4xx fields,
5xx link, 6xx write and reports. Library code raises; the batch turns exceptions into diagnostics in
run.json and carries on; the CLI prints one line each.
"""

from __future__ import annotations

CODES: dict[str, str] = {
    "E101": "input could not be read (missing, corrupt, encrypted, empty or not a document)",
    "E102": "PDF has no text layer (scanned); OCR it first",
    "W101": "text was not UTF-8 and was decoded as Windows-1252",
    "W102": "a PDF page could not be parsed and was skipped",
    "W103": "a .csv file could not be read as CSV and was read as text",
    "W104": "UTF-8 text had been read as Windows-1252 (mojibake) and was repaired",
    "W201": "no plan structure found: the document does not look like a plan",
    "W202": "recommendations found but no actions: the plan's actions are in a layout not read",
    "W302": "an action id was lost by the converter and read from the ids around it",
    "W303": "a line held two table rows fused by the converter and was split in two",
    "W401": "a deadline wording was not understood",
    "W402": "deadlines printed without a year were read in the one year the plan or column names",
    "W403": "grid periods printed without a year were read in the one year the plan or section"
    " names",
    "W404": "grid periods named no year the plan or its section places; period_end left empty",
    "W501": "a cited recommendation id does not exist; resolved to the nearest id",
    "E601": "coverage: the output folder lacks the tables `planparse extract` writes",
    "E902": "the document exhausted its worker's memory, or its worker died",
    "E903": "the document was stopped at the --timeout",
    "E901": "unexpected internal error while extracting the document",
}


class PlanparseError(Exception):
    """Base of every error planparse raises on purpose; `code` is a diagnostic code."""

    code = "E901"


class ReadError(PlanparseError):
    """The input could not be turned into a RawDocument."""

    code = "E101"


class NoTextLayerError(ReadError):
    """A PDF whose pages carry no text (a scan)."""

    code = "E102"


class SettingsError(PlanparseError, ValueError):
    """A setting is out of range; the message names it and its allowed values."""

    code = "E001"
