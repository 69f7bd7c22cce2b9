// A seeded person's education, degree and 职务/职称, consistent with their age and where they work,
// as a college's roster reads: a 博士 or 硕士 has a 研究生 education, a 学士 a 大学本科 one, a
// 大学专科 none; 教授 and 副教授 come after years of teaching; students hold no 职称.
import type { BranchCategory } from '../domain/glossary';
import { pick } from './names';

export type Career = { education: string; degree: string | null; title: string | null };

const EDUCATION_OF: Record<string, string> = { 博士: '研究生', 硕士: '研究生', 学士: '大学本科' };

/** A degree, then the education it implies (a 大学专科 or older school leaver has none). */
function schooling(r: () => number, weights: [string | null, number][]): { education: string; degree: string | null } {
  const total = weights.reduce((s, [, w]) => s + w, 0);
  let x = r() * total;
  for (const [degree, w] of weights) {
    x -= w;
    if (x < 0) return degree === null || degree === '大学专科' ? { education: '大学专科', degree: null } : degree === '中专' ? { education: '中专', degree: null } : { education: EDUCATION_OF[degree]!, degree };
  }
  return { education: '大学本科', degree: '学士' };
}

/** Teachers: young ones mostly 硕士, a few 博士; 讲师 after about 27, 副教授 after 33, 教授 after 40. */
function teacher(r: () => number, age: number): Career {
  const s = schooling(r, age < 40 ? [['博士', 2], ['硕士', 7], ['学士', 1]] : [['博士', 1], ['硕士', 4], ['学士', 5]]);
  const x = r();
  const doctor = s.degree === '博士';
  let title: string;
  if (age < 27) title = doctor ? '讲师' : '助教';
  else if (age < 33) title = doctor || x < 0.6 ? '讲师' : '助教';
  else if (age < 40) title = x < (doctor ? 0.6 : 0.3) ? '副教授' : '讲师';
  else if (age < 48) title = x < (doctor ? 0.35 : 0.12) ? '教授' : x < 0.7 ? '副教授' : '讲师';
  else title = x < (doctor ? 0.5 : 0.25) ? '教授' : x < 0.8 ? '副教授' : '讲师';
  return { ...s, title };
}

/** 机关 staff: 本科 or 硕士; 科员 when young, 科长 and 处长 with years. */
function office(r: () => number, age: number): Career {
  const s = schooling(r, [['硕士', 4], ['学士', 6]]);
  const x = r();
  const title = age < 32 ? '科员' : age < 40 ? (x < 0.5 ? '副科长' : '科员') : age < 48 ? (x < 0.6 ? '科长' : '副科长') : x < 0.3 ? '副处长' : '科长';
  return { ...s, title };
}

/** 后勤 staff: 专科 or 本科; technicians and a few engineers. */
function services(r: () => number, age: number): Career {
  const s = schooling(r, [['学士', 4], ['大学专科', 5], ['中专', 1]]);
  const title = s.degree === '学士' && age >= 30 && r() < 0.5 ? pick(r, ['工程师', '会计师']) : age < 30 ? pick(r, ['管理员', '技术员']) : pick(r, ['技师', '管理员', '助理工程师']);
  return { ...s, title };
}

/** Retired teachers and staff: schooled decades ago, fewer degrees. */
function retired(r: () => number, age: number): Career {
  const s = schooling(r, age >= 75 ? [['学士', 2], ['大学专科', 4], ['中专', 4]] : [['硕士', 1], ['学士', 5], ['大学专科', 4]]);
  return { ...s, title: pick(r, ['退休教师', '退休教师', '退休干部']) };
}

/** Students of a 大专 college: 专科 in progress, no degree, a 学生干部 post for some. */
function student(r: () => number): Career {
  return { education: '大学专科', degree: null, title: r() < 0.3 ? pick(r, ['班长', '团支部书记', '学生会干部', '学习委员']) : null };
}

export function careerFor(r: () => number, category: BranchCategory, age: number): Career {
  if (category === '学生') return student(r);
  if (category === '离退休') return retired(r, age);
  if (category === '机关') return office(r, age);
  if (category === '后勤') return services(r, age);
  return teacher(r, age);
}
