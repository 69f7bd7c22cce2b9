// Hostile and random input to every API method: each call must answer with a typed error or a
// result, never crash, never change the database, and never write a file outside the data folder.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { contract } from '../../electron/api/contract';
import { rng } from '../../electron/seed/names';
import * as crafted from '../helpers/hostileFiles';
import { smallTree, snapshot, tempApi } from '../helpers/tmp';

const HOSTILE: unknown[] = [
  null, undefined, 0, -1, 1e308, NaN, true, '', ' ', 'x'.repeat(100_000), "'; DROP TABLE members; --", '<script>alert(1)</script>',
  '../../../../etc/passwd', '..\\..\\windows\\system32', '\u0000\u0001', '💥'.repeat(500), [], [1, 2, 3], {}, { __proto__: { admin: true } },
  { constructor: { prototype: { polluted: true } } }, Number.MAX_SAFE_INTEGER + 2, '2026-02-30', '9999-99-99',
];

function randomValue(r: () => number, depth = 0): unknown {
  const pick = Math.floor(r() * (depth > 2 ? 7 : 9));
  switch (pick) {
    case 0: return HOSTILE[Math.floor(r() * HOSTILE.length)];
    case 1: return Math.floor(r() * 1e6) - 5e5;
    case 2: return r() < 0.5;
    case 3: return ['党委', '支委会', '正式党员', '在册', '2026-03-01', 'branch', 'committee', '1', 'a'.repeat(Math.floor(r() * 300))][Math.floor(r() * 9)];
    case 4: return r() * 100;
    case 5: return null;
    case 6: return HOSTILE[Math.floor(r() * HOSTILE.length)];
    case 7: return Array.from({ length: Math.floor(r() * 4) }, () => randomValue(r, depth + 1));
    default: return randomObject(r, depth + 1);
  }
}

const KEYS = ['id', 'name', 'orgId', 'parentId', 'kind', 'filter', 'page', 'pageSize', 'idNumber', 'memberType', 'onDate', 'reason', 'status', 'fileName', 'base64', 'year', 'meetingId', 'attendance', 'hours', 'topic', 'type', 'heldOn', 'q', 'validOnly'];

function randomObject(r: () => number, depth: number): Record<string, unknown> {
  const o: Record<string, unknown> = {};
  const n = Math.floor(r() * 6);
  for (let i = 0; i < n; i++) o[KEYS[Math.floor(r() * KEYS.length)]!] = randomValue(r, depth);
  return o;
}

let t: ReturnType<typeof tempApi>;
before(async () => {
  t = tempApi();
  await smallTree(t);
});
after(() => t.cleanup());

function listFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { recursive: true }).map(String).sort();
}

describe('every API method under hostile input', () => {
  it('answers with typed Chinese errors, changes nothing and writes nothing outside the data folder', async () => {
    const r = rng(4242);
    const methods = Object.keys(contract);
    // A private temp folder for the run: other processes on the machine write to the shared one.
    const ownTmp = fs.mkdtempSync(path.join(os.tmpdir(), 'dj-fuzz-tmp-'));
    const sharedTmp = process.env.TMPDIR;
    process.env.TMPDIR = ownTmp;
    let calls = 0;
    let refused = 0;
    for (const method of methods) {
      const inputs = [...HOSTILE, ...Array.from({ length: 40 }, () => randomObject(r, 0))];
      for (const input of inputs) {
        const before = snapshot(t);
        const res = await t.api.invoke(method, input);
        calls++;
        if (!res.ok) {
          refused++;
          assert.deepEqual(snapshot(t), before, `${method} changed data while refusing ${JSON.stringify(input)?.slice(0, 200)}`);
          assert.notEqual(res.error.code, 'internal', `${method} crashed on ${JSON.stringify(input)?.slice(0, 200)}`);
          assert.match(res.error.message, /[\u4e00-\u9fa5]/, `${method}: ${res.error.message}`);
        }
      }
    }
    assert.ok(calls > methods.length * 60);
    assert.ok(refused > calls * 0.9, `${refused} of ${calls} refused`);
    if (sharedTmp === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = sharedTmp;
    assert.deepEqual(listFiles(ownTmp), [], 'nothing written to the temp folder');
    fs.rmSync(ownTmp, { recursive: true, force: true });
    assert.ok(!fs.existsSync(path.resolve('/etc/passwd.xlsx')));
  });

  it('refuses unknown methods and prototype names', async () => {
    for (const m of ['constructor', '__proto__', 'toString', 'members.drop', '', 'a'.repeat(10_000)]) {
      const res = await t.api.invoke(m, {});
      assert.equal(res.ok ? '' : res.error.code, 'unknown_method', m);
    }
  });
});

describe('crafted hostile workbooks at every import', () => {
  it('are refused with a Chinese message (never internal) and change nothing', async () => {
    const files: [string, Buffer][] = [
      ['tag flood', crafted.tagFloodXlsx()],
      ['deep nesting', crafted.deepNestingXlsx()],
      ['declared-size lie', crafted.declaredSizeLieXlsx()],
      ['sharedStrings bomb', crafted.sharedStringsBombXlsx()],
      ['sharedStrings size lie', crafted.sharedStringsBombXlsx(1000)],
    ];
    const methods = Object.keys(contract).filter((m) => /\.(previewImport|import)$/.test(m));
    assert.ok(methods.length >= 8, methods.join());
    for (const [kind, bytes] of files) {
      for (const method of methods) {
        const before = snapshot(t);
        const res = await t.api.invoke(method, { fileName: '导入.xlsx', base64: bytes.toString('base64') });
        assert.ok(!res.ok, `${method} accepted the ${kind}`);
        assert.equal(res.error.code, 'invalid', `${method} on the ${kind}: ${res.error.message}`);
        assert.match(res.error.message, /“导入\.xlsx”.*[\u4e00-\u9fa5]/, `${method} on the ${kind}`);
        assert.deepEqual(snapshot(t), before, `${method} changed data on the ${kind}`);
      }
    }
  });
});
