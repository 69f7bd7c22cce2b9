// The command line as one table: output through a pipe arrives whole, usage and --help come from
// the table, wrong words exit 2 in Chinese, and a data folder can be set up, filled and restored
// without the app. Every call is a real process with stdout and stderr piped.
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { COMMANDS } from '../../electron/cli/table';
import { readmeWithCommands } from '../../electron/cli/usage';
import { CATALOG } from '../../electron/api/shared/catalog';
import { cli, CLI_MAIN, demoFolder, fails } from '../helpers/cli';
import { messyRosterXlsx } from '../helpers/messyRoster';
import { tempDir } from '../helpers/tmp';

const year = String(new Date().getFullYear());

describe('command line on the demo data', () => {
  const { dir, run } = demoFolder();

  it('list meetings --json over 64 KiB arrives whole through the pipe and parses', async () => {
    const r = await run(['list', 'meetings', '--year', year, '--json']);
    assert.equal(r.code, 0, r.err);
    assert.ok(Buffer.byteLength(r.out) > 64 * 1024, `only ${Buffer.byteLength(r.out)} bytes: the demo should give more than one pipe buffer`);
    const rows = JSON.parse(r.out) as { id: number; date: string }[];
    assert.ok(rows.length > 100 && rows.every((m) => m.date.startsWith(year)));
    assert.equal(r.err, '');
  });

  it('a reader that stops early (| head) ends the command quietly, exit 0', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', CLI_MAIN, 'list', 'meetings', '--year', year, '--data', dir.dir], { stdio: ['ignore', 'pipe', 'pipe'] });
    const err: Buffer[] = [];
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    assert.equal(Buffer.concat(err).toString(), '');
    assert.equal(code, 0);
  });

  it('an option the command does not take exits 2, says so in Chinese and writes nothing', async () => {
    const file = path.join(dir.dir, '党费.xlsx');
    fails(await run(['export', 'dues-ledger', '--year', year, '--round', '3', '--out', file]), 2, /export dues-ledger 没有 --round 这个选项/);
    assert.equal(fs.existsSync(file), false);
    fails(await run(['list', 'terms', '多余']), 2, /list terms 多出了参数：多余/);
    fails(await run(['list', 'meetings', '--year', '--json']), 2, /--year 后面缺少值/);
    fails(await run(['list', 'meetings', '--year', year, '--json', '--json']), 2, /--json 只能给一次/);
    fails(await run(['export']), 2, /不认识的命令：export\n以 export 开头的命令有：export roster，/);
  });

  it('stats, the two summary reports, the 发展党员 ledger and a masked roster', async () => {
    const stats = await run(['stats', '--year', year, '--json']);
    assert.equal(stats.code, 0, stats.err);
    assert.equal((JSON.parse(stats.out) as { branches: number }).branches, 10);
    for (const what of ['summary', 'self-check']) {
      const out = path.join(dir.dir, `${what}.docx`);
      assert.equal((await run(['export', what, '--year', year, '--out', out])).code, 0, what);
      assert.equal(fs.readFileSync(out).subarray(0, 2).toString(), 'PK', what);
    }
    const recruits = path.join(dir.dir, '发展党员.xlsx');
    assert.equal((await run(['export', 'recruits-ledger', '--out', recruits])).code, 0);
    const ids = async (file: string) => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(file);
      const ws = wb.worksheets[0]!;
      const column = (ws.getRow(3).values as unknown[]).indexOf('公民身份号码');
      assert.ok(column > 0, 'the roster has a 公民身份号码 column');
      return String(ws.getRow(4).getCell(column).value);
    };
    const plain = path.join(dir.dir, '花名册.xlsx');
    const masked = path.join(dir.dir, '花名册-隐藏.xlsx');
    const byDefault = path.join(dir.dir, '花名册-默认.xlsx');
    assert.equal((await run(['export', 'roster', '--full-id', '--out', plain])).code, 0);
    assert.equal((await run(['export', 'roster', '--mask', '--out', masked])).code, 0);
    assert.equal((await run(['export', 'roster', '--out', byDefault])).code, 0);
    assert.match(await ids(plain), /^\d{17}[\dX]$/);
    assert.match(await ids(masked), /^\d{6}\*{8}\d{3}[\dX]$/);
    assert.match(await ids(byDefault), /^\d{6}\*{8}\d{3}[\dX]$/, '导出时隐藏身份证号中间位 is on by default');
  });
});

