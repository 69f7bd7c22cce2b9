// 发展党员 records: saved, checked against the rules, due lists; an approved admission puts the
// person on the roster with the dates already entered, and an approved 转正 makes them 正式党员.
import { findMemberIdByIdNumber, getMember, insertMemberEvent } from '../../db/members';
import { MEMBER_FIELD_LABEL } from '../../domain/glossary';
import type { Db } from '../../db/open';
import { getOrg } from '../../db/orgs';
import * as db from '../../db/recruits';
import { checkIdNumber } from '../../domain/idNumber';
import { addMonths, checkRecruit, dateOrderProblems, dueFor, stageOf, type Introducer, type RecruitPath } from '../../domain/recruitment';
import type { MemberRow, RecruitDetail, RecruitFields, RecruitFinding } from '../contract';
import { RECRUITS_SPEC, type RecruitParse } from '../../imports/recruits';
import { planRecruits, type RecruitPlan } from '../../imports/recruitsPlan';
import type { RecruitField } from '../../imports/synonyms';
import { EXAMPLE_ID } from '../../imports/templates';
import { importIssues, importTemplate, previewImport, runImport, type Applied, type ImportDef } from '../shared/importFlow';
import { parseUpload } from '../uploads';
import { studentBranchFacts } from '../../db/studentGrades';
import { studentGaps } from '../../domain/studentGrades';
import { invalid, notFound } from '../errors';
import { defineHandlers, type WriteTx } from '../registry';
import { ledgerMeta, scopeName } from '../shared/ledgerFile';
import { recruitsLedger } from '../../exports/recruitsLedger';
import { readSettings } from '../shared/settings';
import { readRecruitmentRules } from '../shared/ruleSets';
import { syncRoster } from '../../db/recruits';
import { recruitInput, type RecruitInput } from '../contract/recruits';
import { docxFile, xlsxFile } from '../shared/ledgerFile';
import { wordKits } from '../../exports/wordKits';

/** 党员类别 of an introducer on a date: 正式 once confirmed (or with no 转正 date on record), 预备 once admitted. */
function typeOn(f: db.IntroducerFacts | undefined, on: string): Introducer['memberType'] {
  if (!f) return null;
  if (f.confirmedOn ? f.confirmedOn <= on : f.memberType === '正式党员') return '正式党员';
  return f.joinedOn && f.joinedOn <= on ? '预备党员' : null;
}

type Loaded = db.StoredRecruit;

/** The record as the checks see it, built field by field (one object shape for thousands of records). */
function pathOf(r: Loaded, facts: Map<number, db.IntroducerFacts>): RecruitPath & { confirmationApprovedOn: string | null } {
  const on = r.admissionMeetingOn ?? r.candidateOn ?? '9999-12-31';
  return {
    birthDate: r.birthDate, appliedOn: r.appliedOn, talkOn: r.talkOn, activistOn: r.activistOn, reviews: r.reviews, candidateOn: r.candidateOn,
    trainingDays: r.trainingDays, trainingHours: r.trainingHours,
    introducers: r.introducers.map((i) => ({ name: i.name, memberType: i.memberId ? typeOn(facts.get(i.memberId), on) : null })),
    admissionMeetingOn: r.admissionMeetingOn, admissionVote: { entitled: r.admissionEntitled, yes: r.admissionYes }, approvedOn: r.approvedOn, oathOn: r.oathOn,
    extensionMonths: r.extensionMonths, confirmationAppliedOn: r.confirmationAppliedOn, confirmationMeetingOn: r.confirmationMeetingOn, confirmationVote: { entitled: r.confirmationEntitled, yes: r.confirmationYes },
    confirmationApprovedOn: r.confirmationApprovedOn,
  };
}

function loadAll(d: Db, orgId?: number): Loaded[] {
  const path = orgId ? getOrg(d, orgId)?.path : undefined;
  return db.listRecruits(d, path);
}

function details(d: Db, today: string, orgId?: number): RecruitDetail[] {
  const rules = readRecruitmentRules(d);
  const facts = db.introducerFacts(d);
  return loadAll(d, orgId).map((r) => {
    const p = pathOf(r, facts);
    return { ...r, stage: stageOf(p), findings: checkRecruit(p, rules, today), due: dueFor(p, rules, today) };
  });
}

function detail(d: Db, id: number, today: string): RecruitDetail {
  const r = details(d, today).find((x) => x.id === id);
  if (!r) throw notFound('发展党员记录');
  return r;
}

function findingsOf(d: Db, today: string, orgId?: number): RecruitFinding[] {
  const rules = readRecruitmentRules(d);
  const facts = db.introducerFacts(d);
  const out: RecruitFinding[] = [];
  for (const r of loadAll(d, orgId)) {
    for (const f of checkRecruit(pathOf(r, facts), rules, today)) out.push({ rule: f.rule, message: f.message, source: f.source, recruitId: r.id, name: r.name, idNumber: r.idNumber, orgName: r.orgName });
  }
  return out;
}

