// SQL for organisations, their committee roles and their history.
import type { OrgEvent, OrgRole, OrgRow } from '../model/orgs';
import type { BranchCategory, OrgKind } from '../domain/glossary';
import type { Db } from './open';
import { stmt } from './stmt';

const ORG_COLUMNS = `o.id, o.parent_id AS parentId, o.kind, o.name, o.category,
  o.contact_leader AS contactLeader, o.linked_class AS linkedClass, o.founded_on AS foundedOn,
  o.dissolved_on AS dissolvedOn, o.dissolve_reason AS dissolveReason`;

type OrgRecord = Omit<OrgRow, 'memberCount'> & { path: string };

export function listOrgs(db: Db, includeDissolved: boolean): OrgRow[] {
  const rows = stmt(
    db,
    `SELECT ${ORG_COLUMNS}, o.path FROM orgs o WHERE (? OR o.dissolved_on IS NULL) ORDER BY o.sort_order, o.id`,
  ).all(includeDissolved ? 1 : 0) as OrgRecord[];
  const direct = new Map(
    (stmt(db, `SELECT org_id AS orgId, count(*) AS n FROM members WHERE status = '在册' GROUP BY org_id`).all() as { orgId: number; n: number }[]).map(
      (r) => [r.orgId, r.n],
    ),
  );
  // Roll each org's own members up to every ancestor named in its path.
  const total = new Map<number, number>();
  for (const o of rows) {
    const n = direct.get(o.id) ?? 0;
    if (n === 0) continue;
    for (const a of o.path.split('/').filter(Boolean)) total.set(Number(a), (total.get(Number(a)) ?? 0) + n);
  }
  return rows.map(({ path: _path, ...o }) => ({ ...o, memberCount: total.get(o.id) ?? 0 }));
}

export function getOrg(db: Db, id: number): OrgRecord | undefined {
  return stmt(db, `SELECT ${ORG_COLUMNS}, o.path FROM orgs o WHERE o.id = ?`).get(id) as OrgRecord | undefined;
}

export function orgPathNames(db: Db, path: string): string[] {
  const ids = path.split('/').filter(Boolean).map(Number);
  return ids.map((i) => (stmt(db, 'SELECT name FROM orgs WHERE id = ?').get(i) as { name: string } | undefined)?.name ?? '');
}

export function findActiveOrgsByName(db: Db, name: string, kind?: OrgKind): OrgRecord[] {
  return stmt(
    db,
    `SELECT ${ORG_COLUMNS}, o.path FROM orgs o
     WHERE o.name = ? AND o.dissolved_on IS NULL AND (? IS NULL OR o.kind = ?) ORDER BY o.id`,
  ).all(name, kind ?? null, kind ?? null) as OrgRecord[];
}

export function committee(db: Db): OrgRecord | undefined {
  return stmt(db, `SELECT ${ORG_COLUMNS}, o.path FROM orgs o WHERE o.kind = 'committee' ORDER BY o.id LIMIT 1`).get() as
    | OrgRecord
    | undefined;
}

/** A new organisation: the columns of its row a form sets, and where it hangs in the tree. */
export type NewOrg = Pick<OrgRow, 'parentId' | 'kind' | 'name' | 'category' | 'contactLeader' | 'linkedClass' | 'foundedOn'> & { parentPath: string };

export function insertOrg(db: Db, o: NewOrg, now: string): number {
  const r = stmt(
    db,
    `INSERT INTO orgs (parent_id, kind, name, category, path, sort_order, contact_leader, linked_class, founded_on, created_at, updated_at)
     VALUES (?, ?, ?, ?, '', (SELECT coalesce(max(sort_order), 0) + 1 FROM orgs), ?, ?, ?, ?, ?)`,
  ).run(o.parentId, o.kind, o.name, o.category, o.contactLeader, o.linkedClass, o.foundedOn, now, now);
  const id = Number(r.lastInsertRowid);
  stmt(db, 'UPDATE orgs SET path = ? WHERE id = ?').run(`${o.parentPath}${id}/`, id);
  return id;
}

export function updateOrgDetails(
  db: Db,
  id: number,
  d: { category: BranchCategory | null; contactLeader: string | null; linkedClass: string | null },
  now: string,
): void {
  stmt(db, 'UPDATE orgs SET category = ?, contact_leader = ?, linked_class = ?, updated_at = ? WHERE id = ?').run(
    d.category,
    d.contactLeader,
    d.linkedClass,
    now,
    id,
  );
}

export function renameOrg(db: Db, id: number, name: string, now: string): void {
  stmt(db, 'UPDATE orgs SET name = ?, updated_at = ? WHERE id = ?').run(name, now, id);
}

