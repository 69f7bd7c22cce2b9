// Formats with prettier the files this branch changed (against main, committed or not), so a
// format run never rewrites code nobody touched. Files given as arguments are formatted instead.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..');
const FORMATTED = /\.(ts|tsx|mjs|js|json|css|md)$/;

function changedFiles(): string[] {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).split('\n').filter(Boolean);
  const base = git('merge-base', 'HEAD', 'main')[0] ?? 'HEAD';
  const files = [...git('diff', '--name-only', '--diff-filter=ACMR', base), ...git('ls-files', '--others', '--exclude-standard')];
  return [...new Set(files)].filter((f) => FORMATTED.test(f) && fs.existsSync(path.join(ROOT, f)));
}

const files = process.argv.length > 2 ? process.argv.slice(2) : changedFiles();
if (files.length === 0) {
  console.log('没有需要格式化的文件');
} else {
  const prettier = path.join(ROOT, 'node_modules', 'prettier', 'bin', 'prettier.cjs');
  const r = spawnSync(process.execPath, [prettier, '--write', '--ignore-unknown', ...files], { cwd: ROOT, stdio: 'inherit' });
  process.exit(r.status ?? 1);
}