/** Whether any step of the path falls in the year. */
const touches = (r: RecruitDetail, year: number) =>
  [r.appliedOn, r.talkOn, r.activistOn, ...r.reviews, r.candidateOn, r.admissionMeetingOn, r.approvedOn, r.confirmationMeetingOn, r.confirmationApprovedOn].some((x) => x?.startsWith(String(year)));

/** Validates against the roster and saves one record with its reviews, introducers and roster side; audited. */
function saveRecruitRecord(tx: WriteTx, id: number | undefined, input: RecruitInput, note: RosterNote): number {
  const idn = checkIdNumber(input.idNumber);
  if (!idn.ok) throw invalid(idn.message, { idNumber: idn.message });
  const order = dateOrderProblems(input);
  if (order.length) throw invalid(order.map((o) => o.message).join('；'), Object.fromEntries(order.map((o) => [o.field, o.message])));
  const org = getOrg(tx.db, input.orgId);
  if (!org || org.kind !== 'branch') throw invalid('请选择所在党支部');
  const other = db.findRecruitByIdNumber(tx.db, input.idNumber);
  if (other && other !== id) throw invalid(`身份证号 ${input.idNumber} 已有发展党员记录`);
  const before = id ? db.getRecruit(tx.db, id) : undefined;
  if (id && !before) throw notFound('发展党员记录');
  const introducers = input.introducers.map((i) => {
    const name = i.memberId ? getMember(tx.db, i.memberId)?.name : i.name;
    if (!name) throw invalid(i.memberId ? '入党介绍人不在党员花名册中' : '请填写入党介绍人姓名');
    return { memberId: i.memberId, name };
  });
  const f: RecruitFields = { ...input, introducers, birthDate: idn.birthDate, gender: input.gender ?? idn.gender, mentor: input.mentor ?? null, notes: input.notes ?? null };
  const { reviews, introducers: named, ...row } = f;
  // The roster member as they were, to say in their 变动记录 what this record changed (a member
  // created by the approval gets its own 'created' line from syncRoster).
  const linked = before?.memberId ?? findMemberIdByIdNumber(tx.db, input.idNumber);
  const member = linked === undefined || linked === null ? undefined : getMember(tx.db, linked);
  const saved = db.saveRecruit(tx.db, id, row, tx.now);
  db.replaceParts(tx.db, saved, [...new Set(reviews)].sort(), named);
  syncRoster(tx.db, saved, f, before?.memberId ?? null, tx.now);
  if (member) noteRosterChange(tx, member, note);
  tx.audit({ table: 'recruits', recordId: saved, action: id ? 'update' : 'create', before, after: f });
  return saved;
}

/** 发展党员台账 from Excel: one record per person, saved as the form saves it (roster side included). */
const recruitsImport: ImportDef<RecruitField, RecruitParse, RecruitPlan, Applied & { ids: Set<number> }> = {
  spec: RECRUITS_SPEC,
  title: '发展党员',
  example: {
    orgName: '机关党支部', name: '张三', idNumber: EXAMPLE_ID, gender: '男', appliedOn: '2024-03-01', talkOn: '2024-03-20', activistOn: '2024-04-15', mentor: '李四、王五',
    reviews: '2024-07-01、2025-01-05', candidateOn: '2025-05-10', politicalCheckOn: '2025-05-30', trainingDays: 3, trainingHours: 24, introducers: '李四、王五',
    publicity: '2025-06-02至2025-06-08', admissionMeetingOn: '2025-06-20', admissionEntitled: 12, admissionYes: 12, approvedOn: '2025-07-05',
  },
  table: 'recruits',
  read: (fileName, base64, choice) => parseUpload(fileName, base64, 'recruits', choice),
  plan: (d, parsed, { confirmRows }) => {
    const plan = planRecruits(d, parsed, recruitInput, confirmRows);
    return {
      plan,
      imported: plan.rows.filter((r) => r.existingId === undefined).length,
      updated: plan.rows.filter((r) => r.existingId !== undefined).length,
      errors: plan.errors,
      warnings: plan.warnings,
      changes: plan.changes,
      confirmable: plan.confirmable,
    };
  },
  apply: (tx, plan, info) => ({
    ids: new Set(
      plan.rows.map((r) => {
        return saveRecruitRecord(tx, r.existingId, r.input, { kind: 'import', onDate: info.today, reason: `导入发展党员台账“${info.fileName}”` });
      }),
    ),
  }),
};

const SYNCED = ['name', 'gender', 'birthDate', 'memberType', 'joinedOn', 'confirmedOn'] as const;

/** How a save names itself in the 变动记录: an import with its file's name, the form as 发展党员记录修改. */
type RosterNote = { kind: 'import' | 'recruit'; onDate: string; reason: string };

