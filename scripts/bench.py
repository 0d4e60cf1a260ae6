"""Benchmark: planparse against a baseline measured in the same run; prints figures, asserts none.

Text: documents/s for extracting corpora/*.txt vs a read+split baseline.
PDF: pages/s for the whole planparse pipeline on corpora/*.pdf vs pdfplumber's own
`extract_tables()` + `extract_text()` over the same pages (closing each page), and peak RSS
of each, measured in child processes so one does not inherit the other's memory. The ratio
is also taken round by round in one process, planparse and pdfplumber one after the other
on each document, so a busy machine slows both alike: its median and range are printed.
RSS is printed with what the libraries take before the first page (imports), since spaCy,
pyarrow and pdfplumber alone are over the 100 MB the issue aims for.
"""

import multiprocessing as mp
import resource
import statistics
import time
from pathlib import Path

TEXTS = sorted(Path("corpora").glob("*.txt"))
PDFS = sorted(Path("corpora").glob("*.pdf"))
ROUNDS = 3
PAIRED_ROUNDS = 5


def _run(task: str, queue: "mp.Queue[tuple[float, int, float]]") -> None:
    import pdfplumber

    from planparse.api import extract, prepare
    from planparse.tables.roles import header_to_role

    if task.startswith("planparse"):
        prepare()  # what a batch worker does first: load spaCy and dateparser, freeze them
    # the baselines run in a process holding pdfplumber alone, as a script using it would
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


def _paired(queue: "mp.Queue[list[float]]") -> None:
    """Per round, seconds per page of planparse over seconds per page of pdfplumber."""
    import pdfplumber

    from planparse.api import extract, prepare
    from planparse.tables.roles import header_to_role

    prepare()
    ratios = []
    for _ in range(PAIRED_ROUNDS):
        header_to_role.cache_clear()
        ours = theirs = 0.0
        for path in PDFS:
            start = time.perf_counter()
            extract(path)
            ours += time.perf_counter() - start
            start = time.perf_counter()
            with pdfplumber.open(path) as pdf:
                for page in pdf.pages:
                    page.extract_tables()
                    page.extract_text()
                    page.close()
            theirs += time.perf_counter() - start
        ratios.append(ours / theirs)
    queue.put(ratios)


def _imports_rss(queue: "mp.Queue[float]") -> None:
    from planparse.api import extract, prepare

    prepare()
    extract(TEXTS[0])  # spaCy, dateparser, pdfplumber and pyarrow loaded; no PDF page read
    queue.put(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)


def _in_child(target: object) -> object:
    queue: mp.Queue[object] = mp.Queue()
    proc = mp.get_context("fork").Process(target=target, args=(queue,))
    proc.start()
    result = queue.get()
    proc.join()
    return result


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
    paired = sorted(_in_child(_paired))  # type: ignore[arg-type]
    print(
        f"pdf:  same, paired by document in one process over {PAIRED_ROUNDS} rounds: median "
        f"{statistics.median(paired):.2f} (range {paired[0]:.2f}-{paired[-1]:.2f})"
    )
    base = _in_child(_imports_rss)
    print(
        f"pdf:  peak RSS {rows['planparse-pdf'][2]:.0f} MB, of which libraries loaded before "
        f"the first page {base:.0f} MB: {rows['planparse-pdf'][2] - base:.0f} MB for the pages"  # type: ignore[operator]
    )
