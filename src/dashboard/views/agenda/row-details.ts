/**
 * The people and roles the agenda's drawn rows name, read by key for those rows only (and the next
 * page, ahead of the scroll). Years of job search leave thousands of pending reminders; reading what
 * every one of them names before drawing the first took seconds.
 */
import { useEffect, useState } from 'preact/hooks';
import { detailsOf } from '../../../db/due';
import type { ParticipantRole, Person, Reminder } from '../../../domain/types';
import { GROWING_PAGE } from '../../growing-list';

export interface RowDetails {
  /** The reminder list the details were read for (a reload starts again). */
  source: readonly Reminder[] | null;
  known: Set<string>;
  people: Map<string, Person>;
  roles: Map<string, ParticipantRole>;
}

const none = (source: readonly Reminder[] | null): RowDetails => ({
  source,
  known: new Set(),
  people: new Map(),
  roles: new Map(),
});

/**
 * Details of `rows` up to `wanted` (plus a page ahead), read as the list grows; `ready` is how many
 * leading rows have theirs, so a row is never drawn without its person's name.
 */
export function useRowDetails(all: readonly Reminder[] | null, rows: readonly Reminder[], wanted: number) {
  const [details, setDetails] = useState<RowDetails>(() => none(all));
  const current = details.source === all ? details : none(all);
  useEffect(() => {
    const missing = rows.slice(0, wanted + GROWING_PAGE).filter((r) => !current.known.has(r.id));
    if (missing.length === 0) return;
    let live = true;
    void detailsOf(missing).then((read) => {
      if (!live) return;
      setDetails((before) => {
        const base = before.source === all ? before : none(all);
        return {
          source: all,
          known: new Set([...base.known, ...missing.map((r) => r.id)]),
          people: new Map([...base.people, ...read.people]),
          roles: new Map([...base.roles, ...read.roles]),
        };
      });
    });
    return () => {
      live = false;
    };
  }, [all, rows, wanted, current]);
  let ready = 0;
  while (ready < Math.min(wanted, rows.length) && current.known.has((rows[ready] as Reminder).id)) ready++;
  return { details: current, ready };
}
