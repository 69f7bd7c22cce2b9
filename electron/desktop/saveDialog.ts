// Saving exported files where the clerk chooses: names kept as the ledger titles them (Chinese,
// spaces, full-width brackets) but made legal on Windows, folders with spaces and Chinese names,
// and a file held open by Excel answered with a sentence instead of a crash.
import fs from 'node:fs';
import path from 'node:path';

/** Electron's dialog and shell as far as saving needs them (a fake in the unit test). */
export type SaveShell = {
  showSaveDialog(o: { title: string; defaultPath: string; filters: { name: string; extensions: string[] }[] }): Promise<{ canceled: boolean; filePath?: string }>;
  showOpenDialog(o: { title: string; defaultPath: string; properties: ('openDirectory' | 'createDirectory')[] }): Promise<{ canceled: boolean; filePaths: string[] }>;
  /** Shows the saved file in Explorer. */
  reveal(file: string): void;
};

export type Saved = { saved: boolean; path?: string; error?: string };
export type OutFile = { fileName: string; base64: string };

/**
 * The Electron smoke test sets this to a folder: every save and folder dialog is then answered
 * with that folder instead of being shown (a native dialog cannot be clicked by Playwright).
 * Without the variable the real dialogs are always used.
 */
export const TEST_DIALOG_ENV = 'DANGJIAN_TEST_DIALOG_DIR';

export function dialogShell(env: NodeJS.ProcessEnv, real: SaveShell): SaveShell {
  const dir = env[TEST_DIALOG_ENV];
  if (!dir || !path.isAbsolute(dir)) return real;
  return {
    showSaveDialog: (o) => Promise.resolve({ canceled: false, filePath: path.join(dir, path.basename(o.defaultPath)) }),
    showOpenDialog: () => Promise.resolve({ canceled: false, filePaths: [dir] }),
    reveal: () => undefined,
  };
}

const FILTER_NAMES: Record<string, string> = { xlsx: 'Excel 工作簿', docx: 'Word 文档', zip: '压缩文件', djbak: '党建台账备份', pdf: 'PDF 文件' };
// Windows refuses these characters in names, and these device names whatever the extension.
const ILLEGAL = /[<>:"/\\|?*\u0000-\u001f]/g;
const RESERVED = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])$/i;
const MAX_NAME = 180;

/** A name Windows accepts, as close to the suggested one as possible. */
export function safeFileName(name: string, fallback = '导出文件'): string {
  let n = name.replace(ILLEGAL, '_').replace(/[. ]+$/, '').trim();
  // Not path.extname: it calls ".xlsx" a name without an extension.
  const dot = n.lastIndexOf('.');
  const ext = dot >= 0 ? n.slice(dot) : '';
  let stem = n.slice(0, n.length - ext.length);
  if (RESERVED.test(stem)) stem = `_${stem}`;
  if (stem.length + ext.length > MAX_NAME) stem = stem.slice(0, MAX_NAME - ext.length);
  return stem ? stem + ext : fallback + ext;
}

/** Written beside the target and renamed, so a failure never leaves half a workbook under the real name. */
function writeWhole(target: string, bytes: Buffer): void {
  const tmp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.part`);
  try {
    fs.writeFileSync(tmp, bytes);
    fs.renameSync(tmp, target);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw e;
  }
}

function saveError(e: unknown, target: string): string {
  const code = (e as { code?: unknown }).code;
  const name = path.basename(target);
  if (code === 'EBUSY' || code === 'EPERM' || code === 'EACCES') return `不能写入“${name}”：文件可能正被 Excel 或 Word 打开，或该位置不允许写入。请关闭文件或换一个位置后再保存。`;
  if (code === 'ENOSPC') return `磁盘空间不足，“${name}”没有保存。`;
  return `“${name}”没有保存：${(e as Error).message}`;
}

/** Asks where to save one exported file (starting in 文档) and writes it there. */
export async function saveWithDialog(shell: SaveShell, documentsDir: string, file: OutFile): Promise<Saved> {
  const name = safeFileName(path.basename(String(file.fileName)));
  const ext = path.extname(name).slice(1).toLowerCase();
  const filters = ext ? [{ name: FILTER_NAMES[ext] ?? `${ext.toUpperCase()} 文件`, extensions: [ext] }] : [];
  const r = await shell.showSaveDialog({ title: '保存', defaultPath: path.join(documentsDir, name), filters });
  if (r.canceled || !r.filePath) return { saved: false };
  // The dialog may return a name typed without the extension; Excel would not open it.
  const target = ext && !path.extname(r.filePath) ? `${r.filePath}.${ext}` : r.filePath;
  try {
    writeWhole(target, Buffer.from(file.base64, 'base64'));
  } catch (e) {
    return { saved: false, error: saveError(e, target) };
  }
  shell.reveal(target);
  return { saved: true, path: target };
}

/** 一键导出台账: asks for a parent folder, then writes the files into a new subfolder `folder` there. */
export async function saveFolderWithDialog(shell: SaveShell, documentsDir: string, folder: string, files: OutFile[]): Promise<Saved> {
  const r = await shell.showOpenDialog({ title: '选择保存位置', defaultPath: documentsDir, properties: ['openDirectory', 'createDirectory'] });
  if (r.canceled || !r.filePaths[0]) return { saved: false };
  const dir = path.join(r.filePaths[0], safeFileName(path.basename(String(folder)), '导出台账'));
  let current = dir;
  try {
    fs.mkdirSync(dir, { recursive: true });
    for (const f of files) {
      current = path.join(dir, safeFileName(path.basename(String(f.fileName))));
      writeWhole(current, Buffer.from(f.base64, 'base64'));
    }
  } catch (e) {
    return { saved: false, error: saveError(e, current) };
  }
  shell.reveal(dir);
  return { saved: true, path: dir };
}

/** Asks for a folder (the data folder's new place); null when cancelled. */
export async function chooseFolder(shell: SaveShell, title: string, startIn: string): Promise<string | null> {
  const r = await shell.showOpenDialog({ title, defaultPath: startIn, properties: ['openDirectory', 'createDirectory'] });
  return r.canceled ? null : (r.filePaths[0] ?? null);
}
