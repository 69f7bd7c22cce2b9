// The column mapping a clerk chose for a sheet layout, per import, kept in settings so the same
// template imports next time without asking. Only what she chose is kept, not what was guessed.
import { z } from 'zod';
import type { Db } from './open';
import { getSetting, putSetting } from './settings';

const KEY = 'importLayouts';
/** Oldest layouts are forgotten beyond this many. */
const MAX_LAYOUTS = 200;

const stored = z.array(z.object({ kind: z.string(), layout: z.string(), mapping: z.record(z.string(), z.string()) }));
type Stored = z.infer<typeof stored>;

function readAll(db: Db): Stored {
  const parsed = stored.safeParse(getSetting<unknown>(db, KEY, []));
  return parsed.success ? parsed.data : [];
}

/** One import's remembered mappings by layout (plain data: the file worker receives it). */
export function rememberedLayouts(db: Db, kind: string): Record<string, Record<string, string>> {
  return Object.fromEntries(readAll(db).filter((s) => s.kind === kind).map((s) => [s.layout, s.mapping]));
}

export function rememberLayout(db: Db, kind: string, layout: string, mapping: Record<string, string>): void {
  const rest = readAll(db).filter((s) => !(s.kind === kind && s.layout === layout));
  putSetting(db, KEY, [...rest, { kind, layout, mapping }].slice(-MAX_LAYOUTS));
}
