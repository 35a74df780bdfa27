/**
 * The capture panel's work in the worker. The panel is an extension page framed in a web page, where
 * browsers may deny it storage (third-party storage blocking), so it reads and writes nothing itself:
 * it asks the worker, which goes through the repository functions like every other page.
 */

import { inOneTransaction } from '../db/batch';
import { type CaptureRecord, findCompanyByName, reminderIdsAround } from '../db/capture-undo';
import { findOrCreateCompany, getCompany } from '../db/companies';
import { ValidationError } from '../db/errors';
import { createLoop, getLoop, listLoopsByStatus } from '../db/loops';
import { addParticipant, listParticipationsOfLoop, updateParticipation } from '../db/participations';
import {
  createPerson,
  findPeopleByNameAndCompany,
  findPeopleByProfileUrl,
  getPerson,
  updatePerson,
} from '../db/people';
import { listRemindersOfLoop, listRemindersOfPerson } from '../db/reminders';
import { readReceipt, writeReceipt } from '../db/save-receipts';
import { localDate } from '../domain/today';
import {
  ACTIVE_STATUSES,
  type LoopStatus,
  type Participation,
  type Person,
  type Reminder,
} from '../domain/types';
import type {
  CapturedPerson,
  CaptureSave,
  KnownPerson,
  LoopOption,
  PayloadOf,
  PlannedThankYou,
  Replies,
} from '../messages';
import { mergePatch, newPersonInput } from './capture-person';

/** Open loops (the offer stage included), most recent activity first, with their company's name. */
export async function openLoops(): Promise<LoopOption[]> {
  const loops = await listLoopsByStatus(OPEN_STATUSES);
  const names = new Map<string, string>();
  for (const id of new Set(loops.map((loop) => loop.companyId))) {
    names.set(
      id,
      await getCompany(id).then(
        (c) => c.name,
        () => '',
      ),
    );
  }
  return loops.map((loop) => ({ id: loop.id, company: names.get(loop.companyId) ?? '', role: loop.role }));
}

function summary(person: Person): KnownPerson {
  return {
    id: person.id,
    name: person.name,
    ...(person.headline ? { headline: person.headline } : {}),
    ...(person.company ? { company: person.company } : {}),
  };
}

/** For each query: saved people with the same profile address, or the same name at the same company. */
export async function knownPeople({ people }: PayloadOf<'capture-known'>): Promise<KnownPerson[][]> {
  return Promise.all(
    people.map(async (query) => {
      const byUrl = query.profileUrl ? await findPeopleByProfileUrl(query.profileUrl) : [];
      const byName = query.name.trim()
        ? await findPeopleByNameAndCompany(query.name, query.company ?? '')
        : [];
      const unique = new Map([...byUrl, ...byName].map((person) => [person.id, person]));
      return [...unique.values()].map(summary);
    }),
  );
}

/** Loops that take new people: every open stage, the offer included (a closed loop's people are settled). */
export const OPEN_STATUSES = [...ACTIVE_STATUSES, 'offer'] as const satisfies readonly LoopStatus[];

async function targetLoop(choice: CaptureSave['loop'], record: CaptureRecord) {
  if ('loopId' in choice) {
    const loop = await getLoop(choice.loopId);
    if (!(OPEN_STATUSES as readonly LoopStatus[]).includes(loop.status))
      throw new ValidationError('That loop is closed: choose an open loop or start a new one.');
    return { loop, company: (await getCompany(loop.companyId)).name };
  }
  if (!choice.company.trim()) throw new ValidationError('Type the name of the company for the new loop.');
  if (!choice.role.trim()) throw new ValidationError('Type the role you are interviewing for.');
  const before = await findCompanyByName(choice.company);
  const company = await findOrCreateCompany({
    name: choice.company,
    ...(choice.domain ? { domain: choice.domain } : {}),
    ...(choice.linkedinUrl ? { linkedinUrl: choice.linkedinUrl } : {}),
  });
  if (!before) record.createdCompanyId = company.id;
  else if (before.updatedAt !== company.updatedAt)
    record.changedCompanies.push({ before, savedAt: company.updatedAt });
  const loop = await createLoop({ companyId: company.id, role: choice.role, status: 'interviewing' });
  record.createdLoopId = loop.id;
  return { loop, company: company.name };
}

type Saved = Omit<Replies['capture-save'], 'undoToken'>;
export interface SaveOutcome {
  reply: Saved;
  record: CaptureRecord;
}

/**
 * Saves each person (new, or merged into the saved one the user chose) into the loop, with the
 * meeting dates asked, as one transaction; returns what was saved, the thank-yous it planned, and the
 * record of everything it created or changed, for Undo. The same `saveId` again (Save pressed again
 * after the worker stopped) saves nothing more and answers as the first time (see save-receipts.ts).
 */
