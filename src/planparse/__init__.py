"""planparse: council plan documents to Parquet tables.

The public API: `extract(path)` for one document, `extract_many(paths, out_dir)` for a batch
written to Parquet, `check(paths, golden_dir)` for golden regression, `json_schemas()`.
"""

__version__ = "0.1.0"

from planparse.api import extract  # noqa: E402
from planparse.batch import extract_many  # noqa: E402
from planparse.check import check  # noqa: E402
from planparse.write import json_schemas  # noqa: E402

__all__ = ["__version__", "check", "extract", "extract_many", "json_schemas"]
