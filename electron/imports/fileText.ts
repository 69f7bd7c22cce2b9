// Text and page count of a filed document, read once when it is filed so search finds words
// inside it: .docx and .xlsx are zip packages of XML (each part inflated with its size counted
// and parsed as a stream), .pdf through pdfjs-dist within a page and time budget (text-based
// PDFs only: a scan has no text layer and yields nothing). Images have no text.
// Runs in the file worker (fileWorker.ts): extractText in fileJobs.ts is what callers use.
import path from 'node:path';
import { cleanText } from '../domain/archive';
import { localName, xmlSink, type XmlHandlers } from './xmlStream';
import { streamPart, ZipError, zipParts, type ZipPart } from './zipParts';

export type FileText = { text: string; pages: number | null };

const MB = 1024 * 1024;
/** Inflated XML read from one part; a longer part is not a document a committee wrote. */
const MAX_PART_XML = 64 * MB;
/** Text gathered from one file; search keeps the first 200,000 characters (cleanText). */
const MAX_TEXT = 512 * 1024;
const MAX_PDF_PAGES = 300;
/** Time spent reading PDF pages; the rest of a longer file is not searchable inside. */
const PDF_BUDGET_MS = 5000;

/** Text gathered with a ceiling, so a flood of tiny runs cannot grow without end. */
function textCollector(): { add(s: string): void; full(): boolean; lines: string[] } {
  let size = 0;
  const lines: string[] = [];
  return {
    add(s) {
      if (size >= MAX_TEXT || s.trim() === '') return;
      size += s.length;
      lines.push(s);
    },
    full: () => size >= MAX_TEXT,
    lines,
  };
}

async function parsePart(part: ZipPart | undefined, h: XmlHandlers): Promise<void> {
  if (!part) return;
  // What the zip declares is only trusted to refuse early; the bytes inflated are counted too.
  if (part.declaredSize > MAX_PART_XML) throw new ZipError('too-large', part.name);
  const sink = xmlSink(h);
  await streamPart(part, MAX_PART_XML, sink.write);
  sink.end();
}

/**
 * WordprocessingML: <w:t> runs joined, one line per <w:p>, tabs and breaks as spaces. Lines are
 * counted on the GB/T 9704 page as they go: 22 lines of 28 characters, a table row one line
 * (two when longer than 56 characters).
 */
function wordHandlers(out: ReturnType<typeof textCollector>): XmlHandlers & { lines(): number } {
  let para = '';
  let inText = false;
  let tables = 0;
  let row = '';
  let lines = 0;
  return {
    open(name, _attrs, selfClosing) {
      if (name === 'w:t' && !selfClosing) inText = true;
      else if (name === 'w:tab' || name === 'w:br') para += ' ';
      else if (name === 'w:tbl' && !selfClosing) tables++;
    },
    text(t) {
      if (inText && para.length < MAX_TEXT) para += t;
    },
    close(name, selfClosing) {
      if (name === 'w:t') inText = false;
      else if (name === 'w:p' && !selfClosing) {
        if (para.trim() !== '') {
          out.add(para);
          if (tables > 0) row += para;
          else lines += Math.max(1, Math.ceil(para.length / 28));
        }
        para = '';
      } else if (name === 'w:tr' && tables === 1) {
        lines += Math.max(1, Math.ceil(row.length / 56));
        row = '';
      } else if (name === 'w:tbl' && !selfClosing) tables--;
    },
    lines: () => lines,
  };
}

/** The text of one element (e.g. <Pages> in docProps/app.xml). */
function elementText(local: string): XmlHandlers & { value(): string } {
  let inside = false;
  let value = '';
  return {
    open: (name, _a, selfClosing) => void (inside = localName(name) === local && !selfClosing),
    text: (t) => void (inside && value.length < 100 && (value += t)),
    close: () => void (inside = false),
    value: () => value,
  };
}

const WORD_PART = /^word\/(document|header\d*|footer\d*|footnotes)\.xml$/;

async function docxText(bytes: Buffer): Promise<FileText> {
  const parts = zipParts(bytes);
  const names = [...parts.keys()].filter((n) => WORD_PART.test(n)).sort((a, b) => (a === 'word/document.xml' ? -1 : b === 'word/document.xml' ? 1 : a.localeCompare(b)));
  const out = textCollector();
  let mainLines = 0;
  for (const n of names) {
    if (out.full()) break;
    const h = wordHandlers(out);
    await parsePart(parts.get(n), h);
    if (n === 'word/document.xml') mainLines = h.lines();
  }
  // Word records the page count it last laid out; files written by programs (this app's own
  // reports among them) lack it, and are estimated on the GB/T 9704 page instead.
  const app = elementText('Pages');
  await parsePart(parts.get('docProps/app.xml'), app);
  const pages = /^\d{1,6}$/.test(app.value()) ? Number(app.value()) : 0;
  return { text: out.lines.join('\n'), pages: pages > 0 ? pages : parts.has('word/document.xml') ? Math.max(1, Math.ceil(mainLines / 22)) : null };
}

