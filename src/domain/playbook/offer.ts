import { addDays, maxDate, minDate } from '../dates';
import type { CalendarDate } from '../types';
import {
  currentSince,
  inLoopOrder,
  offerDeadline,
  offsetDue,
  type PlanLoop,
  type PlannedReminder,
  type PlanParticipation,
  type PlanSettings,
  planned,
} from './common';
import { ANCHOR_OFFER } from './keys';

/**
 * An offer on O, with an optional decision deadline D: the candidate's turn to ask.
 *
 * - `offer-questions` (O+1), `offer-meet-more-people` (O+3): the loop's own tasks;
 * - `offer-hiring-manager` (O+5): the hiring manager (first with that role), else the loop;
 * - `offer-decision`: exactly D−1 (`offerDecisionDaysBefore`), only with a deadline.
 *
 * With a deadline, the steps are clamped after the weekend shift to no later than the decision day
 * and no earlier than O (a Sunday that results stays: the deadline matters more than the weekend).
 * A deadline on the offer day itself leaves no day before it: everything, the decision included, is
 * then due on O — never before the offer. Anchor: `offer`, so a new deadline moves open reminders.
 */
export function planOffer(
  loop: PlanLoop,
  participations: readonly PlanParticipation[],
  settings: PlanSettings,
): PlannedReminder[] {
  const since = currentSince(loop);
  if (!since || loop.status !== 'offer') return [];
  const o = since.on;
  const { intervals } = settings;
  const deadline = offerDeadline(loop);
  const decisionDay = deadline
    ? maxDate(addDays(deadline, -intervals.offerDecisionDaysBefore), o)
    : undefined;
  const step = (days: number): CalendarDate => {
    const due = offsetDue(o, days, settings);
    return decisionDay ? maxDate(minDate(due, decisionDay), o) : due;
  };
  const manager = inLoopOrder(participations).find((p) => p.role === 'hiring-manager');
  const out = [
    planned('offer-questions', loop.id, null, ANCHOR_OFFER, step(intervals.offerQuestionsDays)),
    planned('offer-meet-more-people', loop.id, null, ANCHOR_OFFER, step(intervals.offerMeetMorePeopleDays)),
    planned(
      'offer-hiring-manager',
      loop.id,
      manager?.personId ?? null,
      ANCHOR_OFFER,
      step(intervals.offerHiringManagerDays),
    ),
  ];
  if (decisionDay) out.push(planned('offer-decision', loop.id, null, ANCHOR_OFFER, decisionDay));
  return out;
}
