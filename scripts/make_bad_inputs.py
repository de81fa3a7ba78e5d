"""Write a folder of broken, hostile and odd inputs, the kind real download folders hold.

    python scripts/make_bad_inputs.py FOLDER [--huge]

Each file's name says what it is; `EXPECTED` maps it to the outcome `extract run`
must give (an error kind, `skipped`, or the report's doc_type). `--huge` adds a 200 MB
text file (left out by default: it is slow to write and the limit is
configurable, so tests use a small limit instead).
"""

from __future__ import annotations

import argparse
import io
import zlib
from pathlib import Path

REPORT_MD = """# Medborgarlöften 2025

Sala kommun och Polisen har tagit fram medborgarlöften för 2025.

**Polisen och kommunen lovar att öka tryggheten i centrum.**

Polisen lovar att:

- patrullera i centrum varje fredag
"""

# outcome per file: "error:<kind>" or "ok:<doc_type>"
EXPECTED: dict[str, str] = {
    "empty.txt": "error:bad_input",
    "whitespace-only.md": "error:bad_input",
    "truncated.pdf": "error:bad_input",
    "corrupt.pdf": "error:bad_input",
    "html-named-as.pdf": "error:bad_input",
    "pdf-named-as.html": "error:bad_input",
    "binary-named-as.txt": "error:bad_input",
    "unknown-extension.odt": "skipped",
    "damaged.docx": "error:bad_input",
    "no-extension": "skipped",
    "locked.pdf": "error:bad_input",
    "scanned.pdf": "error:needs_ocr",
    "partly-scanned.pdf": "ok:promise",
    "windows-1252.txt": "ok:promise",
    "mixed-encoding.txt": "ok:promise",
    "double-encoded.md": "ok:promise",
    "utf-16.txt": "ok:promise",
    "english.md": "ok:other",
    "not-a-report.md": "ok:other",
    "many-pages.pdf": "error:limit_exceeded",
    "deeply-nested.html": "ok:other",
    "script-and-entities.html": "ok:promise",
    "decompression-bomb.pdf": "error:limit_exceeded",
    "slow.md": "error:limit_exceeded",
    # the second round: encodings, turned and unmapped PDF text, nesting, cheap hostile PDFs
    "utf-16.md": "ok:promise",
    "utf-16-without-bom.md": "ok:promise",
    "utf-16.html": "ok:promise",
    "bom-then-cp1252.md": "ok:promise",
    "odd-length-utf-16.txt": "ok:promise",
    "latin-1.txt": "ok:promise",
    "turned-pages.pdf": "ok:promise",
    "unmapped-glyph.pdf": "ok:promise",
    "nested-past-depth.md": "ok:promise",
    "immense-mediabox.pdf": "ok:promise",
    "overfull-page.pdf": "error:bad_input",
    "formula-in-item.md": "ok:promise",
}

# A short report in one line of text, and as a web page, for the encodings
SHORT_MD = "# Åby – medborgarlöfte 2024\n\nPolisen och kommunen lovar att minska klottret i centrum.\n"
SHORT_HTML = ("<html><head><title>Åby</title></head><body><h1>Åby – medborgarlöfte 2024</h1>"
              "<p>Polisen och kommunen lovar att minska klottret i centrum.</p></body></html>")
# name -> (bytes, the warning it must give or None)
ENCODED: dict[str, tuple[bytes, str | None]] = {
    "utf-16.md": (SHORT_MD.encode("utf-16"), None),
    "utf-16-without-bom.md": (SHORT_MD.encode("utf-16-le"), None),
    "utf-16.html": (SHORT_HTML.encode("utf-16"), None),
    "bom-then-cp1252.md": (b"\xef\xbb\xbf" + SHORT_MD.encode("cp1252", errors="replace"), "byte-order mark"),
    "odd-length-utf-16.txt": (SHORT_MD.encode("utf-16")[:-1], "middle of a character"),
    "latin-1.txt": (SHORT_MD.encode("latin-1", errors="replace"), "not UTF-8"),
}


