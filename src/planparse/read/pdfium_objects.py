"""A page's chars and ruling lines read by pdfium, in the form pdfplumber gives them.

pdfplumber reads a page by running pdfminer's Python interpreter over its content stream:
nine tenths of the time planparse spends on a PDF (profile of the corpus, 126 pages). pdfium,
which pdfplumber already depends on (pypdfium2), reads the same page in C. This module turns
pdfium's chars and paths into the dicts pdfplumber's `Page.objects` holds ("char", "line",
"rect", "curve"), with pdfplumber's coordinates (top-down, rotation applied as pdfminer
applies it), so `find_tables`, `extract_words` and the rest of the pipeline run unchanged on
them. Only what planparse reads is filled: text, geometry and a filled path's colour, not
stroke colours or font names.

Where the two readers differ (measured on the corpus): pdfium replaces some printed spaces
with spaces of its own, which have no box, so those take the line of the char before; it
prints a hyphen that ends a line as U+0002; it keeps coordinates as 32-bit floats where
pdfminer keeps 64-bit ones, so rules are put back at the decimals the PDF wrote; char
positions agree within 0.05 pt, except along the justified lines of one PDF, where pdfium's
fall behind by 0.07% of the way along (0.5 pt at the end of a 740 pt line). A char's box
takes its font's descent as pdfminer does (`_stated_descents`), so lines sit where they did.
"""

from __future__ import annotations

import ctypes
from typing import Any

_LINE_END_HYPHEN = 2  # pdfium's code for a hyphen that ends a printed line
_LINE_BREAKS = {"\r", "\n"}

Matrix = tuple[float, float, float, float, float, float]


def load_objects(page: Any, pdfium_page: Any) -> None:
    """Give a pdfplumber Page its objects from pdfium. pdfplumber keeps a page's parse in
    `Page._objects` (behind `Page.objects`) and parses only when it is missing: this is the
    one place planparse sets it."""
    page._objects = page_objects(pdfium_page, page)


def page_objects(pdfium_page: Any, page: Any) -> dict[str, list[dict[str, Any]]]:
    """pdfplumber's `objects` for `page` (a pdfplumber Page), read from the same page in pdfium."""
    frame = _Frame(page)
    objects: dict[str, list[dict[str, Any]]] = {"char": _chars(pdfium_page, frame)}
    for kind, obj in _paths(pdfium_page, frame):
        objects.setdefault(kind, []).append(obj)
    return objects


class _Frame:
    """pdfminer's page matrix (mediabox and /Rotate) and pdfplumber's flip to top-down."""

    def __init__(self, page: Any) -> None:
        x0, y0, x1, y1 = page.page_obj.mediabox
        rotate = page.page_obj.rotate % 360
        self.ctm: Matrix = {
            90: (0, -1, 1, 0, -y0, x1),
            180: (-1, 0, 0, -1, x1, y1),
            270: (0, 1, -1, 0, y1, -x0),
        }.get(rotate, (1, 0, 0, 1, -x0, -y0))
        self.height = float(page.height)
        self.mb_x0, self.mb_top = page.mediabox[:2]
        self.doctop = page.initial_doctop
        self.page_number = page.page_number
        self.page = page

    def point(self, x: float, y: float) -> tuple[float, float]:
        """A user-space point in pdfminer's page space (y up)."""
        a, b, c, d, e, f = self.ctm
        return (a * x + c * y + e, b * x + d * y + f)

    def box(self, points: list[tuple[float, float]]) -> dict[str, float]:
        """pdfplumber's geometry keys for the box around user-space points."""
        xs, ys = zip(*(self.point(x, y) for x, y in points), strict=True)
        x0, x1, y0, y1 = min(xs), max(xs), min(ys), max(ys)
        top = self.height - y1 + self.mb_top
        return {
            "x0": x0 + self.mb_x0,
            "x1": x1 + self.mb_x0,
            "y0": y0,
            "y1": y1,
            "top": top,
            "bottom": self.height - y0 + self.mb_top,
            "doctop": self.doctop + top,
            "width": x1 - x0,
            "height": y1 - y0,
        }

    def flip(self, x: float, y: float) -> tuple[float, float]:
        """A user-space point as pdfplumber prints a path's points (x, top)."""
        px, py = self.point(x, y)
        return (px + self.mb_x0, self.height - py + self.mb_top)


