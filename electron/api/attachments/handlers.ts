// Attachments: files stored once by hash and linked from meetings, tasks and documents.
import { softDelete } from '../../db/recycle';
import path from 'node:path';
import { clearCredit, insertHourEntry } from '../../db/hours';
import * as meetingsDb from '../../db/meetings';
import { getOrg } from '../../db/orgs';
import { attachmentMime, MissingFileError, readStoredFile, storeFile } from '../../db/fileStore';
import type { Db } from '../../db/open';
import type { MeetingInput } from '../contract';
import { defineHandlers } from '../registry';
import { ApiError, invalid, notFound } from '../errors';

const MAX_ATTACHMENT = 30 * 1024 * 1024;

export const attachmentsHandlers = defineHandlers('attachments', {
  'attachments.add': (ctx, { fileName, base64 }) => {
    const mime = attachmentMime(fileName);
    if (!mime) throw invalid('附件只能是照片（jpg、png、gif、webp）、PDF、Word（docx）或 Excel（xlsx）文件');
    const bytes = Buffer.from(base64, 'base64');
    if (bytes.length === 0) throw invalid(`“${fileName}”是空文件`);
    if (bytes.length > MAX_ATTACHMENT) throw invalid(`“${fileName}”超过 30 MB，请压缩后再添加`);
    const stored = storeFile(ctx.dataDir, bytes);
    return ctx.write((tx) => {
      const row = { sha256: stored.sha256, fileName: path.basename(fileName), mime, size: stored.size };
      const id = meetingsDb.insertAttachment(tx.db, row, tx.now);
      tx.audit({ table: 'attachments', recordId: id, action: 'create', after: row });
      return { id, ...row };
    });
  },

  'attachments.get': (ctx, { id }) => {
    const a = meetingsDb.getAttachment(ctx.db, id);
    if (!a) throw notFound('附件');
    try {
      return { kind: 'file', fileName: a.fileName, mime: a.mime, base64: readStoredFile(ctx.dataDir, a.sha256, `附件“${a.fileName}”`).toString('base64') };
    } catch (e) {
      // A file the data names but the folder lacks (see `check`): say which, in Chinese, not `internal`.
      throw e instanceof MissingFileError ? new ApiError('not_found', e.message) : e;
    }
  },
});