def turned_pdf() -> bytes:
    """A landscape page (/Rotate 90), then text set up and down the page (rotated 90° and -90°)."""
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=(595, 842), invariant=1)
    pdf.setPageRotation(90)
    pdf.drawString(72, 760, "Åby medborgarlöfte 2024")
    pdf.drawString(72, 730, "Polisen och kommunen lovar att minska klottret i centrum.")
    pdf.showPage()
    for angle, (x, y), when in ((90, (300, 100), "helg"), (-90, (300, 700), "fredag")):
        pdf.saveState()
        pdf.translate(x, y)
        pdf.rotate(angle)
        pdf.drawString(0, 0, f"Kommunen lovar att sanera klotter varje {when} efter anmälan.")
        pdf.drawString(0, -20, f"Polisen lovar att fotpatrullera i centrum varje {when} under året.")
        pdf.restoreState()
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def unmapped_glyph_pdf() -> bytes:
    """A page set in a font whose code 1 maps to a glyph name no reader knows ("/g1"), in the
    title's "medborgarlöfte"."""
    content = (b"BT /F1 12 Tf 72 760 Td 14 TL (Medborgarl\\001fte i Hjo 2024) ' "
               b"(Polisen och kommunen lovar i medborgarl\\366ftet att minska klottret i centrum.) ' ET")
    return one_page_pdf(content, font=b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica "
                                      b"/Encoding << /Type /Encoding /Differences [1 /g1 246 /odieresis] >> >>")


def nested_markdown() -> str:
    """A blockquote 25 deep and a list 15 levels deep: past markdown-it's nesting limit."""
    source = "# Åby – medborgarlöfte 2024\n\n" + "> " * 25 + "Polisen och kommunen lovar att minska klottret.\n\n"
    source += "".join("  " * level + f"- nivå {level}\n" for level in range(14))
    return source + "  " * 14 + "- Kommunen lovar att sanera klotter inom ett dygn.\n"


def immense_mediabox_pdf() -> bytes:
    """Twelve lines of text on a page that claims to be 10^31 points wide."""
    lines = "(Åby medborgarlöfte 2024) ' ".encode("latin-1") + b" ".join(
        b"(Rad %d: polisen och kommunen lovar att minska klottret.) '" % i for i in range(12))
    return one_page_pdf(b"BT /F1 12 Tf 72 760 Td 14 TL " + lines + b" ET", mediabox=b"0 0 1" + b"0" * 30 + b" 842")


def overfull_pdf(draws: int = 2000) -> bytes:
    """A few kilobytes that draw a hundred thousand glyphs half a point high on one page."""
    row = b"(abcdefghijklmnopqrstuvwxyz abcdefghijklmnopqrstuvwxyz) Tj"
    lines = [b"1 0 0 1 %d %d Tm " % (10 + (i % 40) * 13, 10 + (i // 40) % 800) + row for i in range(draws)]
    content = zlib.compress(b"BT /F1 0.5 Tf\n" + b"\n".join(lines) + b"\nET", 9)
    return raw_pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ])


FORMULA_MD = ("# Åby – medborgarlöfte 2024\n\nPolisen lovar att:\n\n"
              "- minska klottret i centrum genom att:\n"
              "  - =HYPERLINK(\"http://example.invalid\";\"Klicka\")\n")


def _pdf(draw_pages: list[list[tuple[float, float, str]]], images: set[int] = frozenset()) -> bytes:  # type: ignore[assignment]
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, pagesize=(595, 842), invariant=1)
    for number, lines in enumerate(draw_pages, start=1):
        c.setFont("Helvetica", 11)
        for x, y, text in lines:
            c.drawString(x, y, text)
        if number in images:
            from PIL import Image

            c.drawImage(ImageReader(Image.new("L", (200, 200), 128)), 100, 300, 300, 300)
        c.showPage()
    c.save()
    return buffer.getvalue()


def _report_pdf() -> bytes:
    lines = [(57, 780 - 16 * i, text) for i, text in enumerate(REPORT_MD.replace("**", "").splitlines()) if text]
    return _pdf([lines])


def _bomb(megabytes: int) -> bytes:
    """A one-page PDF whose content stream inflates to `megabytes` of spaces."""
    compressor = zlib.compressobj(9)
    chunk = b" " * (1024 * 1024)
    body = b"".join(compressor.compress(chunk) for _ in range(megabytes)) + compressor.flush()
    return raw_pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(body) + body + b"\nendstream",
    ])


def one_page_pdf(content: bytes, mediabox: bytes = b"0 0 595 842",
                 font: bytes = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>") -> bytes:
    """A PDF of one page drawing `content` (a content stream) in font F1, written by hand so
    that its box, its font's encoding and its page tree can be anything a test needs."""
    return raw_pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [" + mediabox + b"] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        font,
    ])


def raw_pdf(objects: list[bytes]) -> bytes:
    """Numbered objects (the first the catalog) with a true cross-reference table and trailer."""
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, obj in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + obj + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    out.writelines(b"%010d 00000 n \n" % offset for offset in offsets)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return out.getvalue()


