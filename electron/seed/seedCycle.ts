// A year of the 创先争优 cycle for the demo and large seeds: commitments (some late, some unrated),
// 践诺 notes, leader comments, member grades (one branch exactly at the one-third limit),
// satisfaction surveys, gradings with some branches below 先进 and some not yet graded, and an
// award round with its publicity dates ready to finalise.
import { upsertCampaign, insertCommitment, insertProgress, rateCommitment } from '../db/commitments';
import { saveComment, saveSurvey, upsertEvaluation } from '../db/evaluations';
import { upsertGrading } from '../db/grading';
import { saveNominee, saveRound } from '../db/awards';
import type { Db } from '../db/open';
import { bandFor, combinedTotal, excellentLimit, sheetTotal } from '../domain/cycle';
import { DEFAULT_CYCLE_RULES } from '../domain/cycleRules';
import type { SeedScale } from './scale';
import { pick, rng } from './names';

const BRANCH_PROMISES = ['建设学习型党支部，每月开展一次主题党日活动', '推进“三会一课”规范化，全年无缺项', '围绕专业建设开展党员示范岗创建', '结对帮扶困难学生，每名党员联系一名学生', '开展志愿服务，全年不少于6次'];
// What a member promises depends on who they are: a teacher's classes, a student's studies, a clerk's service.
const COMMON_PROMISES = ['带头参加志愿服务，全年不少于20小时', '积极参加支部活动，按时足额交纳党费'];
const MEMBER_PROMISES: Record<string, string[]> = {
  教职工: ['立足岗位作表率，上好每一堂课', '每学期联系指导两名学生，帮助解决学习困难', '带领学生参加一项技能竞赛', ...COMMON_PROMISES],
  学生: ['学习成绩保持专业前20%，帮助一名同学', '每学期结对帮扶一名学习困难同学', '带头遵守校纪校规，所在寝室创建文明寝室', ...COMMON_PROMISES],
  机关: ['认真履行岗位职责，服务师生零投诉', '办事不推诿，当日事当日毕', ...COMMON_PROMISES],
  后勤: ['认真履行岗位职责，服务师生零投诉', '做好食堂和宿舍安全检查，及时处理报修', ...COMMON_PROMISES],
  离退休: ['关心下一代，为青年学生讲一次革命传统', '参加社区志愿服务，发挥余热', '积极参加支部活动，按时足额交纳党费'],
};
const promisesFor = (category: string | null) => MEMBER_PROMISES[category ?? ''] ?? COMMON_PROMISES;
const COMMENTS = ['组织生活规范，建议加强青年教师培养', '学习记录详实，党员作用发挥明显', '承诺践诺扎实，建议总结经验做法', '部分党员参加活动不够积极，需加强教育管理'];

/**
 * The demo college's score bands for 民主评议党员 (群众评议 and 党员互评, out of 100): the rule set
 * names the grades, the college draws the lines.
 */
const APPRAISAL_BANDS: Record<'优秀' | '合格' | '基本合格', [number, number]> = { 优秀: [90, 99], 合格: [75, 89], 基本合格: [60, 74] };

type Branch = { id: number; name: string; category: string | null; members: { id: number; name: string }[] };

function loadBranches(db: Db): Branch[] {
  const branches = db.prepare("SELECT id, name, category FROM orgs WHERE kind = 'branch' AND dissolved_on IS NULL ORDER BY sort_order, id").all() as { id: number; name: string; category: string | null }[];
  const members = db.prepare("SELECT id, name, org_id AS orgId FROM members WHERE status = '在册' ORDER BY org_id, id").all() as { id: number; name: string; orgId: number }[];
  const by = new Map<number, { id: number; name: string }[]>();
  for (const m of members) by.set(m.orgId, [...(by.get(m.orgId) ?? []), { id: m.id, name: m.name }]);
  return branches.map((b) => ({ ...b, members: by.get(b.id) ?? [] }));
}

