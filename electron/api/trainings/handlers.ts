// Trainings and who took part (each gives 学时).
import { softDelete } from '../../db/recycle';
import * as hoursDb from '../../db/hours';
import { findMemberIdByIdNumber, getMember } from '../../db/members';
import { getOrg } from '../../db/orgs';
import type { Db } from '../../db/open';
import { activeProfile, assessPeriod, branchAverages, isSenior, profilePeriods, requiredHours, round1, type HoursMember } from '../../domain/hours';
import { halfYearPeriod } from '../../domain/periods';
import { todayIso } from '../../domain/dates';
import type { ImportPreview, MemberHoursRow } from '../contract';
import { readRules } from '../compliance/handlers';
import { defineHandlers } from '../registry';
import { conflict, invalid, notFound } from '../errors';
import { parseUpload } from '../uploads';
import { autoBackup } from '../../db/backup';

function checkParticipants(db: Db, ids: number[]): void {
  const found = hoursDb.existingMemberIds(db, ids);
  if (found.size !== new Set(ids).size) throw invalid('参加人员中有不存在的党员，请重新选择');
}

export const trainingsHandlers = defineHandlers('trainings', {
  'trainings.list': (ctx, { year }) => hoursDb.listTrainings(ctx.db, year),
  'trainings.get': (ctx, { id }) => {
    const t = hoursDb.getTraining(ctx.db, id);
    if (!t) throw notFound('培训');
    return t;
  },
  'trainings.save': (ctx, input) =>
    ctx.write((tx) => {
      checkParticipants(tx.db, input.participantIds);
      const fields = { title: input.title, kind: input.kind, startOn: input.startOn, endOn: input.endOn, hours: input.hours, organizer: input.organizer ?? null, notes: input.notes ?? null };
      let id = input.id;
      const before = id ? hoursDb.getTraining(tx.db, id) : undefined;
      if (id) {
        if (!before) throw notFound('培训');
        hoursDb.updateTraining(tx.db, id, fields, tx.now);
      } else id = hoursDb.insertTraining(tx.db, fields, tx.now);
      hoursDb.replaceParticipants(tx.db, id, input.participantIds);
      hoursDb.clearCredit(tx.db, { trainingId: id });
      for (const m of new Set(input.participantIds)) hoursDb.insertHourEntry(tx.db, { memberId: m, onDate: input.endOn, hours: input.hours, title: `${input.kind}：${input.title}`, source: '培训', trainingId: id }, tx.now);
      tx.audit({ table: 'trainings', recordId: id, action: before ? 'update' : 'create', before, after: { ...fields, participantIds: input.participantIds } });
      return { id };
    }),
  'trainings.delete': (ctx, { id }) =>
    ctx.write((tx) => {
      const before = hoursDb.getTraining(tx.db, id);
      if (!before) throw notFound('培训');
      softDelete(tx.db, 'training', id, tx.now, tx.actor);
      tx.audit({ table: 'trainings', recordId: id, action: 'delete', before });
      return { id };
    }),
});
