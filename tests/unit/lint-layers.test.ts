import assert from 'node:assert/strict';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { ESLint } from 'eslint';
import { findCycles } from '../../scripts/check-cycles';

const ROOT = path.resolve(__dirname, '..', '..');

/** The layer messages ESLint gives for one line of source placed at `file`. */
async function refusals(eslint: ESLint, file: string, source: string): Promise<string[]> {
  const [r] = await eslint.lintText(source, { filePath: path.join(ROOT, file) });
  return (r?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('lint layer rules', () => {
  let eslint: ESLint;
  before(() => {
    eslint = new ESLint({ cwd: ROOT });
  });

  it('refuses a renderer import of electron/db and allows the contract and domain', async () => {
    const page = 'renderer/pages/roster/Fixture.tsx';
    const [db] = await refusals(eslint, page, "import { openDataFolder } from '../../../electron/db/open';\nexport const x = openDataFolder;\n");
    assert.match(db ?? '', /界面只能引用自己的代码/);
    assert.equal((await refusals(eslint, page, "import { id } from '../../../electron/imports/roster';\nexport const x = id;\n")).length, 1);
    assert.deepEqual(await refusals(eslint, page, "import type { MemberRow } from '../../../electron/api/contract';\nimport { MEMBER_TYPES } from '../../../electron/domain/glossary';\nexport type X = MemberRow;\nexport const y = MEMBER_TYPES;\n"), []);
  });

  it('refuses a domain import of db, api, imports or exports', async () => {
    for (const target of ['../db/open', '../api/contract', '../imports/roster', '../exports/ledgerKit']) {
      assert.equal((await refusals(eslint, 'electron/domain/fixture.ts', `import { x } from '${target}';\nexport const y = x;\n`)).length, 1, target);
    }
    assert.deepEqual(await refusals(eslint, 'electron/domain/fixture.ts', "import { todayIso } from './dates';\nexport const y = todayIso;\n"), []);
  });

  it('refuses a handler folder importing another area, and allows shared leaf modules', async () => {
    const [other] = await refusals(eslint, 'electron/api/grading/fixture.ts', "import { hoursHandlers } from '../hours/handlers';\nexport const y = hoursHandlers;\n");
    assert.match(other ?? '', /一个接口区域不引用另一个区域的文件/);
    assert.deepEqual(await refusals(eslint, 'electron/api/grading/fixture.ts', "import { readRules } from '../shared/ruleSets';\nimport { invalid } from '../errors';\nexport const y = [readRules, invalid];\n"), []);
    assert.equal((await refusals(eslint, 'electron/api/shared/fixture.ts', "import { hoursHandlers } from '../hours/handlers';\nexport const y = hoursHandlers;\n")).length, 1);
  });

  it('refuses a contract file importing db (the renderer reads every contract file)', async () => {
    assert.equal((await refusals(eslint, 'electron/api/contract/fixture.ts', "import type { Db } from '../../db/open';\nexport type X = Db;\n")).length, 1);
  });

  it('refuses a db, exports or imports file importing electron/api/contract, and allows electron/model', async () => {
    const [db] = await refusals(eslint, 'electron/db/fixture.ts', "import type { MemberRow } from '../api/contract';\nexport type X = MemberRow;\n");
    assert.match(db ?? '', /db 只存取数据/);
    assert.equal((await refusals(eslint, 'electron/db/migrations/fixture.ts', "import type { MemberRow } from '../../api/contract/members';\nexport type X = MemberRow;\n")).length, 1);
    for (const layer of ['exports', 'imports']) {
      const [refused] = await refusals(eslint, `electron/${layer}/fixture.ts`, "import type { RowIssue } from '../api/contract/roster';\nexport type X = RowIssue;\n");
      assert.match(refused ?? '', /导入导出不引用接口/, layer);
      assert.equal((await refusals(eslint, `electron/${layer}/fixture.ts`, "import { ApiError } from '../api/errors';\nexport const y = ApiError;\n")).length, 1, layer);
    }
    assert.deepEqual(await refusals(eslint, 'electron/db/fixture.ts', "import type { MemberRow } from '../model/members';\nimport { todayIso } from '../domain/dates';\nexport type X = MemberRow;\nexport const y = todayIso;\n"), []);
    assert.deepEqual(await refusals(eslint, 'electron/imports/fixture.ts', "import type { RowIssue } from '../model/imports';\nexport type X = RowIssue;\n"), []);
  });

  it('refuses exports or db reaching into API handlers, and model reaching beyond domain', async () => {
    assert.equal((await refusals(eslint, 'electron/exports/fixture.ts', "import { assessYear } from '../api/shared/hoursAssessment';\nexport const y = assessYear;\n")).length, 1);
    assert.equal((await refusals(eslint, 'electron/db/fixture.ts', "import { readRules } from '../api/shared/ruleSets';\nexport const y = readRules;\n")).length, 1);
    assert.deepEqual(await refusals(eslint, 'electron/exports/fixture.ts', "import type { HoursAssessment } from '../model/hours';\nexport type X = HoursAssessment;\n"), []);
    assert.equal((await refusals(eslint, 'electron/model/fixture.ts', "import type { Db } from '../db/open';\nexport type X = Db;\n")).length, 1);
  });
});

describe('import cycle check', () => {
  it('reports each cycle as its path and nothing for a tree', () => {
    const graph = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a', 'd']],
      ['d', []],
    ]);
    assert.deepEqual(findCycles(graph), [['a', 'b', 'c', 'a']]);
    assert.deepEqual(findCycles(new Map([['a', ['b']], ['b', []]])), []);
  });
});
