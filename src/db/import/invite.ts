/**
 * An interview invite into a loop: the open loops to choose from, the plan of each guest, and the
 * write — the loop (started when asked), each chosen guest saved or matched and met on the date — in
 * one transaction, so the thank-you reminders follow from the playbook's reconciliation.
 */
import type { InviteGuest } from '../../domain/import/calendar';
import { type GuestPlan, type LoopChoice, type OpenLoop, planGuests } from '../../domain/import/plan-invite';
import { localDate } from '../../domain/today';
import { ACTIVE_STATUSES, type CalendarDate } from '../../domain/types';
import { findOrCreateCompany } from '../companies';
import { database } from '../database';
import { NotFoundError } from '../errors';
import { createLoop } from '../loops';
import { addParticipant, updateParticipation } from '../participations';
import { createPerson, updatePerson } from '../people';
import { write } from '../transaction';

const OPEN = [...ACTIVE_STATUSES, 'offer'] as const;

/** Loops still in progress (an offer too), with their company's name and domain. */
export async function listOpenLoops(): Promise<OpenLoop[]> {
  const db = database();
  const loops = await db.loops
    .where('status')
    .anyOf([...OPEN])
    .toArray();
  const companies = await db.companies.bulkGet([...new Set(loops.map((l) => l.companyId))]);
  const byId = new Map(companies.filter((c) => !!c).map((c) => [c.id, c]));
  return loops
    .sort((a, b) => b.updatedAt - a.updatedAt)
    .map((loop) => {
      const company = byId.get(loop.companyId);
      return {
        id: loop.id,
        role: loop.role,
        companyName: company?.name ?? '',
        ...(company?.domain ? { companyDomain: company.domain } : {}),
      };
    });
}

async function companyNameOf(
  choice: LoopChoice,
): Promise<{ company: string; participations: Awaited<ReturnType<typeof participationsOf>> }> {
  if (!('loopId' in choice)) return { company: choice.company, participations: [] };
  const db = database();
  const loop = await db.loops.get(choice.loopId);
  if (!loop) throw new NotFoundError('That loop is no longer saved.');
  const company = await db.companies.get(loop.companyId);
  return { company: company?.name ?? '', participations: await participationsOf(choice.loopId) };
}

function participationsOf(loopId: string) {
  return database().participations.where('loopId').equals(loopId).toArray();
}

export async function planInviteGuests(
  guests: readonly InviteGuest[],
  date: CalendarDate,
  choice: LoopChoice,
): Promise<GuestPlan[]> {
  const { company, participations } = await companyNameOf(choice);
  return planGuests(guests, date, company, await database().people.toArray(), participations);
}

export interface InviteResult {
  loopId: string;
  added: number;
  met: number;
}

/** Saves the chosen guests as met on `date` in the chosen loop (started first when it is new). */
export async function importInvite(
  guests: readonly InviteGuest[],
  date: CalendarDate,
  choice: LoopChoice,
): Promise<InviteResult> {
  return write(async (affected) => {
    let loopId: string;
    if ('loopId' in choice) loopId = choice.loopId;
    else {
      const company = await findOrCreateCompany({
        name: choice.company,
        ...(choice.domain ? { domain: choice.domain } : {}),
      });
      const on = date < localDate() ? date : localDate();
      loopId = (await createLoop({ companyId: company.id, role: choice.role, status: 'interviewing', on }))
        .id;
    }
    const target: LoopChoice = { loopId };
    const plans = await planInviteGuests(guests, date, target);
    const participations = await participationsOf(loopId);
    const company = (await companyNameOf(target)).company;
    const result: InviteResult = { loopId, added: 0, met: 0 };
    for (const plan of plans) {
      if (plan.reason === 'already-met') continue;
      let personId = plan.personId;
      if (!personId) {
        personId = (await createPerson({ name: plan.name, emails: [plan.guest.email], company })).id;
        result.added++;
      } else if (plan.addsEmail) {
        const person = await database().people.get(personId);
        await updatePerson(personId, { emails: [...(person?.emails ?? []), plan.guest.email] });
      }
      const inLoop = participations.find((p) => p.personId === personId);
      if (inLoop) await updateParticipation(inLoop.id, { met: [...inLoop.met, date] });
      else await addParticipant({ loopId, personId, role: 'interviewer', met: [date] });
      result.met++;
    }
    affected.loopIds.add(loopId);
    return result;
  });
}
