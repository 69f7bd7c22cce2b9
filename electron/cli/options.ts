// Option builders and the options many commands share. Each option's schema reads its raw text;
// its message says what is wrong ("--year 应为整数，这里是“x”").
import { z } from 'zod';
import type { Opt } from './command';

export const optional = <T>(value: string, about: string, schema: z.ZodType<T, string>): Opt<T, false> => ({ value, about, required: false, schema });
export const required = <T>(value: string, about: string, schema: z.ZodType<T, string>): Opt<T, true> => ({ value, about, required: true, schema });
/** An option that may be given several times; the schema reads every value given, in order. */
export const repeatable = <T>(value: string, about: string, schema: z.ZodType<T, string[]>): Opt<T, false> => ({ value, about, required: false, schema, repeat: true });
/** A flag is never missing (false when not given) and has no value to read. */
export const flag = (about: string): Opt<boolean, true> => ({ value: null, about, required: true, schema: z.never() });
export const text = (max: number) => z.string().trim().min(1, '不能为空').max(max, `不能超过${max}个字`);
export const oneOf = <const T extends readonly [string, ...string[]]>(values: T) => z.enum(values, { message: `应为 ${values.join('、')} 之一` });
export const int = z.string().regex(/^\d{1,9}$/, '应为整数').transform(Number);

export const json = flag('以 JSON 输出（供其他程序读取）');
export const year = optional('<年>', '年度', int);
export const needYear = required('<年>', '年度', int);
export const org = optional('<组织ID>', '组织ID（可用 org list 查看；不写则为全党委）', int);
export const out = (file: string) => required(`<${file}>`, '导出文件', z.string().min(1));
