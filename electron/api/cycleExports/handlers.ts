// Ledgers and notices of the 创先争优 cycle.
import { listCommitments, getCampaign } from '../../db/commitments';
import { evaluationsOfYear, listSurveys } from '../../db/evaluations';
import { listRounds } from '../../db/awards';
import { branchInfos } from '../../db/orgs';
import { excellentLimit } from '../../domain/cycle';
import { awardsLedger, commitmentsLedger, evaluationLedger, gradingLedger, satisfactionLedger } from '../../exports/cycleLedgers';
import { roundDetail } from '../shared/awardRounds';
import { readCycleRules } from '../shared/ruleSets';
import { invalid } from '../errors';
import { gradingSummary, NOT_EVIDENCE } from '../shared/gradingSummary';
import { defineHandlers, type Ctx } from '../registry';
import { ledgerMeta, scopeName } from '../shared/ledgerFile';
import { readSettings } from '../shared/settings';
import { docxFile, xlsxFile } from '../shared/ledgerFile';
import { wordKits } from '../../exports/wordKits';

// Word documents load on first use: docx stays out of the start-up (exports/lazyLibs.ts).
const notices = async () => wordKits.cycleNotices();

/** Branch ids under the chosen org (all when none), for filtering a year's rows. */
const inScope = (ctx: Ctx, orgId?: number) => new Set(branchInfos(ctx.db, orgId).map((b) => b.id));

export const cycleExportsHandlers = defineHandlers('cycleExports', {
  'cycleExports.commitments': async (ctx, { year, orgId }) => {
    const campaign = getCampaign(ctx.db, year);
    if (!campaign) throw invalid(`${year}年度还没有承诺评议活动`);
    const scope = scopeName(ctx.db, orgId);
    const rows = listCommitments(ctx.db, campaign.id, [...inScope(ctx, orgId)]);
    const rateOverdue = campaign.rateDue !== null && ctx.today() > campaign.rateDue;
    const title = `${scope}${year}年度公开承诺台账`;
    return xlsxFile(`${title}.xlsx`, await commitmentsLedger(ledgerMeta(ctx, scope), title, rows, rateOverdue));
  },
  'cycleExports.evaluations': async (ctx, { year, orgId }) => {
    const scope = scopeName(ctx.db, orgId);
    const keep = inScope(ctx, orgId);
    const rows = evaluationsOfYear(ctx.db, year).filter((r) => keep.has(r.orgId));
    const share = readCycleRules(ctx.db).excellentShareMax.share;
    const perOrg = new Map<string, { n: number; excellent: number }>();
    for (const r of rows) {
      const c = perOrg.get(r.orgName) ?? { n: 0, excellent: 0 };
      c.n++;
      if (r.grade === '优秀') c.excellent++;
      perOrg.set(r.orgName, c);
    }
    const over = new Set([...perOrg].filter(([, c]) => c.excellent > excellentLimit(c.n, share)).map(([name]) => name));
    const title = `${scope}${year}年度民主评议党员结果`;
    return xlsxFile(`${title}.xlsx`, await evaluationLedger(ledgerMeta(ctx, scope), title, rows, over));
  },
  'cycleExports.satisfaction': async (ctx, { year, orgId }) => {
    const scope = scopeName(ctx.db, orgId);
    const keep = inScope(ctx, orgId);
    const title = `${scope}${year}年度群众满意度测评情况`;
    return xlsxFile(`${title}.xlsx`, await satisfactionLedger(ledgerMeta(ctx, scope), title, listSurveys(ctx.db, year).filter((s) => keep.has(s.orgId) || s.orgId === orgId)));
  },
  'cycleExports.grading': async (ctx, { year, orgId }) => {
    const scope = scopeName(ctx.db, orgId);
    const title = `${scope}${year}年度党支部分类定级汇总`;
    return xlsxFile(`${title}.xlsx`, await gradingLedger(ledgerMeta(ctx, scope), title, gradingSummary(ctx.db, year, ctx.today(), orgId, ctx.dataStamp(NOT_EVIDENCE))));
  },
  'cycleExports.awards': async (ctx, { year }) => {
    const scope = scopeName(ctx.db);
    const rounds = listRounds(ctx.db, year).map((r) => roundDetail(ctx.db, r.id));
    const title = `${scope}${year}年度评选表彰台账`;
    return xlsxFile(`${title}.xlsx`, await awardsLedger(ledgerMeta(ctx, scope), title, rounds));
  },
  'cycleExports.awardNotice': async (ctx, { roundId }) => {
    const d = roundDetail(ctx.db, roundId);
    if (!d.nominees.some((n) => n.shortlisted)) throw invalid('还没有确定拟表彰对象，无法生成公示');
    const unit = readSettings(ctx.db).unitName || scopeName(ctx.db);
    return docxFile(`${d.round.year}年度${d.round.title}拟表彰对象公示.docx`, await (await notices()).awardNotice(unit, d, ctx.today()));
  },
  'cycleExports.gradingNotice': async (ctx, { year }) => {
    const s = gradingSummary(ctx.db, year, ctx.today(), undefined, ctx.dataStamp(NOT_EVIDENCE));
    if (!s.rows.some((r) => r.grade)) throw invalid(`${year}年度还没有党支部完成定级`);
    const scope = scopeName(ctx.db);
    // A 通报 of the grades is the 党委's decision: it issues it, not its 组织部.
    return docxFile(`${scope}${year}年度党支部分类定级结果通报.docx`, await (await notices()).gradingNotice(scope, scope, s, ctx.today()));
  },
});
