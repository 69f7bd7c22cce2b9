import { parseWorkbook } from '../imports/fileJobs';
import type { ParseChoice, WorkbookParse, WorkbookParser } from '../imports/parsers';
import { ImportFileError } from '../imports/workbook';
import { invalid } from './errors';

/** An uploaded workbook read by the named import (in the file worker); a file that is not what it should be becomes a Chinese message. */
export async function parseUpload<K extends WorkbookParser>(fileName: string, base64: string, parser: K, choice?: ParseChoice): Promise<WorkbookParse<K>> {
  try {
    return await parseWorkbook(parser, fileName, Buffer.from(base64, 'base64'), undefined, choice);
  } catch (e) {
    if (e instanceof ImportFileError) throw invalid(e.message);
    throw e;
  }
}
