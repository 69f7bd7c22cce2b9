// The command line as the tests call it: its printed lines captured, and one demo-seeded data
// folder shared by a whole test file (seeding is the slow part).
import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import { runCli } from '../../electron/cli';
import { tempDir } from './tmp';

export type CliResult = { code: number; out: string };

export async function cli(args: string[]): Promise<CliResult> {
  const lines: string[] = [];
  const code = await runCli(args, (s) => lines.push(s));
  return { code, out: lines.join('\n') };
}

/** Seeds a demo folder before the file's tests and removes it after; `run` adds `--data` to each call. */
export function demoFolder(): { dir: { dir: string }; run: (args: string[]) => Promise<CliResult> } {
  const dir = { dir: '' };
  let cleanup = () => undefined as void;
  before(async () => {
    ({ dir: dir.dir, cleanup } = tempDir());
    assert.equal((await cli(['seed', '--scale', 'demo', '--data', dir.dir])).code, 0);
  });
  after(() => cleanup());
  return { dir, run: (args) => cli([...args, '--data', dir.dir]) };
}
