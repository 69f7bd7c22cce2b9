// npm run bench [-- --json] [--runs N] [--case NAME,…] [--scale demo|large] [--data SEEDED_DIR]: the app's hot paths on the large
// seed, each next to a baseline measured in the same run. `--data` (or `--from`) copies an already seeded folder
// (`npm run cli -- seed --scale large --data DIR`) into the bench's own temp folder; the original is never written.
// The UI cases (scripts/bench/ui.ts) drive Chromium against the browser host, and `startup` times a start of
// the host to a usable 工作台, first of the day (a backup due) and later. `--scale demo --runs 1` runs every case once
// on the small seed (part of npm test: a case that throws fails the build; timings are not judged there).
// Every expected count is read from the seeded data, never written here. Every measurement runs in its own child process so its
// peak memory is its own. Medians and ratios, never single timings.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { PassThrough } from 'node:stream';
import { openApi } from '../electron/api';
import JSZip from 'jszip';
import { z } from 'zod';
import { DB_FILE } from '../electron/db/open';
import { runQuickCheck } from '../electron/db/quickCheck';
import { DEFAULT_GRADING } from '../electron/domain/cycleRules';
import { PACK_ENTRIES } from '../electron/api/shared/catalog';
import { seed } from '../electron/seed/seed';
import { seedArchive } from '../electron/seed/seedArchive';
import { buildAll } from './build';
import { launchBrowser, measureStartup, runUiCases, TARGET_LONG_TASK_MS, TARGET_MS, UI_CASES, type StartupSample, type UiResult, type UiSample } from './bench/ui';

type Sample = { ms: number[]; peakMB: number };
/** The seeded folders and what they hold; `members` is the roster's row count, read from the seed. */
const EnvSchema = z.object({ full: z.string(), empty: z.string(), file: z.string(), work: z.string(), members: z.number().int().positive() }).strict();
type Env = z.infer<typeof EnvSchema>;
type Scale = 'demo' | 'large';
type Case = { name: string; what: string; targetMs: number; targetRatio?: number; app: string; baseline: string };

const CASES: Case[] = [
  { name: 'import-roster', what: '导入全部党员的花名册（校验、规划、写入、审计）', targetMs: 10_000, targetRatio: 3, app: 'import', baseline: 'import-floor' },
  { name: 'export-roster', what: '导出全部党员的花名册台账', targetMs: 3_000, targetRatio: 1.5, app: 'export', baseline: 'export-floor' },
  { name: 'roster-list-page', what: '花名册一页（按党总支、状态筛选并按拼音首字母搜索，第2页）', targetMs: 20, app: 'list', baseline: 'list-floor' },
  { name: 'compliance-matrix-year', what: '全部支部一年的三会一课落实矩阵（9 项规则）', targetMs: 200, app: 'matrix', baseline: 'matrix-floor' },
  { name: 'hours-quarter-totals', what: '全部党员的季度学时合计与达标判断', targetMs: 300, app: 'totals', baseline: 'totals-floor' },
  { name: 'first-answer-during-quick-check', what: '启动后第一次查询（工作台）的等待时间：完整性快速检查同时在后台线程进行 / 基线为不做检查', targetMs: 1_000, targetRatio: 1.5, app: 'open', baseline: 'open-floor' },
  { name: 'quick-check-in-worker', what: '启动时的完整性快速检查（quick_check，后台线程）/ 基线为同一检查直接在本线程运行', targetMs: 10_000, targetRatio: 1.2, app: 'check', baseline: 'check-floor' },
  { name: 'preview-with-1m-blank-rows', what: '预览一份下方有 1,000,000 行空白格式行的全部党员花名册', targetMs: 15_000, targetRatio: 1.5, app: 'blank-rows', baseline: 'blank-rows-floor' },
  { name: 'grading-summary-year', what: '全部支部一年的分类定级汇总，每次之前都有一次写入（佐证须重新计算）', targetMs: 300, app: 'grading', baseline: 'grading-floor' },
  { name: 'grading-summary-after-sheet', what: '保存一个支部的评分表后重新打开汇总（评分表不影响佐证，佐证沿用）', targetMs: 300, app: 'grading-sheet', baseline: 'grading-floor' },
  { name: 'grading-summary-repeat', what: '同一汇总再次打开（两次之间没有写入，佐证沿用）', targetMs: 300, app: 'grading-warm', baseline: 'grading-floor' },
  { name: 'recruits-check-all', what: '检查全部发展党员记录（9 项规则）', targetMs: 200, app: 'recruits', baseline: 'recruits-floor' },
  { name: 'archive-search', what: '在全部档案中全文检索一个常见词组（计数、题名命中在前取第一页、生成摘要）/ 基线为按年度和类别的普通索引查询一页', targetMs: 50, app: 'archive-search', baseline: 'archive-search-floor' },
  { name: 'archive-list', what: '打开档案检索页：全部档案按年度、日期倒序的第一页（含文件数）/ 基线同上', targetMs: 50, app: 'archive-list', baseline: 'archive-search-floor' },
  { name: 'archive-search-short', what: '在全部档案的题名、文号、责任者中查找两个字（三字分词无法索引，逐行比对）/ 基线同上', targetMs: 200, app: 'archive-short', baseline: 'archive-search-floor' },
  { name: 'hours-ledger', what: '导出全部党员的学时统计台账', targetMs: 5_000, app: 'hours-ledger', baseline: 'hours-ledger-floor' },
  { name: 'dues-ledger', what: '导出全部党员 12 个月的党费收缴台账（含支部汇总）', targetMs: 5_000, app: 'dues-ledger', baseline: 'dues-ledger-floor' },
  { name: 'pack-year-committee', what: '一键导出全党委一年的全部台账（后台任务、逐本读回统计行数、目录、打成 .zip）/ 基线为同样的台账逐个直接导出', targetMs: 30_000, targetRatio: 1.5, app: 'pack', baseline: 'pack-floor' },
  { name: 'summary-report-committee', what: '全党委年度党建工作总结（全年数字、三幅图表、Word）/ 基线为同样的全年数字（stats）本身', targetMs: 3_000, app: 'summary', baseline: 'summary-floor' },
];

