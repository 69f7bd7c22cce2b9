// npm run check:electron — Electronegativity over the Electron code (electron/) and the page
// with its CSP (renderer/index.html); fails on any HIGH finding. Its parser is older than our
// TypeScript and skips a file it cannot read without a word, so a canary copy of main.ts with
// contextIsolation switched off must produce a HIGH finding first: that proves main.ts is read.
// Offline the tool cannot fetch Electron's release list and says so; everything else is local.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

type Finding = { issue: string; severity: string; file: string; location: string; description: string };

const root = path.resolve(__dirname, '..');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
const electronVersion = (pkg.devDependencies.electron ?? '').replace(/^[^\d]*/, '');
const bin = path.join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'electronegativity.cmd' : 'electronegativity');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'dj-en-'));

function scanTree(name: string, editMain: (src: string) => string = (s) => s): Finding[] {
  const dir = path.join(work, name);
  fs.cpSync(path.join(root, 'electron'), path.join(dir, 'electron'), { recursive: true });
  fs.copyFileSync(path.join(root, 'renderer', 'index.html'), path.join(dir, 'index.html'));
  const main = path.join(dir, 'electron', 'main.ts');
  fs.writeFileSync(main, editMain(fs.readFileSync(main, 'utf8')));
  const out = path.join(work, `${name}.csv`);
  spawnSync(bin, ['-i', dir, '-r', '-o', out, '-v', 'false', '-e', electronVersion], { cwd: root, encoding: 'utf8' });
  if (!fs.existsSync(out)) throw new Error('Electronegativity 没有生成结果');
  return fs
    .readFileSync(out, 'utf8')
    .split('\n')
    .slice(1)
    .filter((l) => /^[A-Z_]+,/.test(l))
    .map((l) => {
      const cells = [...l.matchAll(/"([^"]*)"|([^,]+)/g)].map((m) => m[1] ?? m[2] ?? '');
      return { issue: cells[0] ?? '', severity: cells[1] ?? '', file: cells[3] ?? '', location: cells[4] ?? '', description: cells[6] ?? '' };
    });
}

try {
  const canary = scanTree('canary', (src) => src.replace('contextIsolation: true', 'contextIsolation: false'));
  if (!canary.some((f) => f.issue === 'CONTEXT_ISOLATION_JS_CHECK' && f.severity === 'HIGH')) {
    console.error('Electronegativity 没能读取 electron/main.ts（可能用了它的解析器不认识的新语法，如 satisfies 或内联 type 导入），检查无效');
    process.exit(1);
  }
  const findings = scanTree('project');
  for (const f of findings) console.log(`${f.severity.padEnd(13)} ${f.issue} ${f.file}:${f.location} ${f.description}`);
  const high = findings.filter((f) => f.severity === 'HIGH');
  console.log(`Electronegativity：共 ${findings.length} 项发现，其中高危 ${high.length} 项`);
  process.exitCode = high.length > 0 ? 1 : 0;
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}
