// 档案 for the demo and large seeds, with real files made at seed time: Word (docx package, the
// GB/T 9704 kit), Excel (exceljs, the ledger kit), PDF (pdf-lib) and a PNG photo (resvg).
// PDFs carry Latin letters and digits only: pdf-lib's standard fonts have no Chinese glyphs
// and embedding a CJK font needs @pdf-lib/fontkit, which is not installed; their text is still
// extracted and searchable. Files are stored by content hash, so the large seed's 50,000
// documents share a handful of contents, and their search rows are filled in one statement.
import { Resvg } from '@resvg/resvg-js';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { insertAudit } from '../db/audit';
import { renumberYear, yearKeys } from '../db/documents';
import { attachmentMime, storeFile } from '../db/fileStore';
import { getMeeting, insertAttachment } from '../db/meetings';
import type { Db } from '../db/open';
import { catalogOrder, DEFAULT_CATEGORIES, defaultRetention, type Retention } from '../domain/archive';
import { body, docTitle, heading1, signature, writeDocument } from '../exports/docKit';
import { ledgerSheet, writeLedger } from '../exports/ledgerKit';
import { minutesDocument } from '../exports/minutesDoc';
import { extractText } from '../imports/fileJobs';
import { rng } from './names';

type Content = { fileName: string; bytes: Buffer };
type Planned = {
  title: string; wenhao: string | null; author: string | null; date: string; category: string; orgId: number | null;
  retention?: Retention; remarks?: string | null; source?: { kind: 'meeting'; id: number } | null; files: Content[];
};
type Org = { id: number; name: string; kind: string };

const docx = async (title: string, paragraphs: string[], unit: string, date: string) =>
  writeDocument([docTitle(title), ...paragraphs.map((p) => (/^[一二三四五]、/.test(p) ? heading1(p) : body(p))), ...signature(unit, date)], { title });

async function pdf(lines: string[]): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let i = 0; i < lines.length; i += 30) {
    const page = doc.addPage([595, 842]);
    lines.slice(i, i + 30).forEach((l, k) => page.drawText(l, { x: 60, y: 780 - k * 22, size: 12, font }));
  }
  return Buffer.from(await doc.save({ useObjectStreams: false }));
}

