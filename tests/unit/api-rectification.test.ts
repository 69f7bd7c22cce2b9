import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, it } from 'node:test';
import type { OpenApi } from '../../electron/api';
import { rectificationCountsByOrg } from '../../electron/db/rectifications';
import { validId } from '../helpers/ids';
import { smallTree, snapshot, tempApi } from '../helpers/tmp';

// "now" is 2026-11-23 in tempApi.
let t: ReturnType<typeof tempApi>;
let ids: Awaited<ReturnType<typeof smallTree>>;
let zhang: number;
beforeEach(async () => {
  t = tempApi();
  ids = await smallTree(t);
  zhang = (await t.api.call('members.save', { name: '张伟', idNumber: validId('19850101', 1), memberType: '正式党员', orgId: ids.teachers, joinedOn: '2010-07-01' })).id;
});
afterEach(() => t.cleanup());

/** Row counts of every table these areas write, with the shared ones. */
function counts(o: OpenApi): Record<string, number> {
  const mine = ['rectifications', 'rectification_attachments', 'tasks', 'task_targets', 'attachments'];
  return { ...snapshot(o), ...Object.fromEntries(mine.map((x) => [x, (o.db.prepare(`SELECT count(*) AS n FROM ${x}`).get() as { n: number }).n])) };
}

const item = (extra: Record<string, unknown> = {}) => ({
  orgId: ids.teachers, year: 2026, source: '民主评议' as const, problem: '组织生活会批评与自我批评不够深入', measures: '每季度开展一次谈心谈话', responsible: '李书记',
  deadline: '2026-10-31', status: '整改中' as const, ...extra,
});

async function refused(method: Parameters<typeof t.api.invoke>[0], input: unknown): Promise<string> {
  const r = await t.api.invoke(method, input);
  assert.ok(!r.ok, `${method} should refuse ${JSON.stringify(input)}`);
  return r.ok ? '' : r.error.message;
}

async function workbook(b64: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(b64, 'base64') as unknown as ArrayBuffer);
  return wb;
}
/** Cell values of a row from column `from` to `to`, empty cells as null. */
const cells = (ws: ExcelJS.Worksheet, r: number, from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => ws.getRow(r).getCell(from + i).value ?? null);
const fillOf = (c: ExcelJS.Cell) => (c.fill as { fgColor?: { argb?: string } } | undefined)?.fgColor?.argb ?? null;

