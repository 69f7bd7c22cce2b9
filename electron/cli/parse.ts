// One parser for every command: the longest command path at the front of the words, then that
// command's arguments and options, each checked against the table. Anything else is a UsageError.
import { parseArgs } from 'node:util';
import { UsageError, type Command } from './command';

export type Parsed =
  | { kind: 'help'; command: Command | null; asked: boolean }
  | { kind: 'run'; command: Command; args: Record<string, string>; opts: Record<string, unknown>; data: string | null };

export const DATA_ABOUT = '数据文件夹';
export const commandName = (c: Command) => c.path.join(' ');
const helpHint = (c: Command) => `（用 npm run cli -- ${commandName(c)} --help 查看用法）`;

export function parse(table: readonly Command[], argv: readonly string[]): Parsed {
  if (argv.length === 0) return { kind: 'help', command: null, asked: false };
  if (argv[0] === '--help' || argv[0] === '-h') return { kind: 'help', command: null, asked: true };
  const command = longestMatch(table, argv);
  const rest = argv.slice(command.path.length);
  if (rest.includes('--help') || rest.includes('-h')) return { kind: 'help', command, asked: true };

  const { positionals, given } = tokens(command, rest);
  const data = given.get('data')?.[0] ?? null;
  if (!command.offline && data === null) throw new UsageError(`请用 --data 指定${DATA_ABOUT}`);
  return { kind: 'run', command, args: readArgs(command, positionals), opts: readOptions(command, given), data };
}

function longestMatch(table: readonly Command[], argv: readonly string[]): Command {
  const fits = (c: Command) => c.path.every((w, i) => argv[i] === w);
  const best = table.filter(fits).sort((a, b) => b.path.length - a.path.length)[0];
  if (best) return best;
  const words = argv.slice(0, 2).filter((w) => !w.startsWith('-'));
  const near = table.filter((c) => c.path[0] === argv[0]).map(commandName);
  const list = near.length ? `\n以 ${argv[0]} 开头的命令有：${near.join('，')}` : '\n用 npm run cli -- --help 查看全部命令';
  throw new UsageError(`不认识的命令：${words.join(' ') || argv[0]}${list}`);
}

/** The words after the command path: positionals, and each option with its raw text (every one, for a repeatable option). */
function tokens(command: Command, rest: readonly string[]): { positionals: string[]; given: Map<string, string[]> } {
  const known = new Map(Object.entries(command.options).map(([name, o]) => [name, o.value === null ? 'boolean' : 'string'] as const));
  if (!command.offline) known.set('data', 'string');
  const config = Object.fromEntries([...known].map(([name, type]) => [name, { type }]));
  const parsed = parseArgs({ args: [...rest], options: config, strict: false, allowPositionals: true, tokens: true });
  const positionals: string[] = [];
  const given = new Map<string, string[]>();
  for (const t of parsed.tokens) {
    if (t.kind === 'positional') positionals.push(t.value);
    if (t.kind !== 'option') continue;
    const type = known.get(t.name);
    if (!type) throw new UsageError(`${commandName(command)} 没有 ${t.rawName} 这个选项${helpHint(command)}`);
    if (given.has(t.name) && !command.options[t.name]?.repeat) throw new UsageError(`${t.rawName} 只能给一次`);
    if (type === 'boolean') {
      if (t.value !== undefined) throw new UsageError(`${t.rawName} 后面不带值`);
      given.set(t.name, ['']);
    } else {
      // A value that looks like the next option means this one was left without its value.
      if (t.value === undefined || (!t.inlineValue && t.value.startsWith('--'))) throw new UsageError(`${t.rawName} 后面缺少值${helpHint(command)}`);
      given.set(t.name, [...(given.get(t.name) ?? []), t.value]);
    }
  }
  return { positionals, given };
}

function readArgs(command: Command, positionals: string[]): Record<string, string> {
  const args: Record<string, string> = {};
  for (const [i, a] of command.args.entries()) {
    const v = a.rest ? positionals.slice(i).join(' ') : positionals[i];
    if (v === undefined || v.trim() === '') throw new UsageError(`请给出${a.about}${helpHint(command)}`);
    args[a.key] = v;
  }
  const last = command.args[command.args.length - 1];
  const extra = last?.rest ? [] : positionals.slice(command.args.length);
  if (extra.length) throw new UsageError(`${commandName(command)} 多出了参数：${extra.join(' ')}${helpHint(command)}`);
  return args;
}

function readOptions(command: Command, given: Map<string, string[]>): Record<string, unknown> {
  const opts: Record<string, unknown> = {};
  for (const [name, o] of Object.entries(command.options)) {
    const raws = given.get(name);
    if (o.value === null) {
      opts[name] = raws !== undefined;
      continue;
    }
    if (raws === undefined) {
      if (o.required) throw new UsageError(`请用 --${name} 指定${o.about}`);
      continue;
    }
    const raw = o.repeat ? raws : raws[0];
    const r = o.schema.safeParse(raw);
    if (!r.success) throw new UsageError(`--${name} ${r.error.issues[0]?.message ?? '的值不对'}，这里是“${o.repeat ? raws.join(' ') : raw}”`);
    opts[name] = r.data;
  }
  return opts;
}