/** SpreadsheetML: sheet names, shared strings, and the inline strings and numbers in the sheets. */
async function xlsxText(bytes: Buffer): Promise<FileText> {
  const parts = zipParts(bytes);
  const out = textCollector();
  const sheetNames: string[] = [];
  await parsePart(parts.get('xl/workbook.xml'), { open: (name, attrs) => void (localName(name) === 'sheet' && attrs.name !== undefined && sheetNames.push(attrs.name)) });
  out.add(sheetNames.join(' '));
  let item = '';
  let inT = false;
  await parsePart(parts.get('xl/sharedStrings.xml'), {
    open: (name, _a, selfClosing) => void (localName(name) === 't' && !selfClosing && (inT = true)),
    text: (t) => void (inT && item.length < MAX_TEXT && (item += t)),
    close: (name) => {
      const local = localName(name);
      if (local === 't') inT = false;
      else if (local === 'si') {
        out.add(item);
        item = '';
      }
    },
  });
  for (const name of [...parts.keys()].filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n)).sort()) {
    if (out.full()) break;
    await parsePart(parts.get(name), sheetTextHandlers(out));
  }
  return { text: out.lines.join('\n'), pages: null };
}

/** A sheet's own values, one line per sheet: numbers and inline strings (shared ones are read above). */
function sheetTextHandlers(out: ReturnType<typeof textCollector>): XmlHandlers {
  let cells: string[] = [];
  let shared = false;
  let value: string | null = null;
  let collect = false;
  return {
    open(name, attrs, selfClosing) {
      const local = localName(name);
      if (local === 'c') {
        shared = attrs.t === 's';
        value = null;
      } else if ((local === 'v' || local === 't') && !selfClosing) {
        collect = true;
        value ??= '';
      }
    },
    text(t) {
      if (collect && value !== null && value.length < MAX_TEXT) value += t;
    },
    close(name) {
      const local = localName(name);
      if (local === 'v' || local === 't') collect = false;
      else if (local === 'c') {
        if (!shared && value) cells.push(value);
        value = null;
      } else if (local === 'sheetData') {
        out.add(cells.join(' '));
        cells = [];
      }
    },
  };
}

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjs: Promise<PdfJs> | null = null;

/**
 * pdfjs-dist is ESM; loaded on first use. Its worker module is registered as pdfjsWorker so
 * it runs in this thread (the file worker; also inside the bundle, where no pdfjs worker file
 * sits beside it), and a stand-in DOMMatrix lets it load where no canvas is installed:
 * reading text never draws.
 */
function loadPdfJs(): Promise<PdfJs> {
  pdfjs ??= (async () => {
    const g = globalThis as { DOMMatrix?: unknown; pdfjsWorker?: unknown };
    g.DOMMatrix ??= class DOMMatrixStandIn {
      a = 1; b = 0; c = 0; d = 1; e = 0; f = 0;
      multiplySelf() { return this; }
      preMultiplySelf() { return this; }
      translate() { return this; }
      scale() { return this; }
      invertSelf() { return this; }
    };
    g.pdfjsWorker ??= await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    return import('pdfjs-dist/legacy/build/pdf.mjs');
  })();
  return pdfjs;
}

async function pdfText(bytes: Buffer): Promise<FileText> {
  const lib = await loadPdfJs();
  const doc = await lib.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
  try {
    const out = textCollector();
    const started = Date.now();
    // A bound on the work one filing can cause: pages past the budget are not searchable inside
    // (ten pages sharing one 20 MB content stream would otherwise take half a minute).
    for (let i = 1; i <= Math.min(doc.numPages, MAX_PDF_PAGES) && !out.full() && Date.now() - started < PDF_BUDGET_MS; i++) {
      const content = await (await doc.getPage(i)).getTextContent();
      out.add(content.items.map((it) => ('str' in it ? it.str + (it.hasEOL ? '\n' : '') : '')).join(''));
    }
    return { text: out.lines.join('\n'), pages: doc.numPages };
  } finally {
    await doc.destroy();
  }
}

/**
 * The searchable text of a file by its name's extension, read on the calling thread (the file
 * worker); a file that cannot be read yields no text rather than refusing the filing (the
 * document is kept, it is just not searchable inside).
 */
export async function readFileText(fileName: string, bytes: Buffer): Promise<FileText> {
  const ext = path.extname(fileName).toLowerCase();
  try {
    const r = ext === '.docx' ? await docxText(bytes) : ext === '.xlsx' ? await xlsxText(bytes) : ext === '.pdf' ? await pdfText(bytes) : { text: '', pages: /^\.(jpe?g|png|gif|webp)$/.test(ext) ? 1 : null };
    return { text: cleanText(r.text), pages: r.pages };
  } catch {
    return { text: '', pages: null };
  }
}