/** Re-parents an organisation and rewrites the paths of its whole subtree. */
export function moveOrg(db: Db, id: number, oldPath: string, parentId: number, newPath: string, now: string): void {
  stmt(db, 'UPDATE orgs SET parent_id = ?, updated_at = ? WHERE id = ?').run(parentId, now, id);
  stmt(db, `UPDATE orgs SET path = ? || substr(path, ?) WHERE path LIKE ? || '%'`).run(
    newPath,
    oldPath.length + 1,
    oldPath,
  );
}

export function dissolveOrg(db: Db, id: number, onDate: string, reason: string, now: string): void {
  stmt(db, 'UPDATE orgs SET dissolved_on = ?, dissolve_reason = ?, updated_at = ? WHERE id = ?').run(onDate, reason, now, id);
}

export function countActiveChildren(db: Db, id: number): number {
  return (stmt(db, 'SELECT count(*) AS n FROM orgs WHERE parent_id = ? AND dissolved_on IS NULL').get(id) as { n: number }).n;
}

export function countActiveMembersIn(db: Db, id: number): number {
  return (stmt(db, `SELECT count(*) AS n FROM members WHERE org_id = ? AND status = '在册'`).get(id) as { n: number }).n;
}

export function insertOrgEvent(db: Db, orgId: number, kind: OrgEvent['kind'], onDate: string, detail: string, now: string): void {
  stmt(db, 'INSERT INTO org_events (org_id, kind, on_date, detail, created_at) VALUES (?, ?, ?, ?, ?)').run(
    orgId,
    kind,
    onDate,
    detail,
    now,
  );
}

export function listOrgEvents(db: Db, orgId: number): OrgEvent[] {
  return stmt(
    db,
    'SELECT id, org_id AS orgId, kind, on_date AS onDate, detail FROM org_events WHERE org_id = ? ORDER BY on_date DESC, id DESC',
  ).all(orgId) as OrgEvent[];
}

export function recentOrgEvents(db: Db, limit: number): (OrgEvent & { orgName: string })[] {
  return stmt(
    db,
    `SELECT e.id, e.org_id AS orgId, e.kind, e.on_date AS onDate, e.detail, o.name AS orgName
     FROM org_events e JOIN orgs o ON o.id = e.org_id ORDER BY e.on_date DESC, e.id DESC LIMIT ?`,
  ).all(limit) as (OrgEvent & { orgName: string })[];
}

const ROLE_COLUMNS = `id, org_id AS orgId, role, member_id AS memberId, person_name AS personName,
  term_start AS termStart, term_end AS termEnd, ended_on AS endedOn`;

export function listRoles(db: Db, orgId: number): OrgRole[] {
  return stmt(
    db,
    `SELECT ${ROLE_COLUMNS} FROM org_roles WHERE org_id = ? ORDER BY ended_on IS NOT NULL, id`,
  ).all(orgId) as OrgRole[];
}

export function getRole(db: Db, id: number): OrgRole | undefined {
  return stmt(db, `SELECT ${ROLE_COLUMNS} FROM org_roles WHERE id = ?`).get(id) as OrgRole | undefined;
}

export type RoleFields = Omit<OrgRole, 'id' | 'endedOn'>;

export function insertRole(db: Db, r: RoleFields): number {
  return Number(
    stmt(
      db,
      'INSERT INTO org_roles (org_id, role, member_id, person_name, term_start, term_end) VALUES (?, ?, ?, ?, ?, ?)',
    ).run(r.orgId, r.role, r.memberId, r.personName, r.termStart, r.termEnd).lastInsertRowid,
  );
}

export function updateRole(db: Db, id: number, r: RoleFields): void {
  stmt(
    db,
    'UPDATE org_roles SET org_id = ?, role = ?, member_id = ?, person_name = ?, term_start = ?, term_end = ? WHERE id = ?',
  ).run(r.orgId, r.role, r.memberId, r.personName, r.termStart, r.termEnd, id);
}

export function endRole(db: Db, id: number, endedOn: string): void {
  stmt(db, 'UPDATE org_roles SET ended_on = ? WHERE id = ?').run(endedOn, id);
}

export function branchesWithoutSecretary(db: Db): { id: number; name: string }[] {
  return stmt(
    db,
    `SELECT o.id, o.name FROM orgs o
     WHERE o.kind = 'branch' AND o.dissolved_on IS NULL
       AND NOT EXISTS (SELECT 1 FROM org_roles r WHERE r.org_id = o.id AND r.role = '书记' AND r.ended_on IS NULL)
       AND NOT EXISTS (SELECT 1 FROM members m WHERE m.org_id = o.id AND m.is_secretary = 1 AND m.status = '在册')
     ORDER BY o.sort_order`,
  ).all() as { id: number; name: string }[];
}

