// Every workbook import by name: the file worker runs the one a request names (functions do
// not cross threads, names do). Each finds the header, maps the columns with the clerk's choice
// and the layouts remembered for it (plain data, passed in), and parses the rows under it.
import type ExcelJS from 'exceljs';
import { todayIso } from '../domain/dates';
import { cellText, readCell } from './cells';
import { BASES_SPEC, parseBasesSheet } from './duesBases';
import { readSheet, type ImportSpec, type Parsed } from './flow';
import type { HeaderMatch, Mapping } from './headers';
import { HOURS_SPEC, parseHoursSheet } from './hours';
import { parseRecruitsSheet, RECRUITS_SPEC } from './recruits';
import { parseRosterSheet, ROSTER_SPEC } from './roster';

/** What the worker is told besides the bytes: the clerk's mapping, the remembered layouts, the day, and cells wanted as typed. */
export type ParseChoice = { mapping?: Mapping; remembered: Record<string, Mapping>; today: string; cells?: { row: number; col: number }[] };

export const defaultChoice = (): ParseChoice => ({ remembered: {}, today: todayIso() });

function reader<F extends string, P extends Parsed>(spec: ImportSpec<F>, parse: (sheet: ExcelJS.Worksheet, header: HeaderMatch<F>, today: string) => P) {
  return (wb: ExcelJS.Workbook, c: ParseChoice) => {
    const { sheet, ...read } = readSheet(wb, spec, { mapping: c.mapping, remembered: (layout) => c.remembered[layout] }, (s, h) => parse(s, h, c.today));
    const typed = (c.cells ?? []).map(({ row, col }) => cellText(readCell(sheet.getRow(row).getCell(col).value)) ?? '');
    return { ...read, rowCount: read.parsed?.rowCount ?? 0, typed };
  };
}

export const WORKBOOK_PARSERS = {
  roster: reader(ROSTER_SPEC, parseRosterSheet),
  hours: reader(HOURS_SPEC, parseHoursSheet),
  duesBases: reader(BASES_SPEC, parseBasesSheet),
  recruits: reader(RECRUITS_SPEC, parseRecruitsSheet),
};

export type WorkbookParser = keyof typeof WORKBOOK_PARSERS;
export type WorkbookParse<K extends WorkbookParser> = ReturnType<(typeof WORKBOOK_PARSERS)[K]>;
