// `export <name>` for every entry of api/shared/catalog.ts that names a CLI command: its options come
// from the entry's choices, and it runs the entry's method with the entry's input, as 报表中心 does.
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { FileOut, Input } from '../api/contract';
import { CATALOG, type CatalogEntry, type FileMethod } from '../api/shared/catalog';
import { command, type Command, type Io, type Options } from './command';
import { flag, int, needYear, oneOf, optional, org, out, required, year } from './options';

const quarter = optional('1-4', '季度（不写则为全年）', z.string().regex(/^[1-4]$/, '应为 1 到 4').transform(Number));
const meeting = required('<会议ID>', '会议ID（可用 list meetings 查看）', int);
const round = required('<评选ID>', '评选活动编号（可用 list award-rounds 查看）', int);
const mask = flag('隐藏身份证号中间位（不论系统设置如何；系统设置默认即隐藏）');
const fullId = flag('导出完整身份证号（不论系统设置如何；要把台账改后再导入时用）');
const paper = optional('A4|A3', '纸张（默认 A4 横向；单位能打印 A3 时可选 A3 横向，表格更宽、字更大）', oneOf(['A4', 'A3'] as const));

function optionsFor(e: CatalogEntry): Options {
  // One record's export (a meeting's minutes, a round's notice) is chosen by its id: the page's
  // year and organisation only narrow the list it is picked from.
  const one = e.params.extra === 'meeting' || e.params.extra === 'round';
  return {
    ...(!one && e.params.year === 'required' ? { year: needYear } : {}),
    ...(!one && e.params.year === 'optional' ? { year } : {}),
    ...(e.params.quarter ? { quarter } : {}),
    ...(!one && e.params.org ? { org } : {}),
    ...(e.params.extra === 'meeting' ? { meeting } : {}),
    ...(e.params.extra === 'round' ? { round } : {}),
    ...(e.maskable ? { mask, 'full-id': fullId } : {}),
    ...(e.params.paper ? { paper } : {}),
    out: out(e.kind === 'ledger' ? '文件.xlsx' : '文件.docx'),
  };
}

// The options' values as the parser read them: every one optional here, the table made them required.
const given = z.object({
  year: z.number().optional(),
  quarter: z.number().optional(),
  org: z.number().optional(),
  meeting: z.number().optional(),
  round: z.number().optional(),
  mask: z.boolean().optional(),
  'full-id': z.boolean().optional(),
  paper: z.enum(['A4', 'A3']).optional(),
  out: z.string(),
});

function exportCommand(e: CatalogEntry, name: string): Command {
  return command({
    path: ['export', name],
    options: optionsFor(e),
    usage: `导出${e.title}`,
    details: `内容：${e.contains}`,
    async run({ open, opts, io }) {
      const v = given.parse(opts);
      const input = e.input({ year: v.year, quarter: v.quarter, orgId: v.org, meetingId: v.meeting, roundId: v.round, maskPersonal: v.mask ? true : v['full-id'] ? false : undefined, paper: v.paper });
      // The registry validates the input against the method's own schema.
      return writeOut(await open.api.call(e.method, input as Input<FileMethod>), v.out, io);
    },
  });
}

export const EXPORT_COMMANDS: Command[] = CATALOG.flatMap((e) => (e.cli === null ? [] : [exportCommand(e, e.cli)]));

/** Writes an exported file where --out says and reports it. */
function writeOut(file: FileOut, out: string, io: Io): number {
  fs.mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
  fs.writeFileSync(out, Buffer.from(file.base64, 'base64'));
  io.out(`已导出：${out}`);
  return 0;
}
