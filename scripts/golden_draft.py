"""Write a draft golden extract for a reviewer to correct by reading the document.

A draft is the program's output: it becomes golden only after each record has been checked
against the document and corrected by hand (README, "Golden extracts"). Never run this over
an existing golden file to make a failing check pass.
"""

import json
import sys
from pathlib import Path

from planparse.api import extract
from planparse.check import extract_to_rows

for name in sys.argv[1:]:
    path = Path(name)
    rows = extract_to_rows(extract(path))
    out = Path("golden-drafts") / f"{path.name}.jsonl"
    out.parent.mkdir(exist_ok=True)
    out.write_text("".join(json.dumps(r, sort_keys=True, ensure_ascii=False) + "\n" for r in rows))
    print(f"draft {out}: {len(rows)} records")
