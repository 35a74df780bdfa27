/**
 * The typed catalogue of messages between the contexts: extension pages and content scripts ask, the
 * service worker's router answers. Each message names who may send it and the shape of its payload;
 * the router validates both before acting (src/background/router.ts).
 */
import * as v from 'valibot';
import { isCalendarDate, localDate } from './domain/today';
import {
  ACTIVE_STATUSES,
  type CalendarDate,
  PARTICIPANT_ROLES,
  type Reminder,
  TOUCH_CHANNELS,
} from './domain/types';

/** extension: one of our own pages (popup, dashboard, capture panel); content: our content script, top frame. */
export type SenderKind = 'extension' | 'content';

/** What the extractor recognised, as the content script hands it over (lengths capped as the DB caps them). */
const capText = (max: number) => v.optional(v.pipe(v.string(), v.maxLength(max)));
const CapturedPerson = v.object({
  name: v.pipe(v.string(), v.maxLength(120)),
  title: capText(300),
  company: capText(200),
  location: capText(200),
  profileUrl: capText(2000),
  email: capText(254),
});
export const CaptureExtraction = v.object({
  pageUrl: v.pipe(v.string(), v.maxLength(2000)),
  /** How the user asked: right-click on the page, on a link, on a selection, or the profile button. */
  via: v.picklist(['page', 'link', 'selection', 'button']),
  subject: v.nullable(CapturedPerson),
  people: v.pipe(v.array(CapturedPerson), v.maxLength(200)),
  company: v.nullable(
    v.object({
      name: v.pipe(v.string(), v.maxLength(200)),
      domain: capText(253),
      linkedinUrl: capText(2000),
    }),
  ),
});
export type CapturedPerson = v.InferOutput<typeof CapturedPerson>;
export type CaptureExtraction = v.InferOutput<typeof CaptureExtraction>;
const token = v.object({ token: v.pipe(v.string(), v.minLength(8), v.maxLength(64)) });
const PersonQuery = v.object({
  name: v.pipe(v.string(), v.maxLength(120)),
  company: capText(200),
  profileUrl: capText(2000),
});
/** A day the user met someone: a real calendar date, not after today (the worker's clock is the user's). */
const meetingDay = v.pipe(
  v.string(),
  v.check(isCalendarDate, 'Choose the date you met as a calendar date.'),
  v.check((day) => day <= localDate(), 'The date you met cannot be in the future.'),
);
/** The id the capture panel gives one save, so pressing Save again never saves twice. */
const saveId = v.pipe(v.string(), v.uuid());
/** What the capture panel saves: each person (new, or merged into a saved one), the loop, the meeting. */
export const CaptureSave = v.object({
  saveId,
  pageUrl: v.pipe(v.string(), v.maxLength(2000)),
  people: v.pipe(
    v.array(v.object({ person: CapturedPerson, personId: v.optional(v.pipe(v.string(), v.maxLength(64))) })),
    v.minLength(1),
    v.maxLength(200),
  ),
  loop: v.union([
    v.object({ loopId: v.pipe(v.string(), v.minLength(1), v.maxLength(64)) }),
    v.object({
      company: v.pipe(v.string(), v.maxLength(200)),
      role: v.pipe(v.string(), v.maxLength(200)),
      domain: capText(253),
      linkedinUrl: capText(2000),
    }),
  ]),
  role: v.picklist(PARTICIPANT_ROLES),
  hitItOff: v.boolean(),
  /** When they met: today, an earlier day, or none yet (then no thank-you is planned). */
  met: v.pipe(v.array(meetingDay), v.maxLength(10)),
});
export type CaptureSave = v.InferOutput<typeof CaptureSave>;
/** A company page with nobody on it: start a loop at the company, without a person yet. */
const CaptureStartLoop = v.object({
  company: v.object({
    name: v.pipe(v.string(), v.maxLength(200)),
    domain: capText(253),
    linkedinUrl: capText(2000),
  }),
  role: v.pipe(v.string(), v.maxLength(200)),
  status: v.picklist(ACTIVE_STATUSES),
});
/** A thank-you the save planned, for the panel's "Write thank-you now". */
export interface PlannedThankYou {
  reminderId: string;
  name: string;
  due: CalendarDate;
}
/** A saved person the panel may offer to use instead of saving a duplicate. */
export interface KnownPerson {
  id: string;
  name: string;
  headline?: string;
  company?: string;
}
/** An open loop (offer stage included) to add people to, most recent first. */
export interface LoopOption {
  id: string;
  company: string;
  role: string;
}
const tabId = v.object({ tabId: v.pipe(v.number(), v.integer(), v.minValue(0)) });

/** What the worker tells a content script (through tabs.sendMessage); not routed, so not in MESSAGES. */
export type ToContent =
  | { type: 'loopkeeper-close-frame'; frame: 'panel' | 'note' }
  | { type: 'loopkeeper-size-panel'; height: number };