describe('整改台账', () => {
  it('flags an open item past its deadline with the days overdue, and not once it is 已完成', async () => {
    const { id } = await t.api.call('rectifications.save', item());
    const got = await t.api.call('rectifications.get', { id });
    assert.deepEqual([got.overdue, got.daysOverdue, got.orgName], [true, 23, '信息工程系教工党支部']);
    const soon = await t.api.call('rectifications.save', item({ deadline: '2027-01-05', source: '督查' }));
    assert.deepEqual([(await t.api.call('rectifications.get', { id: soon.id })).daysLeft], [43]);
    const overdue = await t.api.call('rectifications.list', { filter: { overdueOnly: true } });
    assert.deepEqual(overdue.rows.map((r) => r.id), [id]);
    await t.api.call('rectifications.save', item({ id, status: '已完成', completedOn: '2026-11-20', evidence: '已开展谈心谈话12人次' }));
    const done = await t.api.call('rectifications.get', { id });
    assert.deepEqual([done.status, done.overdue, done.completedOn], ['已完成', false, '2026-11-20']);
    assert.equal((await t.api.call('rectifications.list', { filter: { overdueOnly: true } })).total, 0);
  });

  it('refuses bad input with a Chinese message and changes nothing', async () => {
    const before = counts(t);
    assert.match(await refused('rectifications.save', item({ deadline: '2026-02-30' })), /日期应为真实的日期/);
    assert.match(await refused('rectifications.save', item({ status: '已完成', evidence: '已整改' })), /已完成的整改事项请填写完成日期/);
    assert.match(await refused('rectifications.save', item({ status: '已完成', completedOn: '2026-11-01' })), /请填写完成情况或上传佐证材料/);
    assert.match(await refused('rectifications.save', item({ status: '已完成', completedOn: '2026-12-01', evidence: '已整改' })), /完成日期不能晚于今天/);
    assert.match(await refused('rectifications.save', item({ responsible: '  ' })), /请填写责任人/);
    assert.match(await refused('rectifications.save', item({ orgId: ids.general })), /不是党支部/);
    assert.match(await refused('rectifications.save', item({ problem: '' })), /存在问题：不能为空/);
    assert.match(await refused('rectifications.save', item({ source: '上级批评' })), /请选择问题来源/);
    assert.match(await refused('rectifications.save', item({ responsibleMemberId: 9999 })), /责任人不在党员花名册中/);
    assert.match(await refused('rectifications.save', item({ attachmentIds: [777] })), /找不到该佐证材料/);
    assert.match(await refused('rectifications.save', item({ id: 4242 })), /找不到该整改事项/);
    assert.deepEqual(counts(t), before);
  });

  it('takes the responsible person from the roster, keeps evidence files, and audits every change', async () => {
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex').toString('base64');
    const a = await t.api.call('attachments.add', { fileName: '整改照片.png', base64: png });
    const { id } = await t.api.call('rectifications.save', item({ responsible: null, responsibleMemberId: zhang, status: '已完成', completedOn: '2026-11-02', attachmentIds: [a.id] }));
    const got = await t.api.call('rectifications.get', { id });
    assert.deepEqual([got.responsible, got.responsibleMemberId, got.attachments.map((x) => x.fileName)], ['张伟', zhang, ['整改照片.png']]);
    const audit = t.db.prepare(`SELECT action, actor FROM audit_log WHERE table_name = 'rectifications' AND record_id = ?`).all(id);
    assert.deepEqual(audit, [{ action: 'create', actor: '测试员' }]);
  });

  it('deletes into 回收站 (never for good at once) and restores from there', async () => {
    const { id } = await t.api.call('rectifications.save', item());
    await t.api.call('rectifications.delete', { id });
    assert.equal((await t.api.call('rectifications.list', { filter: {} })).total, 0);
    assert.equal(t.db.prepare('SELECT count(*) AS n FROM rectifications').pluck().get(), 1);
    const bin = await t.api.call('recycle.list', { kind: 'rectification' });
    assert.deepEqual(bin.rows.map((r) => [r.title, r.deletedBy]), [['民主评议：组织生活会批评与自我批评不够深入', '测试员']]);
    assert.match(await refused('recycle.restore', { items: [{ kind: 'rectification', id: id + 1 }] }), /回收站中的“整改事项”记录/);
    await t.api.call('recycle.restore', { items: [{ kind: 'rectification', id }] });
    assert.equal((await t.api.call('rectifications.list', { filter: {} })).total, 1);
    const actions = t.db.prepare(`SELECT action FROM audit_log WHERE table_name = 'rectifications' ORDER BY id`).pluck().all();
    assert.deepEqual(actions, ['create', 'delete', 'restore']);
  });

  it('filters by year, org subtree, status and source, and counts open and overdue per branch for 分类定级', async () => {
    await t.api.call('rectifications.save', item());
    await t.api.call('rectifications.save', item({ deadline: '2026-12-20', status: '未开始' }));
    await t.api.call('rectifications.save', item({ orgId: ids.office, source: '分类定级', status: '已完成', completedOn: '2026-06-01', evidence: '已完成' }));
    await t.api.call('rectifications.save', item({ orgId: ids.students, year: 2025, deadline: '2025-12-31' }));
    const n = async (filter: Record<string, unknown>) => (await t.api.call('rectifications.list', { filter })).total;
    assert.equal(await n({ year: 2026 }), 3);
    assert.equal(await n({ orgId: ids.general }), 3);
    assert.equal(await n({ orgId: ids.general, year: 2026 }), 2);
    assert.equal(await n({ status: '已完成' }), 1);
    assert.equal(await n({ source: '分类定级' }), 1);
    assert.equal(await n({ q: '谈心' }), 4);
    const m = rectificationCountsByOrg(t.db, 2026, '2026-11-23');
    assert.deepEqual(m.get(ids.teachers), { open: 2, overdue: 1 });
    assert.equal(m.get(ids.office), undefined);
    assert.equal(m.get(ids.students), undefined);
    assert.deepEqual(rectificationCountsByOrg(t.db, 2025, '2026-11-23').get(ids.students), { open: 1, overdue: 1 });
  });
});

