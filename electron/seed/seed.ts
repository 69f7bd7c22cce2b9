// Demo and benchmark data, written through the data layer in one transaction.
import { insertAudit } from '../db/audit';
import * as membersDb from '../db/members';
import * as orgsDb from '../db/orgs';
import type { Db } from '../db/open';
import { putSetting } from '../db/settings';
import type { BranchCategory, PersonCategory } from '../domain/glossary';
import { nameInitials } from '../domain/pinyin';
import { ethnicity, idNumber, isoDay, nativePlace, personName, phone, pick, rng } from './names';
import { careerFor } from './people';
import { seedMeetings } from './seedMeetings';
import { seedCycle } from './seedCycle';
import type { SeedScale } from './scale';

import { seedRecruits } from './seedRecruits';
import { seedAdmissions } from './seedAdmissions';
import { seedDues } from './seedDues';
import { seedRectification } from './seedRectification';
import { seedRules } from './seedRules';
import { todayIso } from '../domain/dates';
import { addMonths } from '../domain/recruitment';
import { nearestWorkday } from '../domain/holidays';

export type SeedResult = { orgs: number; members: number; meetings: number; hourEntries: number };

type SeededMember = { id: number; name: string; confirmedOn: string | null };
type BranchPlan = { name: string; category: BranchCategory };
type GeneralPlan = { name: string; branches: BranchPlan[] };

const DEMO_GENERALS: GeneralPlan[] = [
  { name: '信息工程系党总支', branches: [{ name: '信息工程系教工党支部', category: '教职工' }, { name: '信息工程系学生第一党支部', category: '学生' }, { name: '信息工程系学生第二党支部', category: '学生' }] },
  { name: '机电工程系党总支', branches: [{ name: '机电工程系教工党支部', category: '教职工' }, { name: '机电工程系学生党支部', category: '学生' }] },
  { name: '经济管理系党总支', branches: [{ name: '经济管理系教工党支部', category: '教职工' }, { name: '经济管理系学生党支部', category: '学生' }] },
];
const DEMO_DIRECT: BranchPlan[] = [
  { name: '机关第一党支部', category: '机关' },
  { name: '后勤服务党支部', category: '后勤' },
  { name: '离退休党支部', category: '离退休' },
];

const CATEGORIES: BranchCategory[] = ['教职工', '学生', '机关', '后勤', '离退休'];

function largePlan(): { generals: GeneralPlan[]; direct: BranchPlan[] } {
  const generals = Array.from({ length: 20 }, (_, g) => ({
    name: `第${g + 1}系党总支`,
    branches: Array.from({ length: 29 }, (_, b) => {
      const category = CATEGORIES[b % 5 === 0 ? 0 : b % 5 === 1 ? 0 : 1]!;
      return { name: `第${g + 1}系${category === '学生' ? '学生' : '教工'}第${b + 1}党支部`, category };
    }),
  }));
  const direct = Array.from({ length: 20 }, (_, i) => {
    const category = CATEGORIES[2 + (i % 3)]!;
    return { name: `${category}第${i + 1}党支部`, category };
  });
  return { generals, direct };
}