/**
 * What the worker tells every open page (popup, dashboard, capture panel) after a message of theirs
 * changed the data, so each shows the result at once; not routed. A page's own 'data-changed' reaches
 * the other pages directly (runtime messages go to every frame of the extension but the sender's).
 */
export const DATA_CHANGED_BROADCAST = 'loopkeeper-data-changed';
/** The messages whose handler writes to the database: their success is told to the open pages. */
export const WRITING_MESSAGES: readonly MessageName[] = [
  'capture-save',
  'capture-undo',
  'capture-start-loop',
  'reminder-act',
  'reminder-undo',
  'reminder-act-many',
  'reminder-undo-many',
  'composer-set-name',
  'composer-add-email',
];

/** The popup's actions on a reminder, run by the worker (see src/background/reminder-handlers.ts). */
const reminderId = v.pipe(v.string(), v.minLength(1), v.maxLength(64));
const day = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/));
const ReminderActionSchema = v.variant('type', [
  v.object({ type: v.literal('done') }),
  v.object({ type: v.literal('sent'), channel: v.picklist(TOUCH_CHANNELS) }),
  v.object({ type: v.literal('snooze'), until: day }),
  v.object({ type: v.literal('dismiss') }),
]);
const ReminderAct = v.object({ id: reminderId, on: day, action: ReminderActionSchema });
/** A group's one action ("Mark all sent" for a loop's open messages): at most a popup's page of them. */
const ReminderActMany = v.object({
  on: day,
  items: v.pipe(
    v.array(v.object({ id: reminderId, action: ReminderActionSchema })),
    v.minLength(1),
    v.maxLength(200),
  ),
});
/** The record as it was before an action (checked in full by reopenReminder) and the touch it logged. */
const ReminderUndo = v.object({
  id: reminderId,
  undo: v.object({ previous: v.looseObject({ id: reminderId }), touchId: v.optional(reminderId) }),
});
const ReminderUndoMany = v.object({ items: v.pipe(v.array(ReminderUndo), v.minLength(1), v.maxLength(200)) });
export type ReminderAction = v.InferOutput<typeof ReminderAct>['action'];

export const MESSAGES = {
  /** Data changed in a page: refresh the badge (and anything else derived from the database). */
  'data-changed': { from: ['extension'], payload: v.object({}) },
  /** The settings changed: re-create the daily alarm at the new time. */
  'settings-changed': { from: ['extension'], payload: v.object({}) },
  /** The content script recognised a page and wants the capture panel: the worker keeps it under a token. */
  'capture-start': { from: ['content'], payload: CaptureExtraction },
  /** The capture panel takes the pending capture its URL names (once). */
  'capture-take': { from: ['extension'], payload: token },
  /** The capture panel (or the note) asks to be removed from the page it sits on. */
  'capture-close': { from: ['extension'], payload: v.object({ frame: v.picklist(['panel', 'note']) }) },
  /** The capture panel asks for the height its content needs (the frame fits it, within the window). */
  'capture-resize': {
    from: ['extension'],
    payload: v.object({ height: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10_000)) }),
  },
  /** The profile button asks whether to show itself, and whether this person is already saved. */
  'profile-status': {
    from: ['content'],
    payload: v.object({ profileUrl: v.pipe(v.string(), v.maxLength(2000)) }),
  },
  /** The capture panel asks which saved people match what it shows (same profile, or name at company). */
  'capture-known': {
    from: ['extension'],
    payload: v.object({ people: v.pipe(v.array(PersonQuery), v.maxLength(200)) }),
  },
  /** The capture panel saves people into a loop (a new one at the page's company, or an active one). */
  'capture-save': { from: ['extension'], payload: CaptureSave },
  /** The capture panel asks, after the worker stopped mid-save, whether the save with this id landed. */
  'capture-save-status': { from: ['extension'], payload: v.object({ saveId }) },
  /** The capture panel's Undo: removes what the save behind this one-time token created, in one transaction. */
  'capture-undo': { from: ['extension'], payload: token },
  /** The capture panel's "Write thank-you now": the worker opens the composer on that reminder in a tab. */
  'capture-write': { from: ['extension'], payload: v.object({ reminderId }) },
  /** The capture panel starts a loop at the page's company, with no person yet. */
  'capture-start-loop': { from: ['extension'], payload: CaptureStartLoop },
  /** The "already saved" note frame takes the text its URL's token stands for (once). */
  'note-take': { from: ['extension'], payload: token },
  /** The popup asks what the active tab shows (the popup's opening grants activeTab). */
  'capture-peek': { from: ['extension'], payload: tabId },
  /** The popup asks to open the capture panel in that tab. */
  'capture-open': { from: ['extension'], payload: tabId },
  /** The popup marks a reminder done or sent, snoozes or dismisses it; the worker acts and recounts the badge. */
  'reminder-act': { from: ['extension'], payload: ReminderAct },
  /** The popup's Undo: the reminder back as it was, and the touch its completion logged removed. */
  'reminder-undo': { from: ['extension'], payload: ReminderUndo },
  /** The composer: the user gives their name where a draft lacks a signature (saved to settings). */
  'composer-set-name': {
    from: ['extension'],
    payload: v.object({ name: v.pipe(v.string(), v.maxLength(120)) }),
  },
  /** The composer: an email address for the person written to, who had none. */
  'composer-add-email': {
    from: ['extension'],
    payload: v.object({ personId: reminderId, email: v.pipe(v.string(), v.maxLength(254)) }),
  },
  /** Several reminders at once (a group's "Mark all sent"), all or none, with one badge recount. */
  'reminder-act-many': { from: ['extension'], payload: ReminderActMany },
  /** The Undo of a batch: every reminder back as it was, every touch it logged removed, all or none. */
  'reminder-undo-many': { from: ['extension'], payload: ReminderUndoMany },
} as const satisfies Record<string, { from: readonly SenderKind[]; payload: v.GenericSchema }>;

