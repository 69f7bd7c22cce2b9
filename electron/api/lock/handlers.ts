// 应用密码与锁定: status, unlock, lock now, and setting or removing the password.
import { putSetting } from '../../db/settings';
import { invalid } from '../errors';
import { hashPassword, passwordMatches, readPassword } from '../lockState';
import { defineHandlers } from '../registry';

export const lockHandlers = defineHandlers('lock', {
  'lock.status': (ctx) => ctx.lock.status(),
  'lock.unlock': (ctx, { password }) => {
    const refusal = ctx.lock.unlock(password);
    if (refusal) throw invalid(refusal, { password: refusal });
    return ctx.lock.status();
  },
  'lock.lock': (ctx) => {
    ctx.lock.lock();
    return ctx.lock.status();
  },
  'lock.setPassword': (ctx, { current, next, idleMinutes }) =>
    ctx.write((tx) => {
      const stored = readPassword(tx.db);
      if (stored && !passwordMatches(stored, current ?? '')) throw invalid('当前密码不正确', { current: '当前密码不正确' });
      putSetting(tx.db, 'password', next === null ? null : hashPassword(next, idleMinutes));
      // The audit row says what happened, never the hash.
      tx.audit({ table: 'settings', recordId: null, action: next === null ? 'password-removed' : stored ? 'password-changed' : 'password-set', after: { idleMinutes } });
      ctx.lock.touch();
      return { passwordSet: next !== null, locked: false, idleMinutes };
    }),
});
