// The 创先争优 ledgers on the shared ledger kit: 公开承诺台账, 民主评议结果, 满意度测评,
// 分类定级汇总 (with the 先进 share) and 评选表彰.
import type { AwardRound, Nominee } from '../model/awards';
import type { CommitmentRow } from '../model/commitments';
import type { GradingRow, GradingSummary } from '../model/grading';
import type { SatisfactionRow } from '../model/satisfaction';
import type { EvaluationRow } from '../model/evaluations';
import { AWARD_TARGETS } from '../domain/glossary';
import { percent as share100 } from '../domain/stats';
import { ledgerSheet, percentToFraction, RED, writeLedger, type LedgerColumn, type LedgerMeta } from './ledgerKit';

const score = (n: number | null) => (n === null ? '' : n);
/** A percentage figure (97 for 97%) as the fraction a 0.0% cell shows. */
const percent = percentToFraction;

export function commitmentsLedger(meta: LedgerMeta, title: string, rows: CommitmentRow[], rateOverdue: boolean): Promise<Buffer> {
  const columns: LedgerColumn<CommitmentRow>[] = [
    { header: '党支部', width: 20, value: (r) => r.orgName, align: 'left' },
    { header: '承诺主体', width: 9, value: (r) => r.memberName ?? '支部' },
    { header: '承诺内容', width: 36, value: (r) => r.content, align: 'left' },
    { header: '践诺措施', width: 30, value: (r) => r.measures, align: 'left' },
    { header: '承诺日期', width: 11, value: (r) => r.committedOn, format: 'date' },
    { header: '公示日期', width: 11, value: (r) => r.publishedOn, format: 'date' },
    { header: '践诺记录', width: 6, value: (r) => r.progressCount, format: 'integer' },
    { header: '评诺结果', width: 8, value: (r) => r.rating ?? (rateOverdue ? '未评' : ''), fill: (r) => (r.rating === null && rateOverdue ? RED : null) },
    { header: '评诺日期', width: 11, value: (r) => r.ratedOn, format: 'date' },
  ];
  return writeLedger(meta, [ledgerSheet({ name: '公开承诺', title, columns, rows })]);
}

type EvaluationLedgerRow = EvaluationRow & { orgName: string };

export function evaluationLedger(meta: LedgerMeta, title: string, rows: EvaluationLedgerRow[], overLimit: Set<string>): Promise<Buffer> {
  const columns: LedgerColumn<EvaluationLedgerRow>[] = [
    { header: '党支部', width: 20, value: (r) => r.orgName, align: 'left' },
    { header: '姓名', width: 9, value: (r) => r.name },
    { header: '党员类别', width: 9, value: (r) => r.memberType },
    { header: '群众评议', width: 8, value: (r) => score(r.massScore) },
    { header: '党员互评', width: 8, value: (r) => score(r.peerScore) },
    { header: '评议等次', width: 9, value: (r) => r.grade, fill: (r) => (r.grade === '不合格' || r.grade === '基本合格' ? RED : null) },
    { header: '备注', width: 30, value: (r) => (r.grade === '优秀' && overLimit.has(r.orgName) ? `超出三分之一：${r.exceptionReason ?? ''}` : ''), align: 'left' },
  ];
  return writeLedger(meta, [ledgerSheet({ name: '民主评议结果', title, columns, rows })]);
}

export function satisfactionLedger(meta: LedgerMeta, title: string, rows: SatisfactionRow[]): Promise<Buffer> {
  const columns: LedgerColumn<SatisfactionRow>[] = [
    { header: '党组织', width: 22, value: (r) => r.orgName, align: 'left' },
    { header: '服务窗口', width: 16, value: (r) => r.serviceWindow, align: 'left' },
    { header: '测评日期', width: 11, value: (r) => r.onDate, format: 'date' },
    { header: '满意', width: 7, value: (r) => r.satisfied, format: 'integer' },
    { header: '基本满意', width: 8, value: (r) => r.basic, format: 'integer' },
    { header: '不满意', width: 7, value: (r) => r.dissatisfied, format: 'integer' },
    { header: '合计', width: 7, value: (r) => r.satisfied + r.basic + r.dissatisfied, format: 'integer' },
    { header: '满意率', width: 8, value: (r) => percent(r.rate), format: 'percent', fill: (r) => (r.rate !== null && r.rate < 80 ? RED : null) },
  ];
  return writeLedger(meta, [ledgerSheet({ name: '满意度测评', title, columns, rows })]);
}