def _chars(pdfium_page: Any, frame: _Frame) -> list[dict[str, Any]]:
    import pypdfium2.raw as pdfium_c

    textpage = pdfium_page.get_textpage()
    try:
        handle = textpage.raw
        get_unicode, is_generated = pdfium_c.FPDFText_GetUnicode, pdfium_c.FPDFText_IsGenerated
        get_object, get_origin = pdfium_c.FPDFText_GetTextObject, pdfium_c.FPDFText_GetCharOrigin
        origin_x, origin_y = ctypes.c_double(), ctypes.c_double()
        runs: dict[int, _Run] = {}  # a text object (one show-text operation) -> its font
        descents = _stated_descents(frame.page)
        boxes: dict[tuple[Any, int], tuple[float, float, float, float, bool, bool]] = {}
        ra, rb, rc, rd, re, rf = frame.ctm
        height, mb_x0, mb_top = frame.height, frame.mb_x0, frame.mb_top
        doctop, page_number = frame.doctop, frame.page_number
        chars: list[dict[str, Any]] = []
        after_break = False
        for index in range(pdfium_c.FPDFText_CountChars(handle)):
            code = get_unicode(handle, index)
            text = "-" if code == _LINE_END_HYPHEN else chr(code) if code else ""
            if not text or text in _LINE_BREAKS:
                after_break = True
                continue
            if is_generated(handle, index):
                if text == " " and chars and not after_break:
                    # a space pdfium put in a gap; it has no box of its own, so it takes
                    # the line of the char before it and ends the word there
                    chars.append({**chars[-1], "text": " ", "x0": chars[-1]["x1"], "width": 0.0})
                continue
            after_break = False
            text_object = get_object(handle, index)
            key = ctypes.cast(text_object, ctypes.c_void_p).value or 0
            run = runs.get(key)
            if run is None:
                run = runs[key] = _Run(text_object, handle, index, descents)
            glyph = (run.style, code)
            if glyph not in boxes:
                boxes[glyph] = run.box(code, frame.ctm)
            dx0, dx1, dy0, dy1, upright, up = boxes[glyph]
            get_origin(handle, index, origin_x, origin_y)
            ox, oy = origin_x.value, origin_y.value
            x = ra * ox + rc * oy + re + mb_x0
            y = rb * ox + rd * oy + rf
            top = height - (y + dy1) + mb_top
            chars.append(
                {
                    "text": text,
                    "x0": x + dx0,
                    "x1": x + dx1,
                    "y0": y + dy0,
                    "y1": y + dy1,
                    "top": top,
                    "bottom": height - (y + dy0) + mb_top,
                    "doctop": doctop + top,
                    "width": dx1 - dx0,
                    "height": dy1 - dy0,
                    "size": dy1 - dy0,
                    "upright": upright,
                    "reads_up": up,
                    "object_type": "char",
                    "page_number": page_number,
                }
            )
        return chars
    finally:
        textpage.close()


class _Run:
    """One show-text operation: its font, size and matrix are those of each of its chars."""

    def __init__(
        self, text_object: Any, handle: Any, index: int, descents: dict[str, float]
    ) -> None:
        import pypdfium2.raw as pdfium_c

        self.font = pdfium_c.FPDFTextObj_GetFont(text_object)
        size, descent = ctypes.c_float(), ctypes.c_float()
        pdfium_c.FPDFTextObj_GetFontSize(text_object, size)
        self.size = size.value
        stated = descents.get(_base_font_name(self.font))
        if stated is None:
            pdfium_c.FPDFFont_GetDescent(self.font, size.value, descent)
            self.descent = descent.value
        else:
            self.descent = stated * self.size
        matrix = pdfium_c.FS_MATRIX()
        pdfium_c.FPDFText_GetMatrix(handle, index, matrix)
        self.matrix = (matrix.a, matrix.b, matrix.c, matrix.d)
        font_key = ctypes.cast(self.font, ctypes.c_void_p).value
        self.style = (font_key, self.size, self.descent, self.matrix)  # same style, same boxes

    def box(self, code: int, ctm: Matrix) -> tuple[float, float, float, float, bool, bool]:
        """A glyph's box from its origin as pdfminer draws it (its advance wide, the font size
        tall from the descent) on the page, whether it reads upright there, and whether it
        reads up the page (turned a quarter left, as a narrow header cell's text is)."""
        import pypdfium2.raw as pdfium_c

        width = ctypes.c_float()
        glyph = ord("-") if code == _LINE_END_HYPHEN else code
        pdfium_c.FPDFFont_GetGlyphWidth(self.font, glyph, self.size, width)
        a, b, c, d = self.matrix
        ra, rb, rc, rd = ctm[:4]
        # the char's matrix on the page as pdfminer holds it: its own, then the page's
        pa, pb, pc, pd = a * ra + b * rc, a * rb + b * rd, c * ra + d * rc, c * rb + d * rd
        low, high = self.descent, self.descent + self.size
        corners = [(0.0, low), (width.value, low), (0.0, high), (width.value, high)]
        xs = [lx * pa + ly * pc for lx, ly in corners]
        ys = [lx * pb + ly * pd for lx, ly in corners]
        upright = pa * pd > 0 and pb * pc <= 0
        return (min(xs), max(xs), min(ys), max(ys), upright, not upright and pb > 0)


