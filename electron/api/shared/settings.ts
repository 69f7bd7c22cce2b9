// Settings printed on every ledger, read with their defaults.
import type { Db } from '../../db/open';
import { getSetting } from '../../db/settings';
import type { Settings } from '../contract';

// 身份证号 masked by default: a ledger that leaves the office (by e-mail, on paper, to the next level) should not carry them whole.
export const DEFAULT_SETTINGS: Settings = { unitName: '', preparer: '', reviewer: '', maskPersonalInExports: true };

export function readSettings(db: Db): Settings {
  return { ...DEFAULT_SETTINGS, ...getSetting<Partial<Settings>>(db, 'ledger', {}) };
}
