"""Benchmark: planparse against a baseline measured in the same run; prints figures, asserts none.

Text: documents/s for extracting corpora/*.txt vs a read+split baseline.
PDF: pages/s for the whole planparse pipeline on corpora/*.pdf vs pdfplumber's own
`extract_tables()` + `extract_text()` over the same pages (closing each page), and peak RSS
of each, measured in child processes so one does not inherit the other's memory.
"""

import multiprocessing as mp
import resource
import time
from pathlib import Path

TEXTS = sorted(Path("corpora").glob("*.txt"))
PDFS = sorted(Path("corpora").glob("*.pdf"))
ROUNDS = 3


def _run(task: str, queue: "mp.Queue[tuple[float, int, float]]") -> None:
    import pdfplumber

    from planparse.api import extract
    from planparse.tables.roles import header_to_role

    extract(TEXTS[0])  # load spaCy and dateparser before timing
    start = time.perf_counter()
    pages = 0
    for _ in range(ROUNDS):
        header_to_role.cache_clear()  # each round reads the documents as if for the first time
        for path in PDFS:
            if task == "pdfplumber":
                with pdfplumber.open(path) as pdf:
                    for page in pdf.pages:
                        page.extract_tables()
                        page.extract_text()
                        page.close()
                        pages += 1
            elif task == "planparse-pdf":
                pages += extract(path).document.page_count or 0
            elif task == "read-split":
                for text in TEXTS:
                    [line.split("\t") for line in text.read_text().splitlines()]
                pages += len(TEXTS)
            elif task == "planparse-text":
                for text in TEXTS:
                    extract(text)
                pages += len(TEXTS)
    seconds = time.perf_counter() - start
    queue.put((seconds, pages, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024))


def measure(task: str) -> tuple[float, int, float]:
    queue: mp.Queue[tuple[float, int, float]] = mp.Queue()
    proc = mp.get_context("fork").Process(target=_run, args=(task, queue))
    proc.start()
    result = queue.get()
    proc.join()
    return result


if __name__ == "__main__":
    rows = {
        task: measure(task)
        for task in ("read-split", "planparse-text", "pdfplumber", "planparse-pdf")
    }
    for task, (seconds, units, rss) in rows.items():
        unit = "docs" if "text" in task or task == "read-split" else "pages"
        print(f"{task:<15} {units / seconds:8.1f} {unit}/s  peak RSS {rss:6.0f} MB")
    text_ratio = (rows["planparse-text"][0] / rows["planparse-text"][1]) / (
        rows["read-split"][0] / rows["read-split"][1]
    )
    pdf_ratio = (rows["planparse-pdf"][0] / rows["planparse-pdf"][1]) / (
        rows["pdfplumber"][0] / rows["pdfplumber"][1]
    )
    print(f"text: planparse time per document / read-split: {text_ratio:.0f}x")
    print(f"pdf:  planparse time per page / pdfplumber tables+text: {pdf_ratio:.2f} (aim <= 1.0)")
