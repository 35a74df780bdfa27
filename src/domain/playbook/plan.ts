/**
 * The follow-up playbook (PRODUCT.md) as one pure function: from the state to the reminders that
 * should exist. No dates of "today" are needed: every rule counts from a dated event, and expiry is a
 * date on the reminder (`expiresOn`) that readers compare with today.
 *
 * The plan is split into three units, which reconciliation also uses to replan only what a change
 * touched:
 * - a loop's own rules (`planLoop`): thank-you plus the rules of its current status;
 * - a person's progress-update series (`planProgressUpdate`);
 * - an accepted loop's announcement to one person (`planAnnouncement`).
 * Only the current status's rules apply; `declined` has none (thank-you still follows the meetings).
 */
import type { CalendarDate, Id } from '../types';
import { announcementTargets, planAnnouncement } from './accepted';
import type {
  PlanLoop,
  PlannedReminder,
  PlanParticipation,
  PlanPerson,
  PlanSettings,
  PlanTouch,
} from './common';
import { planFiveMonth } from './five-month';
import { planOffer } from './offer';
import { planProgressUpdate } from './progress-update';
import { planRejection } from './rejection';
import { planThankYous } from './thank-you';

export { announcementTargets, planAnnouncement } from './accepted';
export type {
  PlanLoop,
  PlannedReminder,
  PlanParticipation,
  PlanPerson,
  PlanSettings,
  PlanTouch,
} from './common';
export { checkInPerson } from './five-month';
export { reminderKey } from './keys';
export { planProgressUpdate } from './progress-update';

export interface PlanState {
  loops: readonly PlanLoop[];
  participations: readonly PlanParticipation[];
  people: readonly PlanPerson[];
  touches: readonly PlanTouch[];
  settings: PlanSettings;
}

/** Kinds planned per loop by `planLoop` (the other two kinds belong to the person-level units). */
export const LOOP_UNIT_KINDS = new Set<string>([
  'thank-you',
  'rejection-follow-up',
  'linkedin-connect',
  'rapport-call',
  'process-review',
  'consulting-offer',
  'five-month-check-in',
  'offer-questions',
  'offer-meet-more-people',
  'offer-hiring-manager',
  'offer-decision',
]);

/** A loop's own reminders: thank-yous for its meetings and the rules of its current status. */
export function planLoop(
  loop: PlanLoop,
  participations: readonly PlanParticipation[],
  people: ReadonlyMap<Id, PlanPerson>,
  settings: PlanSettings,
): PlannedReminder[] {
  return [
    ...planThankYous(loop, participations, settings),
    ...planRejection(loop, participations, people, settings),
    ...planFiveMonth(loop, participations, settings),
    ...planOffer(loop, participations, settings),
  ];
}

/** The latest touch date per person. */
export function lastTouches(touches: readonly PlanTouch[]): Map<Id, CalendarDate> {
  const last = new Map<Id, CalendarDate>();
  for (const touch of touches) {
    const seen = last.get(touch.personId);
    if (!seen || touch.on > seen) last.set(touch.personId, touch.on);
  }
  return last;
}

/** Every reminder the playbook wants for this state, sorted by key (each key once). */
export function plan(state: PlanState): PlannedReminder[] {
  const { settings } = state;
  const people = new Map(state.people.map((person) => [person.id, person]));
  const loops = new Map(state.loops.map((loop) => [loop.id, loop]));
  const byLoop = new Map<Id, PlanParticipation[]>();
  const loopsOfPerson = new Map<Id, PlanLoop[]>();
  for (const p of state.participations) {
    const loop = loops.get(p.loopId);
    if (!loop) continue;
    byLoop.set(p.loopId, [...(byLoop.get(p.loopId) ?? []), p]);
    loopsOfPerson.set(p.personId, [...(loopsOfPerson.get(p.personId) ?? []), loop]);
  }
  const out: PlannedReminder[] = [];
  for (const loop of state.loops) {
    out.push(...planLoop(loop, byLoop.get(loop.id) ?? [], people, settings));
    if (loop.status === 'accepted') {
      const participations = state.participations.filter((p) => loops.has(p.loopId));
      for (const personId of announcementTargets(loop.id, participations)) {
        const reminder = planAnnouncement(loop, personId, settings);
        if (reminder) out.push(reminder);
      }
    }
  }
  const touched = lastTouches(state.touches);
  for (const [personId, personLoops] of loopsOfPerson) {
    const reminder = planProgressUpdate(personId, personLoops, touched.get(personId), settings);
    if (reminder) out.push(reminder);
  }
  return out.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
