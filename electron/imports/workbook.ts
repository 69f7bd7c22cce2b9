// Loading an uploaded .xlsx safely: clear messages for files that are not workbooks.
import ExcelJS from 'exceljs';

export class ImportFileError extends Error {}

export const MAX_IMPORT_BYTES = 60 * 1024 * 1024;

export async function loadWorkbook(bytes: Buffer, fileName: string): Promise<ExcelJS.Workbook> {
  if (bytes.length === 0) throw new ImportFileError(`“${fileName}”是空文件`);
  if (bytes.length > MAX_IMPORT_BYTES) throw new ImportFileError(`“${fileName}”超过 60 MB，不像是花名册，请检查是否选错文件`);
  if (/\.xls$/i.test(fileName) || bytes.subarray(0, 4).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]))) {
    throw new ImportFileError(`“${fileName}”是旧版 Excel（.xls）文件，请在 Excel 中“另存为” .xlsx 后再导入`);
  }
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw new ImportFileError(`“${fileName}”不是 Excel（.xlsx）文件`);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new ImportFileError(`“${fileName}”无法作为 Excel 工作簿读取，文件可能已损坏，或是改了扩展名的其他文件`);
  }
  if (wb.worksheets.length === 0) throw new ImportFileError(`“${fileName}”里没有工作表`);
  return wb;
}
