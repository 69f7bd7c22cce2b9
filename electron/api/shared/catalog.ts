// The catalog of everything the app can hand to a superior: each ledger (.xlsx) and report (.docx)
// once, with what it contains, which choices it takes and the API method that makes it. 报表中心,
// the year's pack, the export log and the CLI's `export` commands all read this list, so adding a
// ledger to all of them is one entry here.
import type { FileOut, Input, Method, Output } from '../contract';
import type { CatalogFacts, CatalogParamSet } from '../../model/catalog';
import type { CatalogExportInput } from '../contract/reports';

/** Methods that answer with a file. */
export type FileMethod = { [M in Method]: Output<M> extends FileOut ? M : never }[Method];

/** The clerk's choices on 报表中心 (or the CLI's options), before they become a method's input. */
export type CatalogChoice = Omit<CatalogExportInput, 'key'> & { maskPersonal?: boolean };
/** What the export log keeps of a call: the year and organisation it covered. */
export type ExportScope = { year: number | null; orgId: number | null };

/** An item of the catalog with what makes its file: the method, its input, and how to read a logged call back. */
export type CatalogEntry = CatalogFacts & {
  /** Takes maskPersonal (the CLI's --mask): 身份证号 middle digits hidden whatever the setting. */
  maskable?: true;
  method: FileMethod;
  /** The method's input for a choice; a missing choice the entry needs is a Chinese message. */
  input(c: CatalogChoice): unknown;
  /** Which export of this entry a call of its method was (for methods shared by two entries). */
  matches(input: unknown): boolean;
  scopeOf(input: unknown): ExportScope;
};

type Spec<M extends FileMethod> = Omit<CatalogEntry, 'method' | 'input' | 'matches' | 'scopeOf'> & {
  method: M;
  input(c: CatalogChoice): Input<M>;
  matches?: (input: Input<M>) => boolean;
  scopeOf?: (input: Input<M>) => ExportScope;
};

export class CatalogChoiceError extends Error {}

const need = <T>(v: T | undefined, what: string): T => {
  if (v === undefined) throw new CatalogChoiceError(`请选择${what}`);
  return v;
};

// The erasure from a method's own input type to unknown happens here, once.
function entry<M extends FileMethod>(s: Spec<M>): CatalogEntry {
  const yearOrg = (i: Input<M>): ExportScope => {
    const o = i as { year?: number; orgId?: number };
    return { year: o.year ?? null, orgId: o.orgId ?? null };
  };
  return {
    ...s,
    input: s.input,
    matches: (i) => s.matches?.(i as Input<M>) ?? true,
    scopeOf: (i) => (s.scopeOf ?? yearOrg)(i as Input<M>),
  };
}

const YEAR_ORG: CatalogParamSet = { year: 'required', quarter: false, org: true, extra: null };
const YEAR_ONLY: CatalogParamSet = { year: 'required', quarter: false, org: false, extra: null };
const yearOrg = (c: CatalogChoice) => ({ year: need(c.year, '年度'), orgId: c.orgId });

