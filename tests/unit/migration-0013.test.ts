// Schema 13: 件号 stored once given. An existing archive keeps the numbers its catalogue showed
// (the archivist's order, the clerk's category order), deleted documents numbered after the live ones.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MIGRATIONS } from '../../electron/db/migrations';
import { openDataFolder } from '../../electron/db/open';
import { catalogOrder, type CatalogKey } from '../../electron/domain/archive';
import { tempDir } from '../helpers/tmp';

describe('schema 13: 件号 kept', () => {
  it('numbers existing documents as the catalogue showed them, and new ones next', () => {
    const d = tempDir();
    try {
      const old = openDataFolder(d.dir, { migrations: MIGRATIONS.slice(0, 12) });
      old.prepare(`INSERT INTO settings (key, value) VALUES ('archiveCategories', ?)`).run(JSON.stringify(['制度', '方案', '上级来文']));
      const ins = old.prepare(`INSERT INTO documents (title, doc_date, year, category, retention, deleted_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 'x', 'x')`);
      const docs: [string, string | null, number, string, CatalogKey['retention'], string | null][] = [
        ['通知', '2026-05-20', 2026, '上级来文', '10年', null],
        ['计划', '2026-03-05', 2026, '方案', '30年', null],
        ['制度乙', '2026-04-01', 2026, '制度', '永久', null],
        ['制度甲', '2026-03-01', 2026, '制度', '永久', null],
        ['删掉的', '2026-01-01', 2026, '制度', '永久', '2026-06-01T00:00:00Z'],
        ['无日期方案', null, 2026, '方案', '永久', null],
        ['去年的', '2025-03-01', 2025, '方案', '10年', null],
      ];
      for (const x of docs) ins.run(...x);
      const keys = (old.prepare(`SELECT id, retention, category, doc_date AS date FROM documents WHERE year = 2026 AND deleted_at IS NULL`).all() as CatalogKey[]);
      const shown = catalogOrder(keys, ['制度', '方案', '上级来文']).map((k) => [k.id, k.pieceNo]);
      old.close();

      const db = openDataFolder(d.dir);
      const stored = db.prepare(`SELECT id, piece_no AS n FROM documents WHERE year = 2026 AND deleted_at IS NULL ORDER BY piece_no`).all() as { id: number; n: number }[];
      assert.deepEqual(stored.map((r) => [r.id, r.n]), shown);
      assert.equal(db.prepare(`SELECT piece_no FROM documents WHERE title = '删掉的'`).pluck().get(), 6);
      assert.equal(db.prepare(`SELECT piece_no FROM documents WHERE title = '去年的'`).pluck().get(), 1);
      db.prepare(`INSERT INTO documents (title, year, category, retention, created_at, updated_at) VALUES ('新文件', 2026, '制度', '永久', 'x', 'x')`).run();
      assert.equal(db.prepare(`SELECT piece_no FROM documents WHERE title = '新文件'`).pluck().get(), 7);
      db.close();
    } finally {
      d.cleanup();
    }
  });
});