def _base_font_name(font: Any) -> str:
    import pypdfium2.raw as pdfium_c

    length = pdfium_c.FPDFFont_GetBaseFontName(font, None, 0)
    buffer = ctypes.create_string_buffer(max(length, 1))
    pdfium_c.FPDFFont_GetBaseFontName(font, buffer, length)
    return buffer.value.decode("utf-8", "replace")


def _stated_descents(page: Any, depth: int = 3) -> dict[str, float]:
    """Each font's descent (per point of size) as pdfminer takes it, by base font name: the
    descriptor's /Descent, or the standard metrics of the 14 base fonts. pdfium falls back to
    the font file where a descriptor states 0 (LibreOffice's DejaVu titles: 4 pt lower)."""
    from pdfminer.pdftypes import PDFObjRef, dict_value, resolve1
    from pdfminer.psparser import literal_name

    descents: dict[str, float] = {}
    pending = [(resolve1(page.page_obj.resources), depth)]
    while pending:
        resources, left = pending.pop()
        if not isinstance(resources, dict):
            continue
        for spec in (resolve1(resources.get("Font")) or {}).values():
            objid = spec.objid if isinstance(spec, PDFObjRef) else None
            try:
                font_dict = dict_value(spec)
                font = page.pdf.rsrcmgr.get_font(objid, font_dict)
                name = literal_name(resolve1(font_dict.get("BaseFont")))
                descents.setdefault(str(name), font.get_descent())
            except Exception:  # a font pdfminer cannot read keeps pdfium's descent
                continue
        if left:
            for xobject in (resolve1(resources.get("XObject")) or {}).values():
                stream = resolve1(xobject)
                attrs = getattr(stream, "attrs", {})
                if literal_name(attrs.get("Subtype")) == "Form":
                    pending.append((resolve1(attrs.get("Resources")), left - 1))
    return descents


def _paths(pdfium_page: Any, frame: _Frame) -> list[tuple[str, dict[str, Any]]]:
    import pypdfium2.raw as pdfium_c

    found: list[tuple[str, dict[str, Any]]] = []
    page = pdfium_page.raw
    count = pdfium_c.FPDFPage_CountObjects(page)
    stack = [(pdfium_c.FPDFPage_GetObject(page, i), None) for i in reversed(range(count))]
    while stack:
        obj, outer = stack.pop()
        kind = pdfium_c.FPDFPageObj_GetType(obj)
        if kind == pdfium_c.FPDF_PAGEOBJ_FORM:
            inner = _object_matrix(obj, outer)
            n = pdfium_c.FPDFFormObj_CountObjects(obj)
            stack.extend(
                (pdfium_c.FPDFFormObj_GetObject(obj, i), inner) for i in reversed(range(n))
            )
        elif kind == pdfium_c.FPDF_PAGEOBJ_PATH:
            found.extend(_path_objects(obj, outer, frame))
    return found


def _object_matrix(obj: Any, outer: Matrix | None) -> Matrix:
    """An object's matrix on the page: its own, then its enclosing forms'."""
    import pypdfium2.raw as pdfium_c

    m = pdfium_c.FS_MATRIX()
    pdfium_c.FPDFPageObj_GetMatrix(obj, m)
    own: Matrix = (m.a, m.b, m.c, m.d, m.e, m.f)
    if outer is None:
        return own
    a, b, c, d, e, f = own
    oa, ob, oc, od, oe, of = outer
    return (
        a * oa + b * oc,
        a * ob + b * od,
        c * oa + d * oc,
        c * ob + d * od,
        e * oa + f * oc + oe,
        e * ob + f * od + of,
    )