export function countOrgsByKind(db: Db): Record<OrgKind, number> {
  const rows = stmt(db, 'SELECT kind, count(*) AS n FROM orgs WHERE dissolved_on IS NULL GROUP BY kind').all() as {
    kind: OrgKind;
    n: number;
  }[];
  const out: Record<OrgKind, number> = { committee: 0, general_branch: 0, branch: 0, group: 0 };
  for (const r of rows) out[r.kind] = r.n;
  return out;
}

export function branchesWithoutCategory(db: Db): { id: number; name: string }[] {
  return stmt(
    db,
    `SELECT id, name FROM orgs WHERE kind = 'branch' AND dissolved_on IS NULL AND category IS NULL ORDER BY sort_order`,
  ).all() as { id: number; name: string }[];
}

/** Active branches (or all branches under an org) with what compliance needs to know. */
export function branchInfos(db: Db, underOrgId?: number): import('../domain/compliance').BranchInfo[] {
  const path = underOrgId ? (stmt(db, 'SELECT path FROM orgs WHERE id = ?').get(underOrgId) as { path: string } | undefined)?.path : undefined;
  const rows = stmt(
    db,
    `SELECT o.id, o.name, o.founded_on, o.dissolved_on,
       EXISTS (SELECT 1 FROM orgs g WHERE g.parent_id = o.id AND g.kind = 'group' AND g.dissolved_on IS NULL)
     FROM orgs o WHERE o.kind = 'branch' AND (? IS NULL OR o.path LIKE ? || '%') ORDER BY o.sort_order, o.id`,
  ).raw().all(path ?? null, path ?? null) as [number, string, string | null, string | null, number][];
  return rows.map(([id, name, foundedOn, dissolvedOn, g]) => ({ id, name, foundedOn, dissolvedOn, hasGroups: g === 1 }));
}

/** Every branch's category, in one query. */
export function branchCategories(db: Db): Map<number, BranchCategory | null> {
  return new Map(stmt(db, "SELECT id, category FROM orgs WHERE kind = 'branch'").raw().all() as [number, BranchCategory | null][]);
}

/** 支部委员 in office now: roles other than 组长 on branches. */
export function activeCommitteeMembers(db: Db): { orgId: number; orgName: string; memberId: number | null; name: string; role: string }[] {
  return stmt(
    db,
    `SELECT r.org_id AS orgId, o.name AS orgName, r.member_id AS memberId, r.person_name AS name, r.role
     FROM org_roles r JOIN orgs o ON o.id = r.org_id
     WHERE r.ended_on IS NULL AND o.kind = 'branch' AND o.dissolved_on IS NULL AND r.role <> '组长'
     ORDER BY o.sort_order, r.id`,
  ).all() as { orgId: number; orgName: string; memberId: number | null; name: string; role: string }[];
}

/** SQL restricting `column` (an org id) to an org, or to it and everything below it. */
export function orgScope(db: Db, column: string, orgId: number, withSubOrgs: boolean): { sql: string; param: string | number } {
  if (!withSubOrgs) return { sql: `${column} = ?`, param: orgId };
  const path = (stmt(db, 'SELECT path FROM orgs WHERE id = ?').get(orgId) as { path: string } | undefined)?.path ?? '/none/';
  return { sql: `${column} IN (SELECT id FROM orgs WHERE path LIKE ? || '%')`, param: path };
}

/** A 党小组's listed members with their names (any status: the caller filters the roll). */
export function listGroupMembers(db: Db, groupId: number): { memberId: number; name: string; memberType: string; orgId: number; status: string }[] {
  return stmt(
    db,
    `SELECT m.id AS memberId, m.name, m.member_type AS memberType, m.org_id AS orgId, m.status FROM group_members gm JOIN members m ON m.id = gm.member_id
     WHERE gm.group_id = ? ORDER BY m.name_key, m.id`,
  ).all(groupId) as { memberId: number; name: string; memberType: string; orgId: number; status: string }[];
}

/** A member belongs to one 党小组: placing them in this group takes them out of any other. */
export function replaceGroupMembers(db: Db, groupId: number, memberIds: number[]): void {
  stmt(db, 'DELETE FROM group_members WHERE group_id = ?').run(groupId);
  const out = stmt(db, 'DELETE FROM group_members WHERE member_id = ?');
  const ins = stmt(db, 'INSERT INTO group_members (group_id, member_id) VALUES (?, ?)');
  for (const m of memberIds) {
    out.run(m);
    ins.run(groupId, m);
  }
}
