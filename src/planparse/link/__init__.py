"""Links the document does not state: fuzzy recommendation -> action links, and links across
documents (a highlight report to its plan, a strategy to a plan)."""
