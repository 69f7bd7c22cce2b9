// 档案管理: file a document from disk (its text read for search) and search the archive
// (the year's 归档文件目录 is a catalog export).
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { defaultRetention } from '../domain/archive';
import { todayIso } from '../domain/dates';
import { command, UsageError } from './command';
import { json, optional, org, required, text, year } from './options';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '应写成 YYYY-MM-DD');

export const ARCHIVE_COMMANDS = [
  command({
    path: ['import', 'document'],
    args: [{ key: 'file', name: '文件', about: '要归档的文件（docx、xlsx、pdf、图片）' }],
    options: {
      title: required('<题名>', '题名', text(200)),
      wenhao: optional('<文号>', '文号，如 院党委〔2026〕21号（年份括号可写 [ ]、( )、（ ）、【 】）', z.string()),
      category: optional('<类别>', '类别（不写则为“其他”）', z.string()),
      author: optional('<责任者>', '责任者', z.string()),
      date: optional('YYYY-MM-DD', '成文日期', isoDate),
      year: { ...year, about: '年度（不写则取成文日期的年份）' },
      org,
      json,
    },
    usage: '把一个文件（docx、xlsx、pdf、图片）归入档案，并读取其中文字供检索',
    async run({ open, args, opts, io }) {
      if (!fs.existsSync(args.file) || !fs.statSync(args.file).isFile()) throw new UsageError(`找不到文件：${args.file}`);
      const date = opts.date ?? null;
      const docYear = opts.year ?? Number((date ?? todayIso(new Date())).slice(0, 4));
      const category = opts.category ?? '其他';
      const a = await open.api.call('attachments.add', { fileName: path.basename(args.file), base64: fs.readFileSync(args.file).toString('base64') });
      const { id } = await open.api.call('archive.save', {
        title: opts.title, wenhao: opts.wenhao ?? null, author: opts.author ?? null, date, year: docYear, category, orgId: opts.org ?? null,
        retention: defaultRetention(category), attachmentIds: [a.id],
      });
      const d = await open.api.call('archive.get', { id });
      const filed = { id, title: d.title, wenhao: d.wenhao, category: d.category, year: d.year, retention: d.retention, pages: d.pages, pieceNo: d.pieceNo, textChars: d.files[0]?.textPreview.length ?? 0 };
      if (opts.json) io.out(JSON.stringify(filed));
      else io.out(`已归档：${d.title}${d.wenhao ? `（${d.wenhao}）` : ''}，${d.year}年 ${d.category}，保管期限${d.retention}，档案ID ${id}`);
      return 0;
    },
  }),
  command({
    path: ['search'],
    args: [{ key: 'words', name: '文字', about: '要检索的文字，如 search 主题党日 --json', rest: true }],
    options: { year, json },
    usage: '在题名、文号、责任者和文件文字中检索档案（--json：{"total","hits":[{id,title,wenhao,author,year,category,snippet,matches}]}）',
    async run({ open, args, opts, io }) {
      const q = args.words;
      const r = await open.api.call('archive.list', { filter: { q, year: opts.year }, page: 1, pageSize: 50 });
      const hits = r.rows.map((d) => ({
        id: d.id, title: d.title, wenhao: d.wenhao, author: d.author, year: d.year, category: d.category,
        snippet: d.snippet.map((p) => p.text).join(''), matches: [...new Set(d.snippet.filter((p) => p.hit).map((p) => p.text))],
      }));
      if (opts.json) io.out(JSON.stringify({ total: r.total, hits }));
      else if (hits.length === 0) io.out(`没有找到“${q}”。${r.shortQuery ? '（一两个字只在题名、文号、责任者中查找）' : ''}`);
      else {
        for (const h of hits) io.out(`${h.id}\t${h.year}\t${h.wenhao ?? ''}\t${h.title}\n\t${h.snippet}`);
        io.out(`共 ${r.total} 件${r.total > hits.length ? `，显示前 ${hits.length} 件` : ''}。`);
      }
      return 0;
    },
  }),
];