/** Cases fast enough to sample many times inside one process. */
const SAMPLED = new Set(['list', 'list-floor', 'matrix', 'matrix-floor', 'totals', 'totals-floor', 'grading', 'grading-sheet', 'grading-warm', 'grading-floor', 'recruits', 'recruits-floor', 'archive-search', 'archive-search-floor', 'archive-list', 'archive-short']);

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const peakMB = () => Math.round(process.resourceUsage().maxRSS / 1024);

// ---- setup (parent) -------------------------------------------------------------------

/** The same roster with a million styled, empty rows under it (a sheet "formatted to the bottom"). */
async function writeBlankRowsFile(file: string, members: number): Promise<string> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const part = 'xl/worksheets/sheet1.xml';
  const xml = await zip.file(part)!.async('string');
  const rows: string[] = [];
  const first = members + 1000; // well below the roster's last row (a title and two header rows)
  for (let r = first; r < first + 1_000_000; r++) rows.push(`<row r="${r}" s="1" customFormat="1"><c r="A${r}" s="1"/></row>`);
  zip.file(part, xml.replace('</sheetData>', `${rows.join('')}</sheetData>`));
  const out = file.replace(/\.xlsx$/, '-blank.xlsx');
  fs.writeFileSync(out, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  return out;
}

async function setup(work: string, scale: Scale, from?: string): Promise<Omit<Env, 'members' | 'work'>> {
  const full = path.join(work, 'full');
  const empty = path.join(work, 'empty');
  const file = path.join(work, 'roster.xlsx');
  if (from) {
    // A copy of an already seeded folder (`npm run cli -- seed --scale large`) saves minutes.
    fs.cpSync(from, full, { recursive: true, filter: (f) => !/backups$/.test(f) });
  } else {
    const o = openApi(full, { log: () => undefined });
    seed(o.db, scale);
    await seedArchive(o.db, full, scale);
    o.close();
  }
  // The import starts from the same organisation tree and no members.
  const e = openApi(empty, { log: () => undefined });
  e.db.exec(`ATTACH '${path.join(full, DB_FILE).replace(/'/g, "''")}' AS src; INSERT INTO orgs SELECT * FROM src.orgs; INSERT INTO settings SELECT * FROM src.settings;`);
  e.db.exec('DETACH src');
  e.close();
  return { full, empty, file };
}

