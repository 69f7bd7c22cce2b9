// People on the way into the Party for the demo and large seeds, at every stage and relative to
// today, some keeping every rule and some not (a late talk, a short vote, an overdue review, an
// approval waiting too long), so 工作台 and the 发展党员 page always have something to show.
import { addMonths } from '../domain/recruitment';
import type { Db } from '../db/open';
import { replaceParts, saveRecruit } from '../db/recruits';
import { syncRoster } from '../db/recruits';
import type { RecruitFields } from '../model/recruits';
import type { BranchCategory } from '../domain/glossary';
import { careerFor } from './people';
import { ethnicity, idNumber, nativePlace, personName, phone, rng } from './names';
import type { SeedScale } from './scale';

const plus = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

type Plan = (today: string) => Partial<RecruitFields> & { reviewsEvery?: boolean };

// Months back from today for each step, by stage; a few carry one rule broken on purpose.
const PLANS: Plan[] = [
  (t) => ({ appliedOn: plus(t, -20) }),
  (t) => ({ appliedOn: plus(t, -70), talkOn: plus(t, -20) }), // talk later than a month
  (t) => ({ appliedOn: addMonths(t, -10), talkOn: plus(addMonths(t, -10), 15), activistOn: addMonths(t, -8), reviews: [addMonths(t, -2)] }),
  (t) => ({ appliedOn: addMonths(t, -14), talkOn: plus(addMonths(t, -14), 10), activistOn: addMonths(t, -12), reviews: [addMonths(t, -7)] }), // review overdue, a year reached
  (t) => ({ appliedOn: addMonths(t, -26), talkOn: plus(addMonths(t, -26), 10), activistOn: addMonths(t, -24), reviews: [addMonths(t, -18), addMonths(t, -12)], candidateOn: addMonths(t, -11), trainingDays: 3, trainingHours: 24 }),
  (t) => ({
    appliedOn: addMonths(t, -30), talkOn: plus(addMonths(t, -30), 10), activistOn: addMonths(t, -28), reviews: [addMonths(t, -22), addMonths(t, -16)], candidateOn: addMonths(t, -15),
    trainingDays: 3, trainingHours: 24, admissionMeetingOn: addMonths(t, -4), admissionEntitled: 18, admissionYes: 9, // vote short, approval waiting
  }),
  (t) => ({
    appliedOn: addMonths(t, -40), talkOn: plus(addMonths(t, -40), 10), activistOn: addMonths(t, -38), reviews: [addMonths(t, -32), addMonths(t, -26)], candidateOn: addMonths(t, -25),
    trainingDays: 4, trainingHours: 32, admissionMeetingOn: plus(addMonths(t, -12), 20), admissionEntitled: 20, admissionYes: 19, approvedOn: plus(addMonths(t, -12), 50), // 转正 due within 30 days
  }),
];

