import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openApi, type OpenApi } from '../../electron/api';

/** A fresh data folder in the system temp dir; removed by the returned cleanup. */
export function tempDir(prefix = 'dj-test-'): { dir: string; cleanup: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  return { dir, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/** The real API over a real SQLite file in a temp folder, at a fixed "now". */
export function tempApi(now = new Date('2026-11-23T09:00:00+08:00')): OpenApi & { cleanup: () => void; now: Date } {
  const t = tempDir();
  const opened = openApi(t.dir, { now: () => now, log: () => undefined, actor: '测试员' });
  let closed = false;
  const close = opened.close; // releases the folder's lock too
  return Object.assign(opened, {
    now, // seed with this, so the data and the API agree on what "today" is
    close: () => {
      if (!closed) close();
      closed = true;
    },
    cleanup: () => {
      if (!closed) close();
      closed = true;
      t.cleanup();
    },
  });
}

/** Table row counts, to assert that a refused call changed nothing. */
export function snapshot(o: OpenApi): Record<string, number> {
  const tables = ['orgs', 'org_events', 'members', 'member_events', 'org_roles', 'audit_log', 'settings'];
  return Object.fromEntries(tables.map((t) => [t, (o.db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n]));
}

/** A committee with one 党总支 and two branches, returning their ids. */
export async function smallTree(o: OpenApi) {
  const committee = (await o.api.call('orgs.create', { parentId: null, kind: 'committee', name: '测试学院党委' })).id;
  const general = (await o.api.call('orgs.create', { parentId: committee, kind: 'general_branch', name: '信息工程系党总支' })).id;
  const teachers = (await o.api.call('orgs.create', { parentId: general, kind: 'branch', name: '信息工程系教工党支部', category: '教职工' })).id;
  const students = (await o.api.call('orgs.create', { parentId: general, kind: 'branch', name: '信息工程系学生党支部', category: '学生' })).id;
  const office = (await o.api.call('orgs.create', { parentId: committee, kind: 'branch', name: '机关党支部', category: '机关' })).id;
  return { committee, general, teachers, students, office };
}
