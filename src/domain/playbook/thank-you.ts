import { addDays } from '../dates';
import {
  offsetDue,
  type PlannedReminder,
  type PlanParticipation,
  type PlanSettings,
  planned,
} from './common';

/**
 * A thank-you to each person met, the day after each meeting (M+1, off the weekend), whatever the
 * loop's status. It expires — stops being shown — once it has stayed open `thankYouExpiryDays` past
 * its due date; `expiresOn` is the first day it is no longer shown. Anchor: the meeting date.
 */
export function planThankYous(
  participations: readonly PlanParticipation[],
  settings: PlanSettings,
): PlannedReminder[] {
  const out: PlannedReminder[] = [];
  for (const p of participations) {
    for (const met of new Set(p.met)) {
      const due = offsetDue(met, settings.intervals.thankYouDays, settings);
      out.push(
        planned(
          'thank-you',
          p.loopId,
          p.personId,
          met,
          due,
          addDays(due, settings.intervals.thankYouExpiryDays),
        ),
      );
    }
  }
  return out;
}
