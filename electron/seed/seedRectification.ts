// 整改 items and 上级任务 for the demo and large seeds, relative to "today" so 工作台 always has
// something overdue, something due soon and something finished: completed items with evidence,
// open ones within their deadline, overdue ones; submissions on time, late and missing.
import type { Db } from '../db/open';
import { insertRectification, type RectificationFields } from '../db/rectifications';
import { insertTask, recordSubmission, setTargets } from '../db/tasks';
import type { RectificationSource } from '../domain/deadlines';
import { DEFAULT_CYCLE_RULES } from '../domain/cycleRules';
import { pick, rng } from './names';

const PROBLEMS: Record<RectificationSource, [string, string][]> = {
  领导点评: [['支部集中学习次数不足，学习内容针对性不强', '制定年度学习计划，每月至少开展一次集中学习并做好记录'], ['党员在教学科研中发挥先锋模范作用不够明显', '开展党员示范岗创建活动，每名党员作出岗位承诺']],
  民主评议: [['组织生活会批评与自我批评不够深入', '会前逐一开展谈心谈话，会上点人点事开展批评'], ['谈心谈话开展不经常', '支部书记与每名党员每年至少谈心一次并记录']],
  督查: [['三会一课记录不规范，部分会议缺少签到', '统一使用会议记录本，会后三日内整理归档'], ['党费收缴不及时，存在补缴情况', '每月15日前收缴党费，由组织委员登记公示']],
  分类定级: [['支部工作机制不健全，分类定级得分偏低', '建立健全支部工作制度，对照“五个好”逐项整改']],
  自查: [['党员档案材料不齐全', '逐人核对档案材料，缺失的限期补齐'], ['主题党日活动形式单一', '结合专业特点开展志愿服务、参观学习等活动']],
};
const SOURCES = Object.keys(PROBLEMS) as RectificationSource[];

const DAY = 86_400_000;
const shift = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
const minDay = (a: string, b: string) => (a < b ? a : b);

type Branch = { id: number; secretaryId: number | null; secretary: string | null };

function loadBranches(db: Db): Branch[] {
  return (
    db
      .prepare(
        `SELECT o.id, r.member_id, r.person_name FROM orgs o
         LEFT JOIN org_roles r ON r.org_id = o.id AND r.role = '书记' AND r.ended_on IS NULL
         WHERE o.kind = 'branch' AND o.dissolved_on IS NULL GROUP BY o.id ORDER BY o.sort_order, o.id`,
      )
      .raw()
      .all() as [number, number | null, string | null][]
  ).map(([id, secretaryId, secretary]) => ({ id, secretaryId, secretary }));
}

export function seedRectification(db: Db, scale: 'demo' | 'large', today: string, at: string): { rectifications: number; tasks: number } {
  const r = rng(scale === 'demo' ? 504 : 5040);
  const year = Number(today.slice(0, 4));
  const branches = loadBranches(db);
  let rectifications = 0;

  // 分类定级 items come from the year's grading: a branch graded below the top band has one, open
  // since the grading; a 先进 branch has none ("得分偏低" would contradict its grade).
  const top = DEFAULT_CYCLE_RULES.grading.bands[0]!.grade;
  const graded = new Map(db.prepare('SELECT org_id, grade FROM gradings WHERE year = ?').raw().all(year) as [number, string | null][]);
  const belowTop = (orgId: number) => { const g = graded.get(orgId); return g !== undefined && g !== null && g !== top; };
  const otherSources = SOURCES.filter((s) => s !== '分类定级');
  branches.forEach((b, i) => {
    // Demo: about two of three branches have items; large: a few per branch.
    const low = belowTop(b.id);
    const drawn = scale === 'demo' ? (i % 3 === 2 ? 0 : 1 + (i % 2)) : 2 + Math.floor(r() * 3);
    const n = low ? Math.max(1, drawn) : drawn;
    for (let k = 0; k < n; k++) {
      const source = low && k === 0 ? '分类定级' : pick(r, otherSources);
      const [problem, measures] = pick(r, PROBLEMS[source]);
      const kind = source === '分类定级' ? 2 : (i + k) % 3; // 0 finished, 1 overdue, 2 open within its deadline
      const deadline = kind === 2 ? shift(today, 10 + Math.floor(r() * 60)) : shift(today, -(8 + Math.floor(r() * 90)));
      const f: RectificationFields = {
        orgId: b.id, year, source, problem, measures, responsible: b.secretary ?? '支部书记', responsibleMemberId: b.secretaryId, deadline,
        status: kind === 0 ? '已完成' : kind === 1 ? pick(r, ['未开始', '整改中'] as const) : '整改中',
        completedOn: kind === 0 ? shift(deadline, -Math.floor(r() * 7)) : null,
        evidence: kind === 0 ? `已按措施完成整改：${measures}。相关记录已归档。` : null,
      };
      insertRectification(db, f, at);
      rectifications++;
    }
  });

  // Seeds 001–003: plans by 3月15日 and 4月30日, a summary by 7月底, the self-check by 12月10日;
  // and one due within the coming week so 工作台 shows the days left.
  const plan = [
    { title: '党员公开承诺书汇总', issuer: '院党委组织部', dueOn: `${year}-03-15` },
    { title: '支部年度工作计划', issuer: '院党委组织部', dueOn: `${year}-04-30` },
    { title: '上半年党建工作总结', issuer: '院党委办公室', dueOn: `${year}-07-31` },
    { title: '基层组织建设年自查报告', issuer: '院党委组织部', dueOn: `${year}-12-10` },
    { title: '民主评议党员工作情况报告', issuer: '院党委组织部', dueOn: minDay(shift(today, 7), `${year}-12-31`) },
  ];
  plan.forEach((t, ti) => {
    const id = insertTask(db, { year, title: t.title, issuer: t.issuer, description: `各党支部于${Number(t.dueOn.slice(5, 7))}月${Number(t.dueOn.slice(8, 10))}日前报送。`, dueOn: t.dueOn }, at);
    setTargets(db, id, branches.map((b) => b.id));
    const past = t.dueOn < today;
    branches.forEach((b, i) => {
      // Demo: every past task has branches on time, late and missing; large: at random.
      const x = scale === 'demo' ? ((i + ti) % 7 === 3 ? 0.9 : (i + ti) % 4 === 1 ? 0.7 : 0.3) : r();
      let on: string | null = null;
      if (past) on = x < 0.6 ? shift(t.dueOn, -Math.floor(r() * 10)) : x < 0.85 ? minDay(shift(t.dueOn, 1 + Math.floor(r() * 12)), today) : null;
      else if (x < 0.4) on = shift(today, -Math.floor(r() * 6)); // handed in early
      if (on) recordSubmission(db, id, b.id, { submittedOn: on, note: null, attachmentId: null });
    });
  });
  return { rectifications, tasks: plan.length };
}