def make(folder: Path, huge: bool = False) -> dict[str, str]:
    """Write every bad input into `folder`; return the expected outcomes."""
    from reportlab.lib import pdfencrypt
    from reportlab.pdfgen import canvas

    folder.mkdir(parents=True, exist_ok=True)
    report_pdf = _report_pdf()
    files: dict[str, bytes] = {
        "empty.txt": b"",
        "whitespace-only.md": b"  \n\n\t\n",
        "truncated.pdf": report_pdf[: len(report_pdf) // 3],
        "corrupt.pdf": b"%PDF-1.7\n" + bytes(range(256)) * 40,
        "html-named-as.pdf": b"<!DOCTYPE html><html><body><p>Inte en PDF.</p></body></html>",
        "pdf-named-as.html": report_pdf,
        "binary-named-as.txt": b"\x00\x01\x02\x03" * 500,
        "unknown-extension.odt": b"PK\x03\x04 not really a document",
        "damaged.docx": b"PK\x03\x04 not really a document",
        "no-extension": REPORT_MD.encode("utf-8"),
        "scanned.pdf": _pdf([[], []], images={1, 2}),
        "partly-scanned.pdf": _pdf([[(57, 780 - 16 * i, t) for i, t in enumerate(
            REPORT_MD.replace("**", "").splitlines()) if t], []], images={2}),
        "windows-1252.txt": REPORT_MD.replace("**", "").replace("- ", "• ").encode("cp1252", errors="replace"),
        "mixed-encoding.txt": REPORT_MD.encode("utf-8") + "\nÖvrigt: tack till föreningarna.\n".encode("cp1252"),
        "double-encoded.md": REPORT_MD.encode("utf-8").decode("cp1252").encode("utf-8"),
        "utf-16.txt": REPORT_MD.encode("utf-16"),
        "english.md": b"# Citizen promises\n\nThe police promise to patrol the centre every Friday.\n",
        "not-a-report.md": b"# Trafikkampanj i Sala\n\nPolisen kontrollerar hastigheter hela veckan.\n",
        "deeply-nested.html": b"<html><body>" + b"<div>" * 50_000 + b"Djupt" + b"</div>" * 50_000 + b"</body></html>",
        "script-and-entities.html": (
            '<?xml version="1.0"?>\n<!DOCTYPE html [<!ENTITY ext SYSTEM "http://192.0.2.1/x">]>\n'
            '<html><head><script src="http://192.0.2.1/x.js"></script>'
            '<link rel="stylesheet" href="http://192.0.2.1/s.css"></head><body><main>'
            "<script>fetch('http://192.0.2.1/')</script><img src='http://192.0.2.1/i.png'>"
            "<h1>Medborgarlöften 2025</h1><p>Sala kommun och Polisen.</p>"
            "<p><strong>Polisen och kommunen lovar att öka tryggheten i centrum.</strong></p>"
            "<p>&ext;</p><iframe src='http://192.0.2.1/'></iframe></main></body></html>"
        ).encode(),
        "decompression-bomb.pdf": _bomb(1536),
        "slow.md": ("# Medborgarlöften 2025\n\n" + "- **lovar** att *göra* `något` [x](y)\n" * 400_000).encode(),
        **{name: data for name, (data, _) in ENCODED.items()},
        "turned-pages.pdf": turned_pdf(),
        "unmapped-glyph.pdf": unmapped_glyph_pdf(),
        "nested-past-depth.md": nested_markdown().encode(),
        "immense-mediabox.pdf": immense_mediabox_pdf(),
        "overfull-page.pdf": overfull_pdf(),
        "formula-in-item.md": FORMULA_MD.encode(),
    }
    for name, data in files.items():
        (folder / name).write_bytes(data)
    locked = io.BytesIO()
    c = canvas.Canvas(locked, encrypt=pdfencrypt.StandardEncryption("hemligt", canPrint=0))
    c.drawString(57, 760, "Hemlig rapport.")
    c.showPage()
    c.save()
    (folder / "locked.pdf").write_bytes(locked.getvalue())
    many = io.BytesIO()
    c = canvas.Canvas(many, invariant=1)
    for number in range(5000):
        c.drawString(57, 760, f"Sida {number + 1}")
        c.showPage()
    c.save()
    (folder / "many-pages.pdf").write_bytes(many.getvalue())
    expected = dict(EXPECTED)
    if huge:
        with open(folder / "huge.txt", "wb") as handle:
            line = ("Polisen och kommunen lovar att öka tryggheten. " * 4 + "\n").encode()
            for _ in range(200 * 1024 * 1024 // len(line)):
                handle.write(line)
        expected["huge.txt"] = "error:limit_exceeded"
    return expected


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--huge", action="store_true", help="also write a 200 MB text file")
    args = parser.parse_args()
    expected = make(args.folder, args.huge)
    print(f"wrote {len(expected)} files to {args.folder}")


if __name__ == "__main__":
    main()
