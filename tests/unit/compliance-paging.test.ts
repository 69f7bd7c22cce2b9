// 落实情况 pages on the server: one rule, one page of branches, 只看有缺项 applied before the page is cut.
import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { DEFAULT_RULES } from '../../electron/domain/rules';
import { tempApi } from '../helpers/tmp';

// "now" is 2026-11-23 in tempApi: January to October have ended.
let t: ReturnType<typeof tempApi>;
let branches: number[];
let general: number;
beforeEach(async () => {
  t = tempApi();
  const committee = (await t.api.call('orgs.create', { parentId: null, kind: 'committee', name: '测试学院党委' })).id;
  general = (await t.api.call('orgs.create', { parentId: committee, kind: 'general_branch', name: '信息工程系党总支' })).id;
  branches = [];
  for (let i = 1; i <= 25; i++) {
    branches.push((await t.api.call('orgs.create', { parentId: general, kind: 'branch', name: `第${String(i).padStart(2, '0')}党支部`, category: '教职工' })).id);
  }
});
afterEach(() => t.cleanup());

/** A 支委会 in each month from January to `through` (1–12), so the ended months are all held. */
async function committeeMeetings(orgId: number, through: number) {
  for (let m = 1; m <= through; m++) {
    await t.api.call('meetings.save', { orgId, type: '支委会', heldOn: `2026-${String(m).padStart(2, '0')}-10`, topic: '研究本月工作', hours: 1, attendance: [] });
  }
}

const names = (rows: { name: string }[]) => rows.map((r) => r.name);

describe('compliance.matrix paging', () => {
  it('returns one page of branches in order with the total, and the last page when asked beyond it', async () => {
    const p1 = await t.api.call('compliance.matrix', { year: 2026, ruleId: 'committee-monthly', page: 1, pageSize: 10 });
    assert.equal(p1.rule?.id, 'committee-monthly');
    assert.deepEqual([p1.total, p1.branches, p1.page, p1.rows.length, p1.periods.length], [25, 25, 1, 10, 12]);
    assert.deepEqual(names(p1.rows), Array.from({ length: 10 }, (_, i) => `第${String(i + 1).padStart(2, '0')}党支部`));
    const p3 = await t.api.call('compliance.matrix', { year: 2026, ruleId: 'committee-monthly', page: 3, pageSize: 10 });
    assert.deepEqual(names(p3.rows), ['第21党支部', '第22党支部', '第23党支部', '第24党支部', '第25党支部']);
    const beyond = await t.api.call('compliance.matrix', { year: 2026, ruleId: 'committee-monthly', page: 9, pageSize: 10 });
    assert.equal(beyond.page, 3);
    assert.deepEqual(names(beyond.rows), names(p3.rows));
    // The rules to choose from come with every page.
    assert.ok(p1.rules.some((r) => r.id === 'life-monthly' && r.label === '组织生活'));
  });

  it('只看有缺项 leaves out branches with nothing missing before cutting the page, and counts them apart', async () => {
    await committeeMeetings(branches[0]!, 10);
    await committeeMeetings(branches[11]!, 11);
    await committeeMeetings(branches[12]!, 9); // October missing: still listed
    const all = await t.api.call('compliance.matrix', { year: 2026, ruleId: 'committee-monthly', page: 1, pageSize: 10 });
    assert.equal(all.rows[0]!.missing, 0);
    const p1 = await t.api.call('compliance.matrix', { year: 2026, ruleId: 'committee-monthly', onlyMissing: true, page: 1, pageSize: 10 });
    assert.deepEqual([p1.total, p1.branches], [23, 25]);
    assert.equal(p1.rows[0]!.name, '第02党支部');
    const p2 = await t.api.call('compliance.matrix', { year: 2026, ruleId: 'committee-monthly', onlyMissing: true, page: 2, pageSize: 10 });
    assert.equal(p1.rows[9]!.name, '第11党支部');
    // 第12 is left out; 第13 stays with its one missing month.
    assert.deepEqual(names(p2.rows), ['第13党支部', '第14党支部', '第15党支部', '第16党支部', '第17党支部', '第18党支部', '第19党支部', '第20党支部', '第21党支部', '第22党支部']);
    assert.equal(p2.rows[0]!.missing, 1);
    assert.equal(p2.rows[0]!.cells[9]!.status, 'missing');
    assert.equal(p2.rows[0]!.cells[8]!.status, 'done');
    const p3 = await t.api.call('compliance.matrix', { year: 2026, ruleId: 'committee-monthly', onlyMissing: true, page: 3, pageSize: 10 });
    assert.deepEqual(names(p3.rows), ['第23党支部', '第24党支部', '第25党支部']);
  });

  it('gives the rule asked for, the first rule in force for one switched off or unknown, and none when all are off', async () => {
    const life = await t.api.call('compliance.matrix', { year: 2026, ruleId: 'assembly-quarterly', pageSize: 5 });
    assert.deepEqual([life.rule?.id, life.periods.map((p) => p.label)], ['assembly-quarterly', ['第一季度', '第二季度', '第三季度', '第四季度']]);
    await t.api.call('rules.save', { ...DEFAULT_RULES, meetings: DEFAULT_RULES.meetings.map((r) => (r.id === 'committee-monthly' ? { ...r, enabled: false } : r)) });
    const off = await t.api.call('compliance.matrix', { year: 2026, ruleId: 'committee-monthly' });
    assert.equal(off.rule?.id, 'life-monthly');
    assert.ok(!off.rules.some((r) => r.id === 'committee-monthly'));
    assert.equal((await t.api.call('compliance.matrix', { year: 2026, ruleId: '没有这一项' })).rule?.id, 'life-monthly');
    await t.api.call('rules.save', { ...DEFAULT_RULES, meetings: DEFAULT_RULES.meetings.map((r) => ({ ...r, enabled: false })) });
    const none = await t.api.call('compliance.matrix', { year: 2026 });
    assert.deepEqual([none.rule, none.rows, none.total, none.rules], [null, [], 0, []]);
  });

  it('says why a "—" cell asks nothing: no 党小组, or the branch not yet founded', async () => {
    const groups = await t.api.call('compliance.matrix', { year: 2026, ruleId: 'group-monthly', pageSize: 1 });
    assert.ok(groups.rows[0]!.cells.every((c) => c.status === 'na' && c.note === '第01党支部未设党小组，不要求召开党小组会'));
    const late = (await t.api.call('orgs.create', { parentId: general, kind: 'branch', name: '新建党支部', category: '教职工', foundedOn: '2026-06-15' })).id;
    const row = (await t.api.call('compliance.matrix', { year: 2026, orgId: late, ruleId: 'committee-monthly' })).rows[0]!;
    assert.deepEqual(row.cells.slice(3, 7).map((c) => c.status), ['na', 'na', 'missing', 'missing']);
    assert.equal(row.cells[4]!.note, '新建党支部2026-06-15成立，5月尚未成立，不要求开展支委会');
    assert.equal(row.cells[5]!.note, undefined);
  });

  it('narrows to an organisation and refuses one that does not exist', async () => {
    const one = await t.api.call('compliance.matrix', { year: 2026, orgId: branches[4]!, ruleId: 'committee-monthly' });
    assert.deepEqual([names(one.rows), one.total, one.branches], [['第05党支部'], 1, 1]);
    const r = await t.api.invoke('compliance.matrix', { year: 2026, orgId: 99_999 });
    assert.match(r.ok ? '' : r.error.message, /找不到该组织/);
  });
});

