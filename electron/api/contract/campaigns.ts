// 承诺评议: the year's campaign (title and deadlines).
import { z } from 'zod';
import { defineArea, read, write } from './define';
import { isoDate, requiredText, year } from './common';
import type { Campaign } from '../../model/commitments';

export type { Campaign } from '../../model/commitments';

export const campaignsContract = defineArea('campaigns', {
  'campaigns.list': read<Campaign[]>()(z.object({}).strict()),
  'campaigns.save': write<Campaign>()(
    z
      .object({ year, title: requiredText(60), commitDue: isoDate.nullable().optional(), rateDue: isoDate.nullable().optional() })
      .strict()
      .refine((c) => !c.commitDue || c.commitDue.startsWith(String(c.year)), { message: '承诺截止日期应在本年度内', path: ['commitDue'] })
      .refine((c) => !c.rateDue || c.rateDue.startsWith(String(c.year)), { message: '评诺截止日期应在本年度内', path: ['rateDue'] }),
  ),
});
