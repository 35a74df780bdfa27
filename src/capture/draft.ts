/**
 * The capture panel's model, as pure functions: what the page gave becomes editable drafts, a guess at
 * the person's role and loop, and after saving, the sentence that confirms it.
 */
import { nameKey } from '../domain/names';
import type { CalendarDate, ParticipantRole } from '../domain/types';
import { t } from '../i18n/i18n';
import type { CapturedPerson, CaptureExtraction, LoopOption, Replies } from '../messages';

export const FIELDS = ['name', 'title', 'company', 'location', 'profileUrl', 'email'] as const;
export type Field = (typeof FIELDS)[number];
/** Every field as a string, as the form edits it. */
export type PersonDraft = Record<Field, string>;

export function toDraft(person: CapturedPerson | null | undefined, company = ''): PersonDraft {
  return {
    name: person?.name ?? '',
    title: person?.title ?? '',
    company: person?.company ?? company,
    location: person?.location ?? '',
    profileUrl: person?.profileUrl ?? '',
    email: person?.email ?? '',
  };
}

/** The draft as the worker takes it: trimmed, empty fields left out. */
export function fromDraft(draft: PersonDraft): CapturedPerson {
  const person: CapturedPerson = { name: draft.name.trim() };
  for (const field of FIELDS) {
    const value = draft[field].trim();
    if (field !== 'name' && value) person[field] = value;
  }
  return person;
}

/** A page listing several people (and about none of them) offers them as a list to tick. */
export function isListPage(capture: CaptureExtraction): boolean {
  return (
    !capture.subject && capture.people.length > 1 && (capture.via === 'page' || capture.via === 'button')
  );
}

/** A company's page with no person on it (a LinkedIn company page): the panel offers to start a loop there. */
export function isCompanyPage(capture: CaptureExtraction): capture is CaptureExtraction & {
  company: NonNullable<CaptureExtraction['company']>;
} {
  return Boolean(capture.company) && !isListPage(capture) && !mainPerson(capture);
}

/** The active loops at a company (by name, ignoring case and spacing). */
export function loopsAt(loops: LoopOption[], company: string): LoopOption[] {
  const key = nameKey(company);
  return key ? loops.filter((loop) => nameKey(loop.company) === key) : [];
}

/**
 * The one person the panel starts from: what the link or selection pointed at, else the page's subject,
 * else the only person on the page.
 */
export function mainPerson(capture: CaptureExtraction): CapturedPerson | null {
  if (capture.via === 'link' || capture.via === 'selection') return capture.subject;
  return capture.subject ?? (capture.people.length === 1 ? (capture.people[0] ?? null) : null);
}

/** Recruiters and HR say so in their titles; everyone else starts as an interviewer. */
export function guessRole(title: string): ParticipantRole {
  if (/recruit|talent acquisition|sourcer/i.test(title)) return 'recruiter';
  if (/\b(hr|human resources|people partner|people operations)\b/i.test(title)) return 'hr';
  return 'interviewer';
}

export type LoopChoice =
  | { kind: 'existing'; loopId: string }
  | { kind: 'new'; company: string; role: string };

/** An active loop at the page's company if there is one; a new loop at that company; else the latest loop. */
export function defaultLoop(loops: LoopOption[], pageCompany: string): LoopChoice {
  const key = nameKey(pageCompany);
  const atCompany = key ? loops.find((loop) => nameKey(loop.company) === key) : undefined;
  if (atCompany) return { kind: 'existing', loopId: atCompany.id };
  if (key || !loops[0]) return { kind: 'new', company: pageCompany, role: '' };
  return { kind: 'existing', loopId: loops[0].id };
}

/** The line under the panel's title: what the page showed. */
export function foundLine(capture: CaptureExtraction): string {
  if (isListPage(capture)) return t('capture_found_list', { count: capture.people.length });
  const person = mainPerson(capture);
  if (person?.name) return t('capture_found_person', { name: person.name });
  if (capture.company) return t('capture_found_company', { company: capture.company.name });
  return t('capture_found_nothing');
}

/** "Started a loop at Northwind Labs — Head of Product", or that it was there already. */
export function startedLines(result: Replies['capture-start-loop']): string[] {
  const values = { company: result.company, role: result.loopRole };
  return result.existing
    ? [t('capture_company_existing_loop', values)]
    : [t('capture_company_started', values), t('capture_company_next')];
}

/**
 * "Saved Dana Hill to Acme Corp — VP Marketing", who was in that loop already, and what the meeting
 * answer planned: each thank-you and when it is due, or in words that none was planned, and why.
 */
export function confirmation(result: Replies['capture-save'], today: CalendarDate): string[] {
  const { saved, meetingAdded, alreadyInLoop, company, loopRole: role, met, thankYous } = result;
  const lines: string[] = [];
  if (saved.length === 1) lines.push(t('capture_saved_one', { name: saved[0], company, role }));
  else if (saved.length > 1) lines.push(t('capture_saved_many', { count: saved.length, company, role }));
  if (meetingAdded.length)
    lines.push(t('capture_meeting_added', { names: meetingAdded.join(', '), company, role }));
  if (alreadyInLoop.length)
    lines.push(t('capture_already_in_loop', { names: alreadyInLoop.join(', '), company, role }));
  if (!saved.length && !meetingAdded.length) return lines;
  if (!met.length) lines.push(t('capture_no_thank_you'));
  else if (!thankYous.length) lines.push(t('capture_thank_you_expired'));
  for (const { name, due } of thankYous)
    lines.push(
      due <= today
        ? t('capture_thank_you_today', { name })
        : t('capture_thank_you_due', { name, date: dayFormat.format(new Date(`${due}T12:00:00`)) }),
    );
  return lines;
}

const dayFormat = new Intl.DateTimeFormat(undefined, { weekday: 'long', month: 'long', day: 'numeric' });
