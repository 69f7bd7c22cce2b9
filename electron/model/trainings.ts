// Trainings (each gives its participants 学时) as db/hours.ts reads them.
import type { TrainingKind } from '../domain/glossary';

export type TrainingRow = {
  id: number;
  title: string;
  kind: TrainingKind;
  startOn: string;
  endOn: string;
  hours: number;
  organizer: string | null;
  participants: number;
};

export type TrainingDetail = TrainingRow & { notes: string | null; participantIds: number[]; participantNames: string[] };
