import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { validId } from '../helpers/ids';
import { smallTree, snapshot, tempApi } from '../helpers/tmp';

// "now" is 2026-11-23 in tempApi.
let t: ReturnType<typeof tempApi>;
let ids: Awaited<ReturnType<typeof smallTree>>;
let full: number;
let probationary: number;
beforeEach(async () => {
  t = tempApi();
  ids = await smallTree(t);
  full = (await t.api.call('members.save', { name: '张伟', idNumber: validId('19800101', 1), memberType: '正式党员', orgId: ids.students, joinedOn: '2005-07-01', confirmedOn: '2006-07-01' })).id;
  probationary = (await t.api.call('members.save', { name: '王强', idNumber: validId('19990101', 3), memberType: '预备党员', orgId: ids.students, joinedOn: '2025-01-10' })).id;
});
afterEach(() => t.cleanup());

const person = validId('20050310', 11);
const base = {
  name: '刘思远', idNumber: person, orgId: 0, appliedOn: '2024-03-20', talkOn: '2024-04-10', activistOn: '2024-05-06', reviews: ['2024-11-01', '2025-04-30'],
  candidateOn: '2025-05-06', trainingDays: 3, trainingHours: 24,
};

describe('发展党员 records', () => {
  it('moves a person from 积极分子 to 预备党员: a short vote is a finding; the approval puts them on the roster', async () => {
    const activist = await t.api.call('recruits.save', { ...base, orgId: ids.students, candidateOn: null });
    assert.equal(activist.stage, '入党积极分子');
    assert.deepEqual(activist.findings.map((f) => f.rule), ['review-6-months'], 'no review since 2025-04-30');

    const admitted = await t.api.call('recruits.save', {
      ...base, id: activist.id, orgId: ids.students, introducers: [{ memberId: full, name: '张伟' }, { memberId: probationary, name: '王强' }],
      admissionMeetingOn: '2025-06-20', admissionEntitled: 20, admissionYes: 10,
    });
    assert.equal(admitted.stage, '预备党员');
    assert.deepEqual(admitted.findings.map((f) => f.message), [
      '入党介绍人王强在2025年6月20日是预备党员，应为正式党员',
      '2025年6月20日接收预备党员支部大会赞成10票，未超过应到会有表决权的正式党员20人的半数',
      '2025年6月20日支部大会通过，至今未经上级党委审批（应在2025年9月20日前）',
      '预备期已于2026年6月20日期满，尚未讨论转正',
    ]);
    assert.equal((await t.api.call('members.list', { filter: { q: '刘思远' } })).total, 0, 'not on the roster before approval');

    const approved = await t.api.call('recruits.save', {
      ...base, id: activist.id, orgId: ids.students, introducers: [{ memberId: full, name: '张伟' }, { memberId: full, name: '张伟' }],
      admissionMeetingOn: '2025-06-20', admissionEntitled: 20, admissionYes: 18, approvedOn: '2025-08-30',
    });
    const onRoster = (await t.api.call('members.list', { filter: { q: '刘思远' } })).rows[0]!;
    assert.deepEqual([onRoster.memberType, onRoster.joinedOn, onRoster.orgId, onRoster.idNumber], ['预备党员', '2025-06-20', ids.students, person]);
    assert.equal(approved.memberId, onRoster.id);

    const confirmed = await t.api.call('recruits.save', {
      ...base, id: activist.id, orgId: ids.students, introducers: [{ memberId: full, name: '张伟' }, { memberId: full, name: '张伟' }],
      admissionMeetingOn: '2025-06-20', admissionEntitled: 20, admissionYes: 18, approvedOn: '2025-08-30',
      confirmationMeetingOn: '2026-06-22', confirmationEntitled: 21, confirmationYes: 21, confirmationApprovedOn: '2026-07-10',
    });
    assert.deepEqual([confirmed.stage, confirmed.findings], ['正式党员', []]);
    const member = (await t.api.call('members.list', { filter: { q: '刘思远' } })).rows[0]!;
    assert.deepEqual([member.memberType, member.confirmedOn], ['正式党员', '2026-06-22']);
    assert.equal((await t.api.call('members.list', { filter: { q: '刘思远' } })).total, 1, 'one person, not two');
  });

  it('lists findings for the CLI and due items for 工作台', async () => {
    await t.api.call('recruits.save', { ...base, orgId: ids.students, candidateOn: null, reviews: ['2026-06-01'], activistOn: '2025-12-01' });
    const due = await t.api.call('recruits.due', {});
    assert.deepEqual(due.map((d) => [d.kind, d.due, d.name]), [['考察', '2026-12-01', '刘思远'], ['满一年', '2026-12-01', '刘思远']]);
    await t.api.call('recruits.save', { ...base, name: '陈晨', idNumber: validId('20060101', 21), orgId: ids.students, talkOn: '2024-05-01' });
    const findings = await t.api.call('recruits.check', {});
    assert.deepEqual(findings.map((f) => [f.name, f.rule]), [['陈晨', 'talk-1-month']]);
    assert.match(findings[0]!.message, /谈话在2024年5月1日，超过1个月（应在2024年4月20日前）/);
  });

  it('refuses an 入党宣誓 before the approval and a 转正申请 out of place, naming both dates and writing nothing; a stored one is listed by the check', async () => {
    const admitted = {
      ...base, orgId: ids.students, introducers: [{ memberId: full, name: '张伟' }, { memberId: full, name: '张伟' }],
      admissionMeetingOn: '2025-06-20', admissionEntitled: 20, admissionYes: 18, approvedOn: '2025-08-30', oathOn: '2025-09-05',
      confirmationAppliedOn: '2026-06-01', confirmationMeetingOn: '2026-06-22', confirmationEntitled: 21, confirmationYes: 21, confirmationApprovedOn: '2026-07-10',
    };
    const saved = await t.api.call('recruits.save', admitted);
    assert.deepEqual(saved.findings, []);
    const before = await t.api.call('recruits.get', { id: saved.id });
    const counts = snapshot(t);

    const early = await t.api.invoke('recruits.save', { ...admitted, id: saved.id, oathOn: '2025-08-29', notes: '改过' });
    assert.equal(early.ok ? '' : early.error.message, '入党宣誓时间2025年8月29日早于上级党委审批时间2025年8月30日：入党宣誓应在上级党委批准接收为预备党员之后');
    const late = await t.api.invoke('recruits.save', { ...admitted, id: saved.id, confirmationAppliedOn: '2026-06-22' });
    assert.match(late.ok ? '' : late.error.message, /递交转正申请书时间2026年6月22日不早于讨论转正的支部大会2026年6月22日/);
    const beforeAdmission = await t.api.invoke('recruits.save', { ...admitted, id: saved.id, confirmationAppliedOn: '2025-06-19' });
    assert.match(beforeAdmission.ok ? '' : beforeAdmission.error.message, /递交转正申请书时间2025年6月19日早于支部大会讨论接收预备党员的时间2025年6月20日/);
    const fresh = await t.api.invoke('recruits.save', { ...admitted, name: '陈晨', idNumber: validId('20060101', 21), oathOn: '2025-06-01' });
    assert.equal(fresh.ok, false);
    assert.deepEqual(await t.api.call('recruits.get', { id: saved.id }), before, 'the record is as it was');
    assert.deepEqual((await t.api.call('recruits.list', {})).map((r) => r.name), ['刘思远'], 'no record for the refused new person');
    assert.equal((await t.api.call('members.list', { filter: { q: '陈晨' } })).total, 0, 'nor a roster entry');
    assert.deepEqual(snapshot(t), counts, 'no roster change, no audit line');

    // A record stored before the rule (or by another tool) is listed, not hidden.
    t.db.prepare('UPDATE recruits SET oath_on = ?, confirmation_applied_on = ? WHERE id = ?').run('2025-07-01', '2026-06-25', saved.id);
    assert.deepEqual((await t.api.call('recruits.check', {})).map((f) => [f.name, f.rule, f.message]), [
      ['刘思远', 'oath-after-approval', '入党宣誓时间2025年7月1日早于上级党委审批时间2025年8月30日：入党宣誓应在上级党委批准接收为预备党员之后'],
      ['刘思远', 'confirmation-application-order', '递交转正申请书时间2026年6月25日不早于讨论转正的支部大会2026年6月22日：应先递交转正申请书，支部大会再讨论转正'],
    ]);
  });

  it('a form save that changes the linked roster member says so in the member’s 变动记录, as the import does', async () => {
    const admitted = {
      ...base, orgId: ids.students, introducers: [{ memberId: full, name: '张伟' }, { memberId: full, name: '张伟' }],
      admissionMeetingOn: '2025-06-20', admissionEntitled: 20, admissionYes: 18, approvedOn: '2025-08-30',
    };
    const saved = await t.api.call('recruits.save', admitted);
    const memberId = saved.memberId!;
    const kinds = async () => (await t.api.call('members.get', { id: memberId })).events.map((e) => e.kind);
    assert.deepEqual(await kinds(), ['created'], 'the approval put them on the roster: one 登记 line');
    await t.api.call('recruits.save', { ...admitted, id: saved.id, notes: '只改备注' });
    assert.deepEqual(await kinds(), ['created'], 'nothing on the roster changed: no line');

    await t.api.call('recruits.save', {
      ...admitted, id: saved.id, admissionMeetingOn: '2025-06-23', confirmationMeetingOn: '2026-06-24', confirmationEntitled: 21, confirmationYes: 21, confirmationApprovedOn: '2026-07-10',
    });
    const { member, events } = await t.api.call('members.get', { id: memberId });
    assert.deepEqual([member.memberType, member.joinedOn, member.confirmedOn], ['正式党员', '2025-06-23', '2026-06-24']);
    const e = events.find((x) => x.kind === 'recruit')!;
    assert.deepEqual([e.onDate, e.reason, e.fromValue, e.toValue], [
      '2026-11-23', '保存发展党员记录', '党员类别 预备党员；入党时间 2025-06-20；转正时间 （空）', '党员类别 正式党员；入党时间 2025-06-23；转正时间 2026-06-24',
    ]);
  });

  it('refuses a wrong ID number, a second record for one person and a non-branch, changing nothing', async () => {
    const bad = validId('20050310', 13);
    const r1 = await t.api.invoke('recruits.save', { ...base, idNumber: `${bad.slice(0, 17)}${bad[17] === '1' ? '2' : '1'}`, orgId: ids.students });
    assert.match(r1.ok ? '' : r1.error.message, /校验位不符/);
    await t.api.call('recruits.save', { ...base, orgId: ids.students });
    const r2 = await t.api.invoke('recruits.save', { ...base, orgId: ids.students });
    assert.match(r2.ok ? '' : r2.error.message, /已有发展党员记录/);
    const r3 = await t.api.invoke('recruits.save', { ...base, idNumber: validId('20050310', 15), orgId: ids.general });
    assert.match(r3.ok ? '' : r3.error.message, /请选择所在党支部/);
    assert.equal((await t.api.call('recruits.list', {})).length, 1);
  });
});

