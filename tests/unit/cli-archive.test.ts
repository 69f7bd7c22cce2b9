// Command line and demo seed of 档案: import document, search, export archive-catalog.
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { Document, Packer, Paragraph } from 'docx';
import { openApi } from '../../electron/api';
import { cli, fails } from '../helpers/cli';
import { DEFAULT_CATEGORIES } from '../../electron/domain/archive';
import { tempDir } from '../helpers/tmp';


let data: string;
let cleanup: () => void;
const year = new Date().getFullYear();
before(async () => {
  ({ dir: data, cleanup } = tempDir());
  await cli(['seed', '--scale', 'demo', '--data', data]);
});
after(() => cleanup());

describe('command line: 档案', () => {
  it('the demo seed has documents of every category with real files, and a branch without 制度', async () => {
    const o = openApi(data, { log: () => undefined });
    try {
      const cats = o.db.prepare(`SELECT DISTINCT category FROM documents`).pluck().all() as string[];
      assert.deepEqual([...cats].sort(), [...DEFAULT_CATEGORIES].sort());
      const kinds = o.db.prepare(`SELECT DISTINCT lower(substr(file_name, instr(file_name, '.'))) FROM attachments a JOIN document_files f ON f.attachment_id = a.id`).pluck().all() as string[];
      assert.deepEqual([...kinds].sort(), ['.docx', '.pdf', '.png', '.xlsx']);
      const view = await o.api.call('archive.catalog', { year });
      assert.ok(view.branchesWithoutRules.length > 0);
      assert.ok((await o.api.call('archive.bySource', { kind: 'meeting', id: (o.db.prepare(`SELECT source_id FROM documents WHERE source_kind = 'meeting' LIMIT 1`).pluck().get() as number) })).length === 1);
    } finally {
      o.close();
    }
  });

  it('import document files a .docx with its 文号 normalised; search --json finds it by a phrase inside with a snippet', async () => {
    const file = path.join(data, '..', `${path.basename(data)}-通知.docx`);
    fs.writeFileSync(file, await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('请各党支部于十二月十日前报送基层组织建设年自查报告。')] }] })));
    try {
      const imported = await cli(['import', 'document', file, '--title', '关于报送自查报告的通知', '--wenhao', '院党委[2026]21号', '--category', '本级发文', '--date', `${year}-11-02`, '--json', '--data', data]);
      assert.equal(imported.code, 0);
      const doc = JSON.parse(imported.out) as { id: number; wenhao: string; category: string; year: number; retention: string };
      assert.deepEqual([doc.wenhao, doc.category, doc.year, doc.retention], ['院党委〔2026〕21号', '本级发文', year, '永久']);

      const found = await cli(['search', '基层组织建设年自查', '--json', '--data', data]);
      const r = JSON.parse(found.out) as { total: number; hits: { id: number; title: string; wenhao: string | null; snippet: string; matches: string[] }[] };
      assert.deepEqual(r.hits.map((h) => [h.id, h.title, h.wenhao]), [[doc.id, '关于报送自查报告的通知', '院党委〔2026〕21号']]);
      assert.match(r.hits[0]!.snippet, /十二月十日前报送基层组织建设年自查报告/);
      assert.deepEqual(r.hits[0]!.matches, ['基层组织建设年自查']);
      assert.equal(JSON.parse((await cli(['search', '基层组织建设年自查', '--year', String(year - 1), '--json', '--data', data])).out).total, 0);
    } finally {
      fs.rmSync(file, { force: true });
    }
  });

  it('refuses a bad 文号 in Chinese and files nothing', async () => {
    const file = path.join(data, 'x.pdf');
    fs.writeFileSync(file, '%PDF-1.4');
    const before = JSON.parse((await cli(['search', '测试题名', '--json', '--data', data])).out).total as number;
    fails(await cli(['import', 'document', file, '--title', '测试题名', '--wenhao', '党委2026年5号', '--data', data]), 1, /文号应写成/);
    assert.equal(JSON.parse((await cli(['search', '测试题名', '--json', '--data', data])).out).total, before);
  });

  it('export archive-catalog writes the year’s 归档文件目录 with 件号 and the branches without 制度', async () => {
    const out = path.join(data, '目录.xlsx');
    assert.equal((await cli(['export', 'archive-catalog', '--year', String(year), '--out', out, '--data', data])).code, 0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet('归档文件目录')!;
    assert.equal(ws.getCell('A1').value, `示范职业技术学院党委${year}年度归档文件目录`);
    assert.deepEqual([ws.getCell('A4').value, ws.getCell('B4').value, ws.getCell('H4').value], [1, 1, '永久']);
    assert.ok(wb.getWorksheet('未归档制度的支部')!.getCell('B4').value);
  });
});