/** A photo-like picture of a meeting room: shapes only (no fonts needed to draw it). */
function png(seed: number): Buffer {
  const hue = (seed * 47) % 360;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="480" height="320"><rect width="480" height="320" fill="hsl(${hue},30%,85%)"/>
<rect x="40" y="40" width="400" height="90" fill="#c8161d"/><rect x="60" y="200" width="360" height="30" fill="#8b5a2b"/>
${Array.from({ length: 8 }, (_, i) => `<circle cx="${75 + i * 47}" cy="185" r="16" fill="hsl(${(hue + i * 20) % 360},25%,35%)"/>`).join('')}</svg>`;
  return Buffer.from(new Resvg(svg).render().asPng());
}

const roster = (year: number) => writeLedger({ unitName: '示范职业技术学院党委组织部', date: `${year}-12-20`, preparer: '陈晓燕', reviewer: '刘建军' }, [
  ledgerSheet({
    name: '党员信息统计', title: `${year}年度党员队伍基本情况统计表`,
    columns: [
      { header: '党组织', width: 28, value: (r: [string, number, number, number]) => r[0], align: 'left' },
      { header: '正式党员', width: 10, value: (r) => r[1] },
      { header: '预备党员', width: 10, value: (r) => r[2] },
      { header: '入党积极分子', width: 12, value: (r) => r[3] },
    ],
    rows: [['信息工程系党总支', 58, 6, 31], ['机电工程系党总支', 36, 4, 22], ['经济管理系党总支', 33, 3, 19], ['直属党支部', 40, 1, 5]] as [string, number, number, number][],
  }),
]);

async function demoPlan(db: Db, year: number, orgs: Org[], unit: string): Promise<Planned[]> {
  const committee = orgs.find((o) => o.kind === 'committee')!;
  const branches = orgs.filter((o) => o.kind === 'branch');
  const plan: Planned[] = [];
  plan.push({
    title: `关于开展${year}年度民主评议党员工作的通知`, wenhao: `市教工委〔${year}〕8号`, author: '中共示范市委教育工作委员会', date: `${year}-05-20`, category: '上级来文', orgId: committee.id,
    files: [{ fileName: '民主评议党员工作通知.pdf', bytes: await pdf([`Notice No. ${year}-8`, 'Democratic appraisal of Party members', 'All branches complete the appraisal before 1 July.', 'Self-review, mutual review, leader comment, publicity of results.']) }],
  });
  plan.push({
    title: `关于表彰${year - 1}年度优秀共产党员和先进基层党组织的决定`, wenhao: `党委〔${year}〕3号`, author: unit, date: `${year}-06-28`, category: '本级发文', orgId: committee.id,
    files: [{ fileName: '表彰决定.docx', bytes: await docx(`关于表彰${year - 1}年度优秀共产党员和先进基层党组织的决定`, ['各党总支、直属党支部：', `${year - 1}年，全院各级党组织和广大党员围绕学院中心工作，充分发挥战斗堡垒作用和先锋模范作用。经两推三评两个公开，院党委决定表彰先进基层党组织3个、优秀共产党员12名。`, '希望受表彰的党组织和党员珍惜荣誉，再接再厉。'], unit, `${year}-06-28`) }],
  });
  plan.push({
    title: `${year}年度党员队伍基本情况统计表`, wenhao: null, author: unit, date: `${year}-12-20`, category: '其他', orgId: committee.id,
    files: [{ fileName: '党员队伍基本情况统计表.xlsx', bytes: await roster(year) }],
  });
  for (const [i, b] of branches.entries()) {
    plan.push({
      title: `${b.name}${year}年度工作计划`, wenhao: null, author: b.name, date: `${year}-03-${String(5 + (i % 20)).padStart(2, '0')}`, category: '方案', orgId: b.id,
      files: [{ fileName: `${b.name}年度工作计划.docx`, bytes: await docx(`${b.name}${year}年度工作计划`, ['一、指导思想', '以党的创新理论为指导，落实“三会一课”制度，推进基层组织建设年活动。', '二、主要工作', '每月召开支委会，每季度召开党员大会，每月15日开展党员学习日活动，7月开展党员教育周。', '三、工作要求', '按时报送材料，做好台账记录。'], b.name, `${year}-03-05`) }],
    });
    // One branch in four has filed no 制度 this year: 归档文件目录 flags it (seeds 000, 001).
    if (i % 4 !== 2) {
      plan.push({
        title: `${b.name}“三会一课”制度`, wenhao: null, author: b.name, date: `${year}-03-01`, category: '制度', orgId: b.id,
        files: [{ fileName: `${b.name}三会一课制度.docx`, bytes: await docx(`${b.name}“三会一课”制度`, ['第一条 支部党员大会一般每季度召开一次。', '第二条 支部委员会每月召开一次，研究支部工作。', '第三条 党小组会每月召开一次。', '第四条 党课每季度至少一次，支部委员每年至少讲一次党课。'], b.name, `${year}-03-01`) }],
      });
    }
    if (i % 3 === 0) {
      plan.push({
        title: `${b.name}主题党日活动照片`, wenhao: null, author: b.name, date: `${year}-04-15`, category: '照片', orgId: b.id, remarks: '主题党日：参观革命纪念馆',
        files: [{ fileName: '主题党日合影.png', bytes: png(i) }],
      });
    }
    if (i % 2 === 0) {
      plan.push({
        title: `${b.name}${year - 1}年度工作总结`, wenhao: null, author: b.name, date: `${year}-01-10`, category: '总结', orgId: b.id,
        files: [{ fileName: `${b.name}年度工作总结.docx`, bytes: await docx(`${b.name}${year - 1}年度工作总结`, ['一、基本情况', '支部全年召开支委会12次、党员大会4次，开展主题党日活动12次，党员平均学时达到要求。', '二、存在问题', '学习形式较为单一，个别党员参加组织生活不够经常。', '三、下一步打算', '丰富学习形式，加强对党员的日常教育管理。'], b.name, `${year}-01-10`) }],
      });
    }
  }
  // The first meetings of the year filed from 三会一课, linked back to them.
  const meetingIds = db.prepare(`SELECT id FROM meetings WHERE deleted_at IS NULL AND held_on LIKE ? || '%' ORDER BY held_on, id LIMIT 6`).pluck().all(String(year)) as number[];
  for (const id of meetingIds) {
    const m = getMeeting(db, id)!;
    plan.push({
      title: `${m.orgName}${m.type}会议记录（${m.topic}）`, wenhao: null, author: m.orgName, date: m.heldOn, category: '会议记录', orgId: m.orgId, source: { kind: 'meeting', id },
      files: [{ fileName: `${m.orgName}${m.heldOn}${m.type}会议记录.docx`, bytes: await minutesDocument(m) }],
    });
  }
  return plan;
}

type Stored = { attachmentId: number; sha256: string; pages: number | null };
type Read = { file: Content; sha256: string; size: number; text: string; pages: number | null };

/** Stores each file by hash and reads its text (once per content); nothing is written to the database yet. */
async function readAll(dataDir: string, files: Content[]): Promise<Read[]> {
  const texts = new Map<string, { text: string; pages: number | null }>();
  const out: Read[] = [];
  for (const file of files) {
    const { sha256, size } = storeFile(dataDir, file.bytes);
    if (!texts.has(sha256)) texts.set(sha256, await extractText(file.fileName, file.bytes));
    out.push({ file, sha256, size, ...texts.get(sha256)! });
  }
  return out;
}

/** One attachment row per distinct content and name, and the text read from each content. */
function insertFiles(db: Db, read: Read[], at: string): Map<Content, Stored> {
  const out = new Map<Content, Stored>();
  const byKey = new Map<string, Stored>();
  const put = db.prepare('INSERT OR IGNORE INTO file_texts (sha256, text, pages) VALUES (?, ?, ?)');
  for (const r of read) {
    const key = `${r.sha256}/${r.file.fileName}`;
    let s = byKey.get(key);
    if (!s) {
      put.run(r.sha256, r.text, r.pages);
      s = { attachmentId: insertAttachment(db, { sha256: r.sha256, fileName: r.file.fileName, mime: attachmentMime(r.file.fileName)!, size: r.size }, at), sha256: r.sha256, pages: r.pages };
      byKey.set(key, s);
    }
    out.set(r.file, s);
  }
  return out;
}

function insertPlanned(db: Db, plan: Planned[], stored: Map<Content, Stored>, at: string): void {
  const ins = db.prepare(
    `INSERT INTO documents (title, wenhao, author, doc_date, year, category, org_id, retention, pages, remarks, source_kind, source_id, source_ref, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?)`,
  );
  const link = db.prepare('INSERT OR IGNORE INTO document_files (document_id, attachment_id, position) VALUES (?, ?, ?)');
  for (const p of plan) {
    const files = p.files.map((f) => stored.get(f)!);
    const pages = files.every((f) => f.pages !== null) ? files.reduce((s, f) => s + (f.pages ?? 0), 0) : null;
    const id = Number(ins.run(p.title, p.wenhao, p.author, p.date, Number(p.date.slice(0, 4)), p.category, p.orgId, p.retention ?? defaultRetention(p.category), pages, p.remarks ?? null, p.source?.kind ?? null, p.source?.id ?? null, at, at).lastInsertRowid);
    files.forEach((f, i) => link.run(id, f.attachmentId, i));
  }
}

/** Every document's search row in one statement (title, 文号, 责任者 and its files' text). */
function fillSearch(db: Db): void {
  db.exec(`DELETE FROM documents_fts;
    INSERT INTO documents_fts (rowid, title, wenhao, author, body)
    SELECT d.id, d.title, coalesce(d.wenhao, ''), coalesce(d.author, ''),
      coalesce((SELECT group_concat(t.text, char(10)) FROM document_files f JOIN attachments a ON a.id = f.attachment_id JOIN file_texts t ON t.sha256 = a.sha256 WHERE f.document_id = d.id), '')
    FROM documents d;`);
}

const LARGE_KINDS: { category: string; title: string; wenhao?: string }[] = [
  { category: '上级来文', title: '关于做好党员发展工作的通知', wenhao: '市教工委' },
  { category: '本级发文', title: '关于开展主题党日活动的通知', wenhao: '党委' },
  { category: '方案', title: '年度工作计划' },
  { category: '总结', title: '年度工作总结' },
  { category: '会议记录', title: '支委会会议记录' },
  { category: '制度', title: '“三会一课”制度' },
  { category: '照片', title: '主题党日活动照片' },
  { category: '其他', title: '党员信息统计表' },
];

async function largeContents(year: number, unit: string): Promise<Content[]> {
  return [
    { fileName: '通知.pdf', bytes: await pdf([`Notice No. ${year}-21`, 'Recruitment of new Party members: training, review and publicity.']) },
    { fileName: '通知.docx', bytes: await docx('关于开展主题党日活动的通知', ['各党支部：每月15日开展党员学习日活动，请做好记录。'], unit, `${year}-03-01`) },
    { fileName: '计划.docx', bytes: await docx('年度工作计划', ['一、主要工作', '落实三会一课制度，开展组织生活会和民主评议党员。'], unit, `${year}-03-05`) },
    { fileName: '总结.docx', bytes: await docx('年度工作总结', ['支部全年召开支委会12次，党员平均学时达到要求，发展党员工作规范有序。'], unit, `${year}-12-10`) },
    { fileName: '会议记录.docx', bytes: await docx('支委会会议记录', ['会议研究了入党积极分子培养考察和党费收缴情况。'], unit, `${year}-04-08`) },
    { fileName: '制度.docx', bytes: await docx('“三会一课”制度', ['支部委员会每月召开一次，党小组会每月召开一次，党课每季度至少一次。'], unit, `${year}-03-01`) },
    { fileName: '照片.png', bytes: png(7) },
    { fileName: '统计表.xlsx', bytes: await roster(year) },
  ];
}

function largePlan(orgs: Org[], year: number, contents: Content[]): Planned[] {
  const r = rng(6006);
  const branches = orgs.filter((o) => o.kind === 'branch');
  const plan: Planned[] = [];
  for (let n = 0; n < 50_000; n++) {
    const k = n % LARGE_KINDS.length;
    const kind = LARGE_KINDS[k]!;
    const b = branches[Math.floor(n / LARGE_KINDS.length) % branches.length]!;
    const y = year - (n % 5);
    const day = `${y}-${String(1 + Math.floor(r() * 12)).padStart(2, '0')}-${String(1 + Math.floor(r() * 28)).padStart(2, '0')}`;
    plan.push({
      title: `${b.name}${y}年${kind.title}（${n + 1}）`, wenhao: kind.wenhao ? `${kind.wenhao}〔${y}〕${n + 1}号` : null, author: b.name, date: day,
      category: kind.category, orgId: b.id, files: [contents[k]!],
    });
  }
  return plan;
}

/** Writes the seed's documents; call after seed() on the same new data folder. */
export async function seedArchive(db: Db, dataDir: string, scale: 'demo' | 'large', now: Date = new Date()): Promise<{ documents: number }> {
  const at = now.toISOString();
  const year = now.getFullYear();
  const orgs = db.prepare(`SELECT id, name, kind FROM orgs WHERE dissolved_on IS NULL ORDER BY sort_order, id`).all() as Org[];
  const unit = orgs.find((o) => o.kind === 'committee')?.name ?? '党委';
  const contents = scale === 'large' ? await largeContents(year, unit) : [];
  const plan = scale === 'demo' ? await demoPlan(db, year, orgs, unit) : largePlan(orgs, year, contents);
  const read = await readAll(dataDir, [...new Set(plan.flatMap((p) => p.files))]);
  db.transaction(() => {
    insertPlanned(db, plan, insertFiles(db, read, at), at);
    // Filed in the plan's order, numbered as an archivist would number a finished year.
    for (const y of new Set(plan.map((p) => Number(p.date.slice(0, 4))))) renumberYear(db, y, catalogOrder(yearKeys(db, y), DEFAULT_CATEGORIES).map((k) => k.id));
    fillSearch(db);
    insertAudit(db, at, 'seed', { table: 'documents', recordId: null, action: 'seed', after: { scale, documents: plan.length } });
  })();
  return { documents: plan.length };
}
