/**
 * The objects of Loopkeeper (see PRODUCT.md "Objects"). Pure types and constant lists only:
 * no browser API, no Dexie, no DOM. Dates the user thinks in are local calendar dates ('YYYY-MM-DD');
 * instants (when a record was written) are epoch milliseconds.
 */

/** A local calendar date, 'YYYY-MM-DD'. Never a timestamp. */
export type CalendarDate = string;
/** Epoch milliseconds: when something was written, not when something is due. */
export type Instant = number;
export type Id = string;

export const ACTIVE_STATUSES = ['applied', 'screening', 'interviewing', 'final-round'] as const;
export const OUTCOME_STATUSES = ['offer', 'accepted', 'declined', 'rejected', 'withdrawn'] as const;
export const LOOP_STATUSES = [...ACTIVE_STATUSES, ...OUTCOME_STATUSES] as const;
export type ActiveStatus = (typeof ACTIVE_STATUSES)[number];
export type LoopStatus = (typeof LOOP_STATUSES)[number];

export const PARTICIPANT_ROLES = [
  'hiring-manager',
  'hr',
  'recruiter',
  'interviewer',
  'executive',
  'peer',
  'other',
] as const;
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];

export const LOOP_SOURCES = ['recruiter', 'referral', 'job-board', 'network', 'other'] as const;
export type LoopSource = (typeof LOOP_SOURCES)[number];

export const TOUCH_CHANNELS = ['email', 'call', 'linkedin', 'meeting', 'other'] as const;
export type TouchChannel = (typeof TOUCH_CHANNELS)[number];

export const REMINDER_KINDS = [
  'thank-you',
  'rejection-follow-up',
  'linkedin-connect',
  'rapport-call',
  'process-review',
  'consulting-offer',
  'five-month-check-in',
  'progress-update',
  'offer-questions',
  'offer-meet-more-people',
  'offer-hiring-manager',
  'offer-decision',
  'new-job-announcement',
] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

/**
 * open: waiting (shown from `showOn`); snoozed: open but pushed to a later `showOn`;
 * done, dismissed: the user's decision, kept as history; expired: a thank-you left open too long;
 * obsolete: its loop was accepted, so it no longer applies (kept for the timeline).
 */
export const REMINDER_STATUSES = ['open', 'snoozed', 'done', 'dismissed', 'expired', 'obsolete'] as const;
export type ReminderStatus = (typeof REMINDER_STATUSES)[number];
/** Statuses that still ask something of the user. */
export const PENDING_STATUSES = ['open', 'snoozed'] as const satisfies readonly ReminderStatus[];

export interface Company {
  id: Id;
  name: string;
  /** Lower-cased, whitespace-collapsed name: the unique key that stops "Acme" and "acme " being two companies. */
  nameKey: string;
  domain?: string;
  linkedinUrl?: string;
  notes: string;
  createdAt: Instant;
  updatedAt: Instant;
}

/** One dated status change; the loop's history is these in order, the last being the current status. */
export interface StatusChange {
  status: LoopStatus;
  on: CalendarDate;
  /** Only on an `offer` change: the decision deadline, if the company gave one. */
  deadline?: CalendarDate;
}

export interface OfferDetails {
  deadline?: CalendarDate;
  notes: string;
  /** The probing questions the user means to ask (starts from a list of defaults they edit). */
  questions: string[];
  /** People still to meet and offices to visit. */
  toMeet: string;
  /** Notes for the frank conversation with the hiring manager about shaping the role and offer. */
  conversation: string;
}

export interface LoopReview {
  wentWell: string;
  toImprove: string;
}

export interface Loop {
  id: Id;
  companyId: Id;
  /** The role title, e.g. "VP Marketing". */
  role: string;
  source?: LoopSource;
  /** Always equal to the last entry of `history` (denormalised for the status index). */
  status: LoopStatus;
  history: StatusChange[];
  offer?: OfferDetails;
  notes: string;
  review: LoopReview;
  createdAt: Instant;
  /** Bumped on every change to the loop, its people, meetings or touches: "newest activity first". */
  updatedAt: Instant;
}

export interface ProfileLinks {
  linkedin?: string;
  github?: string;
  other: string[];
}

