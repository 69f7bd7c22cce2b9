// Attachments: files stored once by hash and linked from meetings, tasks and documents.
import { z } from 'zod';
import { defineArea, read, write, type FileOut } from './define';
import { fileBytes, fileName, id } from './common';
import type { AttachmentRow } from '../../model/attachments';

export type { AttachmentRow } from '../../model/attachments';

export const attachmentsContract = defineArea('attachments', {
  'attachments.add': write<AttachmentRow>()(z.object({ fileName, base64: fileBytes }).strict()),
  'attachments.get': read<FileOut>()(z.object({ id }).strict()),
});
