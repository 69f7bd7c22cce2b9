// The renderer's only door: one invoke for the API registry, and the native dialogs (save a file or a folder, choose a folder).
import { contextBridge, ipcRenderer } from 'electron';
import type { ApiResponse, FileOut } from './api/contract';
import type { DangjianBridge, SaveResult } from './api/contract/bridge';

// A type annotation, not `satisfies`: Electronegativity's parser (npm test) reads this file.
const bridge: DangjianBridge = {
  host: 'electron',
  invoke: (method: string, input: unknown) => ipcRenderer.invoke('api', method, input) as Promise<ApiResponse<unknown>>,
  saveFile: (file: FileOut) => ipcRenderer.invoke('save-file', file) as Promise<SaveResult>,
  saveFolder: (folder: string, files: FileOut[]) => ipcRenderer.invoke('save-folder', folder, files) as Promise<SaveResult>,
  chooseFolder: (title: string) => ipcRenderer.invoke('choose-folder', title) as Promise<string | null>,
};

contextBridge.exposeInMainWorld('dangjian', bridge);
