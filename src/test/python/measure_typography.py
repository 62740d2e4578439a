#!/usr/bin/env python3
"""Measures how a PDF's justified text is set, from poppler's word boxes.

Usage: measure_typography.py FILE.pdf [FILE.pdf ...]

For each PDF: the word-space spread on justified lines (95th percentile and largest gap over
the median gap; gaps after . ! ? : ; left out, and gaps inside or at the edge of inline code, where the word
before ends or the word after starts in a monospaced font: such a space may be the code's own
typewriter space (a code span may end in a space, as the GPL's "`show w' and `show c'" reads
in Markdown), which the PDF cannot tell from the text's; the
last lines of paragraphs are left out too, as they are not justified; a line counts as justified when it reaches the right edge, also when its last
character hangs beyond it), characters per line, the share of lines ending in a hyphen (U+002D or U+00AD)
and the longest run of such lines within a paragraph.

Replacement text (/ActualText) is left out before measuring, so that a hyphen a break added
reads as what its glyph maps to: poppler would otherwise read the whole word there and no
line would end in a hyphen. Which glyphs are monospaced is read with PDFBox, by
MonospaceGlyphs.java beside this script, run from source with the class path in
target/classpath.txt (`mvn -q dependency:build-classpath -Dmdep.outputFile=target/classpath.txt`).
Needs qpdf, pdftotext (poppler-utils) and java.
"""
import re
import statistics
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path

NS = "{http://www.w3.org/1999/xhtml}"
SENTENCE_END = tuple(".!?:;")
HYPHENS = ("-", "\u00ad")
MONOSPACE_GLYPHS = Path(__file__).parent / "MonospaceGlyphs.java"
CLASSPATH = Path("target/classpath.txt")
NEAR = 0.6  # points: a glyph's edge this close to a word's edge is that word's first or last glyph


def monospaced_glyphs(pdf: Path):
    """{page: [(left, right, baseline)]} of the glyphs drawn in a monospaced font, from PDFBox."""
    out = subprocess.run(["java", "-cp", CLASSPATH.read_text().strip(), str(MONOSPACE_GLYPHS), str(pdf)],
                         check=True, capture_output=True, text=True).stdout
    glyphs = defaultdict(list)
    for row in out.splitlines():
        page, left, right, baseline = row.split()
        glyphs[int(page)].append((float(left), float(right), float(baseline)))
    return glyphs


def in_code(glyphs, word, edge):
    """Whether the word's first (edge 0) or last (edge 1) glyph is a monospaced one."""
    x = word[edge]
    return any(abs(g[edge] - x) < NEAR and word[3] - 1 <= g[2] <= word[4] + 1 for g in glyphs)


def without_actual_text(pdf: Path, work: Path) -> Path:
    qdf = work / "qdf.pdf"
    subprocess.run(["qpdf", "--qdf", "--object-streams=disable", str(pdf), str(qdf)], check=True)
    data = qdf.read_bytes()
    data = re.sub(rb"/Span\s*<<\s*/ActualText\s*(<[0-9A-Fa-f\s]*>|\((?:\\.|[^\\)])*\))\s*>>\s*BDC",
                  b"/Span BMC", data)
    stripped = work / "stripped.pdf"
    raw = work / "raw.pdf"
    raw.write_bytes(data)
    with open(stripped, "wb") as out:
        subprocess.run(["fix-qdf", str(raw)], check=True, stdout=out)
    return stripped


def lines_of(pdf: Path):
    """Yields (page, block lines) per block: each line a list of (xMin, xMax, text, yMin, yMax) words."""
    out = subprocess.run(["pdftotext", "-bbox-layout", str(pdf), "-"], check=True,
                         capture_output=True).stdout
    root = ET.fromstring(out)
    for number, page in enumerate(root.iter(NS + "page"), start=1):
        for block in page.iter(NS + "block"):
            lines = []
            for line in block.iter(NS + "line"):
                words = [(float(w.get("xMin")), float(w.get("xMax")), w.text or "", float(w.get("yMin")),
                          float(w.get("yMax"))) for w in line.iter(NS + "word")]
                if words:
                    lines.append(words)
            if lines:
                yield number, lines


def measure(pdf: Path):
    with tempfile.TemporaryDirectory() as tmp:
        blocks = list(lines_of(without_actual_text(pdf, Path(tmp))))
    mono = monospaced_glyphs(pdf)
    right = statistics.median(max(w[1] for w in line) for _, lines in blocks for line in lines
                              if len(lines) >= 3)
    gaps, chars, lines_counted, hyphenated, longest, code_gaps = [], [], 0, 0, 0, 0
    for page, lines in blocks:
        if len(lines) < 3:
            continue  # headings, captions, running heads, page numbers
        run = 0
        for i, words in enumerate(lines):
            end = words[-1][1]
            justified = end > right - 1.5 and i < len(lines) - 1  # protruding ends count
            if not justified:
                run = 0
                continue
            text = " ".join(w[2] for w in words)
            lines_counted += 1
            chars.append(len(text))
            if text.endswith(HYPHENS):
                hyphenated += 1
                run += 1
                longest = max(longest, run)
            else:
                run = 0
            for a, b in zip(words, words[1:]):
                if in_code(mono[page], a, 1) or in_code(mono[page], b, 0):
                    code_gaps += 1
                elif not a[2].endswith(SENTENCE_END):
                    gaps.append(b[0] - a[1])
    gaps.sort()
    median = statistics.median(gaps)
    p95 = gaps[int(0.95 * (len(gaps) - 1))]
    return {
        "lines": lines_counted,
        "chars_per_line": round(statistics.median(chars), 1),
        "p95_over_median": round(p95 / median, 2),
        "max_over_median": round(gaps[-1] / median, 2),
        "hyphenated_percent": round(100 * hyphenated / lines_counted, 1),
        "longest_hyphen_run": longest,
        "code_gaps_left_out": code_gaps,
    }


if __name__ == "__main__":
    for name in sys.argv[1:]:
        m = measure(Path(name))
        print(name, " ".join(f"{k}={v}" for k, v in m.items()))
