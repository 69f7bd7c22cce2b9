// What `check` reports: SQLite's own checks plus the invariants of our records.
import fs from 'node:fs';
import { filePath, referencedHashes, sha256Of } from './fileStore';
import type { Db } from './open';
import { stmt } from './stmt';

export function databaseProblems(db: Db): string[] {
  const problems: string[] = [];
  const integrity = db.pragma('integrity_check') as { integrity_check: string }[];
  for (const r of integrity) if (r.integrity_check !== 'ok') problems.push(`数据库完整性检查：${r.integrity_check}`);
  const fk = db.pragma('foreign_key_check') as { table: string; rowid: number }[];
  for (const r of fk.slice(0, 20)) problems.push(`表 ${r.table} 第 ${r.rowid} 行引用了不存在的记录`);
  const stranded = stmt(
    db,
    `SELECT count(*) AS n FROM members m JOIN orgs o ON o.id = m.org_id WHERE m.status = '在册' AND o.dissolved_on IS NOT NULL`,
  ).get() as { n: number };
  if (stranded.n > 0) problems.push(`有 ${stranded.n} 名在册党员仍在已撤销的组织中`);
  const badIds = stmt(db, `SELECT count(*) AS n FROM members WHERE length(id_number) <> 18`).get() as { n: number };
  if (badIds.n > 0) problems.push(`有 ${badIds.n} 条党员记录的身份证号不是18位`);
  return problems;
}

/** Every file the data names must be in the folder under its hash, with exactly those bytes. */
export function attachmentProblems(db: Db, dataDir: string): string[] {
  const missing: string[] = [];
  const altered: string[] = [];
  for (const sha of referencedHashes(db)) {
    let bytes: Buffer;
    try {
      bytes = fs.readFileSync(filePath(dataDir, sha));
    } catch {
      missing.push(sha);
      continue;
    }
    if (sha256Of(bytes) !== sha) altered.push(sha);
  }
  const name = (sha: string) => {
    const r = stmt(db, 'SELECT file_name AS fileName FROM attachments WHERE sha256 = ? LIMIT 1').get(sha) as { fileName: string };
    return `“${r.fileName}”（${sha.slice(0, 12)}）`;
  };
  const out: string[] = [];
  if (missing.length) out.push(`有 ${missing.length} 个附件的文件在数据文件夹中找不到：${missing.slice(0, 10).map(name).join('、')}${missing.length > 10 ? ' 等' : ''}`);
  if (altered.length) out.push(`有 ${altered.length} 个附件的文件内容与保存时不同（已损坏）：${altered.slice(0, 10).map(name).join('、')}${altered.length > 10 ? ' 等' : ''}`);
  return out;
}
