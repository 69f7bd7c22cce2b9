// One 评优 round with its nominees, as the page, the notice and the archive read it.
import * as db from '../../db/awards';
import type { Db } from '../../db/open';
import { awardRoundProblems } from '../../domain/cycle';
import type { AwardRoundDetail } from '../contract';
import { notFound } from '../errors';

export function roundDetail(d: Db, id: number): AwardRoundDetail {
  const round = db.getRound(d, id);
  if (!round) throw notFound('评选活动');
  const nominees = db.listNominees(d, id);
  return { round, nominees, problems: awardRoundProblems({ ...round, nominees }) };
}
