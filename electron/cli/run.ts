// Runs one command line against the table: parse, open the data folder if the command needs it,
// run, close. Every failure becomes a Chinese message on err and an exit code (see EXIT_CODES).
import path from 'node:path';
import { openApi, type OpenApi } from '../api';
import { ApiError } from '../api/errors';
import { BackupError } from '../db/backup';
import { WrongPasswordError } from '../db/backupCrypto';
import { FolderBusyError } from '../db/folderLock';
import { DataFolderError } from '../db/open';
import { CatalogChoiceError } from '../api/shared/catalog';
import { Refused, UsageError, type Command, type Io, type RunCtx } from './command';
import { parse } from './parse';
import { COMMANDS } from './table';
import { commandHelp, usageText } from './usage';

export async function runCli(argv: readonly string[], io: Io, table: readonly Command[] = COMMANDS): Promise<number> {
  const opened: { api?: OpenApi } = {};
  try {
    const p = parse(table, argv);
    if (p.kind === 'help') {
      const text = p.command ? commandHelp(p.command) : usageText(table);
      if (p.asked) io.out(text);
      else io.err(text);
      return p.asked ? 0 : 2;
    }
    const ctx: RunCtx<Command['options']> = {
      args: p.args,
      opts: p.opts,
      io,
      get open() {
        if (p.data === null) throw new Error(`${p.command.path.join(' ')} 不使用数据文件夹`);
        opened.api ??= openApi(path.resolve(p.data), { shareWithHost: true });
        return opened.api;
      },
    };
    return await p.command.run(ctx);
  } catch (e) {
    return failed(e, io);
  } finally {
    opened.api?.close();
  }
}

function failed(e: unknown, io: Io): number {
  if (e instanceof UsageError) {
    io.err(e.message);
    return 2;
  }
  const refused = [Refused, ApiError, DataFolderError, BackupError, CatalogChoiceError, FolderBusyError, WrongPasswordError].some((k) => e instanceof k);
  io.err(refused && e instanceof Error ? e.message : `出错了：${e instanceof Error ? e.message : String(e)}`);
  return 1;
}
