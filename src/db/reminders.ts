import * as v from 'valibot';
import { maxDate } from '../domain/dates';
import { defaultChannel, isMessageKind } from '../domain/playbook/kinds';
import {
  type CalendarDate,
  type Id,
  REMINDER_KINDS,
  REMINDER_STATUSES,
  type Reminder,
  type ReminderStatus,
  TOUCH_CHANNELS,
  type Touch,
} from '../domain/types';
import { database } from './database';
import { NotFoundError, ValidationError } from './errors';
import { newId, write } from './transaction';
import { calendarDate, parse } from './validate';

/**
 * Open and snoozed reminders showing on or before `until`, earliest first, read through the
 * [status+showOn] index (never a table scan). Expired thank-yous are left out by date, so a read
 * sees expiry even before the daily pass has marked it.
 */
export async function listPendingReminders(until: CalendarDate, today: CalendarDate): Promise<Reminder[]> {
  const db = database();
  const ranges = await Promise.all(
    (['open', 'snoozed'] as const).map((status) =>
      db.reminders.where('[status+showOn]').between([status, ''], [status, until], true, true).toArray(),
    ),
  );
  return ranges
    .flat()
    .filter((reminder) => !reminder.expiresOn || reminder.expiresOn > today)
    .sort((a, b) => (a.showOn < b.showOn ? -1 : a.showOn > b.showOn ? 1 : a.kind.localeCompare(b.kind)));
}

export async function listRemindersOfLoop(loopId: string): Promise<Reminder[]> {
  return database().reminders.where('loopId').equals(loopId).sortBy('due');
}

export async function listRemindersOfPerson(personId: string): Promise<Reminder[]> {
  return database().reminders.where('personId').equals(personId).sortBy('due');
}

/** Everything needed to undo an action on a reminder: the record as it was, and a touch it logged. */
export interface ReminderUndo {
  previous: Reminder;
  touchId?: Id;
  /** Completing a LinkedIn connection marks the person connected; undo clears the flag again. */
  markedConnected?: Id;
}

export interface ReminderChange {
  reminder: Reminder;
  undo: ReminderUndo;
}

/**
 * `logTouch: false` closes a message reminder without recording that a message went out (the user
 * handled it another way); by default a done message logs a touch on `channel`.
 */
const CompleteInput = v.object({
  on: calendarDate,
  channel: v.optional(v.picklist(TOUCH_CHANNELS)),
  logTouch: v.optional(v.boolean()),
});
const DismissInput = v.object({ on: calendarDate });

const ReminderRecord = v.object({
  id: v.pipe(v.string(), v.minLength(1)),
  key: v.pipe(v.string(), v.minLength(1), v.maxLength(400)),
  kind: v.picklist(REMINDER_KINDS),
  loopId: v.nullable(v.string()),
  personId: v.nullable(v.string()),
  anchor: v.string(),
  due: calendarDate,
  showOn: calendarDate,
  expiresOn: v.optional(calendarDate),
  status: v.picklist(REMINDER_STATUSES),
  closedOn: v.optional(calendarDate),
  createdAt: v.number(),
  updatedAt: v.number(),
});
const UndoInput = v.object({
  previous: ReminderRecord,
  touchId: v.optional(v.pipe(v.string(), v.minLength(1))),
  markedConnected: v.optional(v.pipe(v.string(), v.minLength(1))),
});

/** Statuses an action may start from: still asking something of the user (an expired thank-you may still be sent). */
const ACTIONABLE = new Set<ReminderStatus>(['open', 'snoozed', 'expired']);

async function actionable(id: string): Promise<Reminder> {
  const reminder = await database().reminders.get(id);
  if (!reminder) throw new NotFoundError('That reminder is no longer there.');
  if (!ACTIONABLE.has(reminder.status))
    throw new ValidationError(`That reminder is already ${reminder.status}.`);
  return reminder;
}

/**
 * Marks a reminder done on `on`. For a message to a person (see domain/playbook/kinds) it also logs a
 * touch with that person on `on`, in the same transaction: that is what moves the person's
 * progress-update series on (its next occurrence counts from this touch). Returns what undo needs.
 */
