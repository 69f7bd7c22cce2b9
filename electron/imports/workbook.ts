// Loading an uploaded .xlsx safely: clear messages for files that are not workbooks, and no
// minutes-long stall on sheets "formatted to the bottom" (a million styled but empty rows).
import ExcelJS from 'exceljs';
import JSZip from 'jszip';

export class ImportFileError extends Error {}

export const MAX_IMPORT_BYTES = 60 * 1024 * 1024;
/** A sheet's XML beyond this (unpacked) is not a roster someone typed; refusing beats exhausting memory. */
const MAX_SHEET_XML = 200 * 1024 * 1024;

export async function loadWorkbook(bytes: Buffer, fileName: string): Promise<ExcelJS.Workbook> {
  if (bytes.length === 0) throw new ImportFileError(`“${fileName}”是空文件`);
  if (bytes.length > MAX_IMPORT_BYTES) throw new ImportFileError(`“${fileName}”超过 60 MB，不像是花名册，请检查是否选错文件`);
  if (/\.xls$/i.test(fileName) || bytes.subarray(0, 4).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]))) {
    throw new ImportFileError(`“${fileName}”是旧版 Excel（.xls）文件，请在 Excel 中“另存为” .xlsx 后再导入`);
  }
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw new ImportFileError(`“${fileName}”不是 Excel（.xlsx）文件`);
  const cleaned = await withoutEmptyRows(bytes, fileName);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(cleaned as unknown as ArrayBuffer);
  } catch {
    throw new ImportFileError(`“${fileName}”无法作为 Excel 工作簿读取，文件可能已损坏，或是改了扩展名的其他文件`);
  }
  if (wb.worksheets.length === 0) throw new ImportFileError(`“${fileName}”里没有工作表`);
  return wb;
}

const OTHER_OFFICE_FILES: [string, string][] = [
  ['word/document.xml', 'Word 文档'],
  ['ppt/presentation.xml', 'PowerPoint 演示文稿'],
];

// Self-closing cells carry a style but no value; rows left with no cells hold nothing.
const EMPTY_CELL = /<(?:\w+:)?c\b[^>]*\/>|<((?:\w+:)?c)\b[^>]*>\s*<\/\1>/g;
const EMPTY_ROW = /<(?:\w+:)?row\b[^>]*\/>|<((?:\w+:)?row)\b[^>]*>\s*<\/\1>/g;

/** The package with empty rows and value-less cells taken out of every sheet; the bytes as given when there are none. */
async function withoutEmptyRows(bytes: Buffer, fileName: string): Promise<Buffer> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw new ImportFileError(`“${fileName}”无法作为 Excel 工作簿读取，文件可能已损坏或不完整`);
  }
  for (const [part, kind] of OTHER_OFFICE_FILES) {
    if (zip.file(part)) throw new ImportFileError(`“${fileName}”其实是${kind}（只是扩展名改成了 .xlsx），请选择 Excel 工作簿`);
  }
  if (!zip.file('xl/workbook.xml')) throw new ImportFileError(`“${fileName}”不是 Excel 工作簿（压缩包中没有工作簿内容）`);
  let changed = false;
  for (const sheet of zip.file(/^xl\/worksheets\/[^/]+\.xml$/)) {
    const size = (sheet as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize ?? 0;
    if (size > MAX_SHEET_XML) throw new ImportFileError(`“${fileName}”的工作表内容过多（解压后超过 200 MB），请只保留需要导入的表格后再试`);
    const xml = await sheet.async('string');
    const slim = xml.replace(EMPTY_CELL, '').replace(EMPTY_ROW, '');
    if (slim.length !== xml.length) {
      zip.file(sheet.name, slim);
      changed = true;
    }
  }
  return changed ? zip.generateAsync({ type: 'nodebuffer', compression: 'STORE' }) : bytes;
}
