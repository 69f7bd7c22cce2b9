// Settings printed on every ledger, read with their defaults.
import type { Db } from '../../db/open';
import { getSetting } from '../../db/settings';
import type { Settings } from '../contract';

export const DEFAULT_SETTINGS: Settings = { unitName: '', preparer: '', reviewer: '', maskPersonalInExports: false };

export function readSettings(db: Db): Settings {
  return { ...DEFAULT_SETTINGS, ...getSetting<Partial<Settings>>(db, 'ledger', {}) };
}
