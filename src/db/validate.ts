/**
 * Input schemas for the repository functions. Everything a repository writes passes through one of
 * these first, so bad input is refused with a clear message before a transaction opens.
 */
import * as v from 'valibot';
import { stripInvisible } from '../domain/invisible';
import { isCalendarDate } from '../domain/today';
import { LOOP_SOURCES, LOOP_STATUSES, PARTICIPANT_ROLES, TOUCH_CHANNELS } from '../domain/types';
import { ValidationError } from './errors';

/** Stored text never carries control or bidi-override characters, whichever page or paste it came from. */
const text = (max: number) =>
  v.pipe(
    v.string(),
    v.transform(stripInvisible),
    v.trim(),
    v.maxLength(max, `is longer than ${max} characters`),
  );
const required = (max: number) => v.pipe(text(max), v.minLength(1, 'is empty'));
export const calendarDate = v.pipe(
  v.string(),
  v.check(isCalendarDate, 'is not a calendar date (YYYY-MM-DD)'),
);
const id = v.pipe(v.string(), v.minLength(1, 'is empty'), v.maxLength(64));
const url = v.pipe(
  text(2000),
  v.check((value) => value === '' || /^https?:\/\/[^\s]+$/i.test(value), 'is not a web address'),
);
export const email = v.pipe(
  text(254),
  v.check((value) => /^[^\s@]+@[^\s@]+$/.test(value), 'is not an email address'),
);

export const CompanyInput = v.object({
  name: required(200),
  domain: v.optional(text(253)),
  linkedinUrl: v.optional(url),
  notes: v.optional(text(20_000), ''),
});

export const LoopInput = v.object({
  companyId: id,
  role: required(200),
  source: v.optional(v.picklist(LOOP_SOURCES)),
  status: v.optional(v.picklist(LOOP_STATUSES), 'applied'),
  on: v.optional(calendarDate),
  notes: v.optional(text(20_000), ''),
});

export const LoopPatch = v.partial(
  v.object({
    role: required(200),
    source: v.picklist(LOOP_SOURCES),
    notes: text(20_000),
    review: v.object({ wentWell: text(20_000), toImprove: text(20_000) }),
    offer: v.object({
      deadline: v.optional(calendarDate),
      notes: text(20_000),
      questions: v.pipe(v.array(text(1000)), v.maxLength(100)),
      toMeet: text(20_000),
      conversation: text(20_000),
    }),
  }),
);

export const StatusChangeInput = v.object({
  status: v.picklist(LOOP_STATUSES),
  on: calendarDate,
  deadline: v.optional(calendarDate),
});

export const PersonInput = v.object({
  name: required(120),
  headline: v.optional(text(300)),
  company: v.optional(text(200)),
  location: v.optional(text(200)),
  emails: v.optional(v.pipe(v.array(email), v.maxLength(20)), []),
  phone: v.optional(text(60)),
  profiles: v.optional(
    v.object({
      linkedin: v.optional(url),
      github: v.optional(url),
      other: v.optional(v.pipe(v.array(url), v.maxLength(20)), []),
    }),
    { other: [] },
  ),
  connected: v.optional(v.boolean(), false),
  notes: v.optional(text(20_000), ''),
  tags: v.optional(v.pipe(v.array(required(60)), v.maxLength(50)), []),
  captured: v.optional(v.object({ url: text(2000), on: v.number() })),
});

export const PersonPatch = v.partial(PersonInput);

export const ParticipationInput = v.object({
  loopId: id,
  personId: id,
  role: v.optional(v.picklist(PARTICIPANT_ROLES), 'interviewer'),
  hitItOff: v.optional(v.boolean(), false),
  met: v.optional(v.pipe(v.array(calendarDate), v.maxLength(200)), []),
  notes: v.optional(text(20_000), ''),
});

export const ParticipationPatch = v.partial(
  v.object({
    role: v.picklist(PARTICIPANT_ROLES),
    hitItOff: v.boolean(),
    met: v.pipe(v.array(calendarDate), v.maxLength(200)),
    notes: text(20_000),
  }),
);

export const TouchInput = v.object({
  personId: id,
  on: calendarDate,
  channel: v.picklist(TOUCH_CHANNELS),
  loopId: v.optional(id),
  note: v.optional(text(2000), ''),
});

/** Parses `input` with `schema`, or throws a ValidationError naming the first problem in words. */
export function parse<S extends v.GenericSchema>(what: string, schema: S, input: unknown): v.InferOutput<S> {
  const result = v.safeParse(schema, input);
  if (result.success) return result.output;
  const issue = result.issues[0];
  const path = issue?.path?.map((item) => String(item.key)).join('.') ?? '';
  const field = path ? ` ${path}` : '';
  throw new ValidationError(`${what}${field} ${issue?.message ?? 'is not valid'}.`);
}
