// Who is expected (应到) at a meeting follows the body that meets, decided by the meeting type.
// The one table the form, the API, the Word 会议记录, the 三会一课台账 and the checks all read.
import type { MeetingType, OrgKind } from './glossary';

/**
 * committee: the role holders (not 党小组长) of the organisation holding the meeting, serving that day;
 * group: the chosen 党小组's members; members: the organisation's 正式 and 预备党员 on the roll that day.
 */
export type ExpectedBody = 'committee' | 'group' | 'members';

export const BODY_OF: Record<MeetingType, ExpectedBody> = {
  支部党员大会: 'members',
  支委会: 'committee',
  党小组会: 'group',
  党课: 'members',
  组织生活会: 'members',
  民主评议党员: 'members',
  主题党日: 'members',
  集中学习: 'members',
  领导班子集体学习: 'committee',
  中心组学习: 'committee',
  其他: 'members',
};

export const BODY_LABEL: Record<ExpectedBody, string> = { committee: '委员（班子成员）', group: '党小组党员', members: '党员' };

/** Which organisations may hold a meeting of each type. */
const HELD_BY: Record<MeetingType, readonly OrgKind[]> = {
  支部党员大会: ['general_branch', 'branch'],
  支委会: ['general_branch', 'branch'],
  党小组会: ['group'],
  党课: ['committee', 'general_branch', 'branch'],
  组织生活会: ['committee', 'general_branch', 'branch'],
  民主评议党员: ['branch'],
  主题党日: ['committee', 'general_branch', 'branch'],
  集中学习: ['committee', 'general_branch', 'branch'],
  领导班子集体学习: ['committee', 'general_branch', 'branch'],
  中心组学习: ['committee', 'general_branch'],
  其他: ['committee', 'general_branch', 'branch'],
};

const KIND_WORD: Record<OrgKind, string> = { committee: '党委', general_branch: '党总支', branch: '党支部', group: '党小组' };

/** Null when an organisation of `kind` may hold a meeting of `type`, else the Chinese refusal. */
export function heldByProblem(type: MeetingType, kind: OrgKind): string | null {
  const kinds = HELD_BY[type];
  if (kinds.includes(kind)) return null;
  return `${type}应记在${kinds.map((k) => KIND_WORD[k]).join('、')}名下，不能记在${KIND_WORD[kind]}名下`;
}

/** Meeting types a 党小组 may hold (the form offers only these once a group is chosen). */
export const typesHeldBy = (kind: OrgKind): MeetingType[] => (Object.keys(HELD_BY) as MeetingType[]).filter((t) => HELD_BY[t].includes(kind));

/** Meetings where a vote may be recorded: 预备党员 attend without a vote (《中国共产党章程》第七条). */
export const VOTING_TYPES: readonly MeetingType[] = ['支部党员大会', '支委会', '党小组会', '民主评议党员'];
export const hasVote = (type: MeetingType, memberType: string) => !VOTING_TYPES.includes(type) || memberType !== '预备党员';

/** 应到/实到/出席率 from attendance rows: people sitting in (列席) count in neither. */
export type AttendanceTally = { expected: number; present: number; rate: number | null };
export function tally(rows: readonly { status: string; sitsIn: boolean }[]): AttendanceTally {
  const body = rows.filter((r) => !r.sitsIn);
  const present = body.filter((r) => r.status === '出席').length;
  return { expected: body.length, present, rate: body.length ? present / body.length : null };
}

/** 支委会: more than half of the committee present (《中国共产党支部工作条例（试行）》第十四条). */
export const quorate = (t: AttendanceTally) => t.present * 2 > t.expected;

const BODY_SAID: Record<ExpectedBody, string> = { committee: '不是当天在任的委员（班子成员）', group: '不是该党小组成员', members: '当天不在该组织的党员名册上' };

/** A stored attendance row outside the body, as the check lists it. */
export function outsideBodyMessage(r: { heldOn: string; orgName: string; type: MeetingType; name: string }): string {
  return `${r.heldOn}“${r.orgName}”${r.type}：${r.name}${BODY_SAID[BODY_OF[r.type]]}，却记为应到人员；应改记为列席（依据：《中国共产党支部工作条例（试行）》，应到人员为召开会议的组织的成员）`;
}