/** Writes the whole roster as the import's input and returns its row count (the same filter as the export). */
async function writeRosterFile(full: string, file: string): Promise<number> {
  const o = openApi(full, { log: () => undefined });
  // Whole 身份证号: the file is read back as an import, and masked IDs (the default for ledgers) cannot be.
  const f = await o.api.call('roster.export', { filter: {}, maskPersonal: false });
  fs.writeFileSync(file, Buffer.from(f.base64, 'base64'));
  const { total } = await o.api.call('members.list', { filter: {}, page: 1, pageSize: 1 });
  o.close();
  if (total === 0) throw new Error('the seed has no members');
  return total;
}

// ---- measured work (child) ------------------------------------------------------------

function freshCopy(empty: string, work: string, i: number): string {
  const dir = fs.mkdtempSync(path.join(work, `run-${process.pid}-${i}-`));
  fs.copyFileSync(path.join(empty, DB_FILE), path.join(dir, DB_FILE));
  return dir;
}

/** Times one API call that returns a file, over the full large seed. */
async function timeExport(full: string, call: (api: ReturnType<typeof openApi>['api']) => Promise<{ base64: string }>): Promise<number> {
  const o = openApi(full, { log: () => undefined });
  const t0 = performance.now();
  const f = await call(o.api);
  const ms = performance.now() - t0;
  if (f.base64.length < 1000) throw new Error('empty export');
  o.close();
  return ms;
}

/** The floor of a ledger: the same grid from SQL, written unstyled by exceljs's streaming writer. */
async function timeBareGrid(full: string, sql: string, params: unknown[]): Promise<number> {
  const db = new Database(path.join(full, DB_FILE), { readonly: true });
  const t0 = performance.now();
  const out = new PassThrough();
  out.on('data', () => undefined);
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: false, useSharedStrings: true });
  const ws = wb.addWorksheet('grid');
  let n = 0;
  for (const r of db.prepare(sql).raw().iterate(...params) as IterableIterator<unknown[]>) ws.addRow([++n, ...r]).commit();
  ws.commit();
  await wb.commit();
  const ms = performance.now() - t0;
  db.close();
  return ms;
}

