#!/usr/bin/env python3
"""Sets two long texts with Pressrun, pdfTeX and WeasyPrint, and measures each PDF.

Usage (from the repository, after `mvn -q compile` and `mvn -q dependency:build-classpath
-Dmdep.outputFile=target/classpath.txt`):

    python3 src/test/python/compare_typography.py [WORK_DIR]

The texts are the GNU GPL version 3 as Debian ships it (/usr/share/common-licenses/GPL-3,
about 5,600 words of legal English), its numbered sections made headings, and texts/harbour.md
beside this script (about 2,200 words of plain narrative prose, written for this measure). The
PDFs of the second go to WORK_DIR/harbour/. Each setter gets
the same measure, 360 pt (Pressrun's A4 measure), justified and hyphenated in English:
Pressrun with its bundled theme; pdfTeX through pandoc's LaTeX template (Latin Modern 11 pt,
about 74 characters a line), without microtype (`microtypeoptions=disable`) and with its
protrusion and expansion; WeasyPrint with CSS `hyphens: auto` in the serif fontconfig finds. Needs pandoc, pdflatex (texlive-latex-recommended), weasyprint, qpdf, pdftotext and java (the measure reads which glyphs are monospaced with PDFBox).
"""
import re
import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from measure_typography import measure  # noqa: E402

FRONT = """---
title: "GNU General Public License, version 3"
authors:
  - name: Free Software Foundation
publisher: Free Software Foundation
date: 2007-06-29
language: en
slug: gpl
rights: "Copyright © 2007 Free Software Foundation, Inc. Verbatim copying permitted."
summary: "The text of the GNU General Public License, version 3."
---

"""

CSS = """@page { size: A4; margin: 62pt 117.64pt 68pt 117.64pt; }
body { font: 9.5pt/14pt serif; text-align: justify; hyphens: auto; }
p { margin: 0; text-indent: 12pt; } h2 { font-size: 12pt; }"""


def markdown_body() -> str:
    text = Path("/usr/share/common-licenses/GPL-3").read_text().split("Preamble", 1)[1]
    out = []
    for p in (re.sub(r"\s+", " ", p).strip() for p in re.split(r"\n\s*\n", text)):
        if not p:
            continue
        if re.fullmatch(r"\d+\. [A-Z][\w ,.-]+\.?", p) and len(p) < 60 or p.isupper() and len(p) < 60:
            out.append("## " + p)
        else:
            out.append(p.replace("*", "\\*").replace("<", "&lt;").replace("_", "\\_"))
    return "\n\n".join(out) + "\n"


def run(*command, **kw):
    subprocess.run(command, check=True, **kw)


HARBOUR_FRONT = """---
title: "The harbour"
authors:
  - name: Pressrun
date: 2024-03-01
language: en
slug: harbour
---

"""


def main(work: Path):
    set_and_measure(work, "gpl", FRONT, markdown_body())
    set_and_measure(work / "harbour", "harbour", HARBOUR_FRONT,
                    (Path(__file__).parent / "texts" / "harbour.md").read_text())


def set_and_measure(work: Path, slug: str, front: str, body: str):
    work.mkdir(parents=True, exist_ok=True)
    source = work / "articles" / slug
    source.mkdir(parents=True, exist_ok=True)
    (source / "article.md").write_text(front + body)
    (work / f"{slug}.md").write_text("---\nlang: en-US\n---\n\n" + body)
    shutil.rmtree(work / "pressrun", ignore_errors=True)  # no incremental skip: always this build's PDF
    classpath = "target/classes:" + Path("target/classpath.txt").read_text().strip()
    run("java", "-cp", classpath, "io.pressrun.cli.Main", "build", "--format", "pdf", "--out",
        str(work / "pressrun"), str(work / "articles"), stdout=subprocess.DEVNULL)
    latex = ["pandoc", str(work / f"{slug}.md"), "--pdf-engine=pdflatex", "-V", "fontsize=11pt",
             "-V", "geometry:a4paper,textwidth=360pt,textheight=700pt"]
    run(*latex, "-V", "microtypeoptions=disable", "-o", str(work / "pdflatex.pdf"))
    run(*latex, "-V", "microtypeoptions=protrusion=true", "-V", "microtypeoptions=expansion=true",
        "-o", str(work / "pdflatex-microtype.pdf"))
    html = subprocess.run(["pandoc", str(work / f"{slug}.md"), "-t", "html"], check=True, capture_output=True,
                          text=True).stdout
    write(work / f"{slug}.html", f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{slug}</title>'
                                 f"<style>{CSS}</style></head><body>{html}</body></html>")
    run("weasyprint", str(work / f"{slug}.html"), str(work / "weasyprint.pdf"), stderr=subprocess.DEVNULL)
    for name in [f"pressrun/{slug}.pdf", "pdflatex.pdf", "pdflatex-microtype.pdf", "weasyprint.pdf"]:
        m = measure(work / name)
        print(f"{slug + ': ' + name:36}", " ".join(f"{k}={v}" for k, v in m.items()))


def write(path: Path, text: str) -> Path:
    path.write_text(text)
    return path


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "target/typography"))