export function seedRecruits(db: Db, scale: SeedScale, today: string, at: string): void {
  const r = rng(scale === 'demo' ? 8 : 800);
  const branches = (db.prepare("SELECT o.id, o.category FROM orgs o WHERE o.kind = 'branch' AND o.dissolved_on IS NULL ORDER BY o.sort_order, o.id").raw().all() as [number, BranchCategory | null][]).slice(0, scale === 'demo' ? 4 : 600);
  // Everything the application form does not carry, filled in as the clerk completes the record on admission.
  const complete = db.prepare('UPDATE members SET ethnicity = ?, native_place = ?, education = ?, degree = ?, title = ?, person_category = ?, phone = ?, grade = ?, student_no = ? WHERE id = ?');
  const thisYear = Number(today.slice(0, 4));
  const newestGrade = Number(today.slice(5, 7)) >= 9 ? thisYear : thisYear - 1;
  // 入党介绍人 were 正式党员 well before the oldest 支部大会 below; a student branch of new members
  // may have fewer than two, and then the college's earliest-confirmed members introduce.
  const settled = addMonths(today, -14);
  const introducers = db.prepare("SELECT id, name FROM members WHERE org_id = ? AND member_type = '正式党员' AND status = '在册' AND coalesce(confirmed_on, '') <= ? ORDER BY id LIMIT 2");
  // Read once: on the large seed many student branches need them.
  const college = db.prepare("SELECT id, name FROM members WHERE member_type = '正式党员' AND status = '在册' AND coalesce(confirmed_on, '') <= ? ORDER BY confirmed_on, id LIMIT 2").all(settled) as { id: number; name: string }[];
  // Distinct from every ID already on the roster and from each other (4,800 people on the large seed).
  const used = new Set(db.prepare('SELECT id_number FROM members').pluck().all() as string[]);
  let serial = 900_000;
  const freshId = (birth: string, gender: '男' | '女') => {
    let idn = idNumber(r, birth, gender, serial++);
    while (used.has(idn)) idn = idNumber(r, birth, gender, serial++);
    used.add(idn);
    return idn;
  };
  const perBranch = scale === 'demo' ? PLANS.length : 8;
  for (const [orgId, category] of branches) {
    const student = category === '学生';
    const own = introducers.all(orgId, settled) as { id: number; name: string }[];
    const intro = own.length >= 2 ? own : college;
    for (let k = 0; k < perBranch; k++) {
      const plan = PLANS[k % PLANS.length]!(today);
      // Students apply within a year of turning 18 (none before); teachers and staff in their late twenties or early thirties.
      const [y, mo, d] = [Math.floor(r() * 2), 1 + Math.floor(r() * 9), Math.floor(r() * 9)];
      const birth = student && plan.appliedOn ? addMonths(plan.appliedOn, -12 * 18 - mo - 1) : `${1992 + y * 3 + (d % 3)}-0${mo}-1${d}`;
      const gender: '男' | '女' = r() < 0.5 ? '男' : '女';
      const f: Omit<RecruitFields, 'reviews' | 'introducers'> = {
        name: personName(r), idNumber: freshId(birth, gender), gender, birthDate: birth, orgId, appliedOn: null, talkOn: null, activistOn: null, mentor: intro[0]?.name ?? null,
        candidateOn: null, politicalCheckOn: null, trainingDays: null, trainingHours: null, publicityFrom: null, publicityTo: null, admissionMeetingOn: null,
        admissionEntitled: null, admissionYes: null, approvedOn: null, extensionMonths: 0, confirmationMeetingOn: null, confirmationEntitled: null, confirmationYes: null,
        confirmationApprovedOn: null, notes: null, oathOn: null, confirmationAppliedOn: null, ...plan,
      };
      const id = saveRecruit(db, undefined, f, at);
      const named = f.candidateOn ? intro.map((i) => ({ memberId: i.id, name: i.name })) : [];
      replaceParts(db, id, plan.reviews ?? [], named);
      // An approved admission is on the roster, exactly as saving it in the app would do.
      const memberId = syncRoster(db, id, { ...f, reviews: plan.reviews ?? [], introducers: named }, null, at);
      if (memberId !== null) {
        const c = careerFor(r, category ?? '教职工', thisYear - Number(birth.slice(0, 4)));
        // A student enrols the September before applying; the oldest class still at school is the earliest.
        const enrolled = Number(f.appliedOn!.slice(0, 4)) - (f.appliedOn!.slice(5, 7) >= '09' ? 0 : 1);
        const grade = student ? Math.max(newestGrade - 2, enrolled) : null;
        // 学号 numbered like the roster's (year of entry, six digits), from 900000 up so they never meet.
        complete.run(ethnicity(r), nativePlace(r), c.education, c.degree, c.title, student ? '学生' : category === '离退休' ? '离退休' : '教职工', phone(r), grade, grade !== null ? `${grade}${900_000 + memberId}` : null, memberId);
      }
    }
  }
}