async function runOnce(kind: string, env: Env, i: number): Promise<number> {
  switch (kind) {
    case 'import': {
      const o = openApi(freshCopy(env.empty, env.work, i), { log: () => undefined });
      const bytes = fs.readFileSync(env.file).toString('base64');
      const t0 = performance.now();
      const r = await o.api.call('roster.import', { fileName: 'roster.xlsx', base64: bytes, validOnly: false });
      const ms = performance.now() - t0;
      if (r.imported !== env.members) throw new Error(`imported ${r.imported} of ${env.members}, errors ${JSON.stringify(r.errors.slice(0, 3))}`);
      o.close();
      return ms;
    }
    case 'import-floor': {
      const db = new Database(path.join(freshCopy(env.empty, env.work, i), DB_FILE));
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = FULL');
      const orgIds = new Map((db.prepare(`SELECT name, id FROM orgs WHERE kind = 'branch'`).all() as { name: string; id: number }[]).map((r) => [r.name, r.id]));
      const bytes = fs.readFileSync(env.file);
      const t0 = performance.now();
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(bytes as unknown as ArrayBuffer);
      const ws = wb.worksheets[0]!;
      const ins = db.prepare(`INSERT INTO members (id_number, name, name_initials, member_type, org_id, created_at, updated_at) VALUES (?, ?, '', '正式党员', ?, '', '')`);
      db.transaction(() => {
        for (let r = 4; r <= ws.rowCount; r++) {
          const row = ws.getRow(r);
          const id = row.getCell(6).value;
          if (typeof id !== 'string' || id.length !== 18) continue;
          ins.run(id, row.getCell(2).value, orgIds.get(String(row.getCell(15).value)) ?? 1);
        }
      })();
      const ms = performance.now() - t0;
      db.close();
      return ms;
    }
    case 'open':
    case 'open-floor': {
      const t0 = performance.now();
      const o = openApi(env.full, { log: () => undefined });
      const checked = kind === 'open' ? o.checkHealth() : Promise.resolve(true);
      await o.api.call('system.dashboard', {});
      const ms = performance.now() - t0;
      await checked;
      o.close();
      return ms;
    }
    case 'check':
    case 'check-floor': {
      const o = openApi(env.full, { log: () => undefined });
      const t0 = performance.now();
      const ok = kind === 'check' ? await o.checkHealth() : runQuickCheck(path.join(env.full, DB_FILE)) === null;
      const ms = performance.now() - t0;
      if (!ok) throw new Error('quick_check failed');
      o.close();
      return ms;
    }
    case 'blank-rows':
    case 'blank-rows-floor': {
      const o = openApi(freshCopy(env.empty, env.work, i), { log: () => undefined });
      const bytes = fs.readFileSync(kind === 'blank-rows' ? env.file.replace(/\.xlsx$/, '-blank.xlsx') : env.file).toString('base64');
      const t0 = performance.now();
      const r = await o.api.call('roster.previewImport', { fileName: 'roster.xlsx', base64: bytes });
      const ms = performance.now() - t0;
      if (r.imported !== env.members) throw new Error(`previewed ${r.imported} of ${env.members}`);
      o.close();
      return ms;
    }
    case 'export':
      return timeExport(env.full, (api) => api.call('roster.export', { filter: {} }));
    case 'export-floor':
      return timeBareGrid(
        env.full,
        `SELECT m.name, m.gender, m.ethnicity, m.birth_date, m.id_number, m.native_place, m.education, m.degree, m.title,
           m.person_category, m.member_type, m.joined_on, m.confirmed_on, o.name AS org, m.phone, m.status, m.notes
         FROM members m JOIN orgs o ON o.id = m.org_id ORDER BY o.sort_order, m.org_id, m.name, m.id`,
        [],
      );
    case 'hours-ledger':
      return timeExport(env.full, (api) => api.call('exports.hoursLedger', { year: new Date().getFullYear() }));
    case 'hours-ledger-floor': {
      const year = new Date().getFullYear();
      return timeBareGrid(
        env.full,
        `SELECT m.name, o.name, sum(CASE WHEN substr(h.on_date, 6, 2) <= '03' THEN h.hours END), sum(CASE WHEN substr(h.on_date, 6, 2) BETWEEN '04' AND '06' THEN h.hours END),
           sum(CASE WHEN substr(h.on_date, 6, 2) BETWEEN '07' AND '09' THEN h.hours END), sum(CASE WHEN substr(h.on_date, 6, 2) >= '10' THEN h.hours END), sum(h.hours)
         FROM members m JOIN orgs o ON o.id = m.org_id LEFT JOIN hour_entries h ON h.member_id = m.id AND h.on_date BETWEEN ? AND ?
         GROUP BY m.id ORDER BY o.sort_order, m.org_id, m.name`,
        [`${year}-01-01`, `${year}-12-31`],
      );
    }
    case 'dues-ledger':
      return timeExport(env.full, (api) => api.call('dues.exportLedger', { year: new Date().getFullYear() }));
    case 'dues-ledger-floor':
      return timeBareGrid(env.full, duesFloorSql(new Date().getFullYear()), []);
    case 'pack':
      return timeExport(env.full, async (api) => {
        const { jobId } = await api.call('reports.packStart', { year: new Date().getFullYear() });
        for (;;) {
          const st = await api.call('reports.packStatus', { jobId });
          if (st.state !== 'running') break;
          await new Promise((r) => setTimeout(r, 50));
        }
        return api.call('reports.packResult', { jobId });
      });
    case 'pack-floor':
      return timeExport(env.full, async (api) => {
        const year = new Date().getFullYear();
        let last = { base64: '' };
        for (const e of PACK_ENTRIES()) {
          try {
            last = await api.call(e.method, e.input({ year }) as never);
          } catch {
            // the same ledgers the pack skips (nothing recorded for the year) are skipped here
          }
        }
        return last;
      });
    case 'summary':
      return timeExport(env.full, (api) => api.call('reports.summary', { year: new Date().getFullYear() }));
    case 'summary-floor': {
      // The floor: the same year's figures (stats) alone, without the Word document and its charts.
      const o = openApi(env.full, { log: () => undefined });
      const t0 = performance.now();
      const s = await o.api.call('reports.stats', { year: new Date().getFullYear() });
      const ms = performance.now() - t0;
      if (s.members === 0) throw new Error('no members');
      o.close();
      return ms;
    }
    default:
      throw new Error(`unknown kind ${kind}`);
  }
}