def _path_objects(
    obj: Any, outer: Matrix | None, frame: _Frame
) -> list[tuple[str, dict[str, Any]]]:
    """A painted path as pdfminer splits and classes it: each subpath a line, rect or curve."""
    import pypdfium2.raw as pdfium_c

    fill_mode, stroke = ctypes.c_int(), ctypes.c_int()
    pdfium_c.FPDFPath_GetDrawMode(obj, fill_mode, stroke)
    if not fill_mode.value and not stroke.value:
        return []  # a clip or an unpainted path: pdfminer draws nothing for it
    a, b, c, d, e, f = _object_matrix(obj, outer)
    width = ctypes.c_float()
    pdfium_c.FPDFPageObj_GetStrokeWidth(obj, width)
    x, y = ctypes.c_float(), ctypes.c_float()
    subpaths: list[tuple[str, list[tuple[float, float]]]] = []
    controls = 0  # pdfium gives a curve as three points; pdfminer keeps the last, its end
    for index in range(pdfium_c.FPDFPath_CountSegments(obj)):
        segment = pdfium_c.FPDFPath_GetPathSegment(obj, index)
        op = {
            pdfium_c.FPDF_SEGMENT_MOVETO: "m",
            pdfium_c.FPDF_SEGMENT_BEZIERTO: "c",
        }.get(pdfium_c.FPDFPathSegment_GetType(segment), "l")
        if op == "c" and controls < 2:
            controls += 1
            continue
        controls = 0
        pdfium_c.FPDFPathSegment_GetPoint(segment, x, y)
        point = _decimal(a * x.value + c * y.value + e, b * x.value + d * y.value + f)
        if op == "m" or not subpaths:
            subpaths.append(("", []))
        shape, points = subpaths[-1]
        shape, points = shape + ("m" if not points else op), [*points, point]
        if pdfium_c.FPDFPathSegment_GetClose(segment):
            shape, points = shape + "h", [*points, points[0]]
        subpaths[-1] = (shape, points)
    style = {
        "linewidth": width.value,
        "stroke": bool(stroke.value),
        "fill": bool(fill_mode.value),
        "non_stroking_color": None,
        "object_type": "",
        "page_number": frame.page_number,
    }
    found = [_classed(shape, points, style, frame) for shape, points in subpaths if len(points) > 1]
    if fill_mode.value and any(_is_cell_fill(found_obj) for _, found_obj in found):
        colour = _fill_colour(obj)  # read only for a fill a cell could show: a tenth of the
        for _, found_obj in found:  # page's time when read for every rule drawn as a fill
            found_obj["non_stroking_color"] = colour
    return found


def _is_cell_fill(obj: dict[str, Any]) -> bool:
    """A filled rect wider and taller than a rule: what shades a cell (read/pdf_fills.py)."""
    return obj["object_type"] == "rect" and min(obj["width"], obj["height"]) > 2


def _fill_colour(obj: Any) -> tuple[float, float, float] | None:
    """A filled path's colour as RGB from 0 to 1 (pdfium gives any colour space as RGB): a
    Gantt bar's shading or a RAG cell's colour, read by read/pdf_fills.py."""
    import pypdfium2.raw as pdfium_c

    r, g, b, alpha = (ctypes.c_uint() for _ in range(4))
    if not pdfium_c.FPDFPageObj_GetFillColor(obj, r, g, b, alpha):
        return None
    return r.value / 255, g.value / 255, b.value / 255


def _classed(
    shape: str, points: list[tuple[float, float]], style: dict[str, Any], frame: _Frame
) -> tuple[str, dict[str, Any]]:
    """pdfminer's rule: two points a line, a closed axis-aligned four-sided path a rect."""
    if len(shape) > 3 and shape.endswith("lh") and _same(points[-2], points[0]):
        shape, points = shape[:-2] + "h", points[:-2] + points[-1:]
    kind = "curve"
    if shape in {"ml", "mlh"}:
        kind = "line"
    elif shape in {"mlllh", "mllll"} and _same(points[0], points[4]):
        (x0, y0), (x1, y1), (x2, y2), (x3, y3) = points[:4]
        if (_eq(x0, x1) and _eq(y1, y2) and _eq(x2, x3) and _eq(y3, y0)) or (
            _eq(y0, y1) and _eq(x1, x2) and _eq(y2, y3) and _eq(x3, x0)
        ):
            kind = "rect"
    if kind == "line":
        points = points[:2]
    obj = {**style, **frame.box(points), "object_type": kind}
    obj["pts"] = [frame.flip(px, py) for px, py in points]
    return kind, obj


def _eq(a: float, b: float) -> bool:
    return abs(a - b) < 1e-3


def _same(p: tuple[float, float], q: tuple[float, float]) -> bool:
    return _eq(p[0], q[0]) and _eq(p[1], q[1])


def _decimal(x: float, y: float) -> tuple[float, float]:
    """A point pdfium holds as 32-bit floats, back at the decimals the PDF wrote (4 places):
    pdfminer reads them as 64-bit, and a table's rules often meet exactly at pdfplumber's
    3 pt tolerance (Hounslow p.7: a rule ending 3.0 pt above a shaded box), where the bits
    lost to 32 bits decide whether they meet."""
    return (round(x, 4), round(y, 4))
