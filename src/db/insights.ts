/**
 * The reads behind #/insights: loops and participations once each, the answered reminders and the
 * pending ones of the next six months through the [status+showOn] index — no read per loop or per
 * person. The figures themselves are computed by src/domain/insights.ts.
 */
import {
  type AheadItem,
  type AheadWindow,
  aheadItems,
  aheadWindow,
  type Count,
  type FollowUpOutcome,
  type FunnelStage,
  followUps,
  funnel,
  loopsStarted,
  monthsBefore,
  peopleMet,
} from '../domain/insights';
import type { CalendarDate, ReminderStatus } from '../domain/types';
import { database } from './database';

/** How many months the "per month" charts show, this one included. */
export const MONTHS_SHOWN = 12;

export interface Insights {
  funnel: Count<FunnelStage>[];
  started: Count<string>[];
  met: Count<string>[];
  followUps: Count<FollowUpOutcome>[];
  ahead: { window: AheadWindow; items: AheadItem[] };
}

function withStatus(status: ReminderStatus, from = '', to = '\uffff') {
  return database()
    .reminders.where('[status+showOn]')
    .between([status, from], [status, to], true, true)
    .toArray();
}

export async function readInsights(today: CalendarDate): Promise<Insights> {
  const db = database();
  const window = aheadWindow(today);
  const [loops, participations, done, dismissed, open, snoozed] = await Promise.all([
    db.loops.toArray(),
    db.participations.toArray(),
    withStatus('done'),
    withStatus('dismissed'),
    withStatus('open', window.from, window.to),
    withStatus('snoozed', window.from, window.to),
  ]);
  const months = monthsBefore(today, MONTHS_SHOWN);
  return {
    funnel: funnel(loops),
    started: loopsStarted(loops, months),
    met: peopleMet(participations, months),
    followUps: followUps([...done, ...dismissed]),
    ahead: { window, items: aheadItems([...open, ...snoozed], loops, window) },
  };
}
