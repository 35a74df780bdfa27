/**
 * The "already saved" note on a profile page, worded by the worker and shown in an extension frame:
 * "Met in the Acme Corp loop (VP Marketing), March 2026".
 */
import { getCompany } from '../db/companies';
import { getLoop } from '../db/loops';
import { listParticipationsOfPerson } from '../db/participations';
import { getPerson } from '../db/people';
import type { CalendarDate } from '../domain/types';
import { t } from '../i18n/i18n';

/** "March 2026" for a calendar date, in the browser's language. */
export function monthOf(date: CalendarDate, locale?: string): string {
  const [year, month] = date.split('-').map(Number);
  return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric' }).format(
    new Date(year ?? 1970, (month ?? 1) - 1, 1),
  );
}

function dateOf(instant: number): CalendarDate {
  const d = new Date(instant);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** The note for a saved person: their most recent loop and when they met (or were added). */
export async function noteFor(personId: string, locale?: string): Promise<string> {
  const person = await getPerson(personId);
  const dated = (await listParticipationsOfPerson(personId)).map((p) => ({
    p,
    met: p.met.at(-1),
    on: p.met.at(-1) ?? dateOf(p.createdAt),
  }));
  const latest = dated.sort((a, b) => b.on.localeCompare(a.on))[0];
  if (!latest) return t('capture_note_saved', { name: person.name });
  const loop = await getLoop(latest.p.loopId);
  const company = (await getCompany(loop.companyId)).name;
  const values = { company, role: loop.role, when: monthOf(latest.on, locale) };
  return latest.met ? t('capture_note_met', values) : t('capture_note_added', values);
}