export type MessageName = keyof typeof MESSAGES;
export type PayloadOf<N extends MessageName> = v.InferOutput<(typeof MESSAGES)[N]['payload']>;

/** What each message answers with. */
export interface Replies {
  'reminder-act': { reminder: Reminder; undo: { previous: Reminder; touchId?: string } };
  'reminder-undo': { ok: true };
  'composer-set-name': { myName: string; signature: string };
  'composer-add-email': { emails: string[] };
  'reminder-act-many': Replies['reminder-act'][];
  'reminder-undo-many': { ok: true };
  'data-changed': { badge: number };
  'settings-changed': { ok: true };
  'capture-start': { token: string };
  'capture-take': { extraction: CaptureExtraction; loops: LoopOption[] } | null;
  'capture-known': KnownPerson[][];
  'capture-save': {
    company: string;
    loopRole: string;
    saved: string[];
    /** People already in the loop whose meeting this save recorded (saved before the interview). */
    meetingAdded: string[];
    /** People already in the loop, left as they were. */
    alreadyInLoop: string[];
    /** The meeting dates recorded (none: the user has not met them yet, so no thank-you). */
    met: CalendarDate[];
    /** The thank-yous this save planned that are still to write (one per person met). */
    thankYous: PlannedThankYou[];
    /** Takes back exactly what this save did (capture-undo); absent when it saved nobody. */
    undoToken?: string;
  };
  /** The save with that id, as it landed (with a fresh Undo token), or null: nothing of it was stored. */
  'capture-save-status': { saved: Replies['capture-save'] | null };
  'capture-undo': { undone: boolean };
  'capture-write': { ok: true };
  'capture-start-loop': { loopId: string; company: string; loopRole: string; existing: boolean };
  'capture-close': { ok: true };
  'capture-resize': { ok: true };
  'profile-status': { show: boolean; noteToken?: string };
  'note-take': { text: string } | null;
  'capture-peek': { kind: 'person' | 'company' | 'people' | 'none'; name?: string; count?: number };
  'capture-open': { ok: true };
}

export interface Envelope<N extends MessageName = MessageName> {
  type: N;
  payload: PayloadOf<N>;
}

/** The router's answer: the reply, or an error message in words for the user. */
export type Result<N extends MessageName> = { ok: true; reply: Replies[N] } | { ok: false; error: string };

/**
 * The message never got its answer: the browser stopped the service worker (or it was restarting)
 * before it replied — Chromium's "message channel closed before a response was received". Whether the
 * work was done is unknown to the sender; pages say so in words (src/i18n/failure.ts) and, where it
 * matters, ask (capture-save-status).
 */
export class MessageLostError extends Error {
  override name = 'MessageLostError';
}

interface RuntimeApi {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
}

/**
 * Sends a message to the service worker and returns its reply, or throws its error in words. Uses the
 * browser's promise-returning runtime directly (Chrome's `chrome`, Firefox's `browser`), so the content
 * script need not carry the polyfill.
 */
export async function send<N extends MessageName>(type: N, payload: PayloadOf<N>): Promise<Replies[N]> {
  const scope = globalThis as { browser?: RuntimeApi; chrome?: RuntimeApi };
  const api = scope.browser ?? scope.chrome;
  if (!api) throw new Error('Loopkeeper can only send messages inside the extension.');
  let result: Result<N>;
  try {
    result = (await api.runtime.sendMessage({ type, payload } satisfies Envelope<N>)) as Result<N>;
  } catch (error) {
    throw new MessageLostError(error instanceof Error ? error.message : String(error));
  }
  if (!result || typeof result !== 'object')
    throw new Error('Loopkeeper’s background service did not answer.');
  if (!result.ok) throw new Error(result.error);
  return result.reply;
}
