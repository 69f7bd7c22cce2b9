// Wraps the handlers of every catalog entry's method so that each file handed out, from any page,
// the CLI or the year's pack, is written to the export log with who and when.
import { logExport } from '../db/exportLog';
import { CATALOG, entryForCall } from './shared/catalog';
import type { FileOut, Method } from './contract';
import type { Ctx, Handlers } from './registry';

type AnyHandler = (ctx: Ctx, input: unknown) => unknown;

export function withExportLog(handlers: Handlers): Handlers {
  const out: Record<string, AnyHandler> = { ...(handlers as unknown as Record<string, AnyHandler>) };
  for (const method of new Set<Method>(CATALOG.map((e) => e.method))) {
    const inner = out[method]!;
    out[method] = async (ctx, input) => {
      const file = (await inner(ctx, input)) as FileOut;
      const e = entryForCall(method, input);
      if (e) logExport(ctx.db, ctx.now().toISOString(), method, ctx.actor, { key: e.key, ...e.scopeOf(input), fileName: file.fileName });
      return file;
    };
  }
  return out as unknown as Handlers;
}
