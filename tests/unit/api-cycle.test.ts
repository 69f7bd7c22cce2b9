import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import path from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { DEFAULT_GRADING } from '../../electron/domain/cycleRules';
import { validId } from '../helpers/ids';
import { smallTree, tempApi } from '../helpers/tmp';

// "now" is 2026-11-23 in tempApi.
let t: ReturnType<typeof tempApi>;
let ids: Awaited<ReturnType<typeof smallTree>>;
let nine: number[];
beforeEach(async () => {
  t = tempApi();
  ids = await smallTree(t);
  nine = [];
  for (let i = 0; i < 9; i++) nine.push((await t.api.call('members.save', { name: `教师${'一二三四五六七八九'[i]}`, idNumber: validId('19800101', i * 2 + 1), memberType: '正式党员', orgId: ids.teachers })).id);
});
afterEach(() => t.cleanup());

const message = async (method: string, input: unknown) => {
  const r = await t.api.invoke(method, input);
  return r.ok ? '' : r.error.message;
};
const auditCount = () => (t.db.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n;

describe('承诺评议', () => {
  it('needs the year\'s campaign, lists who has not committed, and rates on the configured scale', async () => {
    assert.match(await message('commitments.save', { year: 2026, orgId: ids.teachers, content: '立足岗位作表率', committedOn: '2026-03-01' }), /2026年度还没有建立承诺评议活动/);
    await t.api.call('campaigns.save', { year: 2026, title: '2026年公开承诺活动', commitDue: '2026-03-15', rateDue: '2026-07-01' });
    const branch = await t.api.call('commitments.save', { year: 2026, orgId: ids.teachers, content: '建设学习型党支部', committedOn: '2026-03-10', publishedOn: '2026-03-12' });
    await t.api.call('commitments.save', { year: 2026, orgId: ids.teachers, memberId: nine[0]!, content: '上好每一堂课', committedOn: '2026-03-20' });
    assert.match(await message('commitments.save', { year: 2026, orgId: ids.teachers, memberId: nine[0]!, content: '再承诺', committedOn: '2026-03-21' }), /教师一本年度已有承诺/);
    assert.match(await message('commitments.save', { year: 2026, orgId: ids.students, memberId: nine[1]!, content: 'x', committedOn: '2026-03-21' }), /教师二不属于信息工程系学生党支部/);

    const board = await t.api.call('commitments.board', { year: 2026, orgId: ids.general });
    assert.equal(board.rows.length, 2);
    assert.equal(board.late, 1, 'the member committed after 3月15日');
    const teachers = board.missing.find((m) => m.orgId === ids.teachers)!;
    assert.equal(teachers.branchCommitted, true);
    assert.equal(teachers.members.length, 8);
    assert.deepEqual(board.missing.find((m) => m.orgId === ids.students), { orgId: ids.students, orgName: '信息工程系学生党支部', branchCommitted: false, members: [], memberCount: 0 });
    assert.deepEqual([board.missingBranches, board.missingMembers, board.missingTotal], [1, 8, 2]);

    const before = auditCount();
    assert.match(await message('commitments.rate', { id: branch.id, rating: '优', ratedOn: '2026-06-30' }), /评诺结果应为好、较好、一般、差之一/);
    assert.match(await message('commitments.rate', { id: branch.id, rating: '好' }), /请填写评诺日期/);
    assert.equal(auditCount(), before);
    await t.api.call('commitments.rate', { id: branch.id, rating: '好', ratedOn: '2026-06-30', ratedBy: '院党委' });
    await t.api.call('commitments.addProgress', { commitmentId: branch.id, onDate: '2026-05-04', note: '开展读书班 3 次' });
    const after = await t.api.call('commitments.board', { year: 2026 });
    assert.deepEqual(after.rows.map((r) => [r.memberName, r.rating, r.progressCount]), [[null, '好', 1], ['教师一', null, 0]]);
    assert.equal(after.unrated, 1);
    // Pages on the server, with the counts over all of them; beyond the end gives the last page.
    const second = await t.api.call('commitments.board', { year: 2026, page: 2, pageSize: 1 });
    assert.deepEqual([second.rows.map((r) => r.memberName), second.total, second.page, second.unrated], [['教师一'], 2, 2, 1]);
    assert.equal((await t.api.call('commitments.board', { year: 2026, page: 5, pageSize: 1 })).page, 2);
  });
});

describe('民主评议党员', () => {
  const sheet = (excellent: number) => nine.map((memberId, i) => ({ memberId, massScore: 90, peerScore: 88, grade: i < excellent ? ('优秀' as const) : ('合格' as const) }));

  it('refuses a fourth 优秀 in a branch of nine, naming the branch and numbers, and changes nothing', async () => {
    const ok = await t.api.call('evaluations.save', { year: 2026, orgId: ids.teachers, rows: sheet(3) });
    assert.deepEqual([ok.members, ok.excellent, ok.excellentLimit], [9, 3, 3]);
    const before = auditCount();
    assert.equal(
      await message('evaluations.save', { year: 2026, orgId: ids.teachers, rows: sheet(4) }),
      '信息工程系教工党支部共有党员 9 名，评为优秀的不能超过三分之一（最多 3 名），现在是 4 名。如经批准超出，请填写批准情况',
    );
    assert.equal(auditCount(), before);
    assert.equal((await t.api.call('evaluations.branch', { year: 2026, orgId: ids.teachers })).excellent, 3);
  });

  it('accepts the excess with an approval recorded, and clears it when no longer needed', async () => {
    const r = await t.api.call('evaluations.save', { year: 2026, orgId: ids.teachers, rows: sheet(4), exceptionReason: '经院党委2026年12月1日会议批准' });
    assert.equal(r.excellent, 4);
    assert.equal(r.exceptionReason, '经院党委2026年12月1日会议批准');
    const back = await t.api.call('evaluations.save', { year: 2026, orgId: ids.teachers, rows: sheet(2) });
    assert.equal(back.exceptionReason, null);
  });

  it('records leader comments and satisfaction surveys with their rate', async () => {
    await t.api.call('comments.save', { year: 2026, leader: '王书记', orgId: ids.teachers, content: '组织生活规范，建议加强青年教师培养', onDate: '2026-06-18' });
    assert.match(await message('comments.save', { year: 2026, leader: '王书记', orgId: ids.teachers, content: 'x', onDate: '2025-06-18' }), /点评日期应在所选年度内/);
    await t.api.call('satisfaction.save', { year: 2026, orgId: ids.teachers, serviceWindow: '教务服务窗口', satisfied: 80, basic: 15, dissatisfied: 5, onDate: '2026-11-01' });
    assert.match(await message('satisfaction.save', { year: 2026, orgId: ids.teachers, satisfied: 0, basic: 0, dissatisfied: 0, onDate: '2026-11-01' }), /请至少填写一项测评人数/);
    assert.deepEqual((await t.api.call('satisfaction.list', { year: 2026 })).map((s) => [s.serviceWindow, s.rate]), [['教务服务窗口', 95]]);
  });
});

describe('分类定级', () => {
  const scores = (each: number) => Object.fromEntries(DEFAULT_GRADING.items.map((i) => [i.id, each]));

  it('computes self, superior, the 40/60 total and the band; shows the evidence and the 先进 share', async () => {
    await t.api.call('campaigns.save', { year: 2026, title: '公开承诺', commitDue: null, rateDue: null });
    await t.api.call('commitments.save', { year: 2026, orgId: ids.teachers, content: '建设学习型党支部', committedOn: '2026-03-10' });
    await t.api.call('satisfaction.save', { year: 2026, orgId: ids.teachers, satisfied: 9, basic: 0, dissatisfied: 1, onDate: '2026-11-01' });
    // A 支委会 expects the committee (教师一, the 书记); the other eight sit in (列席) and are credited the hours too.
    await t.api.call('orgs.saveRole', { orgId: ids.teachers, role: '书记', memberId: nine[0]!, personName: '教师一', termStart: '2026-01-01' });
    await t.api.call('meetings.save', { orgId: ids.teachers, type: '支委会', heldOn: '2026-11-05', topic: '研究工作', hours: 2, attendance: nine.map((memberId, i) => ({ memberId, status: '出席' as const, sitsIn: i > 0 })) });

    const row = await t.api.call('grading.save', { year: 2026, orgId: ids.teachers, selfScores: scores(19), superiorScores: scores(18), gradedOn: '2026-12-05' });
    assert.deepEqual([row.selfScore, row.superiorScore, row.total, row.grade], [95, 90, 92, '先进']);
    assert.equal(row.evidence.commitments, 1);
    assert.equal(row.evidence.satisfactionRate, 90);
    // The November 支委会 falls in the running month: counted neither as done nor as due (ended months only).
    assert.ok(row.evidence.meetingsDone === 0 && row.evidence.meetingsDue > 0);
    assert.equal(row.evidence.averageHours, 2);

    await t.api.call('grading.save', { year: 2026, orgId: ids.students, selfScores: scores(16), superiorScores: scores(14) });
    const summary = await t.api.call('grading.summary', { year: 2026 });
    assert.deepEqual(summary.rows.map((r) => [r.orgName, r.total, r.grade]), [
      ['信息工程系教工党支部', 92, '先进'],
      ['信息工程系学生党支部', 74, '后进'],
      ['机关党支部', null, null],
    ]);
    assert.deepEqual(summary.share, { top: '先进', count: 1, graded: 2, percent: 50, target: 0.9 });
    assert.match(await message('grading.save', { year: 2026, orgId: ids.teachers, selfScores: { ...scores(19), leadership: 30 }, superiorScores: scores(18) }), /自评：“领导班子好”的得分应在 0 到 20 分之间（填的是 30）/);
    assert.match(await message('grading.save', { year: 2026, orgId: ids.general, selfScores: {}, superiorScores: {} }), /分类定级的对象应是党支部/);
  });

  it('never shows stale evidence: a write here or a commit by another process is seen at once', async () => {
    const evidence = async () => (await t.api.call('grading.summary', { year: 2026 })).rows.find((r) => r.orgId === ids.teachers)!.evidence;
    assert.equal((await evidence()).satisfactionRate, null);
    await t.api.call('satisfaction.save', { year: 2026, orgId: ids.teachers, satisfied: 3, basic: 1, dissatisfied: 0, onDate: '2026-11-01' });
    assert.equal((await evidence()).satisfactionRate, 100);
    const other = new Database(path.join(t.dataDir, 'dangjian.sqlite3'));
    other.prepare("INSERT INTO satisfaction_surveys (year, org_id, satisfied, basic, dissatisfied, on_date, created_at) VALUES (2026, ?, 0, 0, 4, '2026-11-02', '')").run(ids.teachers);
    other.close();
    assert.equal((await evidence()).satisfactionRate, 50);
  });

  it('follows the configured weights and bands', async () => {
    const rules = await t.api.call('cycleRules.get', {});
    await t.api.call('cycleRules.save', { ...rules, grading: { ...rules.grading, selfWeight: 50, superiorWeight: 50, bands: [{ min: 85, grade: '好' }, { min: 0, grade: '一般' }] } });
    const row = await t.api.call('grading.save', { year: 2026, orgId: ids.teachers, selfScores: scores(18), superiorScores: scores(16) });
    assert.deepEqual([row.total, row.grade], [85, '好']);
  });
});

describe('评选表彰', () => {
  it('refuses to finalise while a step is missing, saying which; then finalises and locks the round', async () => {
    const round = await t.api.call('awards.save', { year: 2026, title: '优秀共产党员', target: 'member', criteria: '坚持“五带头”', quota: 1 });
    const a = await t.api.call('awards.saveNominee', { roundId: round.id, orgId: ids.teachers, memberId: nine[0]!, byOrg: true, byMasses: false, shortlisted: true });
    await t.api.call('awards.saveNominee', { roundId: round.id, orgId: ids.teachers, memberId: nine[1]!, byOrg: false, byMasses: true, shortlisted: true, orgAssessment: '良好', massRating: 90, leaderComment: '好' });
    assert.match(await message('awards.saveNominee', { roundId: round.id, orgId: ids.teachers, memberId: null, byOrg: true, byMasses: false }), /表彰个人，请选择党员/);

    const refused = await message('awards.finalise', { id: round.id });
    assert.match(refused, /^还不能确定表彰结果：/);
    for (const part of ['评选条件和名额尚未公开', '教师一：缺少组织考核、群众评议、领导点评（三评）', '拟表彰对象 2 名，超过名额 1 名', '尚未进行表彰前公示', '尚未填写表彰决定日期']) assert.ok(refused.includes(part), part);

    await t.api.call('awards.saveNominee', { id: a.id, roundId: round.id, orgId: ids.teachers, memberId: nine[0]!, byOrg: true, byMasses: false, shortlisted: true, orgAssessment: '优秀', massRating: 96, leaderComment: '师德高尚' });
    const second = (await t.api.call('awards.get', { id: round.id })).nominees.find((n) => n.name === '教师二')!;
    await t.api.call('awards.saveNominee', { id: second.id, roundId: round.id, orgId: ids.teachers, memberId: nine[1]!, byOrg: false, byMasses: true, shortlisted: false, orgAssessment: '良好', massRating: 90, leaderComment: '好' });
    await t.api.call('awards.save', { id: round.id, year: 2026, title: '优秀共产党员', target: 'member', criteria: '坚持“五带头”', quota: 1, criteriaPublishedOn: '2026-05-10', publicityFrom: '2026-06-20', publicityTo: '2026-06-26', contact: '组织部 8312345', decidedOn: '2026-06-28' });
    const done = await t.api.call('awards.finalise', { id: round.id });
    assert.ok(done.round.finalisedAt);
    assert.deepEqual(done.nominees.map((n) => [n.name, n.awarded]), [['教师二', false], ['教师一', true]]); // in pinyin order
    assert.match(await message('awards.deleteNominee', { id: a.id }), /已经确定表彰结果，如需修改请先撤销确定/);
    const reopened = await t.api.call('awards.reopen', { id: round.id, reason: '公示期收到反映，重新核实' });
    assert.deepEqual(reopened.nominees.map((n) => n.awarded), [false, false]);
  });
});
