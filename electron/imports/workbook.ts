// Loading an uploaded .xlsx as the hostile file it may be: every part's size is the count of
// bytes really inflated (never what the zip declares), sheets stream through a non-backtracking
// XML parser that drops empty cells and rows (a sheet "formatted to the bottom" holds a million)
// and stops past MAX_ROWS rows, and exceljs only reads the package rebuilt from checked parts.
// Runs in the file worker (fileWorker.ts), never on the thread that answers requests.
import type ExcelJS from 'exceljs';
import { loadExcelJS, loadJSZip } from '../exports/lazyLibs';
import { sheetCleaner, TooManyRowsError } from './sheetXml';
import { XmlError, xmlSink } from './xmlStream';
import { inflatePart, streamPart, ZipError, zipParts, type ZipPart } from './zipParts';

export class ImportFileError extends Error {}

const MB = 1024 * 1024;
export const MAX_IMPORT_BYTES = 60 * MB;
/** Far above the largest real roster or ledger (a college's members fit in tens of thousands). */
export const MAX_ROWS = 100_000;
/** A sheet's XML beyond this (inflated) is not a table someone typed. */
const MAX_SHEET_XML = 200 * MB;
const MAX_SHARED_STRINGS_XML = 100 * MB;
/** Any other part (styles, themes, an embedded picture); a picture is stored, not compressed. */
const MAX_PART = MAX_IMPORT_BYTES;
/** Everything exceljs will be given, after cleaning. */
const MAX_TOTAL = 300 * MB;

const OTHER_OFFICE_FILES: [string, string][] = [
  ['word/document.xml', 'Word 文档'],
  ['ppt/presentation.xml', 'PowerPoint 演示文稿'],
];

const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);
/** The stream name of an encrypted .xlsx inside its OLE wrapper, as stored (UTF-16LE). */
const ENCRYPTED_PACKAGE = Buffer.from('EncryptedPackage', 'utf16le');
/** No maintained .xls reader is among the app's packages (SheetJS left npm), so the clerk converts it. */
const SAVE_AS_XLSX = '请用 Excel 或 WPS 表格打开它，选“文件 → 另存为”，保存类型选“Excel 工作簿（*.xlsx）”，再导入另存的 .xlsx 文件';

function checkBytes(bytes: Buffer, fileName: string): void {
  if (bytes.length === 0) throw new ImportFileError(`“${fileName}”是空文件`);
  if (bytes.length > MAX_IMPORT_BYTES) throw new ImportFileError(`“${fileName}”超过 60 MB，不像是花名册，请检查是否选错文件`);
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  // An .xlsx named .xls is read as what it is; an OLE file is a real .xls or a password-protected
  // .xlsx (Excel wraps those in OLE too); an .xls that is neither is a web page saved as .xls.
  if (bytes.subarray(0, 4).equals(OLE_MAGIC)) {
    if (bytes.includes(ENCRYPTED_PACKAGE)) throw new ImportFileError(`“${fileName}”设置了打开密码，无法读取。请在 Excel 中打开，选“文件 → 信息 → 保护工作簿 → 用密码进行加密”，清空密码后保存，再导入`);
    throw new ImportFileError(`“${fileName}”是旧版 Excel（.xls）文件（Excel 97–2003 格式），本软件不读取这种格式。${SAVE_AS_XLSX}`);
  }
  if (!zip && /\.xls$/i.test(fileName)) throw new ImportFileError(`“${fileName}”不是真正的 Excel 工作簿（可能是系统导出的网页格式 .xls）。${SAVE_AS_XLSX}`);
  if (!zip) throw new ImportFileError(`“${fileName}”不是 Excel（.xlsx）文件`);
}

/** The Chinese message for a part that could not be read safely. */
function refusal(e: unknown, fileName: string): Error {
  if (e instanceof ZipError) {
    if (e.reason === 'too-large') return new ImportFileError(`“${fileName}”解压后的内容过多，不像是一份台账；请只保留需要导入的表格后再试`);
    if (e.reason === 'encrypted') return new ImportFileError(`“${fileName}”已加密，请在 Excel 中取消密码后另存一份再导入`);
    return new ImportFileError(`“${fileName}”无法作为 Excel 工作簿读取，文件可能已损坏或不完整`);
  }
  if (e instanceof TooManyRowsError) {
    return new ImportFileError(`“${fileName}”的工作表有超过 ${MAX_ROWS} 行数据，不像是一份名册或台账；请只保留需要导入的行，或分成几个文件导入`);
  }
  if (e instanceof XmlError) return new ImportFileError(`“${fileName}”中的表格内容不是有效的 Excel 数据，文件可能已损坏`);
  return e instanceof Error ? e : new Error(String(e));
}

const isSheet = (name: string) => name.includes('xl/worksheets/sheet') && name.endsWith('.xml');

/** A sheet part streamed through the cleaner: only what has content is kept. */
async function cleanSheet(part: ZipPart): Promise<Buffer> {
  const cleaner = sheetCleaner(MAX_ROWS);
  const sink = xmlSink(cleaner);
  await streamPart(part, MAX_SHEET_XML, sink.write);
  sink.end();
  return cleaner.xml();
}

/** Every part of the package checked (sizes counted as inflated, sheets cleaned), ready for exceljs. */
async function checkedParts(bytes: Buffer, fileName: string): Promise<Map<string, Buffer>> {
  let parts: Map<string, ZipPart>;
  try {
    parts = zipParts(bytes);
  } catch {
    throw new ImportFileError(`“${fileName}”无法作为 Excel 工作簿读取，文件可能已损坏或不完整`);
  }
  for (const [part, kind] of OTHER_OFFICE_FILES) {
    if (parts.has(part)) throw new ImportFileError(`“${fileName}”其实是${kind}（只是扩展名改成了 .xlsx），请选择 Excel 工作簿`);
  }
  if (!parts.has('xl/workbook.xml')) throw new ImportFileError(`“${fileName}”不是 Excel 工作簿（压缩包中没有工作簿内容）`);
  const out = new Map<string, Buffer>();
  let total = 0;
  try {
    for (const part of parts.values()) {
      if (part.name.endsWith('/')) continue;
      const data = isSheet(part.name) ? await cleanSheet(part) : inflatePart(part, part.name.endsWith('sharedStrings.xml') ? MAX_SHARED_STRINGS_XML : MAX_PART);
      total += data.length;
      if (total > MAX_TOTAL) throw new ZipError('too-large', part.name);
      out.set(part.name, data);
    }
  } catch (e) {
    throw refusal(e, fileName);
  }
  return out;
}

export async function loadWorkbook(bytes: Buffer, fileName: string): Promise<ExcelJS.Workbook> {
  checkBytes(bytes, fileName);
  const zip = new (await loadJSZip())();
  for (const [name, data] of await checkedParts(bytes, fileName)) zip.file(name, data);
  const wb = new (await loadExcelJS()).Workbook();
  try {
    await wb.xlsx.load(await zip.generateAsync({ type: 'arraybuffer', compression: 'STORE' }));
  } catch {
    throw new ImportFileError(`“${fileName}”无法作为 Excel 工作簿读取，文件可能已损坏，或是改了扩展名的其他文件`);
  }
  if (wb.worksheets.length === 0) throw new ImportFileError(`“${fileName}”里没有工作表`);
  return wb;
}
