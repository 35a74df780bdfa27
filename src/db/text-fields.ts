/**
 * Single-field writes for the text the user types (notes, the review, the offer's notes, a template's
 * subject or body), as the dashboard saves them while typing. Each reads the record and writes one
 * field in one transaction, so two fields of one record saved a moment apart never overwrite each
 * other with a stale copy. The text is stored exactly as typed (not trimmed): a save every pause in
 * typing must not eat the space or line the user just typed. None of these fields plans reminders,
 * so nothing is reconciled.
 */
import { MESSAGE_KINDS, type MessageKind } from '../domain/playbook/kinds';
import { DEFAULT_TEMPLATES } from '../domain/templates';
import type { Loop, OfferDetails, Template } from '../domain/types';
import { database } from './database';
import { NotFoundError, ValidationError } from './errors';

export const LOOP_TEXT_FIELDS = [
  'notes',
  'review.wentWell',
  'review.toImprove',
  'offer.notes',
  'offer.toMeet',
  'offer.conversation',
] as const;
export type LoopTextField = (typeof LOOP_TEXT_FIELDS)[number];

const NOTES_MAX = 20_000;
const SUBJECT_MAX = 500;
const QUESTION_MAX = 1000;
const QUESTIONS_MAX = 100;

const EMPTY_OFFER: OfferDetails = { notes: '', questions: [], toMeet: '', conversation: '' };

function checkText(what: string, text: unknown, max: number): string {
  if (typeof text !== 'string') throw new ValidationError(`${what} is not text.`);
  if (text.length > max)
    throw new ValidationError(
      `${what} is longer than ${max} characters (${text.length}); shorten it to save.`,
    );
  return text;
}

async function changeLoop(id: string, change: (loop: Loop) => Partial<Loop>): Promise<Loop> {
  const db = database();
  return db.transaction('rw', db.loops, async () => {
    const loop = await db.loops.get(id);
    if (!loop) throw new NotFoundError('That loop is no longer saved.');
    const updated: Loop = { ...loop, ...change(loop), updatedAt: Date.now() };
    await db.loops.put(updated);
    return updated;
  });
}

/** Writes one text field of a loop: its notes, one half of the review, or one of the offer's notes. */
export async function saveLoopText(id: string, field: LoopTextField, text: string): Promise<Loop> {
  if (!(LOOP_TEXT_FIELDS as readonly string[]).includes(field))
    throw new ValidationError(`A loop has no text field "${String(field)}".`);
  const checked = checkText('The text', text, NOTES_MAX);
  return changeLoop(id, (loop) => {
    if (field === 'notes') return { notes: checked };
    if (field === 'review.wentWell') return { review: { ...loop.review, wentWell: checked } };
    if (field === 'review.toImprove') return { review: { ...loop.review, toImprove: checked } };
    const offer = loop.offer ?? EMPTY_OFFER;
    if (field === 'offer.notes') return { offer: { ...offer, notes: checked } };
    if (field === 'offer.toMeet') return { offer: { ...offer, toMeet: checked } };
    return { offer: { ...offer, conversation: checked } };
  });
}

/** Writes the offer's probing questions alone (the other offer fields are saved as typed). */
export async function saveOfferQuestions(id: string, questions: string[]): Promise<Loop> {
  if (!Array.isArray(questions) || questions.length > QUESTIONS_MAX)
    throw new ValidationError(`At most ${QUESTIONS_MAX} questions can be saved.`);
  const checked = questions
    .map((q, i) => checkText(`Question ${i + 1}`, q, QUESTION_MAX).trim())
    .filter(Boolean);
  return changeLoop(id, (loop) => ({ offer: { ...(loop.offer ?? EMPTY_OFFER), questions: checked } }));
}

export async function savePersonNotes(id: string, text: string): Promise<void> {
  const checked = checkText('The notes', text, NOTES_MAX);
  const db = database();
  await db.transaction('rw', db.people, async () => {
    const person = await db.people.get(id);
    if (!person) throw new NotFoundError('That person is no longer saved.');
    await db.people.put({ ...person, notes: checked, updatedAt: Date.now() });
  });
}

/** A person's notes for one loop; the loop's updatedAt moves, as with every change to its people. */
export async function saveParticipationNotes(id: string, text: string): Promise<void> {
  const checked = checkText('The notes', text, NOTES_MAX);
  const db = database();
  await db.transaction('rw', db.participations, db.loops, async () => {
    const participation = await db.participations.get(id);
    if (!participation) throw new NotFoundError('That person is no longer in this loop.');
    await db.participations.put({ ...participation, notes: checked });
    await db.loops.update(participation.loopId, { updatedAt: Date.now() });
  });
}

/** Writes a template's subject or body; the other part is kept (the default's, if never edited). */
export async function saveTemplateText(
  kind: MessageKind,
  field: 'subject' | 'body',
  text: string,
): Promise<Template> {
  if (!MESSAGE_KINDS.includes(kind)) throw new ValidationError(`"${String(kind)}" is not a kind of message.`);
  if (field !== 'subject' && field !== 'body')
    throw new ValidationError(`A template has no "${String(field)}".`);
  const checked = checkText(
    field === 'subject' ? 'The subject' : 'The message',
    text,
    field === 'subject' ? SUBJECT_MAX : NOTES_MAX,
  );
  const db = database();
  return db.transaction('rw', db.templates, async () => {
    const current = (await db.templates.get(kind)) ?? { kind, ...DEFAULT_TEMPLATES[kind] };
    const template: Template = {
      kind,
      subject: current.subject,
      body: current.body,
      [field]: checked,
      updatedAt: Date.now(),
    };
    await db.templates.put(template);
    return template;
  });
}
