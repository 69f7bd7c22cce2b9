// A restore killed with SIGKILL at any moment (power cut, Task Manager) leaves a folder that opens
// and passes `check`: either the old data or the restored data, whole, with every attachment present.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { openApi } from '../../electron/api';
import { validId } from '../helpers/ids';
import { cli, CLI_MAIN } from '../helpers/cli';
import { smallTree, tempDir } from '../helpers/tmp';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A folder with `members` members and `files` attachments of its own; returns the member names. */
async function fill(dir: string, tag: string, members: number, files: number): Promise<void> {
  const o = openApi(dir, { log: () => undefined });
  try {
    const ids = await smallTree(o);
    for (let i = 0; i < members; i++) await o.api.call('members.save', { name: `${tag}${i}`, idNumber: validId('19900101', i * 2 + 1), memberType: '正式党员', orgId: ids.office });
    for (let i = 0; i < files; i++) await o.api.call('attachments.add', { fileName: `${tag}${i}.pdf`, base64: Buffer.alloc(40_000, `${tag}-${i}-`).toString('base64') });
  } finally {
    o.close();
  }
}

function runRestore(backup: string, dir: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', CLI_MAIN, 'restore', backup, '--data', dir], { stdio: 'ignore' });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  return { child, exited };
}

/** What the folder holds now: whose members, and whether check passes. */
async function inspect(dir: string): Promise<{ tag: string; ok: boolean; problems: string[]; attachments: number }> {
  const o = openApi(dir, { log: () => undefined });
  try {
    const names = (await o.api.call('members.list', { filter: {} })).rows.map((m) => m.name);
    const tags = new Set(names.map((n) => n.replace(/\d+$/, '')));
    assert.equal(tags.size, 1, `one set of data, not a mix: ${[...tags].join(',')}`);
    const check = await o.api.call('system.check', {});
    const ids = (o.db.prepare('SELECT id FROM attachments').all() as { id: number }[]).map((r) => r.id);
    for (const id of ids) await o.api.call('attachments.get', { id }); // every one readable, bytes as named
    return { tag: [...tags][0]!, ok: check.ok, problems: check.problems, attachments: ids.length };
  } finally {
    o.close();
  }
}

describe('a restore killed at any moment', () => {
  it('leaves the old data or the new, whole, and the folder opens and passes check', { timeout: 900_000 }, async (t) => {
    const source = tempDir();
    const work = tempDir();
    try {
      await fill(source.dir, '新', 60, 120);
      const backup = path.join(work.dir, 'b.djbak');
      const made = await cli(['backup', '--out', backup, '--data', source.dir]);
      assert.equal(made.code, 0, made.err);

      const fresh = (i: number) => {
        const dir = path.join(work.dir, `live-${i}`);
        fs.cpSync(template, dir, { recursive: true });
        return dir;
      };
      const template = path.join(work.dir, 'template');
      await fill(template, '旧', 40, 30);

      // How long an uninterrupted restore takes here, so the kills spread over all of it.
      const t0 = Date.now();
      const whole = runRestore(backup, fresh(0));
      assert.equal((await whole.exited).code, 0);
      const span = Date.now() - t0;
      assert.equal((await inspect(path.join(work.dir, 'live-0'))).tag, '新');

      const outcomes: string[] = [];
      const points = 16;
      for (let i = 1; i <= points; i++) {
        const dir = fresh(i);
        const run = runRestore(backup, dir);
        // Half the kills by time across the run; half at the moments that matter, seen on disk.
        if (i % 2 === 0) await sleep(Math.round((span * i) / (points + 1)));
        else await waitFor(dir, i, () => run.child.exitCode !== null);
        run.child.kill('SIGKILL');
        const { signal } = await run.exited;
        const r = await inspect(dir);
        assert.equal(r.ok, true, `kill ${i}: ${r.problems.join('；')}`);
        assert.equal(r.attachments, r.tag === '新' ? 120 : 30);
        assert.equal(fs.readdirSync(dir).filter((f) => f.startsWith('.restore-') || f.startsWith('restore-journal')).length, 0, 'nothing of the restore left behind');
        outcomes.push(`${signal ?? 'exited'}→${r.tag}`);
      }
      t.diagnostic(`uninterrupted ${span} ms; outcomes: ${outcomes.join(' ')}`);
      assert.ok(outcomes.some((o) => o.startsWith('SIGKILL')), `some runs were killed midway: ${outcomes.join(' ')}`);
    } finally {
      source.cleanup();
      work.cleanup();
    }
  });
});

/** Waits until the restore reaches a stage (staging folder, 恢复前 copy, journal written, database replaced), or it ends. */
async function waitFor(dir: string, i: number, ended: () => boolean): Promise<void> {
  const stage = (i >> 1) % 4;
  const live = path.join(dir, 'dangjian.sqlite3');
  const inode = fs.statSync(live).ino;
  const started = Date.now();
  while (Date.now() - started < 60_000 && !ended()) {
    const names = fs.existsSync(dir) ? fs.readdirSync(dir) : [];
    if (stage === 0 && names.some((f) => f.startsWith('.restore-'))) return;
    if (stage === 1 && names.some((f) => f.startsWith('.restore-')) && fs.existsSync(path.join(dir, 'backups')) && fs.readdirSync(path.join(dir, 'backups')).some((f) => f.startsWith('恢复前'))) return;
    if (stage === 2 && names.includes('restore-journal.json')) return;
    if (stage === 3 && fs.existsSync(live) && fs.statSync(live).ino !== inode) return;
    await sleep(1);
  }
}
