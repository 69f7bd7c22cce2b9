// Text and page count of a filed document, read once when it is filed so search finds words
// inside it: .docx and .xlsx are zip packages of XML (read with jszip), .pdf through pdfjs-dist
// (text-based PDFs only: a scan has no text layer and yields nothing). Images have no text.
import path from 'node:path';
import JSZip from 'jszip';
import { cleanText } from '../domain/archive';

export type FileText = { text: string; pages: number | null };

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function xmlText(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, e: string) => {
    if (e[0] !== '#') return ENTITIES[e.toLowerCase()] ?? '';
    const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : '';
  });
}

/** Paragraphs of a WordprocessingML part: <w:t> runs joined, one line per <w:p>, tabs and breaks kept as spaces. */
function wordParagraphs(xml: string): string[] {
  return xml.split(/<\/w:p>/).map((p) =>
    [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:(tab|br)\b[^>]*\/>/g)].map((m) => (m[1] !== undefined ? xmlText(m[1]) : ' ')).join(''),
  ).filter((p) => p.trim() !== '');
}

async function docxText(bytes: Buffer): Promise<FileText> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = Object.keys(zip.files).filter((n) => /^word\/(document|header\d*|footer\d*|footnotes)\.xml$/.test(n)).sort((a, b) => (a === 'word/document.xml' ? -1 : b === 'word/document.xml' ? 1 : a.localeCompare(b)));
  const lines: string[] = [];
  for (const p of parts) lines.push(...wordParagraphs(await zip.file(p)!.async('string')));
  // Word records the page count it last laid out; files written by programs (this app's own
  // reports among them) lack it, and are estimated on the GB/T 9704 page instead.
  const app = await zip.file('docProps/app.xml')?.async('string');
  const pages = app ? Number(/<Pages>(\d+)<\/Pages>/.exec(app)?.[1] ?? NaN) : NaN;
  const main = await zip.file('word/document.xml')?.async('string');
  return { text: lines.join('\n'), pages: Number.isFinite(pages) && pages > 0 ? pages : main ? estimatePages(main) : null };
}

/** GB/T 9704: 22 lines of 28 characters a page; a table row counts as one line (two when long). */
export function estimatePages(documentXml: string): number {
  let lines = 0;
  const outside = documentXml.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, (t) => {
    for (const row of t.split(/<w:tr[ >]/).slice(1)) lines += Math.max(1, Math.ceil(wordParagraphs(row).join('').length / 56));
    return '';
  });
  for (const p of wordParagraphs(outside)) lines += Math.max(1, Math.ceil(p.length / 28));
  return Math.max(1, Math.ceil(lines / 22));
}

async function xlsxText(bytes: Buffer): Promise<FileText> {
  const zip = await JSZip.loadAsync(bytes);
  const lines: string[] = [];
  const book = await zip.file('xl/workbook.xml')?.async('string');
  if (book) lines.push([...book.matchAll(/<sheet\b[^>]*\bname="([^"]*)"/g)].map((m) => xmlText(m[1]!)).join(' '));
  const shared = await zip.file('xl/sharedStrings.xml')?.async('string');
  if (shared) for (const si of shared.split('</si>')) lines.push([...si.matchAll(/<t(?:\s[^>]*)?>([^<]*)<\/t>/g)].map((m) => xmlText(m[1]!)).join(''));
  // Inline strings and numbers live in the sheets themselves.
  for (const name of Object.keys(zip.files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n)).sort()) {
    const xml = await zip.file(name)!.async('string');
    const cells = [...xml.matchAll(/<c\b[^>]*?(?:t="(\w+)")?[^>]*>(?:<f>[^<]*<\/f>)?(?:<v>([^<]*)<\/v>|<is>(.*?)<\/is>)/g)];
    const own = cells.map((m) => (m[3] !== undefined ? [...m[3].matchAll(/<t(?:\s[^>]*)?>([^<]*)<\/t>/g)].map((t) => xmlText(t[1]!)).join('') : m[1] === 's' ? '' : xmlText(m[2] ?? '')));
    lines.push(own.filter(Boolean).join(' '));
  }
  return { text: lines.filter((l) => l.trim()).join('\n'), pages: null };
}

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjs: Promise<PdfJs> | null = null;

/**
 * pdfjs-dist is ESM; loaded on first use. Its worker module is registered as pdfjsWorker so
 * it runs in this thread (also inside the bundled main process, where no worker file sits
 * beside the bundle), and a stand-in DOMMatrix lets it load where no canvas is installed:
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
    const pages: string[] = [];
    // A bound on the work one filing can cause: searching inside the first 500 pages is enough.
    for (let i = 1; i <= Math.min(doc.numPages, 500); i++) {
      const content = await (await doc.getPage(i)).getTextContent();
      pages.push(content.items.map((it) => ('str' in it ? it.str + (it.hasEOL ? '\n' : '') : '')).join(''));
    }
    return { text: pages.join('\n'), pages: doc.numPages };
  } finally {
    await doc.destroy();
  }
}

/**
 * The searchable text of a file by its name's extension; a file that cannot be read yields
 * no text rather than refusing the filing (the document is kept, it is just not searchable inside).
 */
export async function extractText(fileName: string, bytes: Buffer): Promise<FileText> {
  const ext = path.extname(fileName).toLowerCase();
  try {
    const r = ext === '.docx' ? await docxText(bytes) : ext === '.xlsx' ? await xlsxText(bytes) : ext === '.pdf' ? await pdfText(bytes) : { text: '', pages: /^\.(jpe?g|png|gif|webp)$/.test(ext) ? 1 : null };
    return { text: cleanText(r.text), pages: r.pages };
  } catch {
    return { text: '', pages: null };
  }
}
