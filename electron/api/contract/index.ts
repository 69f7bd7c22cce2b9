// Every operation of the app, by name. Both hosts and the CLI serve exactly this map.
import type { z } from 'zod';
import type { MethodDef } from './define';
import { archiveContract } from './archive';
import { awardsContract } from './awards';
import { cycleContract } from './cycle';
import { cycleExportsContract } from './cycleExports';
import { duesContract } from './dues';
import { evaluationsContract } from './evaluations';
import { gradingContract } from './grading';
import { hoursContract } from './hours';
import { lockContract } from './lock';
import { meetingsContract } from './meetings';
import { membersContract } from './members';
import { orgsContract } from './orgs';
import { recruitsContract } from './recruits';
import { reportsContract } from './reports';
import { recycleContract } from './recycle';
import { rectificationContract } from './rectification';
import { rosterContract } from './roster';
import { safetyContract } from './safety';
import { systemContract } from './system';
import { termsContract } from './terms';

export const contract = {
  ...orgsContract,
  ...membersContract,
  ...rosterContract,
  ...systemContract,
  ...meetingsContract,
  ...hoursContract,
  ...safetyContract,
  ...recycleContract,
  ...rectificationContract,
  ...lockContract,
  ...cycleContract,
  ...evaluationsContract,
  ...gradingContract,
  ...awardsContract,
  ...cycleExportsContract,
  ...recruitsContract,
  ...duesContract,
  ...termsContract,
  ...archiveContract,
  ...reportsContract,
};

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
export type * from './archive';
export type * from './awards';
export type * from './cycle';
export type * from './dues';
export type * from './evaluations';
export type * from './grading';
export type * from './hours';
export type * from './lock';
export type * from './meetings';
export type * from './members';
export type * from './orgs';
export type * from './recruits';
export type * from './reports';
export type * from './recycle';
export type * from './rectification';
export type * from './roster';
export type * from './safety';
export type * from './system';
export type * from './terms';