describe('command line: 发展党员', () => {
  it('check recruits --json prints one object per finding and exits 1; list due --json lists due items', async () => {
    const { cli } = await import('../helpers/cli');
    await t.api.call('recruits.save', { ...base, orgId: ids.students, talkOn: '2024-05-01' });
    t.close();
    const checked = await cli(['check', 'recruits', '--json', '--data', t.dataDir]);
    assert.equal(checked.code, 1);
    const findings = JSON.parse(checked.out) as { name: string; idNumber: string; rule: string; message: string }[];
    assert.deepEqual(Object.keys(findings[0]!), ['name', 'idNumber', 'rule', 'message']);
    assert.deepEqual(findings.map((f) => [f.name, f.idNumber, f.rule]), [['刘思远', person, 'talk-1-month']]);
    const due = await cli(['list', 'due', '--json', '--data', t.dataDir]);
    assert.equal(due.code, 0);
    assert.deepEqual(JSON.parse(due.out), []);
  });
});

describe('发展党员台账', () => {
  it('has a row per person with every step, red where a finding is, and the findings written out', async () => {
    const { default: ExcelJS } = await import('exceljs');
    await t.api.call('recruits.save', { ...base, orgId: ids.students, introducers: [{ memberId: full }, { memberId: full }], admissionMeetingOn: '2025-06-20', admissionEntitled: 20, admissionYes: 10, approvedOn: '2025-08-30', confirmationMeetingOn: '2026-06-22', confirmationEntitled: 20, confirmationYes: 19, confirmationApprovedOn: '2026-07-01' });
    const f = await t.api.call('recruits.exportLedger', { year: 2026 });
    assert.equal(f.fileName, '测试学院党委2026年度发展党员台账.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(f.base64, 'base64') as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('发展党员台账')!;
    const header = (ws.getRow(3).values as unknown[]).slice(1).map(String);
    const cell = (h: string) => ws.getRow(4).getCell(header.indexOf(h) + 1);
    assert.deepEqual([cell('姓名').value, cell('阶段').value, cell('支部大会').value, cell('赞成/应到').value, cell('入党介绍人').value], ['刘思远', '正式党员', new Date(Date.UTC(2025, 5, 20)), '10/20', '张伟、张伟'], 'step dates are date cells');
    assert.equal((cell('赞成/应到').fill as { fgColor?: { argb?: string } }).fgColor?.argb, 'FFFFC7CE');
    assert.equal((cell('转正赞成/应到').fill as { fgColor?: { argb?: string } } | undefined)?.fgColor?.argb, undefined);
    assert.match(String(cell('检查发现的问题').value), /赞成10票，未超过应到会有表决权的正式党员20人的半数/);
    assert.equal((await t.api.call('recruits.exportLedger', { year: 2020 })).base64.length > 0, true);
  });
});

describe('公示 for a branch', () => {
  const docText = async (b64: string) => {
    const { default: JSZip } = await import('jszip');
    const xml = await (await JSZip.loadAsync(Buffer.from(b64, 'base64'))).file('word/document.xml')!.async('string');
    return xml.replace(/<[^>]+>/g, '');
  };
  it('发展对象公示 lists the branch\'s 发展对象 with the period; 拟转正公示 the 预备党员 whose year is up', async () => {
    await t.api.call('recruits.save', { ...base, orgId: ids.students });
    const c = await t.api.call('recruits.notice', { orgId: ids.students, kind: 'candidate', from: '2026-11-24', to: '2026-11-30', contact: '支部书记 张伟' });
    const text = await docText(c.base64);
    assert.match(text, /关于信息工程系学生党支部发展对象的公示/);
    assert.match(text, /刘思远.*2005-03.*2024年5月6日/);
    assert.match(text, /2026年11月24日至2026年11月30日/);
    const none = await t.api.invoke('recruits.notice', { orgId: ids.students, kind: 'confirmation', from: '2026-11-24', to: '2026-11-30' });
    assert.match(none.ok ? '' : none.error.message, /没有预备期期满的预备党员/);
    await t.api.call('recruits.save', { ...base, orgId: ids.students, id: (await t.api.call('recruits.list', {}))[0]!.id, introducers: [{ memberId: full }, { memberId: full }], admissionMeetingOn: '2025-12-10', admissionEntitled: 20, admissionYes: 15, approvedOn: '2026-01-05' });
    const p = await t.api.call('recruits.notice', { orgId: ids.students, kind: 'confirmation', from: '2026-11-24', to: '2026-11-30' });
    assert.match(await docText(p.base64), /预备党员拟转正的公示.*刘思远.*2025年12月10日.*2026年12月10日/);
  });
});

describe('发展党员 rule set', () => {
  it('is edited in 系统设置: the checks follow the new interval; refused values change nothing; reset restores', async () => {
    const activist = await t.api.call('recruits.save', { ...base, orgId: ids.students, candidateOn: null });
    assert.match(activist.findings[0]!.message, /应在2025年10月30日前考察/);
    const rules = await t.api.call('recruitmentRules.get', {});
    await t.api.call('recruitmentRules.save', { ...rules, reviewEveryMonths: 12 });
    assert.match((await t.api.call('recruits.get', { id: activist.id })).findings[0]!.message, /应在2026年4月30日前考察/);
    await assert.rejects(t.api.call('recruitmentRules.save', { ...rules, extensionMonths: { min: 12, max: 6 } }), /最短月数不能大于最长月数/);
    assert.equal((await t.api.call('recruitmentRules.get', {})).reviewEveryMonths, 12, 'the refused save changed nothing');
    await t.api.call('recruitmentRules.reset', {});
    assert.equal((await t.api.call('recruitmentRules.get', {})).reviewEveryMonths, 6);
  });
});
