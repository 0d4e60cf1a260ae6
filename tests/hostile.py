"""A folder of hostile inputs, built by the tests: broken PDFs and awkward text files."""

from __future__ import annotations

import random
from pathlib import Path

CORPUS_PDF = (
    Path(__file__).resolve().parents[1] / "corpora" / "hull-send-strategic-plan-2024-27.pdf"
)


def pdf_bytes(objects: list[bytes], trailer_extra: bytes = b"") -> bytes:
    """A PDF with a correct xref table from numbered object bodies (1-based)."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<</Size %d/Root 1 0 R%s>>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        trailer_extra,
        xref,
    )
    return bytes(out)


HELVETICA = b"<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>"


def page_pdf(
    stream: bytes, resources: bytes = b"/Font<</F1 5 0 R>>", resource: bytes = HELVETICA
) -> bytes:
    """One letter-size page drawing `stream`; `resource` is object 5, named in `resources`
    (by default Helvetica as /F1)."""
    return pdf_bytes(
        [
            b"<</Type/Catalog/Pages 2 0 R>>",
            b"<</Type/Pages/Kids[3 0 R]/Count 1>>",
            b"<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]/Contents 4 0 R"
            b"/Resources<<" + resources + b">>>>",
            b"<</Length %d>>stream\n" % len(stream) + stream + b"\nendstream",
            resource,
        ]
    )


def text_pdf(pages: int, text: bytes = b"Action 1.1.1 Deliver training by May 2025") -> bytes:
    """`pages` pages sharing one content stream that shows one line of text."""
    stream = b"BT /F1 12 Tf 72 720 Td (" + text + b") Tj ET"
    kids = b" ".join(b"%d 0 R" % (5 + i) for i in range(pages))
    objects = [
        b"<</Type/Catalog/Pages 2 0 R>>",
        b"<</Type/Pages/Kids[" + kids + b"]/Count %d>>" % pages,
        b"<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>",
        b"<</Length %d>>stream\n" % len(stream) + stream + b"\nendstream",
    ]
    objects += [
        b"<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]/Contents 4 0 R"
        b"/Resources<</Font<</F1 3 0 R>>>>>>"
    ] * pages
    return pdf_bytes(objects)


def image_only_pdf() -> bytes:
    """One page showing a 2x2 grey image and no text: a scan."""
    image = b"\x80\x40\x40\x80"
    return page_pdf(
        b"q 200 0 0 200 72 500 cm /Im1 Do Q",
        resources=b"/XObject<</Im1 5 0 R>>",
        resource=b"<</Type/XObject/Subtype/Image/Width 2/Height 2/ColorSpace/DeviceGray"
        b"/BitsPerComponent 8/Length 4>>stream\n" + image + b"\nendstream",
    )


def encrypted_pdf() -> bytes:
    """A PDF whose trailer asks for a password the reader does not have."""
    objects = [
        b"<</Type/Catalog/Pages 2 0 R>>",
        b"<</Type/Pages/Kids[3 0 R]/Count 1>>",
        b"<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]>>",
        b"<</Filter/Standard/V 1/R 2/O<" + b"11" * 32 + b">/U<" + b"22" * 32 + b">/P -4>>",
    ]
    return pdf_bytes(objects, b"/Encrypt 4 0 R/ID[<0123456789abcdef><0123456789abcdef>]")


def zero_page_pdf() -> bytes:
    return pdf_bytes([b"<</Type/Catalog/Pages 2 0 R>>", b"<</Type/Pages/Kids[]/Count 0>>"])


def bit_flipped(data: bytes, flips: int = 200, seed: int = 7) -> bytes:
    rng = random.Random(seed)
    out = bytearray(data)
    for _ in range(flips):
        i = rng.randrange(len(out))
        out[i] ^= 1 << rng.randrange(8)
    return bytes(out)


def build(folder: Path) -> dict[str, str]:
    """Write the hostile inputs; returns file name -> what a run must record for it."""
    folder.mkdir(parents=True, exist_ok=True)
    real = CORPUS_PDF.read_bytes()
    files = {
        "truncated.pdf": (real[: len(real) // 3], "failed"),
        "bit-flipped.pdf": (bit_flipped(real), "either"),
        "encrypted.pdf": (encrypted_pdf(), "failed"),  # message: "encrypted PDF"
        "zero-pages.pdf": (zero_page_pdf(), "failed"),
        "image-only.pdf": (image_only_pdf(), "failed"),
        "renamed-notes.pdf": (b"Minutes of the SEND board, 3 March 2025.\n", "failed"),
        "zero-byte.pdf": (b"", "failed"),
        "two-thousand-pages.pdf": (text_pdf(2000), "either"),
        "long-line.txt": (("Action " + "x" * 1_000_000 + "\n").encode(), "either"),
        "long-cells.txt": (
            (("1.1.1\t" + "word " * 20_000 + "\tHead of SEND\tMay 2025\n") * 20).encode(),
            "either",
        ),
        "windows-1252.txt": (
            b"Objective 1: Caf\xe9 \x96 \x93quoted\x94 by May 2025\n",  # cp1252 bytes
            "ok",
        ),
        "binary.txt": (bytes(range(256)) * 40, "failed"),
    }
    expected = {}
    for name, (data, outcome) in files.items():
        (folder / name).write_bytes(data)
        expected[name] = outcome
    return expected
