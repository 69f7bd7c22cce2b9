import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { handlers } from '../../electron/api';
import { contract } from '../../electron/api/contract';
import { areaOf, combineAreas } from '../../electron/api/contract/define';
import { RULE_SETS } from '../../electron/api/shared/ruleSets';
import { putSetting } from '../../electron/db/settings';
import { tempApi } from '../helpers/tmp';

const API_DIR = path.resolve(__dirname, '..', '..', 'electron', 'api');
const prefixes = [...new Set(Object.keys(contract).map((m) => m.slice(0, m.indexOf('.'))))];

describe('API areas', () => {
  it('refuses a method registered twice instead of overwriting it', () => {
    const a = areaOf('orgs', { 'orgs.tree': 1 });
    const again = areaOf('orgs', { 'orgs.tree': 2 });
    assert.throws(() => combineAreas(a, again), /orgs is registered twice/);
    assert.deepEqual(combineAreas(a, areaOf('members', { 'members.get': 3 })), { 'orgs.tree': 1, 'members.get': 3 });
  });

  it('refuses a method outside its prefix', () => {
    assert.throws(() => areaOf('rules', { 'rules.get': 1, 'exports.minutes': 2 }), /exports\.minutes does not belong to the area rules/);
  });

  it('has a handler for every contract method and none besides', () => {
    assert.deepEqual(Object.keys(handlers).sort(), Object.keys(contract).sort());
  });

  it('keeps each method prefix in one contract file and one handler folder', () => {
    const missing = prefixes.filter((p) => !fs.existsSync(path.join(API_DIR, 'contract', `${p}.ts`)) || !fs.existsSync(path.join(API_DIR, p, 'handlers.ts')));
    assert.deepEqual(missing, []);
    for (const p of prefixes) {
      const declared = fs.readFileSync(path.join(API_DIR, 'contract', `${p}.ts`), 'utf8');
      assert.match(declared, new RegExp(`defineArea\\('${p}'`), `contract/${p}.ts declares the ${p} area`);
    }
  });
});

describe('rule-set areas (one factory for all four)', () => {
  for (const area of ['rules', 'cycleRules', 'duesRules', 'recruitmentRules'] as const) {
    it(`${area}: save and reset are audited, and a stored set that no longer validates reads as the defaults`, async () => {
      const t = tempApi();
      try {
        const defaults = await t.api.call(`${area}.get`, {});
        assert.deepEqual(await t.api.call(`${area}.save`, defaults), defaults);
        assert.deepEqual(await t.api.call(`${area}.reset`, {}), RULE_SETS[area].defaults);
        const key = RULE_SETS[area].key;
        const actions = t.db.prepare("SELECT action FROM audit_log WHERE method LIKE ? ORDER BY id").pluck().all(`${area}.%`);
        assert.deepEqual(actions, [key, `${key}-reset`]);
        putSetting(t.db, key, { broken: true });
        assert.deepEqual(await t.api.call(`${area}.get`, {}), RULE_SETS[area].defaults);
      } finally {
        t.cleanup();
      }
    });
  }
});
