import type { Id } from '../types';
import {
  currentSince,
  offsetDue,
  type PlanLoop,
  type PlannedReminder,
  type PlanSettings,
  planned,
} from './common';
import { ANCHOR_ACCEPTED } from './keys';

/**
 * Landing a job (the loop accepted on A): a `new-job-announcement` at A+7 to every person who sat in
 * any *other* loop, once each, attached to the accepted loop. A person who is also in the accepted
 * loop is told too when they sat in another loop (the rule says "every person in any other loop").
 *
 * The accepted loop's own other open reminders become `obsolete`: that is a change of status of
 * stored reminders, so it is done by reconciliation (src/db/reconcile.ts), not here.
 */
export function planAnnouncement(
  loop: PlanLoop,
  personId: Id,
  settings: PlanSettings,
): PlannedReminder | undefined {
  const since = currentSince(loop);
  if (!since || loop.status !== 'accepted') return undefined;
  return planned(
    'new-job-announcement',
    loop.id,
    personId,
    ANCHOR_ACCEPTED,
    offsetDue(since.on, settings.intervals.newJobAnnouncementDays, settings),
  );
}

/** The people to tell about the job accepted in `loop`: everyone with a participation in another loop. */
export function announcementTargets(
  loopId: Id,
  participations: readonly { loopId: Id; personId: Id }[],
): Id[] {
  const targets = new Set<Id>();
  for (const p of participations) if (p.loopId !== loopId) targets.add(p.personId);
  return [...targets].sort();
}
