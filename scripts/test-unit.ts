// Runs every tests/unit/*.test.ts with node's test runner (Node 20 has no glob for --test).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const dir = path.resolve(__dirname, '..', 'tests', 'unit');
const files = fs.readdirSync(dir).filter((f) => f.endsWith('.test.ts')).sort().map((f) => path.join(dir, f));
const r = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', ...files, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(r.status ?? 1);
