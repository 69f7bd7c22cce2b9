// 群众满意度测评 per branch.
import { z } from 'zod';
import { defineArea, read, write } from './define';
import { id, isoDate, text } from './common';
import { year } from './common';
import type { SatisfactionRow } from '../../model/satisfaction';

export type { SatisfactionRow } from '../../model/satisfaction';

export const count = z.number().int({ message: '人数应为整数' }).min(0, { message: '人数不能为负' }).max(100000);

export const satisfactionContract = defineArea('satisfaction', {
  'satisfaction.list': read<SatisfactionRow[]>()(z.object({ year, orgId: id.optional() }).strict()),
  'satisfaction.save': write<{ id: number }>()(
    z
      .object({ id: id.optional(), year, orgId: id, serviceWindow: text(40), satisfied: count, basic: count, dissatisfied: count, onDate: isoDate })
      .strict()
      .refine((s) => s.satisfied + s.basic + s.dissatisfied > 0, { message: '请至少填写一项测评人数', path: ['satisfied'] }),
  ),
  'satisfaction.delete': write<{ id: number }>()(z.object({ id }).strict()),
});
