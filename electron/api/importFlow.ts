// One flow for every import (花名册, 学时, 党费基数, 发展党员): read the workbook, map its columns,
// plan against the database, then either report (preview) or, after an automatic backup, plan
// again inside one audited transaction and write. A new import supplies only its parts.
import { autoBackup } from '../db/backup';
import { rememberedLayouts, rememberLayout } from '../db/importLayouts';
import type { Db } from '../db/open';
import { todayIso } from '../domain/dates';
import { describeColumns, resolveMapping, type ImportSpec, type Parsed, type SheetRead } from '../imports/flow';
import type { Mapping } from '../imports/headers';
import type { ParseChoice } from '../imports/parsers';
import { ImportFileError } from '../imports/workbook';
import { invalid } from './errors';
import { issuesWorkbook, templateWorkbook, type IssueLine } from '../imports/templates';
import type { FileOut, ImportPreview, RowChange, RowIssue } from './contract';
import { xlsxFile } from './files';
import type { Ctx, WriteTx } from './registry';
import { parseUpload } from './uploads';

/** What a plan tells the clerk; `plan` is what apply writes. */
export type Planned<Plan> = {
  plan: Plan;
  imported: number;
  updated: number;
  createdOrgs?: string[];
  errors: RowIssue[];
  warnings: RowIssue[];
  changes?: RowChange[];
  confirmable?: number[];
};

/** What a plan is made with: the day, and the rows the clerk confirmed. */
export type PlanContext = { today: string; confirmRows: ReadonlySet<number> };

/** What an apply may report beyond its own result. */
export type Applied = Partial<Pick<ImportPreview, 'imported' | 'updated' | 'createdOrgs'>>;

export type ImportDef<F extends string, P extends Parsed, Plan, A extends Applied> = {
  spec: ImportSpec<F>;
  /** What is imported, for file names (花名册, 学时, …). */
  title: string;
  /** The template's example row. */
  example: Partial<Record<F, string | number>>;
  /** The audit table of the import's summary row. */
  table: string;
  /** Reads the upload in the file worker: parseUpload with this import's parser name. */
  read(fileName: string, base64: string, choice: ParseChoice): Promise<WorkbookRead<F, P>>;
  plan(db: Db, parsed: P, at: PlanContext): Planned<Plan>;
  /** Writes the plan's valid rows inside the import's transaction. */
  apply(tx: WriteTx, plan: Plan, info: { fileName: string; today: string }): A;
};

export type ImportInput = { fileName: string; base64: string; mapping?: Mapping; confirmRows?: number[] };

/** What the worker sends back: the sheet read, less the sheet itself, and any cells asked for as typed. */
export type WorkbookRead<F extends string, P extends Parsed> = Omit<SheetRead<F, P>, 'sheet'> & { typed: string[] };
type Read<F extends string, P extends Parsed> = WorkbookRead<F, P>;

const byRow = (a: RowIssue, b: RowIssue) => a.row - b.row;

function load<F extends string, P extends Parsed, Plan, A extends Applied>(ctx: Ctx, def: ImportDef<F, P, Plan, A>, input: ImportInput, cells?: ParseChoice['cells']): Promise<Read<F, P>> {
  // Resolved here so an unknown field name is refused before the file is read.
  let mapping: Mapping | undefined;
  try {
    mapping = resolveMapping(def.spec, input.mapping);
  } catch (e) {
    throw e instanceof ImportFileError ? invalid(e.message) : e;
  }
  return def.read(input.fileName, input.base64, { mapping, remembered: rememberedLayouts(ctx.db, def.spec.key), today: todayIso(ctx.now()), cells });
}

function report<F extends string, P extends Parsed, Plan>(def: { spec: ImportSpec<F> }, read: Read<F, P>, planned: Planned<Plan> | null): ImportPreview {
  const cols = describeColumns(def.spec, read.header);
  const mappingIssue: RowIssue[] = cols.needsMapping
    ? [{ row: read.header.row, column: '表头', message: `没有找到${cols.missingRequired.map((l) => `“${l}”`).join('、')}列：请指定表中哪一列是${cols.missingRequired.join('、')}` }]
    : [];
  return {
    imported: planned?.imported ?? 0,
    updated: planned?.updated ?? 0,
    createdOrgs: planned?.createdOrgs ?? [],
    errors: [...mappingIssue, ...(planned?.errors ?? [])].sort(byRow),
    warnings: [...(planned?.warnings ?? [])].sort(byRow),
    rowCount: read.parsed?.rowCount ?? 0,
    sheetName: read.sheetName,
    ...cols,
    layoutRemembered: read.remembered,
    changes: planned?.changes ?? [],
    confirmable: planned?.confirmable ?? [],
    written: false,
  };
}

