// The command line as a clerk's script runs it: a real process, stdout and stderr through pipes,
// and one demo-seeded data folder shared by a whole test file (seeding is the slow part).
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { after, before } from 'node:test';
import { tempDir } from './tmp';

const ROOT = path.resolve(__dirname, '../..');
export const CLI_MAIN = path.join(ROOT, 'electron/cli/main.ts');

/** What the process wrote (less the last newline) and its exit code. */
export type CliResult = { code: number; out: string; err: string };

export function cli(args: readonly string[]): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CLI_MAIN, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', reject);
    child.on('close', (code) => {
      const text = (parts: Buffer[]) => Buffer.concat(parts).toString('utf8').replace(/\n$/, '');
      resolve({ code: code ?? -1, out: text(out), err: text(err) });
    });
  });
}

/** The command stopped with `code` (1 refused, 2 usage) and said why on stderr, printing no result. */
export function fails(r: CliResult, code: 1 | 2, message: RegExp): void {
  assert.equal(r.code, code, `exit code; stderr: ${r.err}`);
  assert.match(r.err, message);
  assert.equal(r.out, '');
}

/** Seeds a demo folder before the file's tests and removes it after; `run` adds `--data` to each call. */
export function demoFolder(): { dir: { dir: string }; run: (args: string[]) => Promise<CliResult> } {
  const dir = { dir: '' };
  let cleanup = () => undefined as void;
  before(async () => {
    ({ dir: dir.dir, cleanup } = tempDir());
    const seeded = await cli(['seed', '--scale', 'demo', '--data', dir.dir]);
    assert.equal(seeded.code, 0, seeded.err);
  });
  after(() => cleanup());
  return { dir, run: (args) => cli([...args, '--data', dir.dir]) };
}
