// What a ledger file actually holds: its sheets and data rows, read back from the written bytes
// (not from what the writer was asked to write), for the pack's 目录.
import JSZip from 'jszip';
import { HEADER_ROW } from './ledgerKit';

export type SheetCensus = { name: string; rows: number };

const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/**
 * Sheets in workbook order with their data rows: in the shared ledger layout, rows below the
 * header row except the last one (填表人 / 审核人).
 */
export async function xlsxCensus(bytes: Buffer): Promise<SheetCensus[]> {
  const zip = await JSZip.loadAsync(bytes);
  const workbook = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
  const rels = (await zip.file('xl/_rels/workbook.xml.rels')?.async('string')) ?? '';
  const targets = new Map([...rels.matchAll(/<Relationship\b[^>]*\bId="([^"]+)"[^>]*\bTarget="([^"]+)"/g)].map((m) => [m[1]!, m[2]!]));
  const out: SheetCensus[] = [];
  for (const m of workbook.matchAll(/<sheet\b[^>]*\bname="([^"]*)"[^>]*\br:id="([^"]+)"/g)) {
    const target = targets.get(m[2]!) ?? '';
    const file = zip.file(target.startsWith('/') ? target.slice(1) : `xl/${target}`);
    const xml = file ? await file.async('string') : '';
    let below = 0;
    for (const r of xml.matchAll(/<row\b[^>]*\br="(\d+)"/g)) if (Number(r[1]) > HEADER_ROW) below++;
    out.push({ name: unescape(m[1]!), rows: Math.max(0, below - 1) });
  }
  return out;
}
