// What a ledger file actually holds: its sheets and data rows, read back from the written bytes
// (not from what the writer was asked to write), for the pack's 目录.
import { HEADER_ROW } from './ledgerKit';
import { inflatePart, zipParts } from '../imports/zipParts';

export type SheetCensus = { name: string; rows: number };

const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/**
 * Sheets in workbook order with their data rows: in the shared ledger layout, rows below the
 * header row except the last one (填表人 / 审核人).
 */
export async function xlsxCensus(bytes: Buffer): Promise<SheetCensus[]> {
  const parts = zipParts(bytes);
  // Our own ledgers: the largest sheet (30,000 rows) is tens of megabytes of XML.
  const zip = new Map([...parts].map(([name, part]) => [name, () => inflatePart(part, 1024 * 1024 * 1024)]));
  const text = (name: string) => zip.get(name)?.().toString('utf8') ?? '';
  const workbook = text('xl/workbook.xml');
  const rels = text('xl/_rels/workbook.xml.rels');
  const targets = new Map([...rels.matchAll(/<Relationship\b[^>]*\bId="([^"]+)"[^>]*\bTarget="([^"]+)"/g)].map((m) => [m[1]!, m[2]!]));
  const out: SheetCensus[] = [];
  for (const m of workbook.matchAll(/<sheet\b[^>]*\bname="([^"]*)"[^>]*\br:id="([^"]+)"/g)) {
    const target = targets.get(m[2]!) ?? '';
    const read = zip.get(target.startsWith('/') ? target.slice(1) : `xl/${target}`);
    out.push({ name: unescape(m[1]!), rows: Math.max(0, rowsBelowHeader(read ? read() : Buffer.alloc(0)) - 1) });
    await new Promise<void>((r) => setImmediate(r)); // one sheet at a time between API calls
  }
  return out;
}

const ROW = Buffer.from('<row ');

/**
 * Rows numbered below the header row, counted in the sheet's bytes: rows come in order, so only
 * the first few need their number read; a 30,000-row sheet is never turned into one long string.
 */
function rowsBelowHeader(xml: Buffer): number {
  let n = 0;
  let past = false;
  for (let at = xml.indexOf(ROW); at !== -1; at = xml.indexOf(ROW, at + ROW.length)) {
    if (!past) {
      const r = /\br="(\d+)"/.exec(xml.toString('latin1', at, Math.min(xml.length, at + 200)));
      past = r !== null && Number(r[1]) > HEADER_ROW;
      if (!past) continue;
    }
    n++;
  }
  return n;
}