export const CATALOG: readonly CatalogEntry[] = [
  entry({
    key: 'roster', title: '党员花名册', kind: 'ledger', cli: 'roster', inPack: true, method: 'roster.export', maskable: true,
    params: { year: 'none', quarter: false, org: true, extra: null },
    contains: '所选组织（含下级）党员的姓名、身份证号、入党和转正时间、所在支部、联系电话和状态；按设置隐藏身份证号中间位。',
    input: (c) => ({ filter: { orgId: c.orgId, includeSubOrgs: true }, maskPersonal: c.maskPersonal }),
    scopeOf: (i) => ({ year: null, orgId: i.filter.orgId ?? null }),
  }),
  entry({
    key: 'meetings-ledger', title: '三会一课台账', kind: 'ledger', cli: 'meetings-ledger', inPack: true, method: 'exports.meetingsLedger', params: YEAR_ORG,
    contains: '一年的每次会议（类型、时间、地点、主持人、出席人数、议题）和按规则逐月逐季检查的“支部×月份”开展情况表。',
    input: yearOrg,
  }),
  entry({
    key: 'hours-ledger', title: '党员学时统计台账', kind: 'ledger', cli: 'hours-ledger', inPack: true, method: 'exports.hoursLedger', params: YEAR_ORG,
    contains: '每名党员各季度和全年学时、应达学时，未达标的标红；各支部考核人数、平均学时和未达标人数。',
    input: yearOrg,
  }),
  entry({
    key: 'commitments-ledger', title: '公开承诺台账', kind: 'ledger', cli: 'commitments-ledger', inPack: true, method: 'cycleExports.commitments', params: YEAR_ORG,
    contains: '支部和党员的承诺内容、公示日期、践诺记录数和评诺等次。',
    input: yearOrg,
  }),
  entry({
    key: 'evaluation-ledger', title: '民主评议党员结果', kind: 'ledger', cli: 'evaluation-ledger', inPack: true, method: 'cycleExports.evaluations', params: YEAR_ORG,
    contains: '每名党员的民主评议等次；优秀超过支部党员三分之一的支部标明批准情况。',
    input: yearOrg,
  }),
  entry({
    key: 'satisfaction-ledger', title: '群众满意度测评情况', kind: 'ledger', cli: 'satisfaction-ledger', inPack: true, method: 'cycleExports.satisfaction', params: YEAR_ORG,
    contains: '各支部和服务窗口的满意、基本满意、不满意票数和满意率。',
    input: yearOrg,
  }),
  entry({
    key: 'grading-ledger', title: '党支部分类定级汇总', kind: 'ledger', cli: 'grading-ledger', inPack: true, method: 'cycleExports.grading', params: YEAR_ORG,
    contains: '各支部“五个好”自评、上级评分、综合得分和等次，以及三会一课、学时、承诺、评议、满意度和整改的实际情况。',
    input: yearOrg,
  }),
  entry({
    key: 'awards-ledger', title: '评选表彰台账', kind: 'ledger', cli: 'awards-ledger', inPack: true, method: 'cycleExports.awards', params: YEAR_ONLY,
    contains: '一年各项评选的条件公开、两推三评、公示和表彰决定，逐个推荐对象列出。（全党委一份）',
    input: (c) => ({ year: need(c.year, '年度') }),
  }),
  entry({
    key: 'rectification-ledger', title: '整改台账', kind: 'ledger', cli: 'rectification-ledger', inPack: true, method: 'rectifications.exportLedger', params: YEAR_ORG,
    contains: '问题来源、存在问题、整改措施、责任人、完成时限、完成情况和佐证；逾期未完成的标红。',
    input: yearOrg,
  }),
  entry({
    key: 'tasks-ledger', title: '材料报送情况', kind: 'ledger', cli: 'tasks-ledger', inPack: true, method: 'tasks.exportLedger', params: YEAR_ORG,
    contains: '上级下达的每项任务、截止日期和各支部的报送日期；逾期报送和未报送的标出。',
    input: yearOrg,
  }),
  entry({
    key: 'recruits-ledger', title: '发展党员台账', kind: 'ledger', cli: 'recruits-ledger', inPack: true, method: 'recruits.exportLedger',
    params: { year: 'optional', quarter: false, org: true, extra: null, paper: true },
    contains: '入党申请人到正式党员各环节日期、培养联系人、入党介绍人和票决结果；不合规定的单元格标红。可选A3纸（检查发现的问题一行写得更多）。',
    input: (c) => ({ year: c.year, orgId: c.orgId, paper: c.paper }),
  }),
  entry({
    key: 'dues-ledger', title: '党费收缴台账', kind: 'ledger', cli: 'dues-ledger', inPack: true, method: 'dues.exportLedger', params: { ...YEAR_ORG, paper: true },
    contains: '每名党员各月的缴费基数、应交、实交和欠交党费及全年合计（按支部分组；A4纸上下半年各一张表，A3纸全年一张表），另有各支部汇总表（人数、应交、实交、欠交、欠交人数）。',
    input: (c) => ({ ...yearOrg(c), paper: c.paper }),
  }),
  entry({
    key: 'terms-ledger', title: '换届情况', kind: 'ledger', cli: 'terms-ledger', inPack: true, method: 'terms.exportLedger', params: YEAR_ONLY,
    contains: '各支部委员会本届任期起止、状态（正常、即将到期、已超期）、最近一次换届选举和历届情况。（全党委一份）',
    input: (c) => ({ year: need(c.year, '年度') }),
  }),
  entry({
    key: 'archive-catalog', title: '归档文件目录', kind: 'ledger', cli: 'archive-catalog', inPack: true, method: 'archive.exportCatalog', params: YEAR_ORG,
    contains: '一年归档文件按保管期限、类别和日期排列的件号、责任者、文号、题名、日期、页数和备注；标出档案中没有工作制度的支部。',
    input: yearOrg,
  }),
  entry({
    key: 'hours-report', title: '学时情况报告', kind: 'report', cli: 'hours-report', inPack: false, method: 'exports.hoursReport',
    params: { year: 'required', quarter: true, org: false, extra: null },
    contains: '一个季度或全年的考核人数、人均学时、达标率，各支部情况和未达标党员名单（Word，GB/T 9704）。',
    input: (c) => ({ year: need(c.year, '年度'), quarter: c.quarter }),
  }),
  entry({
    key: 'grading-notice', title: '分类定级结果通报', kind: 'report', cli: 'grading-notice', inPack: false, method: 'cycleExports.gradingNotice', params: YEAR_ONLY,
    contains: '已定级支部数、各等次数量、先进支部占比与90%目标的对比和各支部等次（Word）。',
    input: (c) => ({ year: need(c.year, '年度') }),
  }),
  entry({
    key: 'award-notice', title: '拟表彰对象公示', kind: 'report', cli: 'award-notice', inPack: false, method: 'cycleExports.awardNotice',
    params: { year: 'required', quarter: false, org: false, extra: 'round' },
    contains: '一项评选的拟表彰对象名单、公示时间和意见反映方式（Word）。',
    input: (c) => ({ roundId: need(c.roundId, '评选活动') }),
    scopeOf: () => ({ year: null, orgId: null }),
  }),
  entry({
    key: 'minutes', title: '会议记录', kind: 'report', cli: 'minutes', inPack: false, method: 'exports.minutes',
    params: { year: 'required', quarter: false, org: true, extra: 'meeting' },
    contains: '一次会议的时间、地点、主持人、记录人、出席情况、议题、记录正文和决议（Word）。',
    input: (c) => ({ meetingId: need(c.meetingId, '会议') }),
    scopeOf: () => ({ year: null, orgId: null }),
  }),
  entry({
    key: 'candidate-notice', title: '发展对象公示', kind: 'report', cli: null, inPack: false, method: 'recruits.notice',
    params: { year: 'none', quarter: false, org: true, extra: 'notice' },
    contains: '一个党支部发展对象的基本情况、公示起止日期和联系方式（Word）。',
    input: (c) => noticeInput(c, 'candidate'),
    matches: (i) => i.kind === 'candidate',
    scopeOf: (i) => ({ year: null, orgId: i.orgId }),
  }),
  entry({
    key: 'confirmation-notice', title: '拟转正公示', kind: 'report', cli: null, inPack: false, method: 'recruits.notice',
    params: { year: 'none', quarter: false, org: true, extra: 'notice' },
    contains: '一个党支部预备期将满的预备党员、公示起止日期和联系方式（Word）。',
    input: (c) => noticeInput(c, 'confirmation'),
    matches: (i) => i.kind === 'confirmation',
    scopeOf: (i) => ({ year: null, orgId: i.orgId }),
  }),
  entry({
    key: 'summary', title: '年度党建工作总结', kind: 'report', cli: 'summary', inPack: false, method: 'reports.summary', params: YEAR_ORG,
    contains: '组织和党员及其变化、发展党员、三会一课、学时、承诺、评议、分类定级、表彰、整改和材料报送的全年数字与图表，留出需手写的段落（Word）。',
    input: yearOrg,
  }),
  entry({
    key: 'self-check', title: '基层组织建设年自查报告', kind: 'report', cli: 'self-check', inPack: false, method: 'reports.selfCheck', params: YEAR_ORG,
    contains: '按基层组织建设年要求逐项对照的自查情况（12月10日前报送），数字取自全年记录，存在问题和整改措施处留空待填（Word）。',
    input: yearOrg,
  }),
];

function noticeInput(c: CatalogChoice, kind: 'candidate' | 'confirmation'): Input<'recruits.notice'> {
  const n = need(c.notice, '公示起止日期');
  return { orgId: need(c.orgId, '党支部'), kind, from: n.from, to: n.to, contact: n.contact };
}

export function catalogEntry(key: string): CatalogEntry | undefined {
  return CATALOG.find((e) => e.key === key);
}

/** The entry a call of `method` with `input` made, if it is in the catalog. */
export function entryForCall(method: string, input: unknown): CatalogEntry | undefined {
  return CATALOG.find((e) => e.method === method && e.matches(input));
}

export const PACK_ENTRIES = (): CatalogEntry[] => CATALOG.filter((e) => e.inPack);

/** Calls one method of the API with an input, answering with its file (the registry validates the input). */
export type FileRunner = (method: FileMethod, input: unknown) => Promise<FileOut>;

export async function generate(run: FileRunner, e: CatalogEntry, c: CatalogChoice): Promise<{ fileName: string; bytes: Buffer }> {
  const f = await run(e.method, e.input(c));
  return { fileName: f.fileName, bytes: Buffer.from(f.base64, 'base64') };
}