export async function saveCapture(request: CaptureSave): Promise<SaveOutcome> {
  if (request.people.some(({ person }) => !person.name.trim()))
    throw new ValidationError('Type the name of each person to save.');
  return inOneTransaction(async () => {
    const earlier = await readReceipt<SaveOutcome>(request.saveId);
    if (earlier) return earlier;
    const outcome = await saveOnce(request);
    await writeReceipt(request.saveId, outcome);
    return outcome;
  });
}

/** The save itself, inside saveCapture's transaction. */
async function saveOnce(request: CaptureSave): Promise<SaveOutcome> {
  const record: CaptureRecord = {
    saveId: request.saveId,
    createdPersonIds: [],
    participationIds: [],
    reminderIds: [],
    changedCompanies: [],
    changedLoops: [],
    changedPeople: [],
    meetingsAdded: [],
  };
  const { loop, company } = await targetLoop(request.loop, record);
  const existingIds = request.people.flatMap(({ personId }) => (personId ? [personId] : []));
  const remindersBefore = await reminderIdsAround(loop.id, existingIds);
  const inLoop = new Map((await listParticipationsOfLoop(loop.id)).map((p) => [p.personId, p]));
  const saved = new Map<string, Person>();
  const metAgain = new Map<string, Person>();
  const alreadyInLoop: string[] = [];
  for (const { person: draft, personId } of request.people) {
    const person = personId
      ? await getPerson(personId)
      : await createPerson(newPersonInput(draft, request.pageUrl));
    const present = inLoop.get(person.id);
    if (present) {
      // Saved while preparing ("Not yet"), captured again after the interview: the meeting is added.
      if (await addMeeting(present, request.met, record)) metAgain.set(person.id, person);
      else alreadyInLoop.push(person.name);
      continue;
    }
    if (personId) await mergeInto(person, draft, record);
    else record.createdPersonIds.push(person.id);
    const participation = await addParticipant({
      loopId: loop.id,
      personId: person.id,
      role: request.role,
      hitItOff: request.hitItOff,
      met: request.met,
    });
    record.participationIds.push(participation.id);
    inLoop.set(person.id, participation);
    saved.set(person.id, person);
  }
  const touched = new Map([...saved, ...metAgain]);
  if (!record.createdLoopId && touched.size)
    record.changedLoops.push({ before: loop, savedAt: (await getLoop(loop.id)).updatedAt });
  const created = (await listRemindersAround(loop.id, [...touched.keys()])).filter(
    (reminder) => !remindersBefore.has(reminder.id),
  );
  record.reminderIds = created.map((reminder) => reminder.id);
  const reply: Saved = {
    company,
    loopRole: loop.role,
    saved: [...saved.values()].map((person) => person.name),
    meetingAdded: [...metAgain.values()].map((person) => person.name),
    alreadyInLoop,
    met: [...request.met],
    thankYous: thankYousOf(created, touched, localDate()),
  };
  return { reply, record };
}

/** Adds the meeting dates a participation lacks; false when there are none to add. */
async function addMeeting(part: Participation, met: string[], record: CaptureRecord): Promise<boolean> {
  const dates = met.filter((day) => !part.met.includes(day));
  if (!dates.length) return false;
  await updateParticipation(part.id, { met: [...part.met, ...dates] });
  record.meetingsAdded.push({ participationId: part.id, dates });
  return true;
}

async function mergeInto(person: Person, draft: CapturedPerson, record: CaptureRecord): Promise<void> {
  const patch = mergePatch(person, draft);
  if (!patch) return;
  const merged = await updatePerson(person.id, patch);
  record.changedPeople.push({ before: person, savedAt: merged.updatedAt });
}

async function listRemindersAround(loopId: string, personIds: string[]): Promise<Reminder[]> {
  const ofPeople = await Promise.all(personIds.map(listRemindersOfPerson));
  const unique = new Map([...(await listRemindersOfLoop(loopId)), ...ofPeople.flat()].map((r) => [r.id, r]));
  return [...unique.values()];
}

/** The new thank-yous still to write today or later (one met long ago may be planned already expired). */
function thankYousOf(created: Reminder[], saved: Map<string, Person>, today: string): PlannedThankYou[] {
  return created
    .filter((r) => r.kind === 'thank-you' && r.status === 'open' && (!r.expiresOn || r.expiresOn > today))
    .sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0))
    .map((r) => ({ reminderId: r.id, name: saved.get(r.personId ?? '')?.name ?? '', due: r.due }));
}
