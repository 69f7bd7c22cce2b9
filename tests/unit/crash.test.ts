// A bulk import killed with SIGKILL midway (power cut, Task Manager) leaves a database that
// opens, passes integrity_check and holds all of the import or none of it.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { openApi } from '../../electron/api';
import { CLI_MAIN } from '../helpers/cli';
import { validId } from '../helpers/ids';
import { smallTree, tempDir } from '../helpers/tmp';

const ROWS = 20_000;

async function bigRoster(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('花名册');
  ws.addRow(['姓名', '身份证号', '所在支部', '入党时间']);
  for (let i = 0; i < ROWS; i++) {
    // Born 1960–1989, so every member was at least 18 at the 2010 入党 date (younger is refused).
    const birth = `19${60 + (i % 30)}0${1 + (i % 9)}1${i % 10}`;
    ws.addRow([`党员${i}`, validId(birth, i % 997, String(430102 + Math.floor(i / 997))), `第${1 + (i % 40)}党支部`, '2010.07']);
  }
  await wb.xlsx.writeFile(file);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('crash safety', () => {
  it('a roster import killed midway leaves an intact database with all of it or none of it', async () => {
    const t = tempDir();
    try {
      const setup = openApi(t.dir, { log: () => undefined });
      await smallTree(setup);
      const before = (setup.db.prepare('SELECT count(*) AS n FROM members').get() as { n: number }).n;
      setup.close();
      const file = path.join(t.dir, 'big.xlsx');
      await bigRoster(file);

      const child = spawn(process.execPath, ['--import', 'tsx', CLI_MAIN, 'import', 'roster', file, '--data', t.dir], { stdio: 'ignore' });
      const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
      // The import writes only after its 导入前 backup: kill once the write is under way.
      const backups = path.join(t.dir, 'backups');
      const wal = path.join(t.dir, 'dangjian.sqlite3-wal');
      const started = Date.now();
      while (Date.now() - started < 120_000) {
        const backedUp = fs.existsSync(backups) && fs.readdirSync(backups).some((f) => f.startsWith('导入前'));
        if (backedUp && fs.existsSync(wal) && fs.statSync(wal).size > 1024 * 1024) break;
        if (child.exitCode !== null) break;
        await sleep(5);
      }
      child.kill('SIGKILL');
      assert.equal(await exited, 'SIGKILL', 'the import was still running when killed');

      const raw = new Database(path.join(t.dir, 'dangjian.sqlite3'));
      assert.deepEqual(raw.pragma('integrity_check'), [{ integrity_check: 'ok' }]);
      const after = (raw.prepare('SELECT count(*) AS n FROM members').get() as { n: number }).n;
      const branches = (raw.prepare("SELECT count(*) AS n FROM orgs WHERE name LIKE '第%党支部'").get() as { n: number }).n;
      raw.close();
      assert.ok(after === before || after === before + ROWS, `members: ${before} before, ${after} after`);
      assert.equal(branches, after === before ? 0 : 40, 'branches the file names exist only with its members');
      const reopened = openApi(t.dir, { log: () => undefined });
      assert.equal((await reopened.api.call('system.check', {})).ok, true);
      reopened.close();
    } finally {
      t.cleanup();
    }
  });
});
