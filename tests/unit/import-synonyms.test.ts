import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mapRow, matchHeader } from '../../electron/imports/headers';
import { BASE_FIELDS, codedLabel, HOURS_FIELDS, RECRUIT_FIELDS, RECRUIT_REPEATS, ROSTER_FIELDS, type FieldTable } from '../../electron/imports/synonyms';

const TABLES = { 花名册: ROSTER_FIELDS, 学时: HOURS_FIELDS, 党费基数: BASE_FIELDS, 发展党员: RECRUIT_FIELDS } as Record<string, FieldTable<string>>;

const fieldOf = <F extends string>(text: string, fields: FieldTable<F>) => {
  const hit = matchHeader(text, fields);
  return hit && 'field' in hit ? hit.field : hit ? `ambiguous:${hit.ambiguous.join('/')}` : null;
};

describe('synonym tables', () => {
  for (const [table, fields] of Object.entries(TABLES)) {
    for (const [field, spec] of Object.entries(fields)) {
      for (const name of spec.names) {
        it(`${table}: “${name}” is ${spec.label}`, () => {
          // Each wording reads as its field, as typed and with the spaces and 必填 stars of real templates.
          assert.equal(fieldOf(name, fields), field);
          assert.equal(fieldOf(`* ${name.split('').join(' ')}`, fields), field);
        });
      }
    }
  }

  it('reads each field’s own label (the template’s headers) as that field', () => {
    for (const fields of Object.values(TABLES)) {
      for (const [field, spec] of Object.entries(fields)) assert.equal(fieldOf(spec.label, fields), field, spec.label);
    }
  });

  it('reads the wordings of real templates', () => {
    const roster = (h: string) => fieldOf(h, ROSTER_FIELDS);
    const recruits = (h: string) => fieldOf(h, RECRUIT_FIELDS);
    assert.equal(roster('所在组织(请不要输入特殊符号)'), 'branch'); // national system's 采集表: an instruction, not a meaning
    assert.equal(roster('所在组织（请不要输入特殊符号）'), 'branch');
    assert.equal(roster('所属党支部'), 'branch'); // WisdomTown, owip
    assert.equal(roster('党支部名称'), 'branch'); // RuoYi 党建, yice
    assert.equal(roster('编入党支部'), 'branch'); // WisdomTown 退役军人党员
    assert.equal(recruits('所在党组织'), 'orgName');
    assert.equal(recruits('申请入党日期           (格式yyyy-mm-dd)'), 'appliedOn'); // yice easypoi
    assert.equal(recruits('转正日期 (格式yyyy-mm-dd)'), 'confirmationMeetingOn');
    assert.equal(roster('【必填】身份证号'), 'idNumber');
    // 学号 in rosters and sign-in lists; a staff 工号 alone is not a 学号 (the app keeps no 工号).
    for (const h of ['学号', '学生证号', '学工号', '学号/工号', '学号（工号）']) {
      assert.equal(roster(h), 'studentNo', h);
      assert.equal(fieldOf(h, HOURS_FIELDS), 'studentNo', h);
    }
    assert.equal(roster('工号'), null);
    assert.equal(fieldOf('工号', HOURS_FIELDS), null);
    assert.equal(fieldOf('签到时间', HOURS_FIELDS), 'date');
  });

  it('reads a bracketed qualifier for what it says, not as noise', () => {
    const recruits = (h: string) => fieldOf(h, RECRUIT_FIELDS);
    // 中山大学 党员发展 system: its 转正时间 is the 支部大会's date (help text), not the 党委's approval.
    assert.equal(recruits('转正时间（支部大会讨论转正时间）'), 'confirmationMeetingOn');
    assert.equal(recruits('确定为预备党员时间（支部大会）'), 'admissionMeetingOn');
    assert.equal(recruits('转正时间（入党时间）'), 'ambiguous:confirmationMeetingOn/admissionMeetingOn');
    assert.notEqual(recruits('转正时间'), 'confirmationApprovedOn');
    assert.equal(recruits('批准转正时间'), 'confirmationApprovedOn');
    for (const h of ['首次组织谈话时间', '列积极分子时间', '列预备党员时间', '支部大会讨论确定发展对象时间']) assert.ok(recruits(h), h);
    assert.equal(recruits('入党宣誓时间'), 'oathOn');
    assert.equal(recruits('递交转正申请书时间'), 'confirmationAppliedOn');
  });

  it('lets the more specific of two columns for one field win, and says so', () => {
    const m = mapRow([{ col: 1, header: '姓名' }, { col: 2, header: '支部' }, { col: 3, header: '所在党支部' }, { col: 4, header: '身份证号' }], 1, { fields: ROSTER_FIELDS });
    assert.deepEqual(m.columns.find((c) => c.field === 'branch')?.header, '所在党支部');
    assert.equal(m.sheetColumns[1]!.field, null);
    assert.match(m.sheetColumns[1]!.note!, /与“所在党支部”同为“所在支部”，按更明确的“所在党支部”导入/);
    assert.ok(m.ignored.some((i) => i.startsWith('支部（')));
  });

  it('reads a second vote or approval column as the 转正 one, and keeps both 入党介绍人 columns', () => {
    const m = mapRow(
      ['姓名', '身份证号', '所在支部', '党委审批时间', '赞成票数', '党委审批时间', '赞成票数', '入党介绍人1', '入党介绍人2'].map((header, i) => ({ col: i + 1, header })),
      1,
      { fields: RECRUIT_FIELDS, repeats: RECRUIT_REPEATS },
    );
    assert.deepEqual(m.sheetColumns.map((c) => c.field), ['name', 'idNumber', 'orgName', 'approvedOn', 'admissionYes', 'confirmationApprovedOn', 'confirmationYes', 'introducers', 'introducers']);
  });

  it('uses what the clerk chose over the synonyms, and asks for what is missing', () => {
    const cells = [{ col: 1, header: '姓名' }, { col: 2, header: '身份证号' }, { col: 3, header: '支部全称' }, { col: 4, header: '备注' }];
    const before = mapRow(cells, 2, { fields: ROSTER_FIELDS });
    assert.deepEqual(before.missing, ['branch']);
    const after = mapRow(cells, 2, { fields: ROSTER_FIELDS, mapping: { 支部全称: 'branch', 备注: '' } });
    assert.deepEqual(after.missing, []);
    assert.deepEqual(after.columns.map((c) => c.field), ['name', 'idNumber', 'branch']);
    assert.equal(after.sheetColumns[3]!.note, '已设为未使用');
    const remembered = mapRow(cells, 2, { fields: ROSTER_FIELDS, remembered: (layout) => (layout === '姓名|身份证号|支部全称|备注' ? { 支部全称: 'branch' } : undefined) });
    assert.deepEqual(remembered.missing, []);
  });

  it('reads coded drop-down values by their label', () => {
    assert.equal(codedLabel('223_正式党员'), '正式党员');
    assert.equal(codedLabel('95_男'), '男');
    assert.equal(codedLabel('868_汉族'), '汉族');
    assert.equal(codedLabel('正式党员_1'), '正式党员'); // easypoi's replace
    assert.equal(codedLabel('汉族'), '汉族');
  });
});