export function seed(db: Db, scale: SeedScale, now: Date = new Date()): SeedResult {
  const count = (db.prepare('SELECT count(*) AS n FROM orgs').get() as { n: number }).n;
  if (count > 0) throw new Error('数据文件夹中已有数据，示例数据只能写入新的空数据文件夹');
  const r = rng(scale === 'demo' ? 2012 : 30000);
  const at = now.toISOString();
  const thisYear = now.getFullYear();
  const plan = scale === 'demo' ? { generals: DEMO_GENERALS, direct: DEMO_DIRECT } : largePlan();
  const perBranch = scale === 'demo' ? () => 12 + Math.floor(r() * 8) : () => 50;
  const usedIds = new Set<string>();
  let serial = 0;
  let orgs = 0;
  let members = 0;
  let meetings = 0;
  let hourEntries = 0;

  const addBranch = (parentId: number, parentPath: string, b: BranchPlan, year: number) => {
    const id = orgsDb.insertOrg(db, { parentId, parentPath, kind: 'branch', name: b.name, category: b.category, contactLeader: pick(r, ['张建华', '李志强', '王秀兰', '刘国平']), linkedClass: b.category === '教职工' ? `${year}级${pick(r, ['软件技术', '机电一体化', '会计', '电子商务'])}1班` : null, foundedOn: `${year}-09-01` }, at);
    orgsDb.insertOrgEvent(db, id, 'created', `${year}-09-01`, `成立党支部“${b.name}”`, at);
    orgs++;
    const n = perBranch();
    const ids: SeededMember[] = [];
    for (let i = 0; i < n; i++) ids.push(addMember(id, b.category));
    // The committee is elected from the branch's earliest 正式党员, once all three had 转正.
    const eligible = ids.filter((m) => m.confirmedOn !== null).sort((a, b) => (a.confirmedOn! < b.confirmedOn! ? -1 : 1)).slice(0, 3);
    const drawn = `${thisYear - 1 - Math.floor(r() * 2)}-${pick(r, ['03', '05', '09'])}-15`;
    // Elected at a 支部党员大会 on a working day: the first one from then (so all three are still 正式 by it).
    const earliestStart = eligible.reduce((d, m) => (m.confirmedOn! > d ? m.confirmedOn! : d), drawn);
    const termStart = nearestWorkday(earliestStart, earliestStart, todayIso(now) > earliestStart ? todayIso(now) : earliestStart) ?? earliestStart;
    const termEnd = `${Number(termStart.slice(0, 4)) + 3}${termStart.slice(4)}`;
    (['书记', '组织委员', '宣传委员'] as const).forEach((role, k) => {
      const m = eligible[k];
      if (!m) return;
      orgsDb.insertRole(db, { orgId: id, role, memberId: m.id, personName: m.name, termStart, termEnd });
      if (role === '书记') db.prepare('UPDATE members SET is_secretary = 1 WHERE id = ?').run(m.id);
    });
    if (b.category === '学生' && scale === 'demo') {
      const g = orgsDb.insertOrg(db, { parentId: id, parentPath: `${parentPath}${id}/`, kind: 'group', name: `${newestGrade - 2}级党小组`, category: null, contactLeader: null, linkedClass: null, foundedOn: `${thisYear - 1}-10-01` }, at);
      orgsDb.insertOrgEvent(db, g, 'created', `${thisYear - 1}-10-01`, '成立党小组', at);
      orgs++;
    }
  };

  // Students spread over the three grades now enrolled, fewest in the first year.
  const newestGrade = now.getMonth() >= 8 ? thisYear : thisYear - 1;
  // A draw of 0–3 picks the grade; the student entered college the September they were 18 or 19.
  const gradeOf = (draw: number) => newestGrade - ([1, 2, 1, 0][draw] ?? 1);
  const addMember = (orgId: number, category: BranchCategory): SeededMember => {
    const gender = r() < 0.5 ? '男' : '女';
    const student = category === '学生';
    const retired = category === '离退休';
    const gradeDraw = student ? Math.floor(r() * 4) : 0;
    const grade = student ? gradeOf(gradeDraw) : null;
    const birthYear = grade !== null ? grade - 18 - (gradeDraw % 2) : retired ? thisYear - 62 - Math.floor(r() * 20) : thisYear - 25 - Math.floor(r() * 33);
    const drawnBirth = isoDay(birthYear, 1 + Math.floor(r() * 12), 1 + Math.floor(r() * 28));
    // 申请 at 18 at the earliest, then a year as 积极分子 and the steps after it: nobody is admitted
    // before about 18 years and 16 months (发展党员工作细则). A student drawn too young to be a member
    // by today was born a little earlier (still entering college at 19 at most).
    const earliestAge = 12 * 18 + 16;
    const birth = student && addMonths(drawnBirth, earliestAge) > todayIso(now) ? addMonths(todayIso(now), -earliestAge - 1) : drawnBirth;
    let idn = idNumber(r, birth, gender, serial++);
    while (usedIds.has(idn)) idn = idNumber(r, birth, gender, serial++);
    usedIds.add(idn);
    const joinedYear = student ? thisYear - Math.floor(r() * 2) - (r() < 0.5 ? 0 : 1) : birthYear + 20 + Math.floor(r() * 15);
    const drawnJoin = isoDay(Math.min(joinedYear, thisYear), 1 + Math.floor(r() * 10), 1 + Math.floor(r() * 28));
    // A student drawn too young to have been admitted joins at the earliest age it can happen.
    const adult = addMonths(birth, earliestAge);
    const drawnOn = drawnJoin >= adult ? drawnJoin : adult < todayIso(now) ? adult : todayIso(now);
    // The 支部大会 that admitted them met on a working day: the nearest one before, else after.
    const joinedOn = nearestWorkday(drawnOn, adult > `${drawnOn.slice(0, 4)}-01-01` ? adult : `${drawnOn.slice(0, 4)}-01-01`, drawnOn) ?? nearestWorkday(drawnOn, drawnOn, todayIso(now)) ?? drawnOn;
    const probationary = joinedOn > `${thisYear - 1}${now.toISOString().slice(4, 10)}`;
    const personCategory: PersonCategory = student ? '学生' : retired ? '离退休' : '教职工';
    const name = personName(r);
    const career = careerFor(r, category, thisYear - birthYear);
    const id = membersDb.insertMember(
      db,
      {
        name,
        nameInitials: nameInitials(name),
        gender,
        ethnicity: ethnicity(r),
        birthDate: birth,
        idNumber: idn,
        nativePlace: nativePlace(r),
        ...career,
        personCategory,
        memberType: probationary ? '预备党员' : '正式党员',
        joinedOn,
        confirmedOn: probationary ? null : `${Number(joinedOn.slice(0, 4)) + 1}${joinedOn.slice(4)}`,
        orgId,
        phone: phone(r),
        isLeadership: !student && !retired && r() < 0.08,
        isSecretary: false,
        notes: null,
        grade,
        // 学号 as colleges number them, year of entry first (no random draw).
        studentNo: grade !== null ? `${grade}${String(serial).padStart(6, '0')}` : null,
      },
      at,
    );
    members++;
    return { id, name, confirmedOn: probationary ? null : `${Number(joinedOn.slice(0, 4)) + 1}${joinedOn.slice(4)}` };
  };

  db.transaction(() => {
    const committeeName = scale === 'demo' ? '示范职业技术学院党委' : '大型示例学院党委';
    const root = orgsDb.insertOrg(db, { parentId: null, parentPath: '/', kind: 'committee', name: committeeName, category: null, contactLeader: null, linkedClass: null, foundedOn: '2001-07-01' }, at);
    orgsDb.insertOrgEvent(db, root, 'created', '2001-07-01', `成立党委“${committeeName}”`, at);
    orgs++;
    const rootPath = `/${root}/`;
    plan.generals.forEach((g, gi) => {
      const gid = orgsDb.insertOrg(db, { parentId: root, parentPath: rootPath, kind: 'general_branch', name: g.name, category: null, contactLeader: pick(r, ['张建华', '李志强', '王秀兰']), linkedClass: null, foundedOn: '2005-09-01' }, at);
      orgsDb.insertOrgEvent(db, gid, 'created', '2005-09-01', `成立党总支“${g.name}”`, at);
      orgs++;
      for (const b of g.branches) addBranch(gid, `${rootPath}${gid}/`, b, 2008 + (gi % 4));
    });
    for (const b of plan.direct) addBranch(root, rootPath, b, 2006);
    putSetting(db, 'ledger', { unitName: `${committeeName}组织部`, preparer: '陈晓燕', reviewer: '刘建军' });
    if (scale === 'demo') seedRules(db);
    const done = seedMeetings(db, scale, todayIso(now), at);
    meetings = done.meetings;
    hourEntries = done.entries;
    seedCycle(db, scale, todayIso(now), at);
    seedRectification(db, scale, todayIso(now), at); // after the gradings it follows up
    seedRecruits(db, scale, todayIso(now), at);
    if (scale === 'demo') seedAdmissions(db, todayIso(now), at);
    seedDues(db, scale, todayIso(now), at);
    insertAudit(db, at, 'seed', { table: 'orgs', recordId: null, action: 'seed', after: { scale, orgs, members, meetings, hourEntries } });
  })();
  return { orgs, members, meetings, hourEntries };
}