describe('command line: usage from the table', () => {
  it('export roster --help prints that command’s usage and options, needing no data folder', async () => {
    const r = await cli(['export', 'roster', '--help']);
    assert.equal(r.code, 0, r.err);
    const lines = r.out.split('\n');
    assert.equal(lines[0], '用法：npm run cli -- export roster [--org <组织ID>] [--mask] [--full-id] --out <文件.xlsx> --data <数据文件夹>');
    assert.equal(lines[1], '导出党员花名册');
    assert.ok(lines.some((l) => /^ {2}--out <文件\.xlsx> +导出文件$/.test(l)), r.out);
    assert.match(r.out, /退出码：\n {2}0 {2}完成\n {2}1 {2}未完成/);
  });

  it('no command prints the usage on stderr and exits 2; --help prints it on stdout', async () => {
    const none = await cli([]);
    assert.equal(none.code, 2);
    assert.match(none.err, /^用法：npm run cli -- <命令>/);
    const help = await cli(['--help']);
    assert.equal(help.code, 0);
    for (const c of COMMANDS) assert.ok(help.out.includes(`  ${c.path.join(' ')}`), c.path.join(' '));
  });

  it('has an `export` command for every catalog entry that names one, and no other but the pack', () => {
    const exports = COMMANDS.filter((c) => c.path[0] === 'export').map((c) => c.path[1]);
    const named = CATALOG.flatMap((e) => (e.cli ? [e.cli] : []));
    assert.deepEqual(exports.filter((n) => n !== 'pack'), named);
  });

  it('README’s command block is the one the table writes (npm run docs:cli)', () => {
    const readme = fs.readFileSync(path.resolve(__dirname, '../../README.md'), 'utf8');
    assert.equal(readmeWithCommands(readme, COMMANDS), readme, 'README is out of date: run npm run docs:cli');
  });
});

describe('command line: a data folder from nothing', () => {
  it('init, org add, import roster and org list on an empty folder; backup and restore FILE bring it back', async () => {
    const t = tempDir();
    try {
      const data = ['--data', t.dir];
      const roster = path.join(t.dir, '花名册.xlsx');
      fs.writeFileSync(roster, await messyRosterXlsx());

      const init = await cli(['init', '--committee', '测试学院党委', '--json', ...data]);
      assert.equal(init.code, 0, init.err);
      const committee = (JSON.parse(init.out) as { id: number }).id;
      fails(await cli(['init', '--committee', '另一个党委', ...data]), 1, /已经有一个党委/);

      const general = await cli(['org', 'add', '信息工程系党总支', '--kind', '党总支', '--json', ...data]);
      assert.equal(general.code, 0, general.err);
      const g = JSON.parse(general.out) as { id: number; parentId: number };
      assert.equal(g.parentId, committee, 'without --parent the 党委 is the parent');
      fails(await cli(['org', 'add', '软件技术教工党支部', '--kind', '党支部', '--parent', String(g.id), '--category', '教师', ...data]), 2, /--category 应为 教职工、学生、机关、后勤、离退休 之一/);
      fails(await cli(['org', 'add', '第一党小组', '--kind', '党小组', ...data]), 1, /党小组只能设在党支部之下/);
      fails(await cli(['org', 'add', '--kind', '党支部', ...data]), 2, /请给出组织名称/);
      const branch = await cli(['org', 'add', '软件技术教工党支部', '--kind', '党支部', '--parent', String(g.id), '--category', '教职工', ...data]);
      assert.equal(branch.code, 0, branch.err);
      assert.match(branch.out, /已在“信息工程系党总支”下建立党支部“软件技术教工党支部”/);

      const imported = await cli(['import', 'roster', roster, '--valid-only', '--json', ...data]);
      assert.equal(imported.code, 0, imported.err);
      const report = JSON.parse(imported.out) as { imported: number; createdOrgs: string[] };
      assert.deepEqual([report.imported, report.createdOrgs], [4, ['学生第一党支部']]);

      const listed = await cli(['org', 'list', '--json', ...data]);
      const orgs = JSON.parse(listed.out) as { name: string; kind: string; category: string | null; members: number }[];
      assert.deepEqual(
        orgs.map((o) => [o.name, o.kind, o.category, o.members]),
        [
          ['测试学院党委', '党委', null, 4],
          ['信息工程系党总支', '党总支', null, 4],
          ['软件技术教工党支部', '党支部', '教职工', 2],
          ['学生第一党支部', '党支部', '学生', 2],
        ],
      );
      const text = await cli(['org', 'list', ...data]);
      assert.match(text.out, /\n\d+\t {4}软件技术教工党支部（党支部，教职工）\t党员 2/);

      const backup = path.join(t.dir, '备份.djbak');
      assert.equal((await cli(['backup', '--out', backup, ...data])).code, 0);
      assert.equal((await cli(['org', 'add', '后来的党支部', '--kind', '党支部', ...data])).code, 0);
      const restored = await cli(['restore', backup, ...data]);
      assert.equal(restored.code, 0, restored.err);
      assert.match(restored.out, /^已从 .*备份\.djbak 恢复数据/);
      const after = JSON.parse((await cli(['org', 'list', '--json', ...data])).out) as { name: string }[];
      assert.deepEqual(after.map((o) => o.name), orgs.map((o) => o.name));
      fails(await cli(['restore', path.join(t.dir, '没有这个文件.djbak'), ...data]), 1, /./);
    } finally {
      t.cleanup();
    }
  });
});
