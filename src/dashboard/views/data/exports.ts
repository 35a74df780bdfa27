/**
 * The four exports, built from one consistent read of the data with the user's words (labels, reasons)
 * filled in here, since the pure writers in domain/export cannot translate. Loaded on demand.
 */

import type { BackupData } from '../../../db/backup/format';
import { readSnapshot } from '../../../db/backup/snapshot';
import {
  byDateThenKey,
  CALENDAR_END,
  type CalendarEvent,
  calendarEvent,
  calendarStart,
  utcStamp,
} from '../../../domain/export/icalendar';
import { loopsCsv } from '../../../domain/export/loops-csv';
import type { ExportLabels } from '../../../domain/export/model';
import { peopleCsv } from '../../../domain/export/people-csv';
import { vcards } from '../../../domain/export/vcard';
import { reasonFor, reasonText } from '../../../domain/reasons';
import { localDate } from '../../../domain/today';
import { type MessageKey, t } from '../../../i18n/i18n';
import { kindKey, roleKey, statusKey } from '../../../i18n/labels';
import { sourceKey } from '../../labels';
import { mapInSlices } from './slices';

export type ExportKind = 'people-csv' | 'loops-csv' | 'vcard' | 'icalendar';

export interface ExportFile {
  fileName: string;
  text: string;
  type: string;
}

const LABELS: ExportLabels = {
  column: (id) => t(`data_col_${id}` as MessageKey),
  status: (status) => t(statusKey(status)),
  role: (role) => t(roleKey(role)),
  source: (source) => t(sourceKey(source)),
  yes: t('data_yes'),
  no: t('data_no'),
};

const pending = (today: string) => (r: BackupData['reminders'][number]) =>
  (r.status === 'open' || r.status === 'snoozed') && (!r.expiresOn || r.expiresOn > today);

/**
 * The pending reminders still showing (not expired), as all-day events with who and why. Every lookup
 * is by key (Maps built once), so the cost grows with the data, not with its square; the work is done
 * in slices between frames.
 */
export async function reminderEvents(data: BackupData, today: string): Promise<CalendarEvent[]> {
  const people = new Map(data.people.map((p) => [p.id, p]));
  const loops = new Map(data.loops.map((l) => [l.id, l]));
  const companies = new Map(data.companies.map((c) => [c.id, c]));
  const roles = new Map(data.participations.map((p) => [`${p.loopId}\u0000${p.personId}`, p.role]));
  return mapInSlices(data.reminders.filter(pending(today)), (r) => {
    const person = r.personId ? people.get(r.personId) : undefined;
    const loop = r.loopId ? loops.get(r.loopId) : undefined;
    const company = loop ? companies.get(loop.companyId) : undefined;
    const role = roles.get(`${r.loopId}\u0000${r.personId}`);
    const reason = reasonFor(r, { person, company, loop, participantRole: role });
    const loopLine = loop ? t('data_loop_name', { company: company?.name ?? '', role: loop.role }) : '';
    return {
      key: r.key,
      date: r.showOn,
      summary: t('data_event_summary', { what: t(kindKey(r.kind)), who: person?.name ?? loopLine }),
      description: [reasonText(reason, (key, values) => t(key as MessageKey, values)), loopLine]
        .filter(Boolean)
        .join('\n'),
    };
  });
}

/** The calendar, written event by event between frames (the same text as icalendar() gives). */
export async function calendarText(data: BackupData, now: Date): Promise<string> {
  const events = (await reminderEvents(data, localDate(now))).sort(byDateThenKey);
  const stamp = utcStamp(now);
  const parts = await mapInSlices(events, (event) => calendarEvent(event, stamp));
  return calendarStart({ name: t('data_calendar_name'), now }) + parts.join('') + CALENDAR_END;
}

export async function buildExport(kind: ExportKind, now = new Date()): Promise<ExportFile> {
  const data = await readSnapshot();
  const day = localDate(now);
  switch (kind) {
    case 'people-csv':
      return {
        fileName: `loopkeeper-people-${day}.csv`,
        text: peopleCsv(data, LABELS),
        type: 'text/csv;charset=utf-8',
      };
    case 'loops-csv':
      return {
        fileName: `loopkeeper-loops-${day}.csv`,
        text: loopsCsv(data, LABELS),
        type: 'text/csv;charset=utf-8',
      };
    case 'vcard':
      return {
        fileName: `loopkeeper-people-${day}.vcf`,
        text: vcards(data.people),
        type: 'text/vcard;charset=utf-8',
      };
    case 'icalendar': {
      const text = await calendarText(data, now);
      return { fileName: `loopkeeper-reminders-${day}.ics`, text, type: 'text/calendar;charset=utf-8' };
    }
  }
}