describe('工作任务与材料报送', () => {
  const task = (extra: Record<string, unknown> = {}) => ({ year: 2026, title: '支部年度工作计划', issuer: '院党委组织部', dueOn: '2026-04-30', orgIds: [ids.teachers, ids.students, ids.office], ...extra });

  it('records submissions on time and late, tells missing apart, and lists who is overdue', async () => {
    const { id } = await t.api.call('tasks.save', task());
    const pdf = await t.api.call('attachments.add', { fileName: '工作计划.pdf', base64: Buffer.from('%PDF-1.4 计划').toString('base64') });
    await t.api.call('tasks.submit', { taskId: id, orgId: ids.teachers, submittedOn: '2026-04-28', attachmentId: pdf.id });
    await t.api.call('tasks.submit', { taskId: id, orgId: ids.students, submittedOn: '2026-05-06', note: '补交' });
    const d = await t.api.call('tasks.get', { id });
    assert.deepEqual(d.targets.map((x) => [x.orgName, x.state, x.daysLate, x.attachment?.fileName ?? null]), [
      ['信息工程系教工党支部', '已报送', null, '工作计划.pdf'],
      ['信息工程系学生党支部', '逾期报送', 6, null],
      ['机关党支部', '未报送（逾期）', 207, null],
    ]);
    assert.deepEqual([d.targetCount, d.submittedCount, d.lateSubmittedCount, d.missingOverdueCount, d.daysOverdue], [3, 2, 1, 1, 207]);
    const overdue = await t.api.call('deadlines.overdue', {});
    assert.deepEqual(overdue, [{ kind: 'task', id, orgId: ids.office, org: '机关党支部', title: '支部年度工作计划', due: '2026-04-30', daysOverdue: 207 }]);
    assert.deepEqual((await t.api.call('deadlines.overdue', { orgId: ids.general })), []);
    await t.api.call('tasks.unsubmit', { taskId: id, orgId: ids.students });
    assert.equal((await t.api.call('tasks.get', { id })).targets[1]!.state, '未报送（逾期）');
    const actions = t.db.prepare(`SELECT action FROM audit_log WHERE table_name IN ('tasks', 'task_targets') ORDER BY id`).pluck().all();
    assert.deepEqual(actions, ['create', 'submit', 'submit', 'unsubmit']);
  });

  it('refuses bad submissions and targets with a Chinese message and changes nothing', async () => {
    const { id } = await t.api.call('tasks.save', task());
    await t.api.call('tasks.submit', { taskId: id, orgId: ids.teachers, submittedOn: '2026-04-28' });
    const before = counts(t);
    assert.match(await refused('tasks.submit', { taskId: id, orgId: ids.teachers, submittedOn: '2026-13-01' }), /日期应为真实的日期/);
    assert.match(await refused('tasks.submit', { taskId: id, orgId: ids.teachers, submittedOn: '2026-12-01' }), /报送日期不能晚于今天/);
    assert.match(await refused('tasks.submit', { taskId: id, orgId: ids.general, submittedOn: '2026-04-01' }), /不在这项任务的应报送名单中/);
    assert.match(await refused('tasks.submit', { taskId: id, orgId: ids.students, submittedOn: '2026-04-01', attachmentId: 999 }), /找不到该附件/);
    assert.match(await refused('tasks.submit', { taskId: 999, orgId: ids.students, submittedOn: '2026-04-01' }), /找不到该工作任务/);
    assert.match(await refused('tasks.unsubmit', { taskId: id, orgId: ids.students }), /尚未报送，无需撤销/);
    assert.match(await refused('tasks.save', task({ orgIds: [] })), /请选择应报送的党支部/);
    assert.match(await refused('tasks.save', task({ orgIds: [ids.general] })), /不是党支部/);
    assert.match(await refused('tasks.save', task({ dueOn: '4月30日' })), /截止日期：日期应为真实的日期/);
    assert.match(await refused('tasks.save', task({ id, orgIds: [ids.students] })), /“信息工程系教工党支部”已报送，不能移出应报送名单/);
    assert.deepEqual(counts(t), before);
  });

  it('filters by org subtree and overdue, keeps submissions of branches that stay when edited, and deletes into 回收站', async () => {
    const plan = await t.api.call('tasks.save', task());
    const report = await t.api.call('tasks.save', task({ title: '基层组织建设年自查报告', dueOn: '2026-12-10', orgIds: [ids.office] }));
    await t.api.call('tasks.submit', { taskId: plan.id, orgId: ids.teachers, submittedOn: '2026-04-20' });
    assert.deepEqual((await t.api.call('tasks.list', { year: 2026 })).map((x) => x.title), ['基层组织建设年自查报告', '支部年度工作计划']);
    assert.deepEqual((await t.api.call('tasks.list', { orgId: ids.general })).map((x) => [x.title, x.targetCount]), [['支部年度工作计划', 2]]);
    assert.deepEqual((await t.api.call('tasks.list', { overdueOnly: true })).map((x) => x.id), [plan.id]);
    assert.equal((await t.api.call('tasks.list', {})).find((x) => x.id === report.id)!.daysLeft, 17);
    await t.api.call('tasks.save', task({ id: plan.id, orgIds: [ids.teachers, ids.office] }));
    assert.deepEqual((await t.api.call('tasks.get', { id: plan.id })).targets.map((x) => [x.orgName, x.submittedOn]), [['信息工程系教工党支部', '2026-04-20'], ['机关党支部', null]]);
    await t.api.call('tasks.delete', { id: plan.id });
    assert.deepEqual((await t.api.call('tasks.list', {})).map((x) => x.id), [report.id]);
    assert.deepEqual((await t.api.call('recycle.list', { kind: 'task' })).rows.map((r) => [r.title, r.detail]), [['支部年度工作计划', '院党委组织部下达，2 个支部应报送']]);
    await t.api.call('recycle.purge', { items: [{ kind: 'task', id: plan.id }] });
    assert.equal(t.db.prepare('SELECT count(*) FROM task_targets WHERE task_id = ?').pluck().get(plan.id), 0);
  });
});

