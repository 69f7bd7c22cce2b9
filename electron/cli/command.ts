// What a command of the command line is: a path of words, its arguments and options, one line of
// usage and what it runs. The parser, the usage text, `--help` and README's table all read these.
import type { z } from 'zod';
import type { OpenApi } from '../api';

/** Wrong words on the command line: exit code 2, the message on stderr. */
export class UsageError extends Error {}
/** The command cannot do this with this data folder: exit code 1, the message on stderr. */
export class Refused extends Error {}

/**
 * One option. `value` is how its value is written in usage (`<年>`), null for a flag; `about` names
 * what it gives ("请用 --year 指定年度"); `schema` reads the raw text, its message saying what is wrong.
 */
export type Opt<T, R extends boolean> =
  | { value: string | null; about: string; required: R; schema: z.ZodType<T, string>; repeat?: undefined }
  /** Given any number of times (--map a=b --map c=d): the schema reads all the values, in order. */
  | { value: string; about: string; required: R; schema: z.ZodType<T, string[]>; repeat: true };
export type Options = Record<string, Opt<unknown, boolean>>;
export type Values<O extends Options> = { [K in keyof O]: O[K] extends Opt<infer T, true> ? T : O[K] extends Opt<infer T, boolean> ? T | undefined : never };

/** A positional argument: `key` in code, `name` in usage; `rest` takes every remaining word (joined by spaces). */
export type Arg = { key: string; name: string; about: string; rest?: true };
export type ArgValues<A extends readonly Arg[]> = { [K in A[number]['key']]: string };

/** What a command writes: `out` is its result (stdout), `err` a message about it (stderr). */
export type Io = { out(s: string): void; err(s: string): void };

export type RunCtx<O extends Options, A extends readonly Arg[] = readonly Arg[]> = {
  args: ArgValues<A>;
  opts: Values<O>;
  io: Io;
  /** The data folder's API, opened on first use and closed after the command. */
  readonly open: OpenApi;
};

export type Command = {
  path: readonly string[];
  args: readonly Arg[];
  options: Options;
  /** One line: what the command does. */
  usage: string;
  /** More about it, for its --help only. */
  details: string | null;
  /** Runs without a data folder (then `--data` is not one of its options). */
  offline: boolean;
  /** 0 done, 1 refused or findings (see EXIT_CODES). */
  run(ctx: RunCtx<Options>): Promise<number>;
};

export type CommandSpec<O extends Options, A extends readonly Arg[]> = {
  path: readonly string[];
  args?: A;
  options: O;
  usage: string;
  details?: string;
  offline?: true;
  run(ctx: RunCtx<O, A>): Promise<number> | number;
};

// The erasure from one command's own option types to the table's happens here, once: the parser
// builds each value with that option's schema, so ctx.opts has exactly the declared types.
export function command<O extends Options, const A extends readonly Arg[] = []>(spec: CommandSpec<O, A>): Command {
  return {
    path: spec.path,
    args: spec.args ?? [],
    options: spec.options,
    usage: spec.usage,
    details: spec.details ?? null,
    offline: spec.offline === true,
    run: async (ctx) => spec.run(ctx as RunCtx<O, A>),
  };
}

export const EXIT_CODES: readonly (readonly [number, string])[] = [
  [0, '完成'],
  [1, '未完成：操作被拒绝、检查发现问题，或导入有错误行'],
  [2, '用法有误：不认识的命令或选项、缺少或多出参数、选项的值不对'],
];
