import { z } from 'zod';
import { defineArea, read, write } from './define';

export type LockStatus = { passwordSet: boolean; locked: boolean; idleMinutes: number };

const password = z.string().max(128, { message: '密码不能超过128个字符' });

export const lockContract = defineArea('lock', {
  'lock.status': read<LockStatus>()(z.object({}).strict()),
  'lock.unlock': read<LockStatus>()(z.object({ password }).strict()),
  'lock.lock': read<LockStatus>()(z.object({}).strict()),
  /** Sets, changes or (next: null) removes the app password; the current one is required when set. */
  'lock.setPassword': write<LockStatus>()(
    z
      .object({
        current: password.optional(),
        next: password.min(6, { message: '密码至少6位' }).nullable(),
        idleMinutes: z.number().int().min(1, { message: '至少1分钟' }).max(240, { message: '不能超过240分钟' }).default(10),
      })
      .strict(),
  ),
});
