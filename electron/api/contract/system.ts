import { z } from 'zod';
import { read, write } from './define';
import { text } from './common';

export type Settings = {
  /** 填报单位 on every ledger, e.g. "某某学院党委组织部". */
  unitName: string;
  preparer: string;
  reviewer: string;
};

export type Dashboard = {
  committeeName: string | null;
  generalBranches: number;
  branches: number;
  groups: number;
  members: { active: number; probationary: number; byCategory: { category: string; count: number }[] };
  branchesWithoutSecretary: { id: number; name: string }[];
  branchesWithoutCategory: { id: number; name: string }[];
  recentEvents: { onDate: string; text: string }[];
};

export type CheckResult = { ok: boolean; problems: string[] };

export type SystemInfo = { dataDir: string; schemaVersion: number; appVersion: string };

export const systemContract = {
  'settings.get': read<Settings>()(z.object({}).strict()),
  'settings.save': write<Settings>()(
    z.object({ unitName: text(60), preparer: text(20), reviewer: text(20) }).strict(),
  ),
  'system.dashboard': read<Dashboard>()(z.object({}).strict()),
  'system.check': read<CheckResult>()(z.object({}).strict()),
  'system.info': read<SystemInfo>()(z.object({}).strict()),
};
