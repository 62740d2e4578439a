// Reads a PDF with pdf.js (the viewer in Firefox and many web apps) and prints, as JSON, its
// outline (title, depth, target page) and the text of each page as pdf.js extracts it.
// Usage: node read.mjs FILE.pdf   (pdfjs-dist resolved from NODE_PATH)
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";

const require = createRequire(process.env.NODE_PATH + "/");
const pdfjs = await import(require.resolve("pdfjs-dist/legacy/build/pdf.mjs"));

const data = new Uint8Array(await readFile(process.argv[2]));
const doc = await pdfjs.getDocument({ data, verbosity: 0, isEvalSupported: false }).promise;

async function flatten(items, depth, out) {
  for (const item of items || []) {
    const dest = typeof item.dest === "string" ? await doc.getDestination(item.dest) : item.dest;
    const page = dest ? (await doc.getPageIndex(dest[0])) + 1 : 0;
    out.push({ title: item.title, depth, page });
    await flatten(item.items, depth + 1, out);
  }
  return out;
}

const outline = await flatten(await doc.getOutline(), 0, []);
const pages = [];
for (let i = 1; i <= doc.numPages; i++) {
  const content = await (await doc.getPage(i)).getTextContent();
  pages.push(content.items.map((it) => it.str + (it.hasEOL ? "\n" : "")).join(""));
}
process.stdout.write(JSON.stringify({ outline, pages }));