describe('工作台 and the two ledgers', () => {
  it('shows overdue items and tasks due within 14 days on 工作台', async () => {
    await t.api.call('rectifications.save', item());
    await t.api.call('tasks.save', { year: 2026, title: '基层组织建设年自查报告', issuer: '院党委组织部', dueOn: '2026-12-05', orgIds: [ids.teachers, ids.office] });
    await t.api.call('tasks.save', { year: 2026, title: '年终总结', dueOn: '2026-12-31', orgIds: [ids.teachers] });
    const d = (await t.api.call('system.dashboard', {})).deadlines;
    assert.equal(d.today, '2026-11-23');
    assert.deepEqual(d.overdue.map((o) => [o.kind, o.who, o.whoCount, o.daysOverdue]), [['rectification', ['信息工程系教工党支部'], 1, 23]]);
    assert.deepEqual(d.dueSoon.map((x) => [x.title, x.daysLeft, x.pending, x.targets]), [['基层组织建设年自查报告', 12, 2, 2]]);
  });

  it('names a task overdue at many branches once on 工作台: the first five and the count', async () => {
    const more: number[] = [];
    for (let i = 1; i <= 4; i++) more.push((await t.api.call('orgs.create', { parentId: ids.committee, kind: 'branch', name: `第${i}党支部`, category: '教职工' })).id);
    const { id } = await t.api.call('tasks.save', { year: 2026, title: '党员信息核对表', dueOn: '2026-11-10', orgIds: [ids.teachers, ids.students, ids.office, ...more] });
    const d = (await t.api.call('system.dashboard', {})).deadlines;
    assert.deepEqual(d.overdue.map((o) => [o.kind, o.id, o.title, o.whoCount, o.who.length, o.daysOverdue]), [['task', id, '党员信息核对表', 7, 5, 13]]);
    // 查看全部 reads the task: the seven that owe it.
    assert.equal((await t.api.call('tasks.get', { id })).targets.filter((x) => x.submittedOn === null).length, 7);
  });

  it('exports the 整改台账 with overdue 完成时限 and 状态 in red', async () => {
    await t.api.call('settings.save', { unitName: '测试学院党委组织部' });
    await t.api.call('rectifications.save', item());
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex').toString('base64');
    const a = await t.api.call('attachments.add', { fileName: '谈话记录.png', base64: png });
    await t.api.call('rectifications.save', item({ orgId: ids.office, source: '督查', problem: '党费收缴不及时', status: '已完成', completedOn: '2026-09-01', evidence: '已补缴', attachmentIds: [a.id] }));
    await t.api.call('rectifications.save', item({ year: 2025 }));
    const f = await t.api.call('rectifications.exportLedger', { year: 2026 });
    assert.equal(f.fileName, '测试学院党委2026年度整改台账.xlsx');
    const ws = (await workbook(f.base64)).getWorksheet('整改台账')!;
    assert.equal(ws.getCell('A1').value, '测试学院党委2026年度整改台账');
    assert.equal(ws.getCell('A2').value, '填报单位：测试学院党委组织部');
    assert.deepEqual((ws.getRow(3).values as unknown[]).slice(1), ['序号', '支部', '来源', '问题', '整改措施', '责任人', '完成时限', '状态', '完成日期', '完成情况/佐证']);
    assert.deepEqual(cells(ws, 4, 1, 10), [1, '信息工程系教工党支部', '民主评议', '组织生活会批评与自我批评不够深入', '每季度开展一次谈心谈话', '李书记', '2026-10-31', '整改中（逾期23天）', null, null]);
    assert.deepEqual(cells(ws, 5, 1, 10), [2, '机关党支部', '督查', '党费收缴不及时', '每季度开展一次谈心谈话', '李书记', '2026-10-31', '已完成', '2026-09-01', '已补缴\n佐证材料：谈话记录.png']);
    assert.deepEqual(['G4', 'H4', 'G5', 'H5', 'F4'].map((c) => fillOf(ws.getCell(c))), ['FFFFC7CE', 'FFFFC7CE', null, null, null]);
    assert.match(String(ws.getCell('A7').value), /^填表人/);
    const branch = await workbook((await t.api.call('rectifications.exportLedger', { year: 2026, orgId: ids.office })).base64);
    assert.equal(branch.getWorksheet('整改台账')!.getCell('B4').value, '机关党支部');
    assert.equal(branch.getWorksheet('整改台账')!.getCell('B5').value, null);
    assert.match(await refused('rectifications.exportLedger', { year: 2026, orgId: 999 }), /找不到该党组织/);
  });

  it('exports 材料报送情况: one row per task and branch, late ones red, with a summary sheet', async () => {
    const plan = await t.api.call('tasks.save', { year: 2026, title: '支部年度工作计划', issuer: '院党委组织部', dueOn: '2026-04-30', orgIds: [ids.teachers, ids.students, ids.office] });
    await t.api.call('tasks.save', { year: 2026, title: '基层组织建设年自查报告', issuer: '院党委组织部', dueOn: '2026-12-10', orgIds: [ids.office] });
    const pdf = await t.api.call('attachments.add', { fileName: '计划.pdf', base64: Buffer.from('%PDF-1.4').toString('base64') });
    await t.api.call('tasks.submit', { taskId: plan.id, orgId: ids.teachers, submittedOn: '2026-04-29', attachmentId: pdf.id });
    await t.api.call('tasks.submit', { taskId: plan.id, orgId: ids.students, submittedOn: '2026-05-02' });
    const f = await t.api.call('tasks.exportLedger', { year: 2026 });
    assert.equal(f.fileName, '测试学院党委2026年度材料报送情况.xlsx');
    const wb = await workbook(f.base64);
    assert.deepEqual(wb.worksheets.map((w) => w.name), ['材料报送情况', '任务汇总']);
    const ws = wb.getWorksheet('材料报送情况')!;
    assert.deepEqual((ws.getRow(3).values as unknown[]).slice(1, 9), ['序号', '任务', '下达单位', '截止日期', '支部', '报送日期', '状态', '逾期天数']);
    assert.deepEqual([4, 5, 6, 7].map((r) => cells(ws, r, 2, 8)), [
      ['支部年度工作计划', '院党委组织部', '2026-04-30', '信息工程系教工党支部', '2026-04-29', '已报送', null],
      ['支部年度工作计划', '院党委组织部', '2026-04-30', '信息工程系学生党支部', '2026-05-02', '逾期报送', 2],
      ['支部年度工作计划', '院党委组织部', '2026-04-30', '机关党支部', null, '未报送（逾期）', 207],
      ['基层组织建设年自查报告', '院党委组织部', '2026-12-10', '机关党支部', null, '未报送', null],
    ]);
    assert.equal(ws.getCell('I4').value, '计划.pdf');
    assert.deepEqual([4, 5, 6, 7].map((r) => fillOf(ws.getCell(`G${r}`))), [null, 'FFFFC7CE', 'FFFFC7CE', null]);
    assert.deepEqual([fillOf(ws.getCell('F5')), fillOf(ws.getCell('F6'))], ['FFFFC7CE', null]);
    const sum = wb.getWorksheet('任务汇总')!;
    assert.deepEqual(cells(sum, 4, 2, 8), ['支部年度工作计划', '院党委组织部', '2026-04-30', 3, 2, 1, 1]);
  });
});
