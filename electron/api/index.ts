// Assembles the registry from each area's handlers over one open data folder.
import { openDataFolder, type Db } from '../db/open';
import { complianceHandlers } from './compliance';
import { hoursHandlers } from './hours';
import { meetingHandlers } from './meetings';
import { memberHandlers } from './members';
import { reportHandlers } from './reports';
import { orgHandlers } from './orgs';
import { createApi, type Api, type Handlers } from './registry';
import { rosterHandlers } from './roster';
import { systemHandlers } from './system';

export const handlers: Handlers = {
  ...orgHandlers,
  ...memberHandlers,
  ...rosterHandlers,
  ...systemHandlers,
  ...meetingHandlers,
  ...complianceHandlers,
  ...hoursHandlers,
  ...reportHandlers,
};

export type OpenApi = { api: Api; db: Db; dataDir: string; close(): void };

export type OpenApiOptions = { now?: () => Date; appVersion?: string; log?: (e: unknown) => void; nativeBinding?: string };

export function openApi(dataDir: string, opts: OpenApiOptions = {}): OpenApi {
  const db = openDataFolder(dataDir, { nativeBinding: opts.nativeBinding });
  const api = createApi(handlers, { db, dataDir, ...opts });
  return { api, db, dataDir, close: () => db.close() };
}