// The yearly counts table and the 党课 list under the matrix page on the server too: at 600 branches
// the whole table was 400 KB sent for 20 rows drawn.
describe('compliance.summary paging', () => {
  it('returns 20 branches of yearly counts with the total, the rule columns, and the last page when asked beyond it', async () => {
    await committeeMeetings(branches[21]!, 10);
    const p1 = await t.api.call('compliance.summary', { year: 2026 });
    assert.deepEqual([p1.branches.total, p1.branches.page, p1.branches.pageSize, p1.branches.rows.length], [25, 1, 20, 20]);
    assert.equal(p1.branches.rows[0]!.name, '第01党支部');
    assert.ok(p1.columns.some((c) => c.ruleId === 'committee-monthly' && c.label === '支委会'));
    // 党小组会 is a column though no branch here has groups (a branch's counts leave it out).
    assert.ok(p1.columns.some((c) => c.ruleId === 'group-monthly'));
    assert.ok(!p1.branches.rows[0]!.counts.some((c) => c.ruleId === 'group-monthly'));
    const p2 = await t.api.call('compliance.summary', { year: 2026, page: 2 });
    assert.deepEqual(names(p2.branches.rows), ['第21党支部', '第22党支部', '第23党支部', '第24党支部', '第25党支部']);
    const held = p2.branches.rows[1]!.counts.find((c) => c.ruleId === 'committee-monthly')!;
    assert.deepEqual([held.count, held.expected, held.missed], [10, 12, false]);
    assert.equal(p2.branches.rows[0]!.counts.find((c) => c.ruleId === 'committee-monthly')!.missed, true);
    assert.equal((await t.api.call('compliance.summary', { year: 2026, page: 7 })).branches.page, 2);
  });

  it('pages the committee members who owe a 党课, 10 at a time, with the total', async () => {
    await t.api.call('rules.save', { ...DEFAULT_RULES, lecturesPerCommitteeMember: { ...DEFAULT_RULES.lecturesPerCommitteeMember, enabled: true } });
    for (let i = 0; i < 12; i++) {
      await t.api.call('orgs.saveRole', { orgId: branches[i]!, role: '书记', personName: `书记${String(i + 1).padStart(2, '0')}`, termStart: '2026-01-01' });
    }
    await t.api.call('meetings.save', { orgId: branches[0]!, type: '党课', heldOn: '2026-03-10', topic: '党课', hours: 1, attendance: [], lecturer: '书记01' });
    const p1 = await t.api.call('compliance.summary', { year: 2026 });
    assert.deepEqual([p1.lecturesOwed.total, p1.lecturesOwed.rows.length], [11, 10]);
    assert.equal(p1.lecturesOwed.rows[0]!.name, '书记02');
    const p2 = await t.api.call('compliance.summary', { year: 2026, owedPage: 2 });
    assert.deepEqual(names(p2.lecturesOwed.rows), ['书记12']);
    // Paging one list leaves the other where it was.
    assert.equal(p2.branches.page, 1);
  });
});
