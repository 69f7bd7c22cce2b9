// 党费 and 换届 for the demo and large seeds: a base for every member, the year's payments with
// some arrears (one member six months unpaid, one six months absent from every meeting), and
// branch terms (one ending within three months, one overdue, some with an earlier term).
import type { Db } from '../db/open';
import { insertMeeting, replaceAttendance } from '../db/meetings';
import { insertTerm } from '../db/terms';
import type { DuesKind } from '../domain/dues';
import { nearestWorkday } from '../domain/holidays';
import { addMonthsTo, monthRange } from '../domain/months';
import { addMonths } from '../domain/recruitment';
import { rng } from './names';
import type { SeedScale } from './scale';

type Seeded = { id: number; orgId: number; category: string | null; joinedOn: string | null };

const kindOf = (category: string | null): DuesKind => (category === '学生' ? '学生' : category === '离退休' ? '离退休' : '在职');

export function seedDues(db: Db, scale: SeedScale, today: string, at: string): { payments: number } {
  const r = rng(scale === 'demo' ? 99 : 9999);
  const members = (db.prepare(`SELECT id, org_id, person_category, joined_on FROM members WHERE status = '在册' ORDER BY org_id, id`).raw().all() as [number, number, string | null, string | null][]).map(
    ([id, orgId, category, joinedOn]): Seeded => ({ id, orgId, category, joinedOn }),
  );
  const lastEnded = addMonthsTo(today.slice(0, 7), -1);
  // A year of history whatever the month: bases and payments start twelve months back.
  const firstMonth = addMonthsTo(lastEnded, -11);
  const base = db.prepare('INSERT INTO dues_bases (member_id, from_month, kind, base_fen, override_fen, override_reason, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
  const pay = db.prepare('INSERT INTO dues_payments (member_id, paid_on, from_month, to_month, amount_fen, notes, created_at) VALUES (?, ?, ?, ?, ?, NULL, ?)');
  // The demo's two people for 党章 第九条: a member of the first branch stops paying, one of the
  // second stops attending. Ordinary members of over a year, neither on a committee nor graded 优秀
  // nor put forward for an honour (a 优秀共产党员 nominee six months in arrears would not be credible).
  const ordinary = db.prepare(`SELECT 1 FROM members m WHERE m.id = ? AND m.joined_on <= ?
    AND NOT EXISTS (SELECT 1 FROM org_roles r WHERE r.member_id = m.id) AND NOT EXISTS (SELECT 1 FROM award_nominees n WHERE n.member_id = m.id)
    AND NOT EXISTS (SELECT 1 FROM member_evaluations e WHERE e.member_id = m.id AND e.grade = '优秀')`).pluck();
  const yearAgo = addMonths(today, -12);
  const firstOrdinary = (orgId: number | undefined) => members.find((m) => m.orgId === orgId && ordinary.get(m.id, yearAgo) !== undefined)?.id;
  const unpaid = firstOrdinary(members[0]?.orgId);
  const absent = firstOrdinary(members.find((m) => m.orgId !== members[0]?.orgId)?.orgId);
  let payments = 0;
  for (const m of members) {
    const kind = kindOf(m.category);
    const joined = m.joinedOn?.slice(0, 7) ?? '2000-01';
    const from = joined > firstMonth ? joined : firstMonth;
    const fen = kind === '学生' ? 0 : kind === '离退休' ? 300_000 + Math.floor(r() * 400_000) : 300_000 + Math.floor(r() * 900_000);
    const approved = scale === 'demo' && kind === '在职' && r() < 0.03;
    base.run(m.id, from, kind, fen, approved ? 500 : null, approved ? '家庭生活困难，经支部委员会研究同意每月交纳5元' : null, at, at);
    const raiseFrom = addMonthsTo(lastEnded, -4);
    const raise = kind === '在职' && r() < 0.15 && raiseFrom > from;
    if (raise) base.run(m.id, raiseFrom, kind, fen + 50_000, null, null, at, at);
    const due = (month: string) => (approved ? 500 : kind === '学生' ? 20 : dues(kind, raise && month >= raiseFrom ? fen + 50_000 : fen));
    // Most pay each month; some a quarter at a time; some are one or two months behind.
    const behind = m.id === unpaid && scale === 'demo' ? 6 : r() < 0.12 ? 1 + Math.floor(r() * 2) : 0;
    const upTo = addMonthsTo(lastEnded, -behind);
    const months = from <= upTo ? monthRange(from, upTo) : [];
    const quarterly = r() < 0.25;
    for (let i = 0; i < months.length; i += quarterly ? 3 : 1) {
      const covered = months.slice(i, quarterly ? i + 3 : i + 1);
      const last = covered[covered.length - 1]!;
      pay.run(m.id, `${addMonthsTo(last, 1)}-0${1 + Math.floor(r() * 9)}`, covered[0], last, covered.reduce((s, c) => s + due(c), 0), at);
      payments++;
    }
  }
  if (scale === 'demo' && absent) markAbsent(db, absent, `${addMonthsTo(today.slice(0, 7), -5)}-01`, today, at);
  // Half a year without paying or attending shows in the year's 民主评议: 基本合格, scores in that band.
  if (scale === 'demo') db.prepare(`UPDATE member_evaluations SET grade = '基本合格', mass_score = 68, peer_score = 66 WHERE member_id IN (?, ?)`).run(unpaid ?? null, absent ?? null);
  seedTerms(db, scale, today, at, r);
  return { payments };
}

/** The 2008 brackets again for speed in bulk (the domain function checks its input each call). */
function dues(kind: DuesKind, fen: number): number {
  const permille = kind === '离退休' ? (fen <= 500_000 ? 5 : 10) : fen <= 300_000 ? 5 : fen <= 500_000 ? 10 : fen <= 1_000_000 ? 15 : 20;
  return Math.floor((fen * permille + 500) / 1000);
}

/**
 * Records a member 缺席 at every meeting since `from`, with the hours and head counts those meetings
 * credited taken back. The demo's meetings start in January: earlier months of the six get a 主题党日.
 */
function markAbsent(db: Db, memberId: number, from: string, today: string, at: string): void {
  const orgId = db.prepare('SELECT org_id FROM members WHERE id = ?').pluck().get(memberId) as number;
  const held = db.prepare(`SELECT count(*) FROM meetings m JOIN meeting_attendance a ON a.meeting_id = m.id WHERE a.member_id = ? AND m.deleted_at IS NULL AND substr(m.held_on, 1, 7) = ?`).pluck();
  for (const month of monthRange(from.slice(0, 7), today.slice(0, 7))) {
    if ((held.get(memberId, month) as number) > 0) continue;
    // A working day: mid-month, or in the current month the latest one so far.
    const heldOn = month === today.slice(0, 7) ? nearestWorkday(today, `${month}-01`, today) : nearestWorkday(`${month}-15`, `${month}-01`, `${month}-28`);
    if (heldOn === null) continue;
    const id = insertMeeting(db, {
      orgId, type: '主题党日', heldOn, startTime: '14:30', endTime: '16:30', place: '党员活动室', host: null, recorder: null,
      lecturer: null, lecturerMemberId: null, topic: '主题党日：重温入党誓词', minutes: null, resolutions: null, hours: 0, expected: 1, present: 0,
    }, at);
    replaceAttendance(db, id, [{ memberId, status: '缺席', reason: null }]);
  }
  const since = `SELECT id FROM meetings WHERE held_on >= ? AND deleted_at IS NULL`;
  db.prepare(`UPDATE meeting_attendance SET status = '缺席', reason = NULL WHERE member_id = ? AND meeting_id IN (${since})`).run(memberId, from);
  db.prepare(`DELETE FROM hour_entries WHERE member_id = ? AND meeting_id IN (${since})`).run(memberId, from);
  db.prepare(`UPDATE meetings SET present = (SELECT count(*) FROM meeting_attendance a WHERE a.meeting_id = meetings.id AND a.status = '出席') WHERE id IN (SELECT meeting_id FROM meeting_attendance WHERE member_id = ?) AND held_on >= ?`).run(memberId, from);
}

/**
 * A term per branch from its committee roles' start; in the demo one branch's term ends within
 * three months, another's ended a month ago, and a third has an earlier term on record.
 */
function seedTerms(db: Db, scale: SeedScale, today: string, at: string, r: () => number): void {
  const branches = db.prepare(`SELECT id FROM orgs WHERE kind = 'branch' AND dissolved_on IS NULL ORDER BY sort_order, id`).pluck().all() as number[];
  const roles = db.prepare(`SELECT role, member_id, person_name, term_start FROM org_roles WHERE org_id = ? AND ended_on IS NULL ORDER BY id`).raw();
  const setRoleTerm = db.prepare('UPDATE org_roles SET term_start = ?, term_end = ? WHERE org_id = ? AND ended_on IS NULL');
  // The demo's three term stories go to the first branches whose committee were all 正式党员 by then.
  const lastConfirmed = db.prepare(`SELECT max(coalesce(m.confirmed_on, '9999')) FROM org_roles r JOIN members m ON m.id = r.member_id WHERE r.org_id = ? AND r.ended_on IS NULL`).pluck();
  // 换届 on working days: a few days later than the month's mark for the current terms, earlier for one before.
  const workdayFrom = (iso: string) => nearestWorkday(iso, iso, today) ?? iso;
  const workdayBy = (iso: string) => nearestWorkday(iso, addMonths(iso, -1), iso) ?? iso;
  const endsSoon = workdayFrom(addMonths(addMonths(today, -36), 2));
  const ended = workdayFrom(addMonths(addMonths(today, -36), -1));
  const fits = (orgId: number, on: string) => { const c = lastConfirmed.get(orgId) as string | null; return c !== null && c <= on; };
  const soonId = scale === 'demo' ? branches.find((b) => fits(b, endsSoon)) : undefined;
  const endedId = scale === 'demo' ? branches.find((b) => b !== soonId && fits(b, ended)) : undefined;
  // The earlier term had the same people, reversed: they too were 正式党员 three years before the current one.
  const firstStart = (orgId: number) => (roles.all(orgId) as [string, number | null, string, string | null][])[0]?.[3] ?? null;
  const earlierId = scale === 'demo' ? branches.find((b) => { const s = firstStart(b); return b !== soonId && b !== endedId && s !== null && fits(b, workdayBy(addMonths(s, -36))); }) : undefined;
  branches.forEach((orgId) => {
    const committee = (roles.all(orgId) as [string, number | null, string, string | null][]).map(([role, memberId, name]) => ({ role, memberId, name }));
    const first = (roles.all(orgId) as [string, number | null, string, string | null][])[0]?.[3] ?? null;
    let start = first ?? workdayFrom(addMonths(today, -12 - Math.floor(r() * 12)));
    if (orgId === soonId) start = endsSoon; // ends in two months
    if (orgId === endedId) start = ended; // ended a month ago
    if (orgId === earlierId) insertTerm(db, { orgId, startedOn: workdayBy(addMonths(start, -36)), years: 3, electionMeetingId: null, notes: '上一届' }, committee.slice().reverse().map((c, k) => ({ ...c, role: k === 0 ? '书记' : '委员' })), at);
    setRoleTerm.run(start, addMonths(start, 36), orgId);
    insertTerm(db, { orgId, startedOn: start, years: 3, electionMeetingId: null, notes: null }, committee, at);
  });
}
