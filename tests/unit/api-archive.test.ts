// 档案管理 through the API on a real data folder: filing with files, search with filters and
// snippets, filing from meetings/tasks/award rounds without duplicates, the 归档文件目录.
import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { Document, Packer, Paragraph } from 'docx';
import ExcelJS from 'exceljs';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import type { OpenApi } from '../../electron/api';
import { validId } from '../helpers/ids';
import { smallTree, snapshot, tempApi } from '../helpers/tmp';

let t: ReturnType<typeof tempApi>;
let ids: Awaited<ReturnType<typeof smallTree>>;
beforeEach(async () => {
  t = tempApi();
  ids = await smallTree(t);
});
afterEach(() => t.cleanup());

function counts(o: OpenApi): Record<string, number> {
  const mine = ['documents', 'document_files', 'documents_fts', 'file_texts', 'attachments'];
  return { ...snapshot(o), ...Object.fromEntries(mine.map((x) => [x, (o.db.prepare(`SELECT count(*) AS n FROM ${x}`).get() as { n: number }).n])) };
}

async function refused(method: Parameters<typeof t.api.invoke>[0], input: unknown): Promise<{ message: string; fields?: Record<string, string> }> {
  const before = counts(t);
  const r = await t.api.invoke(method, input);
  assert.ok(!r.ok, `${method} should refuse ${JSON.stringify(input)}`);
  assert.deepEqual(counts(t), before, `${method} changed data while refusing`);
  return r.ok ? { message: '' } : r.error;
}

const docx = async (...paragraphs: string[]) => (await Packer.toBuffer(new Document({ sections: [{ children: paragraphs.map((p) => new Paragraph(p)) }] }))).toString('base64');
async function xlsx(rows: (string | number)[][]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('统计');
  rows.forEach((r) => ws.addRow(r));
  return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
}
async function pdf(text: string): Promise<string> {
  const d = await PDFDocument.create();
  d.addPage().drawText(text, { x: 50, y: 700, size: 12, font: await d.embedFont(StandardFonts.Helvetica) });
  return Buffer.from(await d.save()).toString('base64');
}
const attach = async (fileName: string, base64: string) => (await t.api.call('attachments.add', { fileName, base64 })).id;

const doc = (extra: Record<string, unknown> = {}) => ({
  title: '信息工程系教工党支部“三会一课”制度', author: '信息工程系教工党支部', date: '2026-03-01', year: 2026, category: '制度', orgId: ids.teachers, retention: '永久' as const, ...extra,
});
const hitText = (parts: { text: string; hit: boolean }[]) => parts.filter((p) => p.hit).map((p) => p.text);

describe('档案: filing a document', () => {
  it('stores the 文号 with 〔〕 whatever brackets were typed, keeps the files and reads their text', async () => {
    const file = await attach('制度.docx', await docx('支部委员会每月召开一次，研究支部工作。', '党小组会每月召开一次。'));
    const { id } = await t.api.call('archive.save', doc({ wenhao: '信教支（2026）01号', attachmentIds: [file] }));
    const d = await t.api.call('archive.get', { id });
    assert.deepEqual([d.wenhao, d.orgName, d.pieceNo, d.files.map((f) => f.fileName), d.pages], ['信教支〔2026〕1号', '信息工程系教工党支部', 1, ['制度.docx'], 1]);
    assert.match(d.files[0]!.textPreview, /^支部委员会每月召开一次/);
    const audit = t.db.prepare(`SELECT action, actor FROM audit_log WHERE table_name = 'documents'`).all();
    assert.deepEqual(audit, [{ action: 'create', actor: '测试员' }]);
  });

  it('refuses bad input with Chinese messages naming the field, and changes nothing', async () => {
    assert.match((await refused('archive.save', doc({ wenhao: '党委2026年5号' }))).fields?.wenhao ?? '', /文号应写成“机关代字〔年份〕序号号”/);
    assert.match((await refused('archive.save', doc({ category: '党费' }))).message, /类别“党费”不在档案类别中/);
    assert.match((await refused('archive.save', doc({ date: '2025-12-31' }))).fields?.date ?? '', /日期与年度不一致/);
    assert.match((await refused('archive.save', doc({ retention: '5年' }))).message, /保管期限只能是永久、30年或10年/);
    assert.match((await refused('archive.save', doc({ title: '  ' }))).message, /请填写题名/);
    assert.match((await refused('archive.save', doc({ pages: -1 }))).message, /页数：页数不能为负数/);
    assert.match((await refused('archive.save', doc({ attachmentIds: [999] }))).message, /找不到该附件/);
  });

  it('refuses a second document with the same 文号, naming the first', async () => {
    await t.api.call('archive.save', doc({ wenhao: '党委〔2026〕5号', title: '关于表彰的决定', category: '本级发文' }));
    assert.match((await refused('archive.save', doc({ wenhao: '党委[2026]5号' }))).message, /文号“党委〔2026〕5号”已用于2026年的档案“关于表彰的决定”/);
  });
});

