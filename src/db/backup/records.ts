/**
 * The exact shape of every record a backup may hold, table by table. Strict: a field the database never
 * writes is refused, so a file cannot smuggle anything in. These schemas only check; records are kept
 * exactly as they are in the file, so a restore gives back the same database.
 */
import * as v from 'valibot';
import { isCalendarDate } from '../../domain/today';
import {
  DEFAULT_SETTINGS,
  LOOP_SOURCES,
  LOOP_STATUSES,
  PARTICIPANT_ROLES,
  REMINDER_KINDS,
  REMINDER_STATUSES,
  type Settings,
  TOUCH_CHANNELS,
} from '../../domain/types';
import type { TableName } from './format';

const text = (max: number) => v.pipe(v.string(), v.maxLength(max, `is longer than ${max} characters`));
const filled = (max: number) => v.pipe(text(max), v.minLength(1, 'is empty'));
const id = v.pipe(v.string(), v.minLength(1, 'is empty'), v.maxLength(64, 'is longer than 64 characters'));
const date = v.pipe(v.string(), v.check(isCalendarDate, 'is not a calendar date (YYYY-MM-DD)'));
const instant = v.pipe(
  v.number(),
  v.integer('is not a whole number'),
  v.minValue(0, 'is negative'),
  v.maxValue(8.64e15, 'is not a time'),
);
const webAddress = v.pipe(text(2000), v.regex(/^https?:\/\/\S+$/i, 'is not a web address'));
const email = v.pipe(text(254), v.regex(/^[^\s@]+@[^\s@]+$/, 'is not an email address'));
const list = <T extends v.GenericSchema>(item: T, max: number) =>
  v.pipe(v.array(item), v.maxLength(max, `has more than ${max} entries`));

const statusChange = v.strictObject({
  status: v.picklist(LOOP_STATUSES, 'is not a loop status'),
  on: date,
  deadline: v.optional(date),
});

export const CompanyRecord = v.strictObject({
  id,
  name: filled(200),
  nameKey: filled(200),
  domain: v.optional(text(253)),
  linkedinUrl: v.optional(text(2000)),
  notes: text(20_000),
  createdAt: instant,
  updatedAt: instant,
});

export const LoopRecord = v.strictObject({
  id,
  companyId: id,
  role: filled(200),
  source: v.optional(v.picklist(LOOP_SOURCES, 'is not a source')),
  status: v.picklist(LOOP_STATUSES, 'is not a loop status'),
  history: v.pipe(v.array(statusChange), v.minLength(1, 'is empty'), v.maxLength(200)),
  offer: v.optional(
    v.strictObject({
      deadline: v.optional(date),
      notes: text(20_000),
      questions: list(text(1000), 100),
      toMeet: text(20_000),
      conversation: text(20_000),
    }),
  ),
  notes: text(20_000),
  review: v.strictObject({ wentWell: text(20_000), toImprove: text(20_000) }),
  createdAt: instant,
  updatedAt: instant,
});

export const PersonRecord = v.strictObject({
  id,
  name: filled(120),
  nameKey: text(120),
  headline: v.optional(text(300)),
  company: v.optional(text(200)),
  location: v.optional(text(200)),
  emails: list(email, 20),
  phone: v.optional(text(60)),
  profiles: v.strictObject({
    linkedin: v.optional(webAddress),
    github: v.optional(webAddress),
    other: list(webAddress, 20),
  }),
  profileKeys: list(text(2000), 30),
  nameWords: list(text(120), 100),
  connected: v.boolean(),
  notes: text(20_000),
  tags: list(filled(60), 50),
  captured: v.optional(v.strictObject({ url: text(2000), on: instant })),
  createdAt: instant,
  updatedAt: instant,
});

export const ParticipationRecord = v.strictObject({
  id,
  loopId: id,
  personId: id,
  role: v.picklist(PARTICIPANT_ROLES, 'is not a role'),
  hitItOff: v.boolean(),
  met: list(date, 200),
  notes: text(20_000),
  createdAt: instant,
});

export const TouchRecord = v.strictObject({
  id,
  personId: id,
  on: date,
  channel: v.picklist(TOUCH_CHANNELS, 'is not a channel'),
  loopId: v.optional(id),
  note: text(2000),
  createdAt: instant,
});

export const ReminderRecord = v.strictObject({
  id,
  key: filled(400),
  kind: v.picklist(REMINDER_KINDS, 'is not a kind of reminder'),
  loopId: v.nullable(id),
  personId: v.nullable(id),
  anchor: text(100),
  due: date,
  showOn: date,
  expiresOn: v.optional(date),
  status: v.picklist(REMINDER_STATUSES, 'is not a reminder status'),
  closedOn: v.optional(date),
  createdAt: instant,
  updatedAt: instant,
});

export const TemplateRecord = v.strictObject({
  kind: v.picklist(REMINDER_KINDS, 'is not a kind of reminder'),
  subject: text(500),
  body: text(20_000),
  updatedAt: instant,
});

const interval = v.pipe(v.number(), v.integer('is not a whole number'), v.minValue(0), v.maxValue(3650));
const intervals = Object.fromEntries(Object.keys(DEFAULT_SETTINGS.intervals).map((key) => [key, interval]));

/** Every Settings field: a field added to Settings without a rule here fails the typecheck. */
const settingsFields = {
  myName: text(120),
  signature: text(2000),
  myEmails: list(email, 20),
  skipWeekends: v.boolean(),
  intervals: v.strictObject(intervals as Record<keyof Settings['intervals'], typeof interval>),
  notificationTime: v.pipe(v.string(), v.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'is not a time (HH:MM)')),
  notificationsEnabled: v.boolean(),
  profileButton: v.boolean(),
  backupReminderDays: interval,
} satisfies Record<keyof Settings, v.GenericSchema>;

export const SettingsRecord = v.strictObject({
  id: v.literal('settings', 'is not "settings"'),
  ...settingsFields,
});

export const MetaRecord = v.strictObject({
  key: v.pipe(v.string(), v.regex(/^[A-Za-z][A-Za-z0-9]{0,59}$/, 'is not a setting name')),
  value: v.union(
    [text(1000), v.boolean(), v.pipe(v.number(), v.finite())],
    'is not text, a number or yes/no',
  ),
});

export const RECORD_SCHEMAS: Record<TableName, v.GenericSchema> = {
  companies: CompanyRecord,
  loops: LoopRecord,
  people: PersonRecord,
  participations: ParticipationRecord,
  touches: TouchRecord,
  reminders: ReminderRecord,
  templates: TemplateRecord,
  settings: SettingsRecord,
  meta: MetaRecord,
};
