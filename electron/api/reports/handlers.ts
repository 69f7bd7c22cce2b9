// 报表中心: the catalog with each entry's last export, one export by catalog key, the year's pack,
// the year's figures and charts, and the two summary reports built on those figures.
import { logExport, loggedExports, type LoggedExport } from '../../db/exportLog';
import { committee, getOrg } from '../../db/orgs';
import { CATALOG, CatalogChoiceError, catalogEntry, type CatalogChoice, type CatalogEntry, type FileRunner } from '../shared/catalog';
import { categoryForExport } from '../../domain/archive';
import { fileGeneratedDocument } from '../shared/archiveFiling';
import { charts } from '../../exports/charts';
import { packZip, type Pack } from './pack';
import { contract, type FileOut } from '../contract';
import type { CatalogItem, LastExport, YearStats } from '../contract/reports';
import type { ChartFigures } from '../../model/reports';
import { fromZodError, invalid, notFound } from '../errors';
import { cancelPack, packStatus, startPackJob, takePack } from './packJobs';
import { defineHandlers, type Ctx, type Handlers } from '../registry';
import { ledgerMeta, scopeName } from '../shared/ledgerFile';
import { chartFigures, yearStats } from './stats';
import { docxFile, fileOut, xlsxFile } from '../shared/ledgerFile';
import { wordKits } from '../../exports/wordKits';

// Word documents load on first use: docx stays out of the start-up (exports/lazyLibs.ts).
const reports = async () => wordKits.summaryReports();

const ZIP = 'application/zip';

/** Runs a catalog method through its own input schema and handler, as a call from the page would. */
function runner(ctx: Ctx, all: () => Handlers): FileRunner {
  return async (method, input) => {
    const parsed = contract[method].input.safeParse(input);
    if (!parsed.success) throw fromZodError(parsed.error);
    const h = all()[method] as (c: Ctx, i: unknown) => Promise<FileOut> | FileOut;
    return await h(ctx, parsed.data);
  };
}

/** The organisation a report is for: the chosen one (not a 党小组), or the committee, which must exist. */
function checkOrg(ctx: Ctx, orgId?: number, needCommittee = true): void {
  if (orgId === undefined) {
    if (needCommittee && !committee(ctx.db)) throw invalid('还没有建立党委，请先在“组织架构”中建立本单位的党委');
    return;
  }
  const o = getOrg(ctx.db, orgId);
  if (!o || o.kind === 'group') throw notFound('党组织');
}

const last = (l: LoggedExport | undefined): LastExport | null => (l ? { at: l.at, actor: l.actor, fileName: l.fileName, year: l.year, orgId: l.orgId } : null);

const statsCache = new WeakMap<Ctx['db'], { key: string; value: YearStats }>();

/** The year's figures, kept until the data changes: 工作台's charts, stats and the summaries share one computation. */
export function statsOf(ctx: Ctx, year: number, orgId?: number, charted?: ChartFigures): YearStats {
  const key = statsKey(ctx, year, orgId);
  const cached = statsCache.get(ctx.db);
  if (cached?.key === key) return cached.value;
  const value = yearStats(ctx.db, year, ctx.today(), orgId, ctx.dataStamp(), charted);
  statsCache.set(ctx.db, { key, value });
  return value;
}

const statsKey = (ctx: Ctx, year: number, orgId?: number) => `${ctx.dataStamp()}|${year}|${ctx.today()}|${orgId ?? ''}`;

/**
 * The year's figures for a summary report, its charts drawn meanwhile: the charts need only the
 * 三会一课, 学时 and 分类定级 figures, and resvg draws on a thread of its own while this one works
 * out the rest (the 党费 rows are the longest part).
 */
async function statsAndCharts(ctx: Ctx, year: number, orgId?: number) {
  const kit = await reports();
  const cached = statsCache.get(ctx.db);
  if (cached?.key === statsKey(ctx, year, orgId)) return { kit, stats: cached.value, pictures: kit.drawCharts(cached.value) };
  await kit.chartLibs();
  const charted = chartFigures(ctx.db, year, ctx.today(), orgId);
  const pictures = kit.drawCharts(charted);
  pictures.catch(() => undefined); // awaited below; this keeps a failure while the figures are worked out from going unhandled
  // Lets the drawing reach resvg's thread: every step before it is a settled promise once the libraries are loaded.
  await new Promise((resolve) => setImmediate(resolve));
  return { kit, stats: statsOf(ctx, year, orgId, charted), pictures };
}

