import {
  currentSince,
  inLoopOrder,
  offsetDue,
  type PlanLoop,
  type PlannedReminder,
  type PlanParticipation,
  type PlanPerson,
  type PlanSettings,
  planned,
} from './common';
import { ANCHOR_CLOSED } from './keys';

/**
 * A "no" — the loop `rejected` on R, or `withdrawn` on W — is not the end of the relationship:
 *
 * - `rejection-follow-up` to every participant (R+1), `linkedin-connect` to each one not yet connected
 *   (R+2): after a rejection and after a withdrawal alike;
 * - after a rejection only: `rapport-call` to each one you hit it off with (R+3), the loop's
 *   `process-review` (R+7) and the `consulting-offer` to the hiring manager (the first participant with
 *   that role; none, no reminder) (R+30).
 *
 * The five-month check-in and the progress-update series have files of their own. Anchor: `closed`
 * for both outcomes, so moving the date moves open reminders and switching between rejected and
 * withdrawn never repeats a follow-up already sent.
 */
export function planRejection(
  loop: PlanLoop,
  participations: readonly PlanParticipation[],
  people: ReadonlyMap<string, PlanPerson>,
  settings: PlanSettings,
): PlannedReminder[] {
  const since = currentSince(loop);
  if (!since || (loop.status !== 'rejected' && loop.status !== 'withdrawn')) return [];
  const r = since.on;
  const { intervals } = settings;
  const ordered = inLoopOrder(participations);
  const out: PlannedReminder[] = [];
  for (const p of ordered) {
    out.push(
      planned(
        'rejection-follow-up',
        loop.id,
        p.personId,
        ANCHOR_CLOSED,
        offsetDue(r, intervals.rejectionFollowUpDays, settings),
      ),
    );
    const person = people.get(p.personId);
    if (person && !person.connected) {
      out.push(
        planned(
          'linkedin-connect',
          loop.id,
          p.personId,
          ANCHOR_CLOSED,
          offsetDue(r, intervals.linkedinConnectDays, settings),
        ),
      );
    }
  }
  if (loop.status !== 'rejected') return out;
  for (const p of ordered) {
    if (p.hitItOff) {
      out.push(
        planned(
          'rapport-call',
          loop.id,
          p.personId,
          ANCHOR_CLOSED,
          offsetDue(r, intervals.rapportCallDays, settings),
        ),
      );
    }
  }
  out.push(
    planned(
      'process-review',
      loop.id,
      null,
      ANCHOR_CLOSED,
      offsetDue(r, intervals.processReviewDays, settings),
    ),
  );
  const manager = ordered.find((p) => p.role === 'hiring-manager');
  if (manager) {
    out.push(
      planned(
        'consulting-offer',
        loop.id,
        manager.personId,
        ANCHOR_CLOSED,
        offsetDue(r, intervals.consultingOfferDays, settings),
      ),
    );
  }
  return out;
}
