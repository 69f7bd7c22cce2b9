// 一键导出台账: every ledger of a year for the committee or one 党总支 / 党支部, made one at a time
// (progress after each, a cancel token checked between them), with a 目录 workbook listing the
// files written, their sheets and data rows, and what could not be made and why.
import { loadJSZip } from '../../exports/lazyLibs';
import { ledgerSheet, writeLedger, type LedgerMeta, type PreparedSheet } from '../../exports/ledgerKit';
import { xlsxCensus, type SheetCensus } from '../../exports/xlsxCensus';
import { ApiError } from '../errors';
import { PACK_ENTRIES, generate, type CatalogEntry, type FileRunner } from '../shared/catalog';

/** A file of the pack; `key` and `scope` name its catalog entry (none for the 目录) for the export log. */
export type PackFile = { fileName: string; bytes: Buffer; sheets: SheetCensus[]; key: string | null; orgId: number | null };
export type Skipped = { title: string; reason: string };
export type PackProgress = { done: number; total: number; current: string | null; file?: PackFile; skipped?: Skipped };
export type CancelToken = { cancelled: boolean };
export type Pack = { year: number; folder: string; files: PackFile[]; skipped: Skipped[]; cancelled: boolean };

export const CATALOG_FILE = '目录.xlsx';

/** A turn of the event loop, so API calls (progress, cancel) are answered between ledgers. */
const yieldTurn = () => new Promise<void>((r) => setImmediate(r));

export async function buildPack(
  run: FileRunner,
  scope: { year: number; orgId?: number; name: string },
  meta: LedgerMeta,
  opts: { token?: CancelToken; onProgress?: (p: PackProgress) => void } = {},
): Promise<Pack> {
  const entries = PACK_ENTRIES();
  const total = entries.length + 1;
  const pack: Pack = { year: scope.year, folder: `${scope.name}${scope.year}年度台账`, files: [], skipped: [], cancelled: false };
  for (const [i, e] of entries.entries()) {
    opts.onProgress?.({ done: i, total, current: e.title });
    await yieldTurn();
    if (opts.token?.cancelled) return { ...pack, cancelled: true };
    const made = await makeOne(run, e, scope);
    if ('bytes' in made) pack.files.push(made);
    else pack.skipped.push(made);
    opts.onProgress?.({ done: i + 1, total, current: null, ...('bytes' in made ? { file: made } : { skipped: made }) });
  }
  if (opts.token?.cancelled) return { ...pack, cancelled: true };
  opts.onProgress?.({ done: entries.length, total, current: '目录' });
  const bytes = await catalogWorkbook(meta, `${pack.folder}目录`, pack.files, pack.skipped);
  pack.files.unshift({ fileName: CATALOG_FILE, bytes, sheets: await xlsxCensus(bytes), key: null, orgId: null });
  opts.onProgress?.({ done: total, total, current: null });
  return pack;
}

/** One ledger of the pack, read back for the 目录; or why it is not in the pack. */
async function makeOne(run: FileRunner, e: CatalogEntry, scope: { year: number; orgId?: number }): Promise<PackFile | Skipped> {
  // A committee-wide ledger does not belong in one 党总支's or branch's pack.
  if (scope.orgId !== undefined && !e.params.org) return { title: e.title, reason: `${e.title}为全党委一份，请在全党委范围导出` };
  try {
    const f = await generate(run, e, { year: scope.year, orgId: scope.orgId });
    return { ...f, sheets: await xlsxCensus(f.bytes), key: e.key, orgId: scope.orgId ?? null };
  } catch (err) {
    // A ledger with nothing to show (e.g. no 承诺 campaign this year) is listed, not fatal.
    if (!(err instanceof ApiError) || err.code === 'internal') throw err;
    return { title: e.title, reason: err.message };
  }
}

type Line = { fileName: string; sheet: string; rows: number };

function catalogWorkbook(meta: LedgerMeta, title: string, files: PackFile[], skipped: Skipped[]): Promise<Buffer> {
  const lines: Line[] = files.flatMap((f) => f.sheets.map((s) => ({ fileName: f.fileName, sheet: s.name, rows: s.rows })));
  // The 未生成 sheet only when something was left out: an empty sheet would print as a blank page.
  const sheets: PreparedSheet[] = [
    ledgerSheet<Line>({
      name: '目录',
      title,
      columns: [
        { header: '文件名', width: 50, value: (l) => l.fileName, align: 'left' },
        { header: '工作表', width: 20, value: (l) => l.sheet, align: 'left' },
        { header: '数据行数', width: 10, value: (l) => l.rows, format: 'integer' },
      ],
      rows: lines,
    }),
  ];
  if (skipped.length === 0) return writeLedger(meta, sheets);
  return writeLedger(meta, [
    ...sheets,
    ledgerSheet<Skipped>({
      name: '未生成',
      title: `${title}（未生成的台账）`,
      columns: [
        { header: '台账', width: 24, value: (s) => s.title, align: 'left' },
        { header: '原因', width: 60, value: (s) => s.reason, align: 'left' },
      ],
      rows: skipped,
    }),
  ]);
}

/** The pack as one .zip: a folder named for the scope and year holding 目录.xlsx and the ledgers. */
export async function packZip(p: Pack): Promise<Buffer> {
  const zip = new (await loadJSZip())();
  const dir = zip.folder(p.folder)!;
  // .xlsx files are zip archives already: stored, not compressed again.
  for (const f of p.files) dir.file(f.fileName, f.bytes, { compression: 'STORE' });
  return zip.generateAsync({ type: 'nodebuffer', compression: 'STORE' });
}