export async function completeReminder(id: string, input: unknown): Promise<ReminderChange> {
  const data = parse('Done', CompleteInput, input);
  return write(async (affected) => {
    const db = database();
    const previous = await actionable(id);
    const reminder: Reminder = { ...previous, status: 'done', closedOn: data.on, updatedAt: Date.now() };
    await db.reminders.put(reminder);
    const undo: ReminderUndo = { previous };
    const logsTouch = data.logTouch !== false && isMessageKind(previous.kind);
    if (previous.personId && logsTouch && (await db.people.get(previous.personId))) {
      const touch: Touch = {
        id: newId(),
        personId: previous.personId,
        on: data.on,
        channel: data.channel ?? defaultChannel(previous.kind),
        note: '',
        createdAt: Date.now(),
      };
      if (previous.loopId && (await db.loops.get(previous.loopId))) touch.loopId = previous.loopId;
      await db.touches.add(touch);
      undo.touchId = touch.id;
      affected.personIds.add(touch.personId);
    }
    if (previous.kind === 'linkedin-connect' && previous.personId) {
      const person = await db.people.get(previous.personId);
      if (person && !person.connected) {
        await db.people.update(person.id, { connected: true, updatedAt: Date.now() });
        undo.markedConnected = person.id;
        affected.personIds.add(person.id);
      }
    }
    return { reminder, undo };
  });
}

/** "Not for me": closed without a touch; kept as history, never planned again under the same key. */
export async function dismissReminder(id: string, input: unknown): Promise<ReminderChange> {
  const data = parse('Dismiss', DismissInput, input);
  return write(async () => {
    const previous = await actionable(id);
    const reminder: Reminder = { ...previous, status: 'dismissed', closedOn: data.on, updatedAt: Date.now() };
    await database().reminders.put(reminder);
    return { reminder, undo: { previous } };
  });
}

/**
 * Hides a reminder until `until` (never earlier than its due date). Reconciliation keeps a later
 * `showOn` when the due date moves. A thank-you still expires on its `expiresOn`.
 */
export async function snoozeReminder(id: string, until: unknown): Promise<ReminderChange> {
  const date = parse('Snooze date', calendarDate, until);
  return write(async () => {
    const previous = await actionable(id);
    if (previous.status === 'expired') throw new ValidationError('That reminder has expired.');
    const showOn = maxDate(date, previous.due);
    const reminder: Reminder = { ...previous, status: 'snoozed', showOn, updatedAt: Date.now() };
    await database().reminders.put(reminder);
    return { reminder, undo: { previous } };
  });
}

/**
 * Undo: puts back exactly the record an action replaced and deletes the touch that completion logged,
 * then reconciles (the series the touch had moved moves back).
 */
export async function reopenReminder(id: string, previous: unknown): Promise<Reminder> {
  const undo = parse('Undo', UndoInput, previous);
  if (undo.previous.id !== id) throw new ValidationError('Undo names another reminder.');
  return write(async (affected) => {
    const db = database();
    const current = await db.reminders.get(id);
    if (!current) throw new NotFoundError('That reminder is no longer there.');
    if (undo.touchId) {
      const touch = await db.touches.get(undo.touchId);
      if (touch) {
        await db.touches.delete(touch.id);
        affected.personIds.add(touch.personId);
      }
    }
    if (undo.markedConnected) {
      await db.people.update(undo.markedConnected, { connected: false, updatedAt: Date.now() });
      affected.personIds.add(undo.markedConnected);
    }
    const restored = { ...undo.previous } as Reminder;
    await db.reminders.put(restored);
    if (restored.loopId) affected.loopIds.add(restored.loopId);
    if (restored.personId) affected.personIds.add(restored.personId);
    return restored;
  });
}

/**
 * The daily pass: open or snoozed reminders whose `expiresOn` has come (thank-yous left open too
 * long) become `expired`. Reads open ones through [status+showOn] (an open reminder shows before it
 * expires) and the snoozed ones, which are few. Returns how many expired.
 */
export async function expireReminders(today: CalendarDate): Promise<number> {
  const date = parse('Today', calendarDate, today);
  const db = database();
  return db.transaction('rw', db.reminders, async () => {
    const [open, snoozed] = await Promise.all([
      db.reminders.where('[status+showOn]').between(['open', ''], ['open', date], true, true).toArray(),
      db.reminders.where('[status+showOn]').between(['snoozed', ''], ['snoozed', '\uffff']).toArray(),
    ]);
    const now = Date.now();
    const expired = [...open, ...snoozed]
      .filter((r) => r.expiresOn !== undefined && r.expiresOn <= date)
      .map((r): Reminder => ({ ...r, status: 'expired', updatedAt: now }));
    if (expired.length) await db.reminders.bulkPut(expired);
    return expired.length;
  });
}
