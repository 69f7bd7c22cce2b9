// 发展党员台账: a row per person with every step's date; the cell a finding concerns is red and
// the findings are written out in the last column. Twenty-one columns fit one A4 width at about
// 6 pt only with narrow date cells and long texts wrapped (wrapping changes no value, so an
// exported ledger still imports back). 入党宣誓 and 递交转正申请书 are kept in the record and its form
// but not printed: two more date columns print at 5.6 pt (office-check), and a re-import of the
// ledger leaves them as they are (a missing column erases nothing).
import type { RecruitDetail } from '../model/recruits';
import type { RuleId } from '../domain/recruitment';
import { ledgerSheet, RED, writeLedger, type LedgerColumn, type LedgerMeta } from './ledgerKit';

const flagged = (rules: RuleId[]) => (r: RecruitDetail) => (r.findings.some((f) => rules.includes(f.rule)) ? RED : null);
const vote = (entitled: number | null, yes: number | null) => (entitled === null && yes === null ? '' : `${yes ?? '—'}/${entitled ?? '—'}`);

/** On A3 the sheet is 1.4 times as wide: the texts that make rows tall get the room. */
const A3_WIDTHS: Record<string, number> = { 党支部: 20, 考察: 24, 检查发现的问题: 40 };

const columns: LedgerColumn<RecruitDetail>[] = [
  { header: '党支部', width: 10, value: (r) => r.orgName, align: 'left' },
  { header: '姓名', width: 6, value: (r) => r.name },
  { header: '身份证号', width: 18, value: (r) => r.idNumber, personal: 'idNumber' },
  { header: '性别', width: 4, value: (r) => r.gender },
  { header: '出生日期', width: 10, value: (r) => r.birthDate, format: 'date', fill: flagged(['age-18']) },
  { header: '阶段', width: 8, value: (r) => r.stage, wrap: true },
  { header: '递交申请', width: 10, value: (r) => r.appliedOn, format: 'date' },
  { header: '谈话', width: 10, value: (r) => r.talkOn, format: 'date', fill: flagged(['talk-1-month']) },
  { header: '确定积极分子', width: 10, value: (r) => r.activistOn, format: 'date' },
  { header: '考察', width: 12, value: (r) => r.reviews.join('、'), fill: flagged(['review-6-months']), align: 'left' },
  { header: '确定发展对象', width: 10, value: (r) => r.candidateOn, format: 'date', fill: flagged(['activist-1-year']) },
  { header: '培训', width: 8, wrap: true, value: (r) => (r.trainingDays === null && r.trainingHours === null ? '' : `${r.trainingDays ?? 0}天/${r.trainingHours ?? 0}学时`), fill: flagged(['training-24h']) },
  { header: '入党介绍人', width: 8, wrap: true, value: (r) => r.introducers.map((i) => i.name).join('、'), fill: flagged(['introducers-2']) },
  { header: '公示', width: 8, wrap: true, value: (r) => (r.publicityFrom ? `${r.publicityFrom}至${r.publicityTo ?? ''}` : '') },
  { header: '支部大会', width: 10, value: (r) => r.admissionMeetingOn, format: 'date' },
  { header: '赞成/应到', width: 7, value: (r) => vote(r.admissionEntitled, r.admissionYes), fill: (r) => (r.findings.some((f) => f.rule === 'vote-majority' && f.message.includes('接收')) ? RED : null) },
  { header: '上级审批', width: 10, value: (r) => r.approvedOn, format: 'date', fill: flagged(['approval-3-months']) },
  { header: '讨论转正', width: 10, value: (r) => r.confirmationMeetingOn, format: 'date', fill: flagged(['probation-1-year']) },
  { header: '转正赞成/应到', width: 7, value: (r) => vote(r.confirmationEntitled, r.confirmationYes), fill: (r) => (r.findings.some((f) => f.rule === 'vote-majority' && f.message.includes('转正')) ? RED : null) },
  { header: '批准转正', width: 10, value: (r) => r.confirmationApprovedOn, format: 'date' },
  { header: '检查发现的问题', width: 12, value: (r) => r.findings.map((f) => f.message).join('；'), align: 'left' },
];

/** meta.maskPersonal follows the setting 导出时隐藏身份证号中间位; a masked ledger cannot be imported back. */
export function recruitsLedger(meta: LedgerMeta, title: string, rows: RecruitDetail[]): Promise<Buffer> {
  const sized = meta.paper === 'A3' ? columns.map((c) => ({ ...c, width: A3_WIDTHS[c.header] ?? c.width })) : columns;
  return writeLedger(meta, [ledgerSheet({ name: '发展党员台账', title, columns: sized, rows })]);
}
