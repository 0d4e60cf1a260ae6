"""Scale benchmark: a built corpus of many PDFs through `extract_many` with 1 and 2 workers.

Builds BENCH_DOCS PDFs (default 300) from the corpus PDFs: byte-distinct copies of short
page-shuffled extracts (pypdfium2 imports SAMPLE_PAGES pages of a corpus PDF in a shuffled
order; a trailing comment makes each file's sha256 unique, so none is skipped as a duplicate).
Prints documents/s, pages/s, the speed-up of 2 workers over 1, and each run's worker peak RSS
after the first tenth of its documents and at the end: if memory held per document leaked,
the second figure would grow with the number of documents.

    python scripts/bench_scale.py [DOCS]
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from pathlib import Path

import pypdfium2 as pdfium

from planparse.batch import Settings, extract_many

CORPUS = sorted(Path("corpora").glob("*.pdf"))
SAMPLE_PAGES = 3


def build(folder: Path, docs: int, seed: int = 1) -> int:
    """Write `docs` PDFs into folder; returns their page count."""
    rng = random.Random(seed)
    sources = [pdfium.PdfDocument(p) for p in CORPUS]
    pages = 0
    for n in range(docs):
        src = sources[n % len(sources)]
        order = rng.sample(range(len(src)), k=min(SAMPLE_PAGES, len(src)))
        out = pdfium.PdfDocument.new()
        out.import_pages(src, order)
        path = folder / f"doc-{n:04d}.pdf"
        out.save(path)
        out.close()
        with path.open("ab") as handle:
            handle.write(b"\n%% bench copy %d\n" % n)
        pages += len(order)
    for src in sources:
        src.close()
    return pages


def run(folder: Path, out: Path, workers: int) -> tuple[float, dict]:
    started = time.perf_counter()
    report = extract_many([folder], out, settings=Settings(workers=workers, timeout=600))
    return time.perf_counter() - started, report


def rss_curve(report: dict) -> tuple[float, float]:
    """Largest worker RSS after the first tenth of the documents, and after all of them."""
    values = [f.get("worker_rss_mb") or 0.0 for f in report["files"]]
    tenth = max(1, len(values) // 10)
    return max(values[:tenth]), max(values)


def main() -> None:
    docs = int(sys.argv[1]) if len(sys.argv) > 1 else 300
    with tempfile.TemporaryDirectory(prefix="planparse-bench-") as tmp:
        folder = Path(tmp) / "pdfs"
        folder.mkdir()
        pages = build(folder, docs)
        print(f"built {docs} PDFs, {pages} pages, from {len(CORPUS)} corpus PDFs")
        results = {}
        for workers in (1, 2):
            seconds, report = run(folder, Path(tmp) / f"out{workers}", workers)
            results[workers] = seconds
            early, late = rss_curve(report)
            print(
                f"workers {workers}: {docs / seconds:6.2f} docs/s  {pages / seconds:6.1f} pages/s"
                f"  ok {report['ok']}  failed {report['failed']}  worker peak RSS"
                f" {early:.0f} MB after {max(1, docs // 10)} docs, {late:.0f} MB after {docs}"
            )
        same = all(
            (Path(tmp) / "out1" / p.name).read_bytes() == p.read_bytes()
            for p in (Path(tmp) / "out2").glob("*.parquet")
        )
        print(f"speed-up 2 workers / 1: {results[1] / results[2]:.2f}x; outputs identical: {same}")


if __name__ == "__main__":
    main()
