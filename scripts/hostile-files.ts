// `npx tsx scripts/hostile-files.ts`: builds each crafted hostile file (tests/helpers/hostileFiles.ts)
// and reads it as the app does, each in a process of its own, printing the outcome, the time with
// the file worker already warm, and the peak memory of that process.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as crafted from '../tests/helpers/hostileFiles';
import type { HostileReading } from '../tests/helpers/readHostile';

const MB = 1024 * 1024;
const FILES: [string, 'workbook' | 'text', () => Buffer | Promise<Buffer>][] = [
  ['标签洪水（<c <c <c …）.xlsx', 'workbook', crafted.tagFloodXlsx],
  ['标签洪水 归档.xlsx', 'text', crafted.tagFloodXlsx],
  ['深层嵌套.xlsx', 'workbook', crafted.deepNestingXlsx],
  ['声明1000字节 实为1GiB.xlsx', 'workbook', () => crafted.declaredSizeLieXlsx()],
  ['声明150MB 实为1GiB.xlsx', 'workbook', () => crafted.declaredSizeLieXlsx(150 * MB)],
  ['sharedStrings 400MB.xlsx', 'workbook', () => crafted.sharedStringsBombXlsx()],
  ['sharedStrings 声明1000字节.xlsx', 'workbook', () => crafted.sharedStringsBombXlsx(1000)],
  ['100万行花名册.xlsx', 'workbook', () => crafted.bigRosterXlsx(1_000_000)],
  ['9万行花名册.xlsx', 'workbook', () => crafted.bigRosterXlsx(90_000)],
  ['解压400MB.docx', 'text', () => crafted.docxBomb()],
  ['声明60MB 实为400MB.docx', 'text', () => crafted.docxBomb(60 * MB)],
  ['十页共用20MB内容流.pdf', 'text', crafted.sharedStreamPdf],
];

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dj-hostile-'));
  try {
    for (const [name, kind, make] of FILES) {
      const file = path.join(dir, name);
      fs.writeFileSync(file, await make());
      const out = execFileSync(process.execPath, ['--import', 'tsx', path.join(__dirname, '..', 'tests', 'helpers', 'readHostile.ts'), kind, file, '--warm'], { encoding: 'utf8' });
      const r = JSON.parse(out.trim().split('\n').at(-1)!) as HostileReading;
      console.log(`${name}\t${(fs.statSync(file).size / 1024).toFixed(0)} KB\t${r.ms} ms\t${r.peakMb} MB\t${r.outcome}`);
      fs.rmSync(file);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

void main();
