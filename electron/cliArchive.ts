// Command line for 档案管理: file a document from disk, search the archive, export the year's
// 归档文件目录. cli.ts parses the arguments and hands over its usage-error and file-writing helpers.
import fs from 'node:fs';
import path from 'node:path';
import type { OpenApi } from './api';
import { defaultRetention } from './domain/archive';
import { todayIso } from './domain/dates';
import { whole, type CliKit } from './cliRectification';

export const ARCHIVE_USAGE = `  import document <文件> --title <题名> [--wenhao <文号>] [--category <类别>] [--author <责任者>]
                 [--date YYYY-MM-DD] [--year <年>] [--org <组织ID>] [--json]
                                               把一个文件（docx、xlsx、pdf、图片）归入档案，并读取其中文字供检索
  search <文字> [--year <年>] [--json]          在题名、文号、责任者和文件文字中检索档案
  export archive-catalog --year <年> [--org <组织ID>] --out <文件.xlsx>
                                               导出归档文件目录（含未归档工作制度的支部）`;

type Print = (s: string) => void;
type Values = { year?: string; org?: string; out?: string; json: boolean; title?: string; wenhao?: string; category?: string; author?: string; date?: string };

export const isArchiveCommand = (cmd: string | undefined, key: string) => cmd === 'search' || key === 'import document' || key === 'export archive-catalog';

export async function archiveCommand(open: OpenApi, positionals: string[], v: Values, print: Print, kit: CliKit): Promise<number> {
  const [cmd, sub, arg] = positionals;
  if (cmd === 'search') return search(open, positionals.slice(1).join(' '), v, print, kit);
  if (`${cmd} ${sub}` === 'import document') return importDocument(open, arg, v, print, kit);
  const year = whole(kit, v.year, 'year');
  if (year === undefined) throw kit.usage('请用 --year 指定年度');
  if (!v.out) throw kit.usage('请用 --out 指定导出文件');
  return kit.writeOut(await open.api.call('archive.exportCatalog', { year, orgId: whole(kit, v.org, 'org') }), v.out, print);
}

async function importDocument(open: OpenApi, file: string | undefined, v: Values, print: Print, kit: CliKit): Promise<number> {
  if (!file) throw kit.usage('请给出要归档的文件');
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) throw kit.usage(`找不到文件：${file}`);
  if (!v.title) throw kit.usage('请用 --title 给出题名');
  const date = v.date ?? null;
  const year = whole(kit, v.year, 'year') ?? (date ? Number(date.slice(0, 4)) : Number(todayIso(new Date()).slice(0, 4)));
  const category = v.category ?? '其他';
  const a = await open.api.call('attachments.add', { fileName: path.basename(file), base64: fs.readFileSync(file).toString('base64') });
  const { id } = await open.api.call('archive.save', {
    title: v.title, wenhao: v.wenhao ?? null, author: v.author ?? null, date, year, category, orgId: whole(kit, v.org, 'org') ?? null,
    retention: defaultRetention(category), attachmentIds: [a.id],
  });
  const d = await open.api.call('archive.get', { id });
  const out = { id, title: d.title, wenhao: d.wenhao, category: d.category, year: d.year, retention: d.retention, pages: d.pages, pieceNo: d.pieceNo, textChars: d.files[0]?.textPreview.length ?? 0 };
  if (v.json) print(JSON.stringify(out));
  else print(`已归档：${d.title}${d.wenhao ? `（${d.wenhao}）` : ''}，${d.year}年 ${d.category}，保管期限${d.retention}，档案ID ${id}`);
  return 0;
}

async function search(open: OpenApi, q: string, v: Values, print: Print, kit: CliKit): Promise<number> {
  if (!q.trim()) throw kit.usage('请给出要检索的文字，如 search 主题党日 --json');
  const r = await open.api.call('archive.list', { filter: { q, year: whole(kit, v.year, 'year') }, page: 1, pageSize: 50 });
  const hits = r.rows.map((d) => ({
    id: d.id, title: d.title, wenhao: d.wenhao, author: d.author, year: d.year, category: d.category,
    snippet: d.snippet.map((p) => p.text).join(''), matches: [...new Set(d.snippet.filter((p) => p.hit).map((p) => p.text))],
  }));
  if (v.json) print(JSON.stringify({ total: r.total, hits }));
  else if (hits.length === 0) print(`没有找到“${q}”。${r.shortQuery ? '（一两个字只在题名、文号、责任者中查找）' : ''}`);
  else {
    for (const h of hits) print(`${h.id}\t${h.year}\t${h.wenhao ?? ''}\t${h.title}\n\t${h.snippet}`);
    print(`共 ${r.total} 件${r.total > hits.length ? `，显示前 ${hits.length} 件` : ''}。`);
  }
  return 0;
}
