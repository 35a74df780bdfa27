import * as v from 'valibot';
import { DEFAULT_SETTINGS, type Settings } from '../domain/types';
import { database } from './database';
import { write } from './transaction';
import { email, parse } from './validate';

const interval = v.pipe(v.number(), v.integer('is not a whole number'), v.minValue(0), v.maxValue(3650));

const SettingsPatch = v.partial(
  v.object({
    myName: v.pipe(v.string(), v.trim(), v.maxLength(120)),
    signature: v.pipe(v.string(), v.maxLength(2000)),
    myEmails: v.pipe(v.array(email), v.maxLength(20, 'has more than 20 addresses')),
    skipWeekends: v.boolean(),
    intervals: v.partial(
      v.object(
        Object.fromEntries(Object.keys(DEFAULT_SETTINGS.intervals).map((key) => [key, interval])) as Record<
          keyof Settings['intervals'],
          typeof interval
        >,
      ),
    ),
    notificationTime: v.pipe(v.string(), v.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'is not a time (HH:MM)')),
    notificationsEnabled: v.boolean(),
    profileButton: v.boolean(),
    backupReminderDays: interval,
  }),
);

/** The user's settings, with defaults for anything not yet chosen (also for older saved rows). */
export async function getSettings(): Promise<Settings> {
  const row = await database().settings.get('settings');
  if (!row) return structuredClone(DEFAULT_SETTINGS);
  const { id: _id, ...saved } = row;
  return {
    ...DEFAULT_SETTINGS,
    ...saved,
    myEmails: [...(saved.myEmails ?? [])],
    intervals: { ...DEFAULT_SETTINGS.intervals, ...saved.intervals },
  };
}

/** Saves some settings; a change to the playbook's rules replans every loop in the same transaction. */
export async function updateSettings(input: unknown): Promise<Settings> {
  const patch = parse('Settings', SettingsPatch, input);
  return write(async (affected) => {
    const current = await getSettings();
    const next: Settings = { ...current, ...patch, intervals: { ...current.intervals, ...patch.intervals } };
    // One address once, whatever its case: "Me@x.com" and "me@x.com" are the same inbox.
    const seen = new Set<string>();
    next.myEmails = next.myEmails.filter((address) => {
      const key = address.toLowerCase();
      return !seen.has(key) && seen.add(key);
    });
    await database().settings.put({ id: 'settings', ...next });
    if (patch.intervals || patch.skipWeekends !== undefined) affected.all = true;
    return next;
  });
}
