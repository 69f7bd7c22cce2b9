import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { openApi } from '../../electron/api';
import { cli, fails } from '../helpers/cli';
import { validId } from '../helpers/ids';
import { workbook } from '../helpers/realTemplates';
import { smallTree, tempDir } from '../helpers/tmp';

describe('import --map on the command line', () => {
  let dir = '';
  let cleanup = () => undefined as void;
  let file = '';
  before(async () => {
    ({ dir, cleanup } = tempDir());
    const o = openApi(dir, { now: () => new Date('2026-11-23T09:00:00+08:00'), log: () => undefined, actor: '测试员' });
    await smallTree(o);
    o.db.close();
    file = path.join(dir, '名册.xlsx');
    fs.writeFileSync(file, await workbook([['姓名', '身份证号', '支部全称', '工号'], ['李明', validId('19800115', 13), '机关党支部', 'T001']]));
  });
  after(() => cleanup());

  it('reports recognised and unused columns with --json, and asks for the missing one', async () => {
    const r = await cli(['import', 'roster', file, '--dry-run', '--json', '--data', dir]);
    assert.equal(r.code, 1, r.err);
    const j = JSON.parse(r.out) as { columns: { header: string; field: string }[]; ignoredColumns: string[]; missingRequired: string[] };
    assert.deepEqual(j.columns, [{ header: '姓名', field: '姓名' }, { header: '身份证号', field: '身份证号' }]);
    assert.deepEqual(j.ignoredColumns, ['支部全称', '工号']);
    assert.deepEqual(j.missingRequired, ['所在支部']);
  });

  it('imports with --map 表头=字段, and the same layout needs no --map next time', async () => {
    const r = await cli(['import', 'roster', file, '--map', '支部全称=所在支部', '--map', '工号=未使用', '--json', '--data', dir]);
    assert.equal(r.code, 0, r.out);
    assert.equal((JSON.parse(r.out) as { imported: number }).imported, 1);
    const again = await cli(['import', 'roster', file, '--dry-run', '--data', dir]);
    assert.equal(again.code, 0, again.out);
    assert.match(again.out, /识别的列：姓名→姓名、身份证号→身份证号、支部全称→所在支部/);
    assert.match(again.out, /新增 0 人，更新 1 人/);
  });

  it('says which field it does not know, and how --map is written', async () => {
    fails(await cli(['import', 'roster', file, '--map', '支部全称=支部的名字', '--data', dir]), 1, /不认识的字段“支部的名字”/);
    fails(await cli(['import', 'roster', file, '--map', '支部全称', '--data', dir]), 2, /--map 应写成 表头=字段/);
  });
});