describe('档案: search', () => {
  beforeEach(async () => {
    await t.api.call('archive.save', doc({ attachmentIds: [await attach('制度.docx', await docx('支部坚持每月15日开展党员学习日活动，组织党员学习党章党规。'))] }));
    await t.api.call('archive.save', doc({ title: '党员队伍统计表', category: '其他', retention: '10年', orgId: ids.students, author: '信息工程系学生党支部', attachmentIds: [await attach('统计.xlsx', await xlsx([['入党积极分子培养人数', 31]]))] }));
    await t.api.call('archive.save', doc({ title: '关于民主评议的通知', wenhao: '市教工委〔2025〕8号', author: '中共示范市委教育工作委员会', category: '上级来文', date: '2025-05-20', year: 2025, orgId: ids.committee, retention: '10年', attachmentIds: [await attach('通知.pdf', await pdf('Democratic appraisal before the first of July'))] }));
  });

  it('finds a phrase inside a .docx, .xlsx or .pdf and marks it in the snippet', async () => {
    const a = await t.api.call('archive.list', { filter: { q: '党员学习日' } });
    assert.deepEqual(a.rows.map((r) => r.title), ['信息工程系教工党支部“三会一课”制度']);
    assert.deepEqual(hitText(a.rows[0]!.snippet), ['党员学习日']);
    assert.match(a.rows[0]!.snippet.map((p) => p.text).join(''), /每月15日开展党员学习日活动/);
    assert.deepEqual((await t.api.call('archive.list', { filter: { q: '积极分子培养' } })).rows.map((r) => r.title), ['党员队伍统计表']);
    const p = await t.api.call('archive.list', { filter: { q: 'first of July' } });
    assert.deepEqual([p.rows.map((r) => r.wenhao), hitText(p.rows[0]!.snippet)], [['市教工委〔2025〕8号'], ['first', 'July']]);
    assert.equal((await t.api.call('archive.list', { filter: { q: 'first of May' } })).total, 0); // the short word counts too
  });

  it('lists documents whose 题名 matches before those matching only in their text, the latest filed first, across pages', async () => {
    const older = (await t.api.call('archive.save', doc({ title: '甲', category: '其他', attachmentIds: [await attach('a.docx', await docx('本年度开展组织生活会两次。'))] }))).id;
    const titled = (await t.api.call('archive.save', doc({ title: '关于召开组织生活会的通知', category: '其他' }))).id;
    const newer = (await t.api.call('archive.save', doc({ title: '乙', category: '其他', attachmentIds: [await attach('b.docx', await docx('组织生活会查摆问题五条。'))] }))).id;
    const ids = async (page: number, pageSize: number) => (await t.api.call('archive.list', { filter: { q: '组织生活会' }, page, pageSize })).rows.map((r) => r.id);
    assert.deepEqual(await ids(1, 20), [titled, newer, older]);
    assert.deepEqual([await ids(1, 1), await ids(2, 1), await ids(3, 1), await ids(4, 1)], [[titled], [newer], [older], []]);
    assert.equal((await t.api.call('archive.list', { filter: { q: '组织生活会' }, page: 2, pageSize: 2 })).total, 3);
  });

  it('finds by 文号 (any bracket typed) and 责任者, and every term must match', async () => {
    assert.equal((await t.api.call('archive.list', { filter: { q: '〔2025〕8号' } })).total, 1);
    assert.equal((await t.api.call('archive.list', { filter: { q: '教育工作委员会' } })).total, 1);
    assert.equal((await t.api.call('archive.list', { filter: { q: '党员学习日 民主评议' } })).total, 0);
  });

  it('narrows by year, category, branch and retention', async () => {
    const titles = async (filter: Record<string, unknown>) => (await t.api.call('archive.list', { filter })).rows.map((r) => r.title).sort();
    assert.deepEqual(await titles({ year: 2025 }), ['关于民主评议的通知']);
    assert.deepEqual(await titles({ category: '其他' }), ['党员队伍统计表']);
    assert.deepEqual(await titles({ orgId: ids.general }), ['信息工程系教工党支部“三会一课”制度', '党员队伍统计表']);
    assert.deepEqual(await titles({ retention: '10年', q: '统计表' }), ['党员队伍统计表']);
    assert.deepEqual(await titles({ q: '党员学习日', year: 2025 }), []);
  });

  it('looks for one- and two-character words in 题名、文号、责任者 and says so', async () => {
    const r = await t.api.call('archive.list', { filter: { q: '统计' } });
    assert.deepEqual([r.shortQuery, r.rows.map((x) => x.title), hitText(r.rows[0]!.snippet)], [true, ['党员队伍统计表'], ['统计']]);
    assert.equal((await t.api.call('archive.list', { filter: { q: '党章' } })).total, 0); // only in the file's text
  });

  it('treats FTS5 syntax typed into the box as text', async () => {
    for (const q of ['"', 'OR AND NOT', '党员* NEAR(', "'; DROP TABLE documents; --"]) {
      const r = await t.api.invoke('archive.list', { filter: { q } });
      assert.ok(r.ok, q);
    }
  });

  it('drops a deleted document from search into 回收站 and brings it back on restore; purging removes it for good', async () => {
    const id = (await t.api.call('archive.list', { filter: { q: '党员学习日' } })).rows[0]!.id;
    await t.api.call('archive.delete', { id });
    assert.equal((await t.api.call('archive.list', { filter: { q: '党员学习日' } })).total, 0);
    const bin = await t.api.call('recycle.list', { kind: 'document' });
    assert.deepEqual(bin.rows.map((r) => [r.title, r.detail]), [['信息工程系教工党支部“三会一课”制度', '2026年，制度']]);
    await t.api.call('recycle.restore', { items: [{ kind: 'document', id }] });
    assert.equal((await t.api.call('archive.list', { filter: { q: '党员学习日' } })).total, 1);
    await t.api.call('archive.delete', { id });
    await t.api.call('recycle.purge', { items: [{ kind: 'document', id }] });
    assert.equal((t.db.prepare('SELECT count(*) AS n FROM documents_fts WHERE rowid = ?').get(id) as { n: number }).n, 0);
    assert.equal((t.db.prepare('SELECT count(*) AS n FROM documents WHERE id = ?').get(id) as { n: number }).n, 0);
  });
});