/** A saved 发展党员 record that changed a roster member says so in the member's 变动记录, before → after. */
function noteRosterChange(tx: WriteTx, before: MemberRow, note: RosterNote): void {
  const after = getMember(tx.db, before.id)!;
  const changed = SYNCED.filter((f) => before[f] !== after[f]);
  if (!changed.length) return;
  const side = (m: MemberRow) => changed.map((f) => `${MEMBER_FIELD_LABEL[f]} ${m[f] ?? '（空）'}`).join('；');
  insertMemberEvent(tx.db, { memberId: before.id, kind: note.kind, fromValue: side(before), toValue: side(after), onDate: note.onDate, reason: note.reason }, tx.now);
}

export const recruitsHandlers = defineHandlers('recruits', {
  'recruits.list': (ctx, { orgId }) => {
    const rules = readRecruitmentRules(ctx.db);
    const facts = db.introducerFacts(ctx.db);
    const today = ctx.today();
    return loadAll(ctx.db, orgId).map((r) => {
      const p = pathOf(r, facts);
      return { id: r.id, name: r.name, idNumber: r.idNumber, orgId: r.orgId, orgName: r.orgName, stage: stageOf(p), findings: checkRecruit(p, rules, today).length, memberId: r.memberId };
    });
  },
  'recruits.get': (ctx, { id }) => detail(ctx.db, id, ctx.today()),
  'recruits.save': (ctx, { id, ...input }) =>
    ctx.write((tx) => {
      const saved = saveRecruitRecord(tx, id, input, { kind: 'recruit', onDate: ctx.today(), reason: '保存发展党员记录' });
      return detail(tx.db, saved, ctx.today());
    }),
  'recruits.check': (ctx, { orgId }) => findingsOf(ctx.db, ctx.today(), orgId),
  'recruits.studentGaps': (ctx) => studentGaps(studentBranchFacts(ctx.db), readRecruitmentRules(ctx.db).studentTarget, ctx.today()),
  'recruits.previewImport': async (ctx, input) => ({ ...(await previewImport(ctx, recruitsImport, input)), findings: [] }),
  'recruits.import': async (ctx, input) => {
    const { report, applied } = await runImport(ctx, recruitsImport, input);
    // Each written person checked at once, so the clerk sees what the ledger lacks.
    const findings = applied ? findingsOf(ctx.db, ctx.today()).filter((f) => applied.ids.has(f.recruitId)) : [];
    return { ...report, findings };
  },
  'recruits.importTemplate': () => importTemplate(recruitsImport),
  'recruits.importIssues': (ctx, input) => importIssues(ctx, recruitsImport, input),
  'recruits.notice': async (ctx, { orgId, kind, from, to, contact }) => {
    const org = getOrg(ctx.db, orgId);
    if (!org || org.kind !== 'branch') throw invalid('请选择党支部');
    const rules = readRecruitmentRules(ctx.db);
    const people = details(ctx.db, ctx.today(), orgId).filter((r) =>
      kind === 'candidate'
        ? r.stage === '发展对象'
        : r.stage === '预备党员' && !!r.admissionMeetingOn && addMonths(r.admissionMeetingOn, rules.probationYears * 12 + r.extensionMonths) <= addMonths(to, 1),
    );
    if (people.length === 0) throw invalid(kind === 'candidate' ? `${org.name}目前没有发展对象` : `${org.name}在公示结束后一个月内没有预备期期满的预备党员`);
    const unit = readSettings(ctx.db).unitName || scopeName(ctx.db);
    const bytes = await wordKits.recruitNotices().recruitNotice(kind, unit, org.name, people, from, to, contact ?? null, from, rules.probationYears * 12);
    return docxFile(`${org.name}${kind === 'candidate' ? '发展对象公示' : '拟转正公示'}.docx`, bytes);
  },
  'recruits.exportLedger': async (ctx, { year, orgId, paper }) => {
    const scope = scopeName(ctx.db, orgId);
    const rows = details(ctx.db, ctx.today(), orgId).filter((r) => year === undefined || touches(r, year));
    const title = `${scope}${year ? `${year}年度` : ''}发展党员台账`;
    const bytes = await recruitsLedger({ ...ledgerMeta(ctx, scope), paper }, title, rows);
    return xlsxFile(`${title}${paper === 'A3' ? '（A3）' : ''}.xlsx`, bytes);
  },
  'recruits.due': (ctx, { days }) => {
    const rules = readRecruitmentRules(ctx.db);
    const facts = db.introducerFacts(ctx.db);
    const today = ctx.today();
    return loadAll(ctx.db)
      .flatMap((r) => dueFor(pathOf(r, facts), rules, today, days).map((x) => ({ ...x, recruitId: r.id, name: r.name, orgName: r.orgName })))
      .sort((a, b) => a.due.localeCompare(b.due));
  },
});