export function gradingLedger(meta: LedgerMeta, title: string, s: GradingSummary): Promise<Buffer> {
  const items = s.rules.items;
  const bottom = [...s.rules.bands].sort((a, b) => a.min - b.min)[0]?.grade;
  const columns: LedgerColumn<GradingRow>[] = [
    { header: '党支部', width: 22, value: (r) => r.orgName, align: 'left' },
    { header: '类别', width: 7, value: (r) => r.category },
    ...items.map((i): LedgerColumn<GradingRow> => ({ header: `${i.name}（上级评，满分${i.weight}）`, width: 10, value: (r) => score(r.superiorScores[i.id] ?? null) })),
    { header: `自评（${s.rules.selfWeight}%）`, width: 9, value: (r) => score(r.selfScore) },
    { header: `上级评分（${s.rules.superiorWeight}%）`, width: 10, value: (r) => score(r.superiorScore) },
    { header: '综合得分', width: 8, value: (r) => score(r.total) },
    { header: '等次', width: 7, value: (r) => r.grade ?? '未定级', fill: (r) => (r.grade === bottom ? RED : null) },
    { header: '三会一课落实', width: 10, value: (r) => (r.evidence.meetingsDue ? `${r.evidence.meetingsDone}/${r.evidence.meetingsDue}` : '') },
    { header: '人均学时', width: 8, value: (r) => score(r.evidence.averageHours) },
    { header: '满意率', width: 7, value: (r) => percent(r.evidence.satisfactionRate), format: 'percent' },
    { header: '未完成整改', width: 8, value: (r) => r.evidence.openRectifications, format: 'integer' },
  ];
  const share = s.share;
  const target = Math.round(share.target * 100);
  const ungraded = s.rows.length - share.graded;
  const tally: TallyRow[] = s.rules.bands.map((b) => ({ grade: b.grade, count: s.rows.filter((r) => r.grade === b.grade).length, note: b.grade === share.top ? `目标 ${target}% 以上` : '' }));
  // The shares are of the graded branches only, so the ungraded ones are named beside the total, not given a share.
  tally.push({ grade: '合计', count: share.graded, note: ungraded ? `另有未定级党支部 ${ungraded} 个` : '' });
  return writeLedger(meta, [
    ledgerSheet({ name: '分类定级汇总', title, columns, rows: s.rows }),
    ledgerSheet({
      name: '等次统计',
      title: `${title.replace(/汇总$/, '')}等次统计`,
      columns: [
        { header: '等次', width: 12, value: (r) => r.grade },
        { header: '党支部数', width: 10, value: (r) => r.count, format: 'integer' },
        { header: '占已定级比例', width: 14, value: (r) => percent(share100(r.count, share.graded)), format: 'percent' },
        { header: '说明', width: 36, value: (r) => r.note, align: 'left' },
      ],
      rows: tally,
      highlight: (r) => (r.grade === share.top && share.percent !== null && share.percent < share.target * 100 ? RED : null),
    }),
  ]);
}

type TallyRow = { grade: string; count: number; note: string };

type AwardLedgerRow = Nominee & { round: AwardRound };

export function awardsLedger(meta: LedgerMeta, title: string, rounds: { round: AwardRound; nominees: Nominee[] }[]): Promise<Buffer> {
  const rows: AwardLedgerRow[] = rounds.flatMap((r) => r.nominees.map((n) => ({ ...n, round: r.round })));
  const yes = (b: boolean) => (b ? '√' : '');
  const columns: LedgerColumn<AwardLedgerRow>[] = [
    { header: '表彰项目', width: 18, value: (r) => r.round.title, align: 'left' },
    { header: '对象', width: 6, value: (r) => AWARD_TARGETS[r.round.target] },
    { header: '推荐对象', width: 18, value: (r) => r.name, align: 'left' },
    { header: '所在组织', width: 20, value: (r) => (r.memberId ? r.orgName : ''), align: 'left' },
    { header: '组织推荐', width: 6, value: (r) => yes(r.byOrg) },
    { header: '群众推荐', width: 6, value: (r) => yes(r.byMasses) },
    { header: '组织考核', width: 14, value: (r) => r.orgAssessment, align: 'left' },
    { header: '群众评议', width: 7, value: (r) => score(r.massRating) },
    { header: '领导点评', width: 20, value: (r) => r.leaderComment, align: 'left' },
    { header: '拟表彰', width: 6, value: (r) => yes(r.shortlisted) },
    { header: '公示期', width: 22, value: (r) => (r.round.publicityFrom ? `${r.round.publicityFrom} 至 ${r.round.publicityTo ?? ''}` : '') },
    { header: '表彰结果', width: 8, value: (r) => (r.round.finalisedAt ? (r.awarded ? '表彰' : '未表彰') : '评选中') },
  ];
  return writeLedger(meta, [ledgerSheet({ name: '评选表彰', title, columns, rows })]);
}
