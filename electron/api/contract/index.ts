// Every operation of the app, by name. Both hosts and the CLI serve exactly this map.
import type { z } from 'zod';
import { combineAreas, type MethodDef } from './define';
import { archiveContract } from './archive';
import { attachmentsContract } from './attachments';
import { auditContract } from './audit';
import { awardsContract } from './awards';
import { backupsContract } from './backups';
import { campaignsContract } from './campaigns';
import { commentsContract } from './comments';
import { commitmentsContract } from './commitments';
import { complianceContract } from './compliance';
import { cycleExportsContract } from './cycleExports';
import { cycleRulesContract } from './cycleRules';
import { deadlinesContract } from './deadlines';
import { duesContract } from './dues';
import { duesRulesContract } from './duesRules';
import { evaluationsContract } from './evaluations';
import { exportsContract } from './exports';
import { gradingContract } from './grading';
import { hoursContract } from './hours';
import { lockContract } from './lock';
import { meetingsContract } from './meetings';
import { membersContract } from './members';
import { orgsContract } from './orgs';
import { recruitmentRulesContract } from './recruitmentRules';
import { recruitsContract } from './recruits';
import { rectificationsContract } from './rectifications';
import { recycleContract } from './recycle';
import { reportsContract } from './reports';
import { rosterContract } from './roster';
import { rulesContract } from './rules';
import { satisfactionContract } from './satisfaction';
import { settingsContract } from './settings';
import { systemContract } from './system';
import { tasksContract } from './tasks';
import { termsContract } from './terms';
import { trainingsContract } from './trainings';

export const contract = combineAreas(
  orgsContract,
  membersContract,
  rosterContract,
  systemContract,
  settingsContract,
  meetingsContract,
  attachmentsContract,
  complianceContract,
  rulesContract,
  trainingsContract,
  hoursContract,
  exportsContract,
  backupsContract,
  auditContract,
  recycleContract,
  rectificationsContract,
  tasksContract,
  deadlinesContract,
  lockContract,
  campaignsContract,
  commitmentsContract,
  commentsContract,
  evaluationsContract,
  satisfactionContract,
  cycleRulesContract,
  gradingContract,
  awardsContract,
  cycleExportsContract,
  recruitmentRulesContract,
  recruitsContract,
  duesContract,
  duesRulesContract,
  termsContract,
  archiveContract,
  reportsContract,
);

export type Contract = typeof contract;
export type Method = keyof Contract;
export type Input<M extends Method> = z.input<Contract[M]['input']>;
export type ParsedInput<M extends Method> = z.output<Contract[M]['input']>;
export type Output<M extends Method> = Contract[M] extends MethodDef<z.ZodType, infer O> ? O : never;

export function isMethod(name: string): name is Method {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

/** The wire form both hosts answer with. */
export type ApiErrorBody = { code: ApiErrorCode; message: string; fields?: Record<string, string> };
export type ApiErrorCode = 'invalid' | 'not_found' | 'conflict' | 'forbidden' | 'unknown_method' | 'internal' | 'damaged' | 'locked';
export type ApiResponse<T> = { ok: true; result: T } | { ok: false; error: ApiErrorBody };

export type { FileOut, Page } from './define';
export type { PaperSize } from './common';
export type * from './archive';
export type * from './attachments';
export type * from './audit';
export type * from './awards';
export type * from './backups';
export type * from './campaigns';
export type * from './comments';
export type * from './commitments';
export type * from './compliance';
export type * from './cycleExports';
export type * from './cycleRules';
export type * from './deadlines';
export type * from './dues';
export type * from './duesRules';
export type * from './evaluations';
export type * from './exports';
export type * from './grading';
export type * from './hours';
export type * from './lock';
export type * from './meetings';
export type * from './members';
export type * from './orgs';
export type * from './recruitmentRules';
export type * from './recruits';
export type * from './rectifications';
export type * from './recycle';
export type * from './reports';
export type * from './roster';
export type * from './rules';
export type * from './satisfaction';
export type * from './settings';
export type * from './system';
export type * from './tasks';
export type * from './terms';
export type * from './trainings';