/**
 * The floor of the 党费 ledger: the same grid (member, base, due and paid for each month, totals)
 * summed by SQL without spreading payments over months, written unstyled.
 */
function duesFloorSql(year: number): string {
  const months = Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
  const perMonth = months.map((m) => `b.base_fen / 100, sum(CASE WHEN p.from_month <= '${m}' AND p.to_month >= '${m}' THEN p.amount_fen END)`).join(', ');
  return `SELECT o.name, m.name, b.kind, b.base_fen, b.base_fen / 100, ${perMonth}, b.base_fen * 12 / 100, sum(p.amount_fen), 0, ''
    FROM members m JOIN orgs o ON o.id = m.org_id LEFT JOIN dues_bases b ON b.member_id = m.id AND b.from_month = (SELECT max(from_month) FROM dues_bases x WHERE x.member_id = m.id)
    LEFT JOIN dues_payments p ON p.member_id = m.id AND p.voided_at IS NULL AND p.to_month >= '${year}-01' AND p.from_month <= '${year}-12'
    WHERE m.status = '在册' GROUP BY m.id ORDER BY o.sort_order, m.org_id, m.name_initials`;
}

/** Fast cases: time many calls in one process and take the median. */
async function sampled(kind: string, full: string, quick: boolean): Promise<number[]> {
  const o = openApi(full, { log: () => undefined });
  const year = new Date().getFullYear();
  const generals = o.db.prepare(`SELECT id FROM orgs WHERE kind = 'general_branch' ORDER BY id LIMIT 3`).pluck().all() as number[];
  const general = generals[generals.length - 1];
  const pageFloor = o.db.prepare(`SELECT * FROM members ORDER BY id LIMIT 20 OFFSET 20`);
  const countsFloor = o.db.prepare(`SELECT org_id, type, substr(held_on, 1, 7), count(*) FROM meetings WHERE held_on BETWEEN ? AND ? GROUP BY 1, 2, 3`).raw();
  const totalsFloor = o.db.prepare(`SELECT member_id, (CAST(substr(on_date, 6, 2) AS INTEGER) + 2) / 3, sum(hours) FROM hour_entries WHERE on_date BETWEEN ? AND ? GROUP BY 1, 2`).raw();
  const gradingFloor = [
    `SELECT org_id, self_scores, superior_scores, total, grade FROM gradings WHERE year = ?`,
    `SELECT org_id, type, substr(held_on, 1, 7), count(*) FROM meetings WHERE deleted_at IS NULL AND held_on BETWEEN ? || '-01-01' AND ? || '-12-31' GROUP BY 1, 2, 3`,
    `SELECT m.org_id, avg(t.q1 + t.q2 + t.q3 + t.q4) FROM members m LEFT JOIN hour_totals t ON t.member_id = m.id AND t.year = ? WHERE m.status = '在册' GROUP BY 1`,
    `SELECT c.org_id, c.rating, count(*) FROM commitments c JOIN campaigns k ON k.id = c.campaign_id WHERE k.year = ? GROUP BY 1, 2`,
    `SELECT org_id, grade, count(*) FROM member_evaluations WHERE year = ? GROUP BY 1, 2`,
    `SELECT org_id, sum(satisfied), sum(basic), sum(dissatisfied) FROM satisfaction_surveys WHERE year = ? GROUP BY 1`,
  ].map((sql) => {
    const q = o.db.prepare(sql).raw();
    const n = (sql.match(/\?/g) ?? []).length;
    return { all: (y: number) => q.all(...Array.from({ length: n }, () => String(y))) };
  });
  const archiveFloor = o.db.prepare(`SELECT id, title, wenhao, author, doc_date FROM documents WHERE year = ? AND category = ? AND deleted_at IS NULL ORDER BY id LIMIT 20`);
  const recruitsFloor = ['SELECT * FROM recruits', 'SELECT * FROM recruit_reviews', 'SELECT * FROM recruit_introducers'].map((sql) => o.db.prepare(sql).raw());
  const work: Record<string, () => Promise<unknown> | unknown> = {
    list: () => o.api.call('members.list', { filter: { orgId: general, status: '在册', q: 'z' }, page: 2, pageSize: 20 }),
    'list-floor': () => pageFloor.all(),
    // The matrix is asked for one rule and one page at a time: every rule's first page.
    matrix: async () => {
      const first = await o.api.call('compliance.matrix', { year });
      for (const r of first.rules.slice(1)) await o.api.call('compliance.matrix', { year, ruleId: r.id });
    },
    'matrix-floor': () => countsFloor.all(`${year}-01-01`, `${year}-12-31`),
    totals: () => o.api.call('hours.summary', { filter: { year }, page: 1, pageSize: 20 }),
    'totals-floor': () => totalsFloor.all(`${year}-01-01`, `${year}-12-31`),
    grading: () => o.api.call('grading.summary', { year }),
    'grading-warm': () => o.api.call('grading.summary', { year }),
    'grading-sheet': () => o.api.call('grading.summary', { year }),
    recruits: () => o.api.call('recruits.check', {}),
    // The floor: reading the same records, reviews and introducers, nothing checked.
    'recruits-floor': () => recruitsFloor.map((q) => q.all()),
    'archive-search': () => o.api.call('archive.list', { filter: { q: '三会一课' }, page: 1, pageSize: 20 }),
    'archive-list': () => o.api.call('archive.list', { filter: {}, page: 1, pageSize: 20 }),
    'archive-short': () => o.api.call('archive.list', { filter: { q: '制度' }, page: 1, pageSize: 20 }),
    // The floor: a page of documents by an ordinary index (year and category), no text searched.
    'archive-search-floor': () => archiveFloor.all(year, '制度'),
    // The floor: the same facts read by one grouped query each, nothing assembled.
    'grading-floor': () => gradingFloor.map((q) => q.all(year)),
  };
  const out: number[] = [];
  const runs = quick ? 2 : kind.startsWith('list') ? 60 : 15;
  // Untimed: a write before each cold grading call, so its evidence cannot be reused.
  const firstBranch = (o.db.prepare(`SELECT id FROM orgs WHERE kind = 'branch' ORDER BY id LIMIT 1`).get() as { id: number }).id;
  const sheet = (n: number) => Object.fromEntries(DEFAULT_GRADING.items.map((i) => [i.id, Math.min(i.weight, n)]));
  const before: Record<string, () => Promise<unknown>> = {
    grading: () => o.api.call('settings.save', { preparer: `填表人${Date.now() % 100000}` }),
    'grading-sheet': () => o.api.call('grading.save', { year, orgId: firstBranch, selfScores: sheet(18), superiorScores: sheet(10 + Math.floor(Math.random() * 9)) }),
  };
  for (let i = 0; i < runs; i++) {
    await before[kind]?.();
    const t0 = performance.now();
    await work[kind]!();
    out.push(performance.now() - t0);
  }
  o.close();
  return out.slice(Math.max(1, Math.floor(runs / 5))); // the first calls prepare statements and warm the cache
}

