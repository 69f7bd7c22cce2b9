// 工作台 figures, the integrity check, health and app facts.
import { z } from 'zod';
import type { EligibilityFinding } from '../../domain/eligibility';
import { defineArea, read, write } from './define';
import { text } from './common';
import type { DeadlineDigest } from './deadlines';

export type Dashboard = {
  committeeName: string | null;
  generalBranches: number;
  branches: number;
  groups: number;
  members: { active: number; probationary: number; byCategory: { category: string; count: number }[] };
  branchesWithoutSecretary: { id: number; name: string }[];
  branchesWithoutCategory: { id: number; name: string }[];
  recentEvents: { onDate: string; text: string }[];
  /** Overdue 整改 items and task submissions, and tasks due within 14 days. */
  deadlines: DeadlineDigest;
  /** Where the roster and the 发展党员 record give one person different 入党 or 转正 dates. */
  dateDisagreements: string[];
  /** Stored roles, honour nominees and 转正 dates that break an eligibility rule. */
  eligibility: EligibilityFinding[];
};

export type CheckResult = { ok: boolean; problems: string[] };

/** The data file's state at start: when damaged, the app offers the newest good backup. */
export type Health = {
  ok: boolean;
  problem: string | null;
  newestGoodBackup: { name: string; at: string; counts: { orgs: number; members: number; meetings: number } | null } | null;
};

/** canMoveData: false where the folder was named by --data or DANGJIAN_DATA (the host cannot remember a new place). */
export type SystemInfo = { dataDir: string; schemaVersion: number; appVersion: string; canMoveData: boolean };

/** leftovers: old folders that could not be removed (a file held open elsewhere); the data is already in dataDir. */
export type MovedData = { dataDir: string; files: number; bytes: number; leftovers: string[] };

export const systemContract = defineArea('system', {
  'system.dashboard': read<Dashboard>()(z.object({}).strict()),
  'system.check': read<CheckResult>()(z.object({}).strict()),
  'system.info': read<SystemInfo>()(z.object({}).strict()),
  'system.health': read<Health>()(z.object({}).strict()),
  'system.moveData': write<MovedData>()(z.object({ target: z.string().trim().min(1, { message: '请填写新位置' }).max(240) }).strict()),
});
