import { beforeEach, describe, expect, it } from 'vitest';
import { findOrCreateCompany } from '../../src/db/companies';
import { ValidationError } from '../../src/db/errors';
import { changeLoopStatus, createLoop, getLoop } from '../../src/db/loops';
import { addParticipant, listParticipationsOfLoop } from '../../src/db/participations';
import { createPerson, getPerson } from '../../src/db/people';
import { getTemplate } from '../../src/db/templates';
import {
  saveLoopText,
  saveOfferQuestions,
  saveParticipationNotes,
  savePersonNotes,
  saveTemplateText,
} from '../../src/db/text-fields';
import { DEFAULT_TEMPLATES } from '../../src/domain/templates';
import { freshDatabase } from '../helpers/db';

beforeEach(async () => {
  await freshDatabase();
});

async function aLoop() {
  const company = await findOrCreateCompany({ name: 'Acme' });
  return createLoop({ companyId: company.id, role: 'CFO', status: 'final-round', on: '2026-03-01' });
}

describe('single-field text writes', () => {
  it('writes each field of a loop alone: saves a moment apart never undo each other', async () => {
    const loop = await aLoop();
    await Promise.all([
      saveLoopText(loop.id, 'review.wentWell', 'The case study'),
      saveLoopText(loop.id, 'review.toImprove', 'Salary question '),
      saveLoopText(loop.id, 'notes', 'Line one\n'),
    ]);
    const saved = await getLoop(loop.id);
    // Stored as typed: the trailing space and line are the user's, mid-sentence.
    expect(saved.review).toEqual({ wentWell: 'The case study', toImprove: 'Salary question ' });
    expect(saved.notes).toBe('Line one\n');
    expect(saved.updatedAt).toBeGreaterThanOrEqual(loop.updatedAt);
  });

  it('fills the offer one field at a time, keeping the deadline and the other notes', async () => {
    const loop = await aLoop();
    await changeLoopStatus(loop.id, { status: 'offer', on: '2026-03-05', deadline: '2026-03-12' });
    await saveLoopText(loop.id, 'offer.toMeet', 'The Berlin office');
    await saveOfferQuestions(loop.id, [' What does year one look like? ', '', 'Who decides?']);
    await saveLoopText(loop.id, 'offer.conversation', 'Shape the role');
    expect((await getLoop(loop.id)).offer).toEqual({
      deadline: '2026-03-12',
      notes: '',
      toMeet: 'The Berlin office',
      conversation: 'Shape the role',
      questions: ['What does year one look like?', 'Who decides?'],
    });
  });

  it('refuses text that is too long, or a field that does not exist, and writes nothing', async () => {
    const loop = await aLoop();
    await expect(saveLoopText(loop.id, 'notes', 'x'.repeat(20_001))).rejects.toThrow(ValidationError);
    await expect(saveLoopText(loop.id, 'role' as 'notes', 'CEO')).rejects.toThrow(ValidationError);
    await expect(saveLoopText('missing', 'notes', 'x')).rejects.toThrow('no longer saved');
    expect(await getLoop(loop.id)).toEqual(loop);
  });

  it('writes a person’s notes and a participation’s notes', async () => {
    const loop = await aLoop();
    const dana = await createPerson({ name: 'Dana Hill', company: 'Acme' });
    await addParticipant({ loopId: loop.id, personId: dana.id });
    await savePersonNotes(dana.id, 'Met at the conference ');
    const after = await getPerson(dana.id);
    expect(after).toMatchObject({ name: 'Dana Hill', company: 'Acme', notes: 'Met at the conference ' });
    const [participation] = await listParticipationsOfLoop(loop.id);
    await saveParticipationNotes(participation?.id ?? '', 'Asked about the team');
    expect((await listParticipationsOfLoop(loop.id))[0]?.notes).toBe('Asked about the team');
  });

  it('writes a template’s subject or body, the other part from the default until edited', async () => {
    await saveTemplateText('thank-you', 'body', 'Dear {firstName},');
    expect(await getTemplate('thank-you')).toMatchObject({
      subject: DEFAULT_TEMPLATES['thank-you'].subject,
      body: 'Dear {firstName},',
      isDefault: false,
    });
    await saveTemplateText('thank-you', 'subject', 'Thank you');
    expect(await getTemplate('thank-you')).toMatchObject({ subject: 'Thank you', body: 'Dear {firstName},' });
    await expect(saveTemplateText('thank-you', 'subject', 'x'.repeat(501))).rejects.toThrow(ValidationError);
  });
});
