// The 创先争优 ledgers and notices, read back as a clerk's superior would see them.
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { DEFAULT_GRADING } from '../../electron/domain/cycleRules';
import type { FileOut } from '../../electron/api/contract';
import { validId } from '../helpers/ids';
import { smallTree, tempApi } from '../helpers/tmp';

let t: ReturnType<typeof tempApi>;
let ids: Awaited<ReturnType<typeof smallTree>>;
let people: number[];
beforeEach(async () => {
  t = tempApi();
  ids = await smallTree(t);
  people = [];
  for (const [i, name] of ['张伟', '李娜', '王强'].entries()) people.push((await t.api.call('members.save', { name, idNumber: validId('19850101', i * 2 + 1), memberType: '正式党员', orgId: ids.teachers })).id);
});
afterEach(() => t.cleanup());

async function sheet(f: FileOut, name: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(f.base64, 'base64') as unknown as ArrayBuffer);
  const ws = wb.getWorksheet(name);
  assert.ok(ws, `sheet ${name}`);
  const header = (ws.getRow(3).values as unknown[]).slice(1).map(String);
  const col = (h: string) => header.indexOf(h) + 1;
  return { ws, header, cell: (row: number, h: string) => ws.getRow(row).getCell(col(h)) };
}
async function docText(f: FileOut): Promise<string> {
  const xml = await (await JSZip.loadAsync(Buffer.from(f.base64, 'base64'))).file('word/document.xml')!.async('string');
  return xml.replace(/<w:p[ >][\s\S]*?<\/w:p>/g, (p) => `${p.replace(/<[^>]+>/g, '')}\n`).replace(/<[^>]+>/g, '');
}
const scores = (each: number) => Object.fromEntries(DEFAULT_GRADING.items.map((i) => [i.id, each]));

describe('创先争优 ledgers', () => {
  it('公开承诺台账 marks commitments still unrated after the 评诺 deadline in red', async () => {
    await t.api.call('campaigns.save', { year: 2026, title: '公开承诺', commitDue: '2026-03-15', rateDue: '2026-07-01' });
    const c = await t.api.call('commitments.save', { year: 2026, orgId: ids.teachers, content: '建设学习型党支部', committedOn: '2026-03-10' });
    await t.api.call('commitments.save', { year: 2026, orgId: ids.teachers, memberId: people[0]!, content: '上好每一堂课', committedOn: '2026-03-11' });
    await t.api.call('commitments.rate', { id: c.id, rating: '好', ratedOn: '2026-06-28' });
    const f = await t.api.call('cycleExports.commitments', { year: 2026 });
    assert.equal(f.fileName, '测试学院党委2026年度公开承诺台账.xlsx');
    const { ws, cell } = await sheet(f, '公开承诺');
    assert.equal(ws.getCell('A1').value, '测试学院党委2026年度公开承诺台账');
    assert.deepEqual([cell(4, '承诺主体').value, cell(4, '评诺结果').value, cell(5, '承诺主体').value, cell(5, '评诺结果').value], ['支部', '好', '张伟', '未评']);
    assert.equal((cell(5, '评诺结果').fill as { fgColor?: { argb?: string } }).fgColor?.argb, 'FFFFC7CE');
  });

  it('分类定级汇总 lists each branch with item scores, totals and grade, and the 先进 share sheet', async () => {
    await t.api.call('grading.save', { year: 2026, orgId: ids.teachers, selfScores: scores(19), superiorScores: scores(18) });
    await t.api.call('grading.save', { year: 2026, orgId: ids.students, selfScores: scores(16), superiorScores: scores(14) });
    const f = await t.api.call('cycleExports.grading', { year: 2026 });
    const { ws, cell, header } = await sheet(f, '分类定级汇总');
    assert.ok(header.includes('领导班子好（上级评，满分20）') && header.includes('自评（40%）') && header.includes('上级评分（60%）'));
    assert.deepEqual([4, 5, 6].map((r) => [cell(r, '党支部').value, cell(r, '综合得分').value, cell(r, '等次').value]), [
      ['信息工程系教工党支部', 92, '先进'],
      ['信息工程系学生党支部', 74, '后进'],
      ['机关党支部', '', '未定级'],
    ]);
    assert.equal((cell(5, '等次').fill as { fgColor?: { argb?: string } }).fgColor?.argb, 'FFFFC7CE');
    assert.equal(ws.getRow(4).getCell(1).value, 1, '序号');
    const stats = await sheet(f, '等次统计');
    assert.equal(stats.ws.getCell('A1').value, '测试学院党委2026年度党支部分类定级等次统计');
    assert.deepEqual(
      [4, 5, 6, 7].map((r) => [stats.cell(r, '等次').value, stats.cell(r, '党支部数').value, stats.cell(r, '占已定级比例').value, stats.cell(r, '说明').value]),
      [['先进', 1, 0.5, '目标 90% 以上'], ['一般', 0, 0, ''], ['后进', 1, 0.5, ''], ['合计', 2, 1, '另有未定级党支部 1 个']],
      'shares of the graded branches as numbers; the ungraded named beside the total, with no share of their own',
    );
    assert.equal(stats.cell(4, '占已定级比例').numFmt, '0.0%');
    assert.equal((stats.cell(4, '等次').fill as { fgColor?: { argb?: string } }).fgColor?.argb, 'FFFFC7CE', '先进 below the target is red');
  });

  it('民主评议结果 notes the approval where 优秀 exceeds one third', async () => {
    await t.api.call('evaluations.save', { year: 2026, orgId: ids.teachers, rows: people.map((memberId, i) => ({ memberId, grade: i < 2 ? ('优秀' as const) : ('合格' as const), massScore: 95 })), exceptionReason: '经院党委批准' });
    const { cell } = await sheet(await t.api.call('cycleExports.evaluations', { year: 2026 }), '民主评议结果');
    const rows = [4, 5, 6].map((r) => [cell(r, '姓名').value, cell(r, '评议等次').value, cell(r, '备注').value]);
    assert.deepEqual(rows.filter((r) => r[1] === '优秀').map((r) => r[2]), ['超出三分之一：经院党委批准', '超出三分之一：经院党委批准']);
  });
});