export function seedCycle(db: Db, scale: SeedScale, today: string, at: string): void {
  const r = rng(scale === 'demo' ? 71 : 7100);
  const year = Number(today.slice(0, 4));
  const branches = loadBranches(db);
  const rules = DEFAULT_CYCLE_RULES;
  const day = (month: number, d: number) => `${year}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  const before = (iso: string) => (iso < today ? iso : today);

  const campaign = upsertCampaign(db, { year, title: `${year}年党员公开承诺践诺活动`, commitDue: day(3, 15), rateDue: day(7, 1) }, at);
  branches.forEach((b, bi) => {
    // The last branch has not committed yet (the "who has not committed" list shows it).
    if (bi === branches.length - 1) return;
    const c = insertCommitment(db, { campaignId: campaign, orgId: b.id, memberId: null, content: pick(r, BRANCH_PROMISES), measures: '制定计划，专人负责，每季度检查', committedOn: before(day(3, 5 + (bi % 8))), publishedOn: before(day(3, 14)) }, at);
    insertProgress(db, c, { onDate: before(day(5, 10)), note: '按计划推进，已完成阶段任务', attachmentId: null }, at);
    if (bi % 4 !== 3 && today > day(7, 1)) rateCommitment(db, c, { rating: pick(r, ['好', '好', '较好', '一般']), ratedOn: day(6, 28), ratedBy: '院党委' }, at);
    b.members.forEach((m, mi) => {
      if (mi % 7 === 6) return; // a few members have not committed
      const late = mi % 11 === 5;
      const mc = insertCommitment(db, { campaignId: campaign, orgId: b.id, memberId: m.id, content: pick(r, promisesFor(b.category)), measures: null, committedOn: before(day(3, late ? 20 : 1 + (mi % 14))), publishedOn: before(day(3, 25)) }, at);
      if (scale === 'demo' && mi % 3 === 0) insertProgress(db, mc, { onDate: before(day(4, 1 + (mi % 27))), note: '已按承诺完成本季度事项', attachmentId: null }, at);
      if (mi % 5 !== 4 && today > day(7, 1)) rateCommitment(db, mc, { rating: pick(r, ['好', '好', '较好', '一般']), ratedOn: day(6, 26), ratedBy: b.name }, at);
    });
  });

  const limit = (n: number) => excellentLimit(n, rules.excellentShareMax.share);
  branches.forEach((b, bi) => {
    if (bi % 3 === 0) saveComment(db, undefined, { year, leader: pick(r, ['王建国', '李卫东', '张秀英']), orgId: b.id, memberId: null, content: pick(r, COMMENTS), onDate: before(day(6, 18)) }, at);
    if (bi % 2 === 0) {
      const satisfied = 30 + Math.floor(r() * 40);
      saveSurvey(db, undefined, { year, orgId: b.id, serviceWindow: bi % 4 === 0 ? '师生服务窗口' : null, satisfied, basic: Math.floor(r() * 12), dissatisfied: Math.floor(r() * 4), onDate: before(day(11, 5)) }, at);
    }
    if (bi === branches.length - 1) return; // one branch still to be appraised
    // The first branch sits exactly at its one-third limit; others below it.
    const excellent = bi === 0 ? limit(b.members.length) : Math.max(0, limit(b.members.length) - 1 - (bi % 2));
    b.members.forEach((m, mi) => {
      const grade = mi < excellent ? '优秀' : mi === b.members.length - 1 && bi % 5 === 2 ? '基本合格' : '合格';
      // Both scores inside the grade's band, so the grades follow the scores.
      const [low, high] = APPRAISAL_BANDS[grade];
      const score = () => low + Math.floor(r() * (high - low + 1));
      upsertEvaluation(db, year, b.id, { memberId: m.id, massScore: score(), peerScore: score(), grade, exceptionReason: null }, at);
    });
  });

  const items = rules.grading.items;
  branches.forEach((b, bi) => {
    if (bi % 9 === 8) return; // some not yet graded
    const level = bi % 7 === 3 ? 13 : bi % 5 === 1 ? 16.5 : 18 + (bi % 3) * 0.5; // a few 后进 and 一般
    const sheet = (base: number) => Object.fromEntries(items.map((i, k) => [i.id, Math.min(i.weight, Math.max(0, Math.round((base + ((k + bi) % 3) * 0.5 - 0.5) * (i.weight / 20) * 2) / 2))]));
    const self = sheet(level + 1);
    const sup = sheet(level);
    const selfTotal = sheetTotal(items, self);
    const superiorTotal = sheetTotal(items, sup);
    const total = combinedTotal(selfTotal, superiorTotal, rules.grading);
    upsertGrading(db, year, { orgId: b.id, selfScores: self, superiorScores: sup, selfTotal, superiorTotal, total, grade: bandFor(total, rules.grading.bands), gradedOn: before(day(12, 5)), notes: null }, at);
  });

  const round = saveRound(
    db,
    undefined,
    {
      year, title: '优秀共产党员', target: 'member', criteria: '坚持“五带头”：带头学习提高、带头争创佳绩、带头服务群众、带头遵纪守法、带头弘扬正气', quota: scale === 'demo' ? 3 : 60,
      criteriaPublishedOn: before(day(5, 10)), publicityFrom: before(day(6, 20)), publicityTo: before(day(6, 26)), contact: '院党委组织部，电话 0738-8312345', decidedOn: null, decisionRef: null,
    },
    at,
  );
  // Each branch puts forward its first member who is a 正式党员 on the round's date (publicity).
  const confirmed = db.prepare('SELECT confirmed_on FROM members WHERE id = ?').pluck();
  const fullOn = (id: number, on: string) => { const c = confirmed.get(id) as string | null; return c !== null && c <= on; };
  const roundOn = before(day(6, 20));
  const candidates = branches.flatMap((b) => b.members.filter((m) => fullOn(m.id, roundOn)).slice(0, 1).map((m) => ({ b, m }))).slice(0, scale === 'demo' ? 5 : 120);
  candidates.forEach(({ b, m }, i) => {
    const shortlisted = i < (scale === 'demo' ? 3 : 60);
    saveNominee(db, undefined, { roundId: round, orgId: b.id, memberId: m.id, byOrg: i % 2 === 0, byMasses: i % 2 === 1 || i === 0, orgAssessment: shortlisted ? '考核优秀' : null, massRating: shortlisted ? 90 + (i % 9) : null, leaderComment: shortlisted ? '模范作用突出' : null, shortlisted }, at);
  });
  saveRound(db, undefined, { year, title: '先进基层党组织', target: 'org', criteria: '对照“五个好”标准', quota: scale === 'demo' ? 2 : 40, criteriaPublishedOn: before(day(5, 10)), publicityFrom: null, publicityTo: null, contact: null, decidedOn: null, decisionRef: null }, at);
}
