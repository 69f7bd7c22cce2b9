// Settings printed on every ledger (填报单位, 填表人, 审核人) and the export privacy switch.
import { z } from 'zod';
import { defineArea, read, write } from './define';
import { text } from './common';

export type Settings = {
  /** 填报单位 on every ledger, e.g. "某某学院党委组织部". */
  unitName: string;
  preparer: string;
  reviewer: string;
  /** 导出时隐藏身份证号中间位（及手机号中间四位）. */
  maskPersonalInExports: boolean;
};

export const settingsContract = defineArea('settings', {
  'settings.get': read<Settings>()(z.object({}).strict()),
  'settings.save': write<Settings>()(
    z.object({ unitName: text(60), preparer: text(20), reviewer: text(20), maskPersonalInExports: z.boolean().optional() }).strict(),
  ),
});