describe('创先争优 notices', () => {
  it('拟表彰对象公示 names the shortlisted, the publicity period and where to object', async () => {
    const round = await t.api.call('awards.save', { year: 2026, title: '优秀共产党员', target: 'member', criteria: '五带头', quota: 2, criteriaPublishedOn: '2026-05-10', publicityFrom: '2026-06-20', publicityTo: '2026-06-26', contact: '院党委组织部，电话 0738-8312345' });
    await t.api.call('awards.saveNominee', { roundId: round.id, orgId: ids.teachers, memberId: people[0]!, byOrg: true, byMasses: true, shortlisted: true, orgAssessment: '优秀', massRating: 96, leaderComment: '师德高尚' });
    await t.api.call('awards.saveNominee', { roundId: round.id, orgId: ids.teachers, memberId: people[1]!, byOrg: true, byMasses: false, shortlisted: false });
    const text = await docText(await t.api.call('cycleExports.awardNotice', { roundId: round.id }));
    assert.match(text, /关于2026年度“优秀共产党员”拟表彰对象的公示/);
    assert.match(text, /现确定以下1名同志为拟表彰对象/);
    assert.match(text, /张伟/);
    assert.doesNotMatch(text, /李娜/);
    assert.match(text, /2026年6月20日至2026年6月26日/);
    assert.match(text, /联系方式：院党委组织部，电话 0738-8312345/);
  });

  it('分类定级结果通报 gives the tally, the share against 90% and the branches to rectify', async () => {
    await t.api.call('grading.save', { year: 2026, orgId: ids.teachers, selfScores: scores(19), superiorScores: scores(18) });
    await t.api.call('grading.save', { year: 2026, orgId: ids.students, selfScores: scores(16), superiorScores: scores(14) });
    const text = await docText(await t.api.call('cycleExports.gradingNotice', { year: 2026 }));
    assert.match(text, /已定级党支部2个，其中先进1个，一般0个，后进1个。先进党支部占50%，未达到90%以上/);
    assert.match(text, /尚有1个党支部未完成定级/);
    assert.match(text, /定为“后进”的信息工程系学生党支部，要认真查找问题/);
  });
});
