// The 归档 buttons: a meeting's 会议记录 (the minutes .docx the app writes, with the meeting's
// photos and scans), the files branches handed in for a task (one document per branch), and an
// award round's 公示. Each is linked to its record; filing again updates the same document.
import { getMeeting } from '../../db/meetings';
import { committee } from '../../db/orgs';
import { targetsOf, getTask } from '../../db/tasks';
import { categoryForTask } from '../../domain/archive';
import { fileGeneratedDocument, prepareFiling, writeFiling, type PreparedFiling } from '../shared/archiveFiling';
import { roundDetail } from '../shared/awardRounds';
import { invalid, notFound } from '../errors';
import type { Handler } from '../registry';
import { scopeName } from '../shared/ledgerFile';
import { readSettings } from '../shared/settings';
import { wordKits } from '../../exports/wordKits';

export const fileMeeting: Handler<'archive.fileMeeting'> = async (ctx, { meetingId }) => {
  const m = getMeeting(ctx.db, meetingId);
  if (!m) throw notFound('会议记录');
  return fileGeneratedDocument(ctx, {
    title: `${m.orgName}${m.type}会议记录（${m.topic}）`,
    category: '会议记录',
    year: Number(m.heldOn.slice(0, 4)),
    orgId: m.orgId,
    author: m.orgName,
    date: m.heldOn,
    remarks: m.attachments.length ? `附会议照片、扫描件等${m.attachments.length}个文件` : null,
    fileName: `${m.orgName}${m.heldOn}${m.type}会议记录.docx`,
    bytes: await wordKits.minutes().minutesDocument(m),
    attachmentIds: m.attachments.map((a) => a.id),
    source: { kind: 'meeting', id: m.id, ref: null },
  });
};

export const fileTask: Handler<'archive.fileTask'> = async (ctx, { taskId }) => {
  const task = getTask(ctx.db, taskId);
  if (!task) throw notFound('工作任务');
  const handedIn = targetsOf(ctx.db, [taskId]).filter((t) => t.submittedOn !== null && t.attachmentId !== null);
  if (handedIn.length === 0) throw invalid(`“${task.title}”还没有支部报送文件，没有可归档的材料`);
  const prepared: PreparedFiling[] = [];
  for (const t of handedIn) {
    prepared.push(
      await prepareFiling(ctx, {
        title: `${t.orgName}${task.title}`,
        category: categoryForTask(task.title),
        year: task.year,
        orgId: t.orgId,
        author: t.orgName,
        date: t.submittedOn,
        remarks: `报送${task.issuer ? task.issuer : '上级'}下达的任务“${task.title}”${t.note ? `；${t.note}` : ''}`,
        attachmentIds: [t.attachmentId!],
        source: { kind: 'task', id: taskId, ref: String(t.orgId) },
      }),
    );
  }
  return ctx.write((tx) => prepared.map((p) => writeFiling(tx, p)));
};

export const fileAwardRound: Handler<'archive.fileAwardRound'> = async (ctx, { roundId }) => {
  const d = roundDetail(ctx.db, roundId);
  if (!d.nominees.some((n) => n.shortlisted)) throw invalid('还没有确定拟表彰对象，没有可归档的公示');
  const root = committee(ctx.db);
  const unit = readSettings(ctx.db).unitName || scopeName(ctx.db);
  const today = ctx.today();
  const date = d.round.publicityFrom ?? today;
  // Word's kit loads on first use (docx stays out of the start-up).
  const { chineseDate } = wordKits.docKit();
  return fileGeneratedDocument(ctx, {
    title: `关于${d.round.year}年度“${d.round.title}”拟表彰对象的公示`,
    category: '本级发文',
    year: Number(date.slice(0, 4)),
    orgId: root?.id ?? null,
    author: unit,
    date,
    remarks: d.round.publicityTo ? `公示期${chineseDate(date)}至${chineseDate(d.round.publicityTo)}` : null,
    fileName: `${d.round.year}年度${d.round.title}拟表彰对象公示.docx`,
    bytes: await wordKits.cycleNotices().awardNotice(unit, d, today),
    source: { kind: 'awardRound', id: roundId, ref: null },
  });
};
