// Compliance views: the matrix, yearly counts and 本月待办.
import { z } from 'zod';
import type { CellStatus, Todo, YearCount } from '../../domain/compliance';
import type { Period } from '../../domain/periods';
import { type MeetingRule } from '../../domain/rules';
import { defineArea, read } from './define';
import { id } from './common';

export type MatrixView = {
  today: string;
  rules: { rule: MeetingRule; periods: Period[]; rows: { orgId: number; name: string; cells: { status: CellStatus; count: number }[]; missing: number }[] }[];
};

export type YearSummary = {
  branches: { orgId: number; name: string; counts: YearCount[] }[];
  lecturesOwed: { orgId: number; orgName: string; name: string; role: string; given: number }[];
};

export type WorkbenchTodos = { today: string; meetings: Todo[]; hoursShort: { orgId: number; orgName: string; short: number; assessed: number; period: string; names: string[] }[]; secretariesUntrained: { orgName: string; name: string }[] };

export const complianceContract = defineArea('compliance', {
  'compliance.matrix': read<MatrixView>()(z.object({ year: z.number().int().min(2000).max(2100), orgId: id.optional() }).strict()),
  'compliance.summary': read<YearSummary>()(z.object({ year: z.number().int().min(2000).max(2100) }).strict()),
  'compliance.todos': read<WorkbenchTodos>()(z.object({}).strict()),
});
