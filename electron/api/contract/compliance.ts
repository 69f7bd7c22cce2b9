// Compliance views: the matrix, yearly counts and 本月待办.
import { z } from 'zod';
import type { MatrixRow, Todo, YearCount } from '../../domain/compliance';
import type { Period } from '../../domain/periods';
import { type MeetingRule } from '../../domain/rules';
import { defineArea, read, type Page } from './define';
import { id } from './common';

/**
 * One rule's matrix, one page of branches: the page is cut on the server (after 只看有缺项), so the
 * screen draws 20 rows whatever the size of the 党委. `rule` is null when every rule is switched off.
 */
export type MatrixView = {
  today: string;
  rules: { id: string; label: string }[];
  rule: MeetingRule | null;
  periods: Period[];
  rows: MatrixRow[];
  /** Branches after the filter, and before it (all in scope). */
  total: number;
  branches: number;
  /** The page returned: the one asked for, or the last one when the filter left fewer. */
  page: number;
  pageSize: number;
};

/**
 * The year's counts per branch and the committee members who owe a 党课, each one page at a time: at
 * 600 branches the whole table was 400 KB sent for 20 rows drawn. `columns` are the rules counted, in
 * order (a branch's `counts` hold only the rules that apply to it).
 */
export type YearSummary = {
  columns: { ruleId: string; label: string }[];
  branches: Page<{ orgId: number; name: string; counts: YearCount[] }>;
  lecturesOwed: Page<{ orgId: number; orgName: string; name: string; role: string; given: number }>;
};

/** 本月待办 on 工作台; `hoursShort[].names` are the first 12 of the `short` members of each branch. */
export type WorkbenchTodos = { today: string; meetings: Todo[]; hoursShort: { orgId: number; orgName: string; short: number; assessed: number; period: string; names: string[] }[]; secretariesUntrained: { orgName: string; name: string }[] };

export const complianceContract = defineArea('compliance', {
  'compliance.matrix': read<MatrixView>()(
    z
      .object({
        year: z.number().int().min(2000).max(2100),
        orgId: id.optional(),
        /** A rule switched off or unknown falls back to the first one in force. */
        ruleId: z.string().max(60).optional(),
        onlyMissing: z.boolean().default(false),
        page: z.number().int().min(1).max(100_000).default(1),
        pageSize: z.number().int().min(1).max(200).default(20),
      })
      .strict(),
  ),
  'compliance.summary': read<YearSummary>()(
    z
      .object({
        year: z.number().int().min(2000).max(2100),
        page: z.number().int().min(1).max(100_000).default(1),
        pageSize: z.number().int().min(1).max(200).default(20),
        owedPage: z.number().int().min(1).max(100_000).default(1),
        owedPageSize: z.number().int().min(1).max(200).default(10),
      })
      .strict(),
  ),
  'compliance.todos': read<WorkbenchTodos>()(z.object({}).strict()),
});