describe('档案: filing what the app produced', () => {
  async function meeting(): Promise<number> {
    const m = (await t.api.call('members.save', { name: '张伟', idNumber: validId('19850101', 1), memberType: '正式党员', orgId: ids.teachers, joinedOn: '2010-07-01' })).id;
    await t.api.call('orgs.saveRole', { orgId: ids.teachers, role: '书记', memberId: m, personName: '张伟', termStart: '2026-01-01' });
    const photo = await attach('会场.png', Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex').toString('base64'));
    return (await t.api.call('meetings.save', {
      orgId: ids.teachers, type: '支委会', heldOn: '2026-03-12', topic: '研究发展党员工作', host: '张伟', recorder: '李娜', hours: 2,
      minutes: '会议讨论了入党积极分子王芳的培养考察情况，同意列为发展对象。', attendance: [{ memberId: m, status: '出席' }], attachmentIds: [photo],
    })).id;
  }

  it('files a meeting’s 会议记录 (minutes .docx plus its photos) linked to the meeting, searchable by its text; filing again updates it', async () => {
    const meetingId = await meeting();
    const first = await t.api.call('archive.fileMeeting', { meetingId });
    assert.deepEqual([first.updated, first.files, first.title], [false, 2, '信息工程系教工党支部支委会会议记录（研究发展党员工作）']);
    const d = await t.api.call('archive.get', { id: first.id });
    assert.deepEqual([d.category, d.date, d.year, d.author, d.retention, d.source], ['会议记录', '2026-03-12', 2026, '信息工程系教工党支部', '永久', { kind: 'meeting', id: meetingId, ref: null }]);
    assert.deepEqual(d.files.map((f) => f.fileName), ['信息工程系教工党支部2026-03-12支委会会议记录.docx', '会场.png']);
    const found = await t.api.call('archive.list', { filter: { q: '同意列为发展对象' } });
    assert.deepEqual(found.rows.map((r) => r.id), [first.id]);

    await t.api.call('archive.save', { id: d.id, title: d.title, author: d.author, date: d.date, year: d.year, category: d.category, orgId: d.orgId, retention: d.retention, remarks: '原件存组织部', attachmentIds: d.files.map((f) => f.id) });
    const again = await t.api.call('archive.fileMeeting', { meetingId });
    assert.deepEqual([again.id, again.updated], [first.id, true]);
    assert.equal((await t.api.call('archive.bySource', { kind: 'meeting', id: meetingId })).length, 1);
    assert.equal((await t.api.call('archive.get', { id: first.id })).remarks, '原件存组织部'); // the clerk's note survives
  });

  it('files each branch’s submitted file of a task as its own document, once', async () => {
    const { id: taskId } = await t.api.call('tasks.save', { year: 2026, title: '支部年度工作计划', issuer: '院党委组织部', dueOn: '2026-04-30', orgIds: [ids.teachers, ids.students] });
    assert.match((await refused('archive.fileTask', { taskId })).message, /还没有支部报送文件/);
    const file = await attach('年度计划.docx', await docx('全年召开支委会12次，开展主题党日活动12次。'));
    await t.api.call('tasks.submit', { taskId, orgId: ids.teachers, submittedOn: '2026-04-20', attachmentId: file });
    const filed = await t.api.call('archive.fileTask', { taskId });
    assert.deepEqual(filed.map((f) => [f.title, f.updated]), [['信息工程系教工党支部支部年度工作计划', false]]);
    const d = await t.api.call('archive.get', { id: filed[0]!.id });
    assert.deepEqual([d.category, d.date, d.orgName, d.source], ['方案', '2026-04-20', '信息工程系教工党支部', { kind: 'task', id: taskId, ref: String(ids.teachers) }]);
    assert.deepEqual((await t.api.call('archive.fileTask', { taskId })).map((f) => [f.id, f.updated]), [[filed[0]!.id, true]]);
  });

  it('files an award round’s 公示 once it has a shortlist', async () => {
    const m = (await t.api.call('members.save', { name: '王芳', idNumber: validId('19900307', 2), memberType: '正式党员', orgId: ids.teachers, joinedOn: '2012-07-01' })).id;
    const round = await t.api.call('awards.save', { year: 2026, title: '优秀共产党员', target: 'member', criteria: '坚持“五带头”', quota: 1, publicityFrom: '2026-06-20', publicityTo: '2026-06-26' });
    assert.match((await refused('archive.fileAwardRound', { roundId: round.id })).message, /还没有确定拟表彰对象/);
    await t.api.call('awards.saveNominee', { roundId: round.id, orgId: ids.teachers, memberId: m, byOrg: true, byMasses: false, shortlisted: true });
    const r = await t.api.call('archive.fileAwardRound', { roundId: round.id });
    const d = await t.api.call('archive.get', { id: r.id });
    assert.deepEqual([d.title, d.category, d.date, d.orgName, d.remarks], ['关于2026年度“优秀共产党员”拟表彰对象的公示', '本级发文', '2026-06-20', '测试学院党委', '公示期2026年6月20日至2026年6月26日']);
    assert.equal((await t.api.call('archive.list', { filter: { q: '拟表彰对象' } })).total, 1);
  });
});

describe('归档文件目录', () => {
  it('gives each new document the next 件号, renumbers by the archivist’s order only when asked, flags branches without a 制度 and exports the catalogue', async () => {
    await t.api.call('archive.save', doc({ title: '年度计划', category: '方案', retention: '30年', date: '2026-03-05' }));
    await t.api.call('archive.save', doc({ date: '2026-03-01' }));
    await t.api.call('archive.save', doc({ title: '关于民主评议的通知', wenhao: '市教工委(2026)8号', author: '市教工委', category: '上级来文', retention: '10年', date: '2026-05-20', orgId: ids.committee, pages: 3, remarks: '原件' }));
    await t.api.call('archive.save', doc({ title: '表彰决定', wenhao: '党委〔2026〕3号', author: '测试学院党委', category: '本级发文', date: '2026-06-28', orgId: ids.committee }));
    await t.api.call('archive.save', doc({ title: '去年的制度', year: 2025, date: '2025-03-01', orgId: ids.office }));
    const filed = await t.api.call('archive.catalog', { year: 2026 });
    assert.deepEqual(filed.rows.map((r) => [r.pieceNo, r.title]), [[1, '年度计划'], [2, '信息工程系教工党支部“三会一课”制度'], [3, '关于民主评议的通知'], [4, '表彰决定']]);
    assert.equal(filed.inRuleOrder, false);
    assert.deepEqual(await t.api.call('archive.renumber', { year: 2026 }), { year: 2026, changed: 3 });
    const view = await t.api.call('archive.catalog', { year: 2026 });
    assert.deepEqual(view.rows.map((r) => [r.pieceNo, r.title]), [[1, '表彰决定'], [2, '信息工程系教工党支部“三会一课”制度'], [3, '年度计划'], [4, '关于民主评议的通知']]);
    assert.equal(view.inRuleOrder, true);
    assert.deepEqual(view.branchesWithoutRules.map((b) => b.name), ['信息工程系学生党支部', '机关党支部']);
    const branch = await t.api.call('archive.catalog', { year: 2026, orgId: ids.teachers });
    assert.deepEqual(branch.rows.map((r) => r.pieceNo), [2, 3]); // the year's 件号 kept in a branch's view

    const file = await t.api.call('archive.exportCatalog', { year: 2026 });
    assert.equal(file.fileName, '测试学院党委2026年度归档文件目录.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('归档文件目录')!;
    const row = (r: number) => Array.from({ length: 10 }, (_, i) => ws.getRow(r).getCell(i + 1).value ?? null);
    assert.equal(ws.getCell('A1').value, '测试学院党委2026年度归档文件目录');
    assert.deepEqual(row(3), ['序号', '件号', '责任者', '文号', '题名', '日期', '页数', '保管期限', '类别', '备注']);
    assert.deepEqual(row(4), [1, 1, '测试学院党委', '党委〔2026〕3号', '表彰决定', '20260628', null, '永久', '本级发文', null]);
    assert.deepEqual(row(7), [4, 4, '市教工委', '市教工委〔2026〕8号', '关于民主评议的通知', '20260520', 3, '10年', '上级来文', '原件']);
    const missing = wb.getWorksheet('未归档制度的支部')!;
    assert.equal(missing.getCell('A1').value, '2026年度未归档工作制度的党支部（共2个）');
    assert.deepEqual([missing.getCell('B4').value, missing.getCell('B5').value], ['信息工程系学生党支部', '机关党支部']);

    // A 永久 document dated today comes after the year's numbers and moves none of them (they are on 归档章 already).
    const late = (await t.api.call('archive.save', doc({ title: '新的永久文件', category: '本级发文', retention: '永久', date: '2026-11-20', orgId: ids.committee }))).id;
    const after = await t.api.call('archive.catalog', { year: 2026 });
    assert.deepEqual(after.rows.map((r) => [r.pieceNo, r.title]), [...view.rows.map((r) => [r.pieceNo, r.title]), [5, '新的永久文件']]);
    assert.equal((await t.api.call('archive.get', { id: late })).pieceNo, 5);
    // Moved to another year, it takes that year's next number.
    await t.api.call('archive.save', { ...doc({ title: '新的永久文件', category: '本级发文', retention: '永久', date: '2025-11-20', year: 2025, orgId: ids.committee }), id: late });
    assert.equal((await t.api.call('archive.get', { id: late })).pieceNo, 2);

    // A sealed year keeps its numbers: renumbering is refused until the seal is lifted.
    await t.api.call('archive.seal', { year: 2026, sealed: true });
    assert.equal((await t.api.call('archive.catalog', { year: 2026 })).sealed, true);
    assert.match((await refused('archive.renumber', { year: 2026 })).message, /2026年度的档案已封存/);
  });

  it('follows the clerk’s category order, which keeps every category in use', async () => {
    await t.api.call('archive.save', doc({ title: '计划', category: '方案', retention: '永久' }));
    await t.api.call('archive.save', doc({ title: '制度' }));
    assert.deepEqual((await t.api.call('archive.catalog', { year: 2026 })).rows.map((r) => r.title), ['计划', '制度']);
    await t.api.call('archive.saveCategories', { categories: ['制度', '方案', '照片'] });
    assert.deepEqual((await t.api.call('archive.catalog', { year: 2026 })).rows.map((r) => r.title), ['计划', '制度']); // numbers given stay
    await t.api.call('archive.renumber', { year: 2026 });
    assert.deepEqual((await t.api.call('archive.catalog', { year: 2026 })).rows.map((r) => r.title), ['制度', '计划']);
    assert.match((await refused('archive.saveCategories', { categories: ['制度'] })).message, /“方案”已有档案使用，不能删除/);
    assert.match((await refused('archive.saveCategories', { categories: ['制度', '制度', '方案'] })).message, /类别有重复/);
  });
});
