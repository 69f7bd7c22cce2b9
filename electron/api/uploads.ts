import type ExcelJS from 'exceljs';
import { ImportFileError, loadWorkbook } from '../imports/workbook';
import { invalid } from './errors';

/** An uploaded workbook read by `parse`; a file that is not what it should be becomes a Chinese message. */
export async function parseUpload<T>(fileName: string, base64: string, parse: (wb: ExcelJS.Workbook) => T): Promise<T> {
  try {
    return parse(await loadWorkbook(Buffer.from(base64, 'base64'), fileName));
  } catch (e) {
    if (e instanceof ImportFileError) throw invalid(e.message);
    throw e;
  }
}
