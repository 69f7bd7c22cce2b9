// 报表中心 from the command line: the year's figures, and the year's pack (a folder, or a .zip when
// --out ends in .zip): the same job the page runs, its progress printed. Single reports are catalog exports.
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { OpenApi } from '../api';
import type { PackStatus } from '../api/contract';
import { command, type Io } from './command';
import { json, needYear, org, required } from './options';

export const REPORT_COMMANDS = [
  command({
    path: ['stats'],
    options: { year: needYear, org, json },
    usage: '列出总结报告所用的全年数字（党支部、党员及变化、会议、学时、定级、表彰、整改、报送、党费）及每个数字的统计口径（definitions）',
    async run({ open, opts, io }) {
      const s = await open.api.call('reports.stats', { year: opts.year, orgId: opts.org });
      if (opts.json) io.out(JSON.stringify(s));
      else io.out(`${s.scope}${opts.year}年：党支部 ${s.branches} 个，党员 ${s.members} 名（新入党 ${s.joined}，减少 ${s.left}），会议 ${s.meetings.held} 次，人均学时 ${s.averageHours}，先进党支部占 ${s.advancedShare ?? '—'}%`);
      return 0;
    },
  }),
  command({
    path: ['export', 'pack'],
    options: { year: needYear, org, out: required('<文件夹或.zip>', '导出的文件夹（或 .zip 文件）', z.string().min(1)) },
    usage: '一键导出全年台账和目录（--out 以 .zip 结尾时打包为一个压缩文件）',
    run: ({ open, opts, io }) => exportPack(open, opts.year, opts.org, opts.out, io),
  }),
];

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function exportPack(open: OpenApi, year: number, orgId: number | undefined, out: string, io: Io): Promise<number> {
  const { jobId } = await open.api.call('reports.packStart', { year, orgId });
  let s: PackStatus;
  let shown = 0;
  for (;;) {
    s = await open.api.call('reports.packStatus', { jobId });
    for (const f of s.files.slice(shown)) io.out(`已生成：${f.fileName}（${f.sheets} 个工作表，${f.rows} 行）`);
    shown = s.files.length;
    if (s.state !== 'running') break;
    await pause(50);
  }
  for (const k of s.skipped) io.out(`未生成：${k.title}（${k.reason}）`);
  if (s.state !== 'done') {
    io.err(s.error ?? '导出没有完成');
    return 1;
  }
  if (out.toLowerCase().endsWith('.zip')) {
    const zip = await open.api.call('reports.packResult', { jobId });
    fs.mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
    fs.writeFileSync(out, Buffer.from(zip.base64, 'base64'));
  } else {
    const r = await open.api.call('reports.packFiles', { jobId });
    fs.mkdirSync(out, { recursive: true });
    for (const f of r.files) fs.writeFileSync(path.join(out, f.fileName), Buffer.from(f.base64, 'base64'));
  }
  io.out(`已导出全年台账和目录到：${out}`);
  return 0;
}
