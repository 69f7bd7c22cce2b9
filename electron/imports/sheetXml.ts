// A worksheet part rewritten as it streams in, without what costs exceljs minutes and holds
// nothing: cells with a style but no value and rows left with no cells (a sheet "formatted to
// the bottom" carries a million of them). Rows and cells are only dropped when they name their
// own position (r="…"), so every other cell keeps its row and column.
import { localName, type XmlHandlers } from './xmlStream';

/** More rows with something in them than any roster or ledger a clerk keeps. */
export class TooManyRowsError extends Error {}

// A single character class, tested once: most values have nothing to escape.
const SPECIAL = /[&<>"\n\r\t]/;

function escapeText(s: string): string {
  return SPECIAL.test(s) ? s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;') : s;
}

function escapeAttr(s: string): string {
  return SPECIAL.test(s) ? escapeText(s).replaceAll('"', '&quot;').replaceAll('\n', '&#10;').replaceAll('\r', '&#13;').replaceAll('\t', '&#9;') : s;
}

function openTag(name: string, attrs: Record<string, string>, selfClosing: boolean): string {
  let s = '<' + name;
  for (const k in attrs) s += ' ' + k + '="' + escapeAttr(attrs[k]!) + '"';
  return s + (selfClosing ? '/>' : '>');
}

export type SheetCleaner = XmlHandlers & { xml(): Buffer; rows(): number };

/** Pieces of text gathered into UTF-8 blocks, so millions of tags do not stay millions of strings. */
function blockWriter(): { push(s: string): void; bytes(): Buffer } {
  const blocks: Buffer[] = [];
  let pieces: string[] = [];
  const flush = () => {
    blocks.push(Buffer.from(pieces.join('')));
    pieces = [];
  };
  return {
    push(s) {
      if (pieces.push(s) >= 4096) flush();
    },
    bytes() {
      flush();
      return Buffer.concat(blocks);
    },
  };
}

/** Handlers that collect the cleaned sheet; throws TooManyRowsError past `maxRows` rows with content. */
export function sheetCleaner(maxRows: number): SheetCleaner {
  const out = blockWriter();
  out.push('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n');
  const stack: string[] = [];
  let rows = 0;
  // The open tags of the current row and cell, held back until something shows they are not empty.
  let heldRow: string | null = null;
  let heldCell: string | null = null;
  const inRow = () => stack.at(-1) === 'row' && stack.at(-2) === 'sheetData';
  const inCell = () => stack.at(-1) === 'c' && stack.at(-2) === 'row';
  const release = () => {
    if (heldRow !== null) out.push(heldRow);
    if (heldCell !== null) out.push(heldCell);
    heldRow = heldCell = null;
  };
  return {
    open(name, attrs, selfClosing) {
      const local = localName(name);
      const tag = openTag(name, attrs, selfClosing);
      const positioned = attrs.r !== undefined;
      if (local === 'row' && stack.at(-1) === 'sheetData' && positioned) {
        if (!selfClosing) heldRow = tag;
      } else if (local === 'c' && inRow() && positioned) {
        if (!selfClosing) heldCell = tag;
      } else {
        release();
        out.push(tag);
      }
      if (!selfClosing) stack.push(local);
    },
    text(text) {
      if ((inRow() || inCell()) && text.trim() === '') return;
      release();
      out.push(escapeText(text));
    },
    close(name, selfClosing) {
      if (selfClosing) return;
      const local = localName(name);
      const wasRow = inRow();
      const wasCell = inCell();
      stack.pop();
      if (wasCell && heldCell !== null) {
        heldCell = null;
        return;
      }
      if (wasRow && heldRow !== null) {
        heldRow = null;
        return;
      }
      if (wasRow && local === 'row' && ++rows > maxRows) throw new TooManyRowsError(String(maxRows));
      out.push(`</${name}>`);
    },
    xml: () => out.bytes(),
    rows: () => rows,
  };
}
