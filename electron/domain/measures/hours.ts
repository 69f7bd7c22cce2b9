// 学时 figures of one assessment period: who is assessed (on the roster for the whole period), the
// average, and — only once the period has ended — who met the requirement and who fell short.
import type { Period } from '../periods';
import type { PeriodHours } from '../hours';
import { round1 } from '../stats';
import { completion } from './rates';
import { periodState, type PeriodState } from './periods';

export type HoursPeriodFigure = {
  label: string;
  state: PeriodState;
  /** Members on the roster for the whole period. */
  assessed: number;
  average: number;
  /** Members at or above their requirement (so far, in a running period). */
  met: number;
  /** Below it at the end of an ended period; 0 while the period runs. */
  short: number;
  /** Below it so far in a running period (not yet short); 0 once ended. */
  notYetMet: number;
  /** Ended periods only: met / assessed in percent; null while running. */
  rate: number | null;
};

export function hoursPeriodFigure(p: Period, results: readonly PeriodHours[], today: string): HoursPeriodFigure {
  const state = periodState(p, today);
  const assessed = results.filter((r) => r.status === 'ok' || r.status === 'short' || r.status === 'pending');
  const met = assessed.filter((r) => r.status === 'ok').length;
  const short = assessed.filter((r) => r.status === 'short').length;
  const sum = assessed.reduce((a, r) => a + r.hours, 0);
  return {
    label: p.label,
    state,
    assessed: assessed.length,
    average: assessed.length ? round1(sum / assessed.length) : 0,
    met,
    short,
    notYetMet: state === 'running' ? assessed.length - met : 0,
    rate: state === 'ended' ? completion(met, assessed.length) : null,
  };
}
