// Usage text, each command's --help and README's command block, all written from the table.
import { EXIT_CODES, type Command, type Opt } from './command';
import { commandName, DATA_ABOUT } from './parse';

const COLUMN = 46;

/** Columns a terminal gives the text: CJK characters and full-width punctuation take two. */
function width(s: string): number {
  let w = 0;
  for (const ch of s) w += (ch.codePointAt(0) ?? 0) >= 0x2e80 ? 2 : 1;
  return w;
}

function optionText(name: string, o: Opt<unknown, boolean>): string {
  const written = o.value === null ? `--${name}` : `--${name} ${o.value}`;
  if (o.repeat) return `[${written}]...`;
  return o.required && o.value !== null ? written : `[${written}]`;
}

/** `import roster <文件.xlsx> [--dry-run] [--valid-only] [--json]` */
export function synopsis(c: Command): string {
  const args = c.args.map((a) => (a.rest ? `<${a.name}>…` : `<${a.name}>`));
  const opts = Object.entries(c.options).map(([name, o]) => optionText(name, o));
  return [commandName(c), ...args, ...opts].join(' ');
}

function line(left: string, right: string): string {
  const l = `  ${left}`;
  return width(l) <= COLUMN - 2 ? `${l}${' '.repeat(COLUMN - width(l))}${right}` : `${l}\n${' '.repeat(COLUMN)}${right}`;
}

const exitCodes = () => ['退出码：', ...EXIT_CODES.map(([code, what]) => `  ${code}  ${what}`)].join('\n');

export function usageText(table: readonly Command[]): string {
  return [
    `用法：npm run cli -- <命令> [参数] [选项] --data <${DATA_ABOUT}>`,
    ...table.map((c) => line(synopsis(c), c.usage + (c.offline ? '（不需要数据文件夹）' : ''))),
    '',
    '每个命令加 --help 列出它的参数和选项，如 npm run cli -- export roster --help。',
    '结果写到标准输出（--json 时为一个 JSON 值），出错和用法的说明写到标准错误。',
    exitCodes(),
  ].join('\n');
}

export function commandHelp(c: Command): string {
  const data = c.offline ? '' : ` --data <${DATA_ABOUT}>`;
  const args = c.args.map((a) => line(a.rest ? `<${a.name}>…` : `<${a.name}>`, a.about));
  const opts = Object.entries(c.options).map(([name, o]) => line(optionText(name, o), o.about));
  if (!c.offline) opts.push(line(`--data <${DATA_ABOUT}>`, '党建台账的数据文件夹'));
  return [
    `用法：npm run cli -- ${synopsis(c)}${data}`,
    c.usage,
    ...(c.details ? [c.details] : []),
    ...(args.length ? ['', '参数：', ...args] : []),
    ...(opts.length ? ['', '选项：', ...opts] : []),
    '',
    exitCodes(),
  ].join('\n');
}

export const README_START = '<!-- cli:start (npm run docs:cli writes this block from electron/cli) -->';
export const README_END = '<!-- cli:end -->';

/** README with its command block rewritten from the table. */
export function readmeWithCommands(readme: string, table: readonly Command[]): string {
  const start = readme.indexOf(README_START);
  const end = readme.indexOf(README_END);
  if (start < 0 || end < start) throw new Error(`README 中没有 ${README_START} … ${README_END}`);
  const block = ['```text', usageText(table), '```'].join('\n');
  return `${readme.slice(0, start + README_START.length)}\n${block}\n${readme.slice(end)}`;
}
