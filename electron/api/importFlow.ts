// One flow for every import (花名册, 学时, 党费基数, 发展党员): read the workbook, map its columns,
// plan against the database, then either report (preview) or, after an automatic backup, plan
// again inside one audited transaction and write. A new import supplies only its parts.
import type ExcelJS from 'exceljs';
import { autoBackup } from '../db/backup';
import { rememberedLayouts, rememberLayout } from '../db/importLayouts';
import type { Db } from '../db/open';
import { todayIso } from '../domain/dates';
import { describeColumns, readSheet, resolveMapping, type ImportSpec, type Parsed } from '../imports/flow';
import type { HeaderMatch, Mapping } from '../imports/headers';
import { cellText, readCell } from '../imports/cells';
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
  /** Reads the rows under the header; today bounds the dates (nothing happens in the future). */
  parse(sheet: ExcelJS.Worksheet, header: HeaderMatch<F>, today: string): P;
  plan(db: Db, parsed: P, at: PlanContext): Planned<Plan>;
  /** Writes the plan's valid rows inside the import's transaction. */
  apply(tx: WriteTx, plan: Plan, info: { fileName: string; today: string }): A;
};

export type ImportInput = { fileName: string; base64: string; mapping?: Mapping; confirmRows?: number[] };

type Read<F extends string, P extends Parsed> = ReturnType<typeof readSheet<F, P>>;

const byRow = (a: RowIssue, b: RowIssue) => a.row - b.row;

function load<F extends string, P extends Parsed, Plan, A extends Applied>(ctx: Ctx, def: ImportDef<F, P, Plan, A>, input: ImportInput): Promise<Read<F, P>> {
  const remembered = rememberedLayouts(ctx.db, def.spec.key);
  return parseUpload(input.fileName, input.base64, (wb) => readSheet(wb, def.spec, { mapping: input.mapping, remembered }, (s, h) => def.parse(s, h, todayIso(ctx.now()))));
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
      rememberLayout(tx.db, def.spec.key, read.header.layout, { ...(rememberedLayouts(tx.db, def.spec.key)(read.header.layout) ?? {}), ...chosen });
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
  const typedAt = (i: RowIssue) => {
    const col = colOf.get(i.column);
    return col && i.row > read.header.row ? (cellText(readCell(read.sheet.getRow(i.row).getCell(col).value)) ?? '') : '';
  };
  const lines: IssueLine[] = [
    ...r.errors.map((i) => ({ ...i, kind: '错误' as const, value: typedAt(i) })),
    ...r.warnings.map((i) => ({ ...i, kind: '提醒' as const, value: typedAt(i) })),
  ].sort((a, b) => a.row - b.row);
  const base = input.fileName.replace(/\.xlsx?$/i, '');
  return xlsxFile(`${base}-问题清单.xlsx`, await issuesWorkbook(input.fileName, lines));
}