export interface Person {
  id: Id;
  name: string;
  /** Normalised name for lookups (lower case, accents folded, whitespace collapsed). */
  nameKey: string;
  headline?: string;
  company?: string;
  location?: string;
  emails: string[];
  phone?: string;
  profiles: ProfileLinks;
  /** Canonical profile URLs (see domain/urls), indexed multi-entry for "already saved?" lookups. */
  profileKeys: string[];
  /** Every word of the name in every spelling a user may type (domain/names `searchKeys`), indexed multi-entry for search. */
  nameWords: string[];
  connected: boolean;
  notes: string;
  tags: string[];
  captured?: { url: string; on: Instant };
  createdAt: Instant;
  updatedAt: Instant;
}

export interface Participation {
  id: Id;
  loopId: Id;
  personId: Id;
  role: ParticipantRole;
  hitItOff: boolean;
  /** The calendar dates the user met this person in this loop, sorted, unique. */
  met: CalendarDate[];
  notes: string;
  /** Order within the loop ("the first hiring manager"): creation time. */
  createdAt: Instant;
}

export interface Touch {
  id: Id;
  personId: Id;
  on: CalendarDate;
  channel: TouchChannel;
  loopId?: Id;
  note: string;
  createdAt: Instant;
}

export interface Reminder {
  id: Id;
  /** Stable identity: kind|loop|person|anchor (see domain/playbook). Unique. */
  key: string;
  kind: ReminderKind;
  loopId: Id | null;
  personId: Id | null;
  /** What the reminder hangs on (a meeting date, an outcome, a series) — part of the key. */
  anchor: string;
  /** The date the rule gives. */
  due: CalendarDate;
  /** The date the reminder shows up: `due`, or later when snoozed. Indexed with status. */
  showOn: CalendarDate;
  /** For thank-you: still open on this date means expired (not shown). */
  expiresOn?: CalendarDate;
  status: ReminderStatus;
  /** When the user closed it (done or dismissed). */
  closedOn?: CalendarDate;
  createdAt: Instant;
  updatedAt: Instant;
}

export interface Template {
  kind: ReminderKind;
  subject: string;
  body: string;
  updatedAt: Instant;
}

export interface PlaybookIntervals {
  thankYouDays: number;
  thankYouExpiryDays: number;
  rejectionFollowUpDays: number;
  linkedinConnectDays: number;
  rapportCallDays: number;
  processReviewDays: number;
  consultingOfferDays: number;
  checkInMonths: number;
  progressUpdateWeeks: number;
  offerQuestionsDays: number;
  offerMeetMorePeopleDays: number;
  offerHiringManagerDays: number;
  offerDecisionDaysBefore: number;
  newJobAnnouncementDays: number;
}

export interface Settings {
  myName: string;
  signature: string;
  /** The user's own email addresses: to recognise the user among the guests of an invite. */
  myEmails: string[];
  skipWeekends: boolean;
  intervals: PlaybookIntervals;
  /** 'HH:MM', local time of the daily notification. */
  notificationTime: string;
  notificationsEnabled: boolean;
  /** The "Save to Loopkeeper" button on LinkedIn and GitHub profile pages. */
  profileButton: boolean;
  /** Remind to back up when the last backup is older than this many days (0: never). */
  backupReminderDays: number;
}

export const DEFAULT_INTERVALS: PlaybookIntervals = {
  thankYouDays: 0,
  thankYouExpiryDays: 14,
  rejectionFollowUpDays: 1,
  linkedinConnectDays: 2,
  rapportCallDays: 3,
  processReviewDays: 7,
  consultingOfferDays: 30,
  checkInMonths: 5,
  progressUpdateWeeks: 8,
  offerQuestionsDays: 1,
  offerMeetMorePeopleDays: 3,
  offerHiringManagerDays: 5,
  offerDecisionDaysBefore: 1,
  newJobAnnouncementDays: 7,
};

export const DEFAULT_SETTINGS: Settings = {
  myName: '',
  signature: '',
  myEmails: [],
  skipWeekends: true,
  intervals: DEFAULT_INTERVALS,
  notificationTime: '09:00',
  notificationsEnabled: true,
  profileButton: true,
  backupReminderDays: 30,
};