async function summaryFile(ctx: Ctx, year: number, orgId: number | undefined, kind: 'summary' | 'selfCheck'): Promise<FileOut> {
  checkOrg(ctx, orgId);
  const { kit, stats, pictures } = await statsAndCharts(ctx, year, orgId);
  // The summary and self-check are the organisation's own reports: the 党委 (or the chosen 党总支/
  // 党支部) signs them, not the office in settings that fills in ledgers (e.g. 党委组织部).
  const input = { unit: stats.scope, date: ctx.today(), stats, pictures };
  const bytes = kind === 'summary' ? await kit.annualSummary(input) : await kit.selfCheckReport(input);
  const name = kind === 'summary' ? `${stats.scope}${year}年度党建工作总结.docx` : `${stats.scope}${year}年基层组织建设年自查报告.docx`;
  return docxFile(name, bytes);
}

/**
 * The pack's ledgers enter the export log when the clerk takes the pack, not while it is made:
 * a cancelled pack hands nothing out.
 */
function handOut(ctx: Ctx, pack: Pack): Pack {
  const at = ctx.now().toISOString();
  for (const f of pack.files) if (f.key) logExport(ctx.db, at, 'reports.pack', ctx.actor, { key: f.key, year: catalogEntry(f.key)?.params.year === 'none' ? null : pack.year, orgId: f.orgId, fileName: f.fileName });
  return pack;
}

/** The catalog entry and its method's input for the clerk's choices. */
function chosen(key: string, choice: CatalogChoice): { entry: CatalogEntry; input: unknown } {
  const entry = catalogEntry(key);
  if (!entry) throw invalid(`报表中心没有“${key.slice(0, 40)}”这一项`);
  try {
    return { entry, input: entry.input(choice) };
  } catch (err) {
    if (err instanceof CatalogChoiceError) throw invalid(err.message);
    throw err;
  }
}

/** `logged` runs a method as a page would (its export logged); `unlogged` for the pack's ledgers. */
export function reportsHandlers(all: { logged: () => Handlers; unlogged: () => Handlers }) {
  return defineHandlers('reports', {
    'reports.catalog': (ctx, { year, orgId }) => {
      checkOrg(ctx, orgId, false);
      const log = loggedExports(ctx.db);
      return CATALOG.map((e): CatalogItem => {
        const mine = log.filter((l) => l.key === e.key);
        const forScope = mine.find((l) => (e.params.year === 'none' || l.year === year) && (!e.params.org || l.orgId === (orgId ?? null)));
        const { key, title, kind, contains, params, cli, inPack } = e;
        return { key, title, kind, contains, params, cli, inPack, lastForScope: last(forScope), last: last(mine[0]) };
      });
    },
    'reports.export': async (ctx, { key, ...choice }) => {
      const { entry, input } = chosen(key, choice);
      return runner(ctx, all.logged)(entry.method, input);
    },
    'reports.file': async (ctx, { key, ...choice }) => {
      const { entry, input } = chosen(key, choice);
      const file = await runner(ctx, all.logged)(entry.method, input);
      const scope = entry.scopeOf(input);
      return fileGeneratedDocument(ctx, {
        title: file.fileName.replace(/\.(xlsx|docx)$/, ''),
        category: categoryForExport(entry.key, entry.kind),
        year: scope.year ?? choice.year ?? Number(ctx.today().slice(0, 4)),
        orgId: scope.orgId,
        author: scopeName(ctx.db, scope.orgId ?? undefined),
        fileName: file.fileName,
        bytes: Buffer.from(file.base64, 'base64'),
        // What was exported for which scope: filing the same again updates that document.
        source: { kind: 'export', id: null, ref: [entry.key, scope.year, scope.orgId, choice.quarter, choice.meetingId, choice.roundId].map((x) => x ?? '').join(':') },
      });
    },
    'reports.stats': (ctx, { year, orgId }) => {
      checkOrg(ctx, orgId);
      return statsOf(ctx, year, orgId);
    },
    'reports.charts': (ctx, { year, orgId }) => {
      checkOrg(ctx, orgId);
      return charts(statsOf(ctx, year, orgId));
    },
    'reports.summary': (ctx, { year, orgId }) => summaryFile(ctx, year, orgId, 'summary'),
    'reports.selfCheck': (ctx, { year, orgId }) => summaryFile(ctx, year, orgId, 'selfCheck'),
    'reports.packStart': (ctx, { year, orgId }) => {
      checkOrg(ctx, orgId);
      const name = scopeName(ctx.db, orgId);
      return { jobId: startPackJob(runner(ctx, all.unlogged), { year, orgId, name }, ledgerMeta(ctx, name)) };
    },
    'reports.packStatus': (_ctx, { jobId }) => packStatus(jobId),
    'reports.packCancel': (_ctx, { jobId }) => cancelPack(jobId),
    'reports.packResult': async (ctx, { jobId }) => {
      const p = handOut(ctx, takePack(jobId));
      return fileOut(`${p.folder}.zip`, ZIP, await packZip(p));
    },
    'reports.packFiles': (ctx, { jobId }) => {
      const p = handOut(ctx, takePack(jobId));
      return { folder: p.folder, files: p.files.map((f) => xlsxFile(f.fileName, f.bytes)) };
    },
  });
}

