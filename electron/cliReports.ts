// Command line for 报表中心: `stats`, `export summary`, `export self-check` and `export pack`
// (a folder, or a .zip when --out ends in .zip): the same job the page runs, its progress printed.
import fs from 'node:fs';
import path from 'node:path';
import type { OpenApi } from './api';
import type { PackStatus } from './api/contract';
import { whole, type CliKit } from './cliRectification';

export const REPORTS_USAGE = `  stats --year <年> [--org <组织ID>] [--json]  列出总结报告所用的全年数字（党支部、党员及变化、会议、学时、定级、表彰、整改、报送）
  export summary|self-check --year <年> [--org <组织ID>] --out <文件.docx>
                                               导出年度党建工作总结 / 基层组织建设年自查报告（数字取自记录，含图表）
  export pack --year <年> [--org <组织ID>] --out <文件夹或.zip>
                                               一键导出全年台账和目录（--out 以 .zip 结尾时打包为一个压缩文件）`;

export const REPORTS_COMMANDS = ['stats', 'export summary', 'export self-check', 'export pack'] as const;

type Values = { year?: string; org?: string; out?: string; json: boolean };
type Print = (s: string) => void;

export async function reportsCommand(open: OpenApi, key: (typeof REPORTS_COMMANDS)[number], v: Values, print: Print, kit: CliKit): Promise<number> {
  const orgId = whole(kit, v.org, 'org');
  const year = whole(kit, v.year, 'year');
  if (year === undefined) throw kit.usage('请用 --year 指定年度');
  if (key === 'stats') {
    const s = await open.api.call('reports.stats', { year, orgId });
    if (v.json) print(JSON.stringify(s));
    else print(`${s.scope}${year}年：党支部 ${s.branches} 个，党员 ${s.members} 名（新入党 ${s.joined}，减少 ${s.left}），会议 ${s.meetings.held} 次，人均学时 ${s.averageHours}，先进党支部占 ${s.advancedShare ?? '—'}%`);
    return 0;
  }
  if (key === 'export summary') return kit.writeOut(await open.api.call('reports.summary', { year, orgId }), v.out, print);
  if (key === 'export self-check') return kit.writeOut(await open.api.call('reports.selfCheck', { year, orgId }), v.out, print);
  if (!v.out) throw kit.usage('请用 --out 指定导出的文件夹（或 .zip 文件）');
  return exportPack(open, year, orgId, v.out, print);
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function exportPack(open: OpenApi, year: number, orgId: number | undefined, out: string, print: Print): Promise<number> {
  const { jobId } = await open.api.call('reports.packStart', { year, orgId });
  let s: PackStatus;
  let shown = 0;
  for (;;) {
    s = await open.api.call('reports.packStatus', { jobId });
    for (const f of s.files.slice(shown)) print(`已生成：${f.fileName}（${f.sheets} 个工作表，${f.rows} 行）`);
    shown = s.files.length;
    if (s.state !== 'running') break;
    await pause(50);
  }
  for (const k of s.skipped) print(`未生成：${k.title}（${k.reason}）`);
  if (s.state !== 'done') {
    print(s.error ?? '导出没有完成');
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
  print(`已导出全年台账和目录到：${out}`);
  return 0;
}
