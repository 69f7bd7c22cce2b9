// What the Electron preload exposes to the renderer as window.dangjian.
import type { ApiResponse, FileOut } from './index';

/** error: why nothing was saved (a file held open by Excel, a full disk), in the clerk's words. */
export type SaveResult = { saved: boolean; path?: string; error?: string };

export type DangjianBridge = {
  host: 'electron';
  invoke(method: string, input: unknown): Promise<ApiResponse<unknown>>;
  saveFile(file: FileOut): Promise<SaveResult>;
  /** Asks for a parent folder, then writes the files into a new subfolder named `folder` (一键导出台账). */
  saveFolder(folder: string, files: FileOut[]): Promise<SaveResult>;
  /** A folder picked in the system dialog (the data folder's new place), or null when cancelled. */
  chooseFolder(title: string): Promise<string | null>;
};