async function collect(kind: string, env: Env, quick: boolean): Promise<Sample> {
  const ms = SAMPLED.has(kind) ? await sampled(kind, env.full, quick) : [];
  if (!SAMPLED.has(kind)) {
    if (!quick) await runOnce(kind, env, 0); // warm-up: a clerk's app is a long-lived process, not a cold start
    ms.push(await runOnce(kind, env, 1));
  }
  return { ms, peakMB: peakMB() };
}

// ---- parent ----------------------------------------------------------------------------

/**
 * A measurement in its own process, so its peak memory is its own. A quick check runs in this
 * process instead: starting a process per case would take most of its time.
 */
async function measure(kind: string, env: Env, quick: boolean): Promise<Sample> {
  if (quick) return collect(kind, env, quick);
  const out = execFileSync(process.execPath, ['--import', 'tsx', __filename, '--child', kind, '--env', JSON.stringify(env)], {
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  return JSON.parse(out) as Sample;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      json: { type: 'boolean', default: false },
      runs: { type: 'string', default: '3' },
      scale: { type: 'string', default: 'large' },
      child: { type: 'string' },
      env: { type: 'string' },
      case: { type: 'string' },
      from: { type: 'string' },
      data: { type: 'string' },
    },
    strict: true,
  });
  if (values.child) {
    process.stdout.write(JSON.stringify(await collect(values.child, EnvSchema.parse(JSON.parse(values.env ?? '')), false)));
    return;
  }
  const runs = z.coerce.number().int().min(1).parse(values.runs);
  const scale = z.enum(['demo', 'large']).parse(values.scale);
  // One run per case is a check that every case works, not a measurement: the fast cases sample twice.
  const quick = runs === 1;

  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'dj-bench-'));
  try {
    if (!values.json) console.log(scale === 'large' ? '准备大规模示例数据…' : '准备小规模示例数据（每个用例运行一次，只检查能否跑通，不评判用时）…');
    const only = (name: string) => !values.case || values.case.split(',').some((n) => name.includes(n));
    const apiCases = CASES.filter((x) => only(x.name));
    const seeded = await setup(work, scale, values.data ?? values.from);
    const env: Env = { ...seeded, work, members: apiCases.length ? await writeRosterFile(seeded.full, seeded.file) : 1 };
    if (apiCases.length) {
      await writeBlankRowsFile(env.file, env.members);
      if (!values.json) console.log(`花名册 ${env.members} 人`);
    }
    for (const c of apiCases) {
      // Alternate app and baseline runs, each in a fresh process, so drift in the machine's
      // load hits both alike.
      const app: Sample = { ms: [], peakMB: 0 };
      const base: Sample = { ms: [], peakMB: 0 };
      // Fast cases take many samples inside one process; the others one per process.
      const rounds = SAMPLED.has(c.app) ? 1 : runs;
      for (let i = 0; i < rounds; i++) {
        for (const [kind, acc] of [[c.app, app], [c.baseline, base]] as const) {
          const s = await measure(kind, env, quick);
          acc.ms.push(...s.ms);
          acc.peakMB = Math.max(acc.peakMB, s.peakMB);
        }
      }
      const ms = median(app.ms);
      const baselineMs = median(base.ms);
      const row = { case: c.name, ms: round(ms), baselineMs: round(baselineMs), ratio: round(ms / baselineMs), peakMB: app.peakMB };
      if (values.json) console.log(JSON.stringify(row));
      else if (quick) console.log(`跑通  ${c.name}（${row.ms} ms，基线 ${row.baselineMs} ms；单次运行，不评判用时）`);
      else {
        const ok = ms <= c.targetMs && (c.targetRatio === undefined || ms / baselineMs <= c.targetRatio);
        console.log(
          `${ok ? '达标' : '未达标'}  ${c.what}\n      中位数 ${row.ms} ms（基线 ${row.baselineMs} ms，倍数 ${row.ratio}${c.targetRatio ? `，目标 ≤ ${c.targetRatio}×` : ''}；目标 ≤ ${c.targetMs} ms），峰值内存 ${row.peakMB} MB`,
        );
      }
    }
    await uiAndStartup(env.full, work, runs, quick, values.json, only);
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

/** The baseline folder of the UI cases: the committee (the org tree's root) and the settings, nothing else. */
function shellFolder(full: string, work: string): string {
  const shell = path.join(work, 'shell');
  const o = openApi(shell, { log: () => undefined });
  o.db.exec(`ATTACH '${path.join(full, DB_FILE).replace(/'/g, "''")}' AS src; INSERT INTO orgs SELECT * FROM src.orgs WHERE parent_id IS NULL; INSERT INTO settings SELECT * FROM src.settings;`);
  o.db.exec('DETACH src');
  o.close();
  return shell;
}

async function uiAndStartup(full: string, work: string, runs: number, quick: boolean, json: boolean, only: (name: string) => boolean): Promise<void> {
  const wantStartup = only('startup');
  if (!wantStartup && !UI_CASES.some((c) => only(c.name))) return;
  // The cases run the app as built: always from this tree's sources.
  await buildAll({ quiet: true });
  const browser = await launchBrowser();
  // Timings in a browser move with the machine's load: it is printed beside them.
  const load = () => `机器负载（1 分钟平均）${os.loadavg()[0]!.toFixed(1)}，CPU ${os.cpus().length} 个`;
  if (!json) console.log(`界面与启动用例开始：${load()}`);
  try {
    await runUiCases(browser, { full, shell: shellFolder(full, work) }, runs, only, (r) => printUi(r, quick, json));
    if (wantStartup) {
      const first: StartupSample[] = [];
      const later: StartupSample[] = [];
      for (let i = 0; i < runs; i++) {
        first.push(await measureStartup(browser, full, true));
        later.push(await measureStartup(browser, full, false));
      }
      for (const [label, xs] of [['首次（当天第一次启动，后台做当天备份）', first], ['之后（当天已有备份）', later]] as const) printStartup(label, xs, quick, json);
    }
    if (json) console.log(JSON.stringify({ loadavg1: os.loadavg()[0], cpus: os.cpus().length }));
    else console.log(`界面与启动用例结束：${load()}`);
  } finally {
    await browser.close();
  }
}

const med = (xs: UiSample[], k: keyof UiSample) => round(median(xs.map((x) => x[k])));
const peak = (xs: { heapMB: number; hostMB: number }[], k: 'heapMB' | 'hostMB') => Math.max(...xs.map((x) => x[k]));

function printUi(r: UiResult, quick: boolean, json: boolean): void {
  const row = {
    case: r.case.name,
    ms: med(r.app, 'ms'),
    baselineMs: med(r.base, 'ms'),
    ratio: round(med(r.app, 'ms') / Math.max(1, med(r.base, 'ms'))),
    firstMs: round(r.app[0]!.ms),
    longTaskMs: med(r.app, 'longTaskMs'),
    baselineLongTaskMs: med(r.base, 'longTaskMs'),
    heapMB: peak(r.app, 'heapMB'),
    baselineHeapMB: peak(r.base, 'heapMB'),
    hostMB: peak(r.app, 'hostMB'),
    baselineHostMB: peak(r.base, 'hostMB'),
  };
  if (json) return console.log(JSON.stringify(row));
  if (quick) return console.log(`跑通  ${row.case}（${row.ms} ms，基线 ${row.baselineMs} ms；单次运行，不评判用时）`);
  const ok = row.ms <= TARGET_MS && row.longTaskMs <= TARGET_LONG_TASK_MS;
  console.log(
    `${ok ? '达标' : '未达标'}  ${r.case.what}\n      到空闲：中位数 ${row.ms} ms（首次 ${row.firstMs} ms；基线 ${row.baselineMs} ms，倍数 ${row.ratio}；目标 ≤ ${TARGET_MS} ms）` +
      `\n      最长主线程任务：中位数 ${row.longTaskMs} ms（基线 ${row.baselineLongTaskMs} ms；目标 ≤ ${TARGET_LONG_TASK_MS} ms）` +
      `\n      峰值内存：页面 JS 堆 ${row.heapMB} MB（基线 ${row.baselineHeapMB} MB），服务进程 ${row.hostMB} MB（基线 ${row.baselineHostMB} MB）`,
  );
}

const STARTUP_TARGET_MS = 3_000;

function printStartup(label: string, xs: StartupSample[], quick: boolean, json: boolean): void {
  const m = (k: keyof Omit<StartupSample, 'backupMade'>) => round(median(xs.map((x) => x[k])));
  const row = { case: `startup ${label}`, listeningMs: m('listeningMs'), firstAnswerMs: m('firstAnswerMs'), paintedMs: m('paintedMs'), idleMs: m('idleMs'), backgroundMs: m('backgroundMs'), backupMade: xs.every((x) => x.backupMade), hostMB: peak(xs, 'hostMB'), heapMB: peak(xs, 'heapMB') };
  if (json) return console.log(JSON.stringify(row));
  if (quick) return console.log(`跑通  startup ${label}（工作台 ${row.paintedMs} ms；单次运行，不评判用时）`);
  console.log(
    `${row.paintedMs <= STARTUP_TARGET_MS ? '达标' : '未达标'}  启动到可用的工作台：${label}\n      中位数：服务就绪 ${row.listeningMs} ms，第一个工作台应答 ${row.firstAnswerMs} ms，工作台画出 ${row.paintedMs} ms（目标 ≤ ${STARTUP_TARGET_MS} ms），全部加载完 ${row.idleMs} ms` +
      `\n      后台检查${row.backupMade ? '与当天备份' : ''}完成于 ${row.backgroundMs} ms；峰值内存：服务进程 ${row.hostMB} MB，页面 JS 堆 ${row.heapMB} MB`,
  );
}

const round = (n: number) => Math.round(n * 100) / 100;

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
