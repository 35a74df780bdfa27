/**
 * The capture panel's work in the worker. The panel is an extension page framed in a web page, where
 * browsers may deny it storage (third-party storage blocking), so it reads and writes nothing itself:
 * it asks the worker, which goes through the repository functions like every other page.
 */
import { findOrCreateCompany, getCompany } from '../db/companies';
import { ValidationError } from '../db/errors';
import { createLoop, getLoop, listLoopsByStatus } from '../db/loops';
import { addParticipant, listParticipationsOfLoop } from '../db/participations';
import {
  createPerson,
  findPeopleByNameAndCompany,
  findPeopleByProfileUrl,
  getPerson,
  updatePerson,
} from '../db/people';
import { ACTIVE_STATUSES, type Loop, type Person } from '../domain/types';
import type { CaptureSave, KnownPerson, LoopOption, PayloadOf, Replies } from '../messages';
import { mergePatch, newPersonInput } from './capture-person';

/** Active loops, most recent activity first, with their company's name. */
export async function activeLoops(): Promise<LoopOption[]> {
  const loops = await listLoopsByStatus(ACTIVE_STATUSES);
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

async function targetLoop(choice: CaptureSave['loop']): Promise<{ loop: Loop; company: string }> {
  if ('loopId' in choice) {
    const loop = await getLoop(choice.loopId);
    return { loop, company: (await getCompany(loop.companyId)).name };
  }
  if (!choice.company.trim()) throw new ValidationError('Type the name of the company for the new loop.');
  if (!choice.role.trim()) throw new ValidationError('Type the role you are interviewing for.');
  const company = await findOrCreateCompany({
    name: choice.company,
    ...(choice.domain ? { domain: choice.domain } : {}),
    ...(choice.linkedinUrl ? { linkedinUrl: choice.linkedinUrl } : {}),
  });
  const loop = await createLoop({ companyId: company.id, role: choice.role, status: 'interviewing' });
  return { loop, company: company.name };
}

/** Saves each person (new, or merged into the saved one the user chose) into the loop. */
export async function saveCapture(request: CaptureSave): Promise<Replies['capture-save']> {
  if (request.people.some(({ person }) => !person.name.trim()))
    throw new ValidationError('Type the name of each person to save.');
  const { loop, company } = await targetLoop(request.loop);
  const inLoop = new Set((await listParticipationsOfLoop(loop.id)).map((p) => p.personId));
  const saved: string[] = [];
  const alreadyInLoop: string[] = [];
  for (const { person: draft, personId } of request.people) {
    let person: Person;
    if (personId) {
      person = await getPerson(personId);
      if (inLoop.has(person.id)) {
        alreadyInLoop.push(person.name);
        continue;
      }
      const patch = mergePatch(person, draft);
      if (patch) person = await updatePerson(person.id, patch);
    } else {
      person = await createPerson(newPersonInput(draft, request.pageUrl));
    }
    await addParticipant({
      loopId: loop.id,
      personId: person.id,
      role: request.role,
      hitItOff: request.hitItOff,
      met: request.metOn ? [request.metOn] : [],
    });
    inLoop.add(person.id);
    saved.push(person.name);
  }
  return { company, loopRole: loop.role, saved, alreadyInLoop };
}
