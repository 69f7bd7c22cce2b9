// Trainings and who took part (each gives 学时).
import { z } from 'zod';
import { TRAINING_KINDS } from '../../domain/glossary';
import { defineArea, read, write } from './define';
import { id, isoDate, requiredText, text } from './common';
import { hoursValue } from './meetings';
import type { TrainingDetail, TrainingRow } from '../../model/trainings';

export type { TrainingDetail, TrainingRow } from '../../model/trainings';

export const trainingInput = z
  .object({
    id: id.optional(),
    title: requiredText(100),
    kind: z.enum(TRAINING_KINDS, { message: '请选择培训类型' }),
    startOn: isoDate,
    endOn: isoDate,
    hours: hoursValue.refine((h) => h > 0, { message: '学时应大于0' }),
    organizer: text(60),
    notes: text(1000),
    participantIds: z.array(id).max(40000),
  })
  .strict()
  .refine((t) => t.startOn <= t.endOn, { message: '结束日期不能早于开始日期', path: ['endOn'] });

export const trainingsContract = defineArea('trainings', {
  'trainings.list': read<TrainingRow[]>()(z.object({ year: z.number().int().min(2000).max(2100) }).strict()),
  'trainings.get': read<TrainingDetail>()(z.object({ id }).strict()),
  'trainings.save': write<{ id: number }>()(trainingInput),
  'trainings.delete': write<{ id: number }>()(z.object({ id }).strict()),
});