export async function previewImport<F extends string, P extends Parsed, Plan, A extends Applied>(ctx: Ctx, def: ImportDef<F, P, Plan, A>, input: ImportInput): Promise<ImportPreview> {
  const read = await load(ctx, def, input);
  return report(def, read, read.parsed && def.plan(ctx.db, read.parsed, planContext(ctx, input)));
}

/**
 * Writes nothing while a required column is unmapped, or while any row has an error unless
 * `validOnly`; otherwise backs up, plans again in the transaction (nothing changed between
 * planning and writing) and writes, remembering the clerk's mapping for this layout.
 */
export async function runImport<F extends string, P extends Parsed, Plan, A extends Applied>(
  ctx: Ctx,
  def: ImportDef<F, P, Plan, A>,
  input: ImportInput & { validOnly: boolean },
): Promise<{ report: ImportPreview; applied: A | null }> {
  const read = await load(ctx, def, input);
  const at = planContext(ctx, input);
  const parsed = read.parsed;
  const first = report(def, read, parsed && def.plan(ctx.db, parsed, at));
  // Nothing valid to write is no reason for a backup and an empty import in the log.
  if (!parsed || first.imported + first.updated === 0 || (first.errors.length > 0 && !input.validOnly)) return { report: { ...first, imported: 0, updated: 0, createdOrgs: [] }, applied: null };
  await autoBackup(ctx.db, ctx.dataDir, '导入前', ctx.now());
  return ctx.write((tx) => {
    const planned = def.plan(tx.db, parsed, at);
    const applied = def.apply(tx, planned.plan, { fileName: input.fileName, today: at.today });
    const done = { ...report(def, read, planned), ...counts(applied), written: true };
    const chosen = resolveMapping(def.spec, input.mapping);
    if (chosen && Object.keys(chosen).length > 0) {
      rememberLayout(tx.db, def.spec.key, read.header.layout, { ...(rememberedLayouts(tx.db, def.spec.key)[read.header.layout] ?? {}), ...chosen });
    }
    const skippedRows = new Set(done.errors.map((e) => e.row)).size;
    tx.audit({ table: def.table, recordId: null, action: 'import', after: { fileName: input.fileName, imported: done.imported, updated: done.updated, createdOrgs: done.createdOrgs, skippedRows, mapping: chosen ?? null } });
    return { report: done, applied };
  });
}

function planContext(ctx: Ctx, input: ImportInput): PlanContext {
  return { today: todayIso(ctx.now()), confirmRows: new Set(input.confirmRows ?? []) };
}

/** The counts an apply corrected (a branch created, a row found unchanged); the plan's otherwise. */
function counts(applied: Applied): Applied {
  const out: Applied = {};
  if (applied.imported !== undefined) out.imported = applied.imported;
  if (applied.updated !== undefined) out.updated = applied.updated;
  if (applied.createdOrgs !== undefined) out.createdOrgs = applied.createdOrgs;
  return out;
}

/** The .xlsx a clerk can fill: the app's headers and an example row. */
export async function importTemplate<F extends string, P extends Parsed, Plan, A extends Applied>(def: ImportDef<F, P, Plan, A>): Promise<FileOut> {
  return xlsxFile(`${def.title}导入模板.xlsx`, await templateWorkbook(def.spec.fields, def.example));
}

/** The preview's errors and warnings as an .xlsx list, each with the cell's content as typed in the sheet. */
export async function importIssues<F extends string, P extends Parsed, Plan, A extends Applied>(ctx: Ctx, def: ImportDef<F, P, Plan, A>, input: ImportInput): Promise<FileOut> {
  const read = await load(ctx, def, input);
  const r = report(def, read, read.parsed && def.plan(ctx.db, read.parsed, planContext(ctx, input)));
  const colOf = new Map(read.header.sheetColumns.map((c) => [c.header, c.col]));
  const issues = [...r.errors.map((i) => ({ ...i, kind: '错误' as const })), ...r.warnings.map((i) => ({ ...i, kind: '提醒' as const }))].sort((a, b) => a.row - b.row);
  // The cells are read again in the worker: the values as typed, not as the checks normalised them.
  const at = issues.map((i) => ({ row: i.row, col: i.row > read.header.row ? (colOf.get(i.column) ?? 0) : 0 }));
  const wanted = at.filter((c) => c.col > 0);
  const typed = wanted.length ? (await load(ctx, def, input, wanted)).typed : [];
  let next = 0;
  const lines: IssueLine[] = issues.map((i, k) => ({ ...i, value: at[k]!.col > 0 ? (typed[next++] ?? '') : '' }));
  const base = input.fileName.replace(/\.xlsx?$/i, '');
  return xlsxFile(`${base}-问题清单.xlsx`, await issuesWorkbook(input.fileName, lines));
}
