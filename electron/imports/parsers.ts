// Every workbook import by name: the file worker runs the one a request names (functions do
// not cross threads, names do).
import { parseDuesBases } from './duesBases';
import { parseHours } from './hours';
import { parseRecruits } from './recruits';
import { parseRoster } from './roster';

export const WORKBOOK_PARSERS = {
  roster: parseRoster,
  hours: parseHours,
  duesBases: parseDuesBases,
  recruits: parseRecruits,
};

export type WorkbookParser = keyof typeof WORKBOOK_PARSERS;
export type WorkbookParse<K extends WorkbookParser> = ReturnType<(typeof WORKBOOK_PARSERS)[K]>;
