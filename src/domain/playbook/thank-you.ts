import { addDays } from '../dates';
import {
  CLOSED_STATUSES,
  currentSince,
  offsetDue,
  type PlanLoop,
  type PlannedReminder,
  type PlanParticipation,
  type PlanSettings,
  planned,
} from './common';

/**
 * A thank-you to each person met, for each meeting date M (PRODUCT.md, rule of 2026-12-02):
 * - due on M itself — a thank-you goes out within hours. `thankYouDays` moves it to M+N; only then is
 *   it "computed from an offset" and moved off a weekend, so a Saturday meeting's note is still due
 *   that Saturday by default;
 * - it expires once it has stayed open `thankYouExpiryDays` past its due date (`expiresOn` is the first
 *   day it is no longer shown);
 * - a rejection or withdrawal dated on or after M makes it obsolete (`thankYouSuperseded`): the
 *   follow-up note to everyone replaces it, so it is not planned while the loop stays closed.
 * Anchor: the meeting date.
 */
export function planThankYous(
  loop: PlanLoop,
  participations: readonly PlanParticipation[],
  settings: PlanSettings,
): PlannedReminder[] {
  const out: PlannedReminder[] = [];
  for (const p of participations) {
    for (const met of new Set(p.met)) {
      if (thankYouSuperseded(loop, met)) continue;
      const due = thankYouDue(met, settings);
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

function thankYouDue(met: string, settings: PlanSettings): string {
  const days = settings.intervals.thankYouDays;
  return days === 0 ? met : offsetDue(met, days, settings);
}

/**
 * True when the loop is closed by a rejection or a withdrawal dated on or after the meeting `met`: the
 * thank-you for that meeting is obsolete. Undoing the outcome brings it back (it is planned again).
 */
export function thankYouSuperseded(loop: PlanLoop, met: string): boolean {
  if (!CLOSED_STATUSES.includes(loop.status)) return false;
  const since = currentSince(loop);
  return !!since && since.on >= met;
}
