// `dues --income <元> --kind 在职|离退休|学生 [--json]`: one member's monthly 党费 by the 2008 brackets.
// Needs no data folder: it is the rule alone, for a clerk checking a figure.
import { DUES_KINDS, DUES_SOURCE, monthlyDues, yuanToFen, type DuesKind } from './domain/dues';

export const DUES_USAGE = `  dues --income <元> --kind 在职|离退休|学生 [--json]
                                               按2008年规定计算每月党费（在职按税后工资，离退休按养老金）`;

export function duesCommand(v: { income?: string; kind?: string; json: boolean }, print: (s: string) => void, usage: (m: string) => Error): number {
  if (!v.kind || !(DUES_KINDS as readonly string[]).includes(v.kind)) throw usage(`--kind 应为 ${DUES_KINDS.join('、')} 之一`);
  const kind = v.kind as DuesKind;
  const fen = kind === '学生' ? 0 : yuanToFen(v.income ?? '');
  if (fen === null) throw usage(`--income 应为金额（元），如 4500 或 4500.50，这里是“${v.income ?? ''}”`);
  const d = monthlyDues(kind, fen);
  if (v.json) print(JSON.stringify(d));
  else print(`每月党费 ${(d.monthlyFen / 100).toFixed(2)} 元${d.rate === null ? '（学生党员每月0.2元）' : `（按${(d.rate * 100).toFixed(1)}%）`}。依据：${DUES_SOURCE}`);
  return 0;
}
