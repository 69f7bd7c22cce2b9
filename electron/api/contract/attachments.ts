// Attachments: files stored once by hash and linked from meetings, tasks and documents.
import { z } from 'zod';
import { ATTENDANCE, MEETING_TYPES, type Attendance, type MeetingType } from '../../domain/glossary';
import type { CellStatus, Todo, YearCount } from '../../domain/compliance';
import type { Period } from '../../domain/periods';
import { ruleSet, type MeetingRule, type RuleSet } from '../../domain/rules';
import { defineArea, read, write, type FileOut, type Page } from './define';
import { fileBytes, fileName, id, isoDate, requiredText, text } from './common';

export type AttachmentRow = { id: number; fileName: string; mime: string; size: number; sha256: string };

export const attachmentsContract = defineArea('attachments', {
  'attachments.add': write<AttachmentRow>()(z.object({ fileName, base64: fileBytes }).strict()),
  'attachments.get': read<FileOut>()(z.object({ id }).strict()),
});
