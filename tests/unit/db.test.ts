import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { DB_FILE, DataFolderError, openDataFolder, schemaVersion } from '../../electron/db/open';
import { MIGRATIONS } from '../../electron/db/migrations';
import { filterSql } from '../../electron/db/members';
import { tempDir } from '../helpers/tmp';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));
const temp = () => {
  const t = tempDir();
  cleanups.push(t.cleanup);
  return t.dir;
};

describe('opening a data folder', () => {
  it('creates the schema at the latest version with the safety pragmas', () => {
    const db = openDataFolder(temp());
    assert.equal(schemaVersion(db), MIGRATIONS.length);
    assert.equal(db.pragma('journal_mode', { simple: true }), 'wal');
    assert.equal(db.pragma('foreign_keys', { simple: true }), 1);
    assert.equal(db.pragma('synchronous', { simple: true }), 2); // FULL
    db.close();
  });

  it('backs up the database before migrating an existing one', () => {
    const dir = temp();
    openDataFolder(dir).close();
    const next = [...MIGRATIONS, { version: MIGRATIONS.length + 1, name: 'test', up: 'CREATE TABLE extra (x INTEGER);' }];
    const db = openDataFolder(dir, { migrations: next, now: () => new Date('2026-11-23T08:00:00Z') });
    assert.equal(schemaVersion(db), next.length);
    db.close();
    const backups = fs.readdirSync(path.join(dir, 'backups'));
    assert.deepEqual(backups, [`升级前-v${MIGRATIONS.length}-20261123-080000.sqlite3`]);
    const old = new Database(path.join(dir, 'backups', backups[0]!), { readonly: true });
    assert.equal(old.pragma('user_version', { simple: true }), MIGRATIONS.length);
    old.close();
  });

  it('rolls back a failing migration entirely', () => {
    const dir = temp();
    openDataFolder(dir).close();
    const broken = [...MIGRATIONS, { version: MIGRATIONS.length + 1, name: 'broken', up: 'CREATE TABLE half (x); INSERT INTO nowhere VALUES (1);' }];
    assert.throws(() => openDataFolder(dir, { migrations: broken }));
    const db = openDataFolder(dir);
    assert.equal(schemaVersion(db), MIGRATIONS.length);
    assert.equal((db.prepare(`SELECT count(*) AS n FROM sqlite_master WHERE name = 'half'`).get() as { n: number }).n, 0);
    db.close();
  });

  it('refuses a database made by a newer version of the app, with a clear message', () => {
    const dir = temp();
    const raw = new Database(path.join(dir, DB_FILE));
    raw.pragma(`user_version = ${MIGRATIONS.length + 5}`);
    raw.close();
    assert.throws(() => openDataFolder(dir), (e: unknown) => e instanceof DataFolderError && /更新版本的党建台账/.test((e as Error).message));
  });
});

describe('hot roster queries use their indexes', () => {
  it('filters by branch subtree and status through indexes', () => {
    const db = openDataFolder(temp());
    const { where, params } = filterSql(db, { includeSubOrgs: true, orgId: 1, status: '在册' });
    const plan = db
      .prepare(`EXPLAIN QUERY PLAN SELECT m.id FROM members m JOIN orgs o ON o.id = m.org_id ${where} ORDER BY o.sort_order LIMIT 20`)
      .all(...params) as { detail: string }[];
    const text = plan.map((p) => p.detail).join('\n');
    assert.match(text, /USING (COVERING )?INDEX (orgs_path|members_org_status|members_status_org)/);
    assert.doesNotMatch(text, /SCAN m\b(?! USING)/);
    const q = filterSql(db, { includeSubOrgs: true, q: 'ljg' });
    const byInitials = db.prepare(`EXPLAIN QUERY PLAN SELECT m.id FROM members m JOIN orgs o ON o.id = m.org_id ${q.where}`).all(...q.params) as { detail: string }[];
    assert.match(byInitials.map((p) => p.detail).join('\n'), /INDEX members_initials/);
    db.close();
  });
});

describe('study-hour totals kept by triggers', () => {
  it('always equal a fresh sum of the live entries, through inserts, edits, soft and hard deletes', () => {
    const db = openDataFolder(temp());
    db.exec(`INSERT INTO orgs (id, kind, name, path, created_at, updated_at) VALUES (1, 'committee', '党委', '/1/', '', '');
      INSERT INTO members (id, id_number, name, name_initials, member_type, org_id, created_at, updated_at) VALUES (1, 'a', '甲', 'j', '正式党员', 1, '', ''), (2, 'b', '乙', 'y', '正式党员', 1, '', '');`);
    const ins = db.prepare(`INSERT INTO hour_entries (member_id, on_date, hours, title, source, created_at) VALUES (?, ?, ?, 't', '个人', '')`);
    for (let i = 0; i < 200; i++) ins.run(1 + (i % 2), `202${5 + (i % 2)}-${String(1 + (i % 12)).padStart(2, '0')}-15`, 0.1 + (i % 7) * 0.7);
    db.exec(`UPDATE hour_entries SET deleted_at = 'x' WHERE id % 5 = 0;
      UPDATE hour_entries SET hours = hours + 1.5, on_date = '2026-12-31' WHERE id % 7 = 0;
      UPDATE hour_entries SET member_id = 2 WHERE id % 11 = 0;
      UPDATE hour_entries SET deleted_at = NULL WHERE id % 10 = 0;
      DELETE FROM hour_entries WHERE id % 13 = 0;`);
    const fresh = db
      .prepare(`SELECT CAST(substr(on_date, 1, 4) AS INTEGER) AS y, member_id AS m, (CAST(substr(on_date, 6, 2) AS INTEGER) + 2) / 3 AS q, CAST(round(sum(hours) * 10) AS INTEGER) AS t
        FROM hour_entries WHERE deleted_at IS NULL GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`)
      .all() as { y: number; m: number; q: number; t: number }[];
    const kept = (db.prepare(`SELECT year AS y, member_id AS m, q1, q2, q3, q4 FROM hour_totals ORDER BY 1, 2`).all() as { y: number; m: number; q1: number; q2: number; q3: number; q4: number }[])
      .flatMap((r) => [r.q1, r.q2, r.q3, r.q4].map((t, i) => ({ y: r.y, m: r.m, q: i + 1, t })))
      .filter((r) => r.t !== 0);
    assert.deepEqual(kept, fresh.filter((r) => r.t !== 0));
    db.close();
  });
});
