/**
 * After a capture: the worker's capture-save reply (the thank-you it planned, an Undo token), its
 * capture-undo (exactly what the save did, taken back, nothing else), capture-write (the composer's
 * tab) and the validation of the meeting dates. The browser's session storage and tabs are faked.
 */
import * as v from 'valibot';
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', async () => (await import('../capture/fake-browser')).fakeBrowserModule);

const { createTab, resetFakeBrowser } = await import('../capture/fake-browser');
const { captureHandlers } = await import('../../src/background/capture-handlers');
const { openLoops } = await import('../../src/background/capture-save');
const { freshDatabase } = await import('../helpers/db');
const { readSnapshot } = await import('../../src/db/backup/snapshot');
const { findOrCreateCompany } = await import('../../src/db/companies');
const { changeLoopStatus, createLoop } = await import('../../src/db/loops');
const { addParticipant, listParticipationsOfPerson } = await import('../../src/db/participations');
const { createPerson } = await import('../../src/db/people');
const { listRemindersOfPerson } = await import('../../src/db/reminders');
const { addDays } = await import('../../src/domain/dates');
const { localDate } = await import('../../src/domain/today');
const { MESSAGES } = await import('../../src/messages');
type CaptureSave = import('../../src/messages').CaptureSave;

const sender = { tab: { id: 7 } } as never;
const today = localDate();
const DANA_URL = 'https://www.linkedin.com/in/dana-hill/';
const dana = { name: 'Dana Hill', title: 'VP Marketing', company: 'Acme Corp', profileUrl: DANA_URL };
const request = (over: Partial<CaptureSave> = {}): CaptureSave => ({
  saveId: crypto.randomUUID(),
  pageUrl: DANA_URL,
  people: [{ person: dana }],
  loop: { company: 'Acme Corp', role: 'Head of Growth' },
  role: 'interviewer',
  hitItOff: false,
  met: [today],
  ...over,
});
const save = (over: Partial<CaptureSave> = {}) => captureHandlers['capture-save'](request(over), sender);

/** Everything stored, without the timestamps a replan may refresh, to compare before and after. */
async function contents() {
  const snapshot = await readSnapshot();
  return JSON.parse(JSON.stringify(snapshot, (key, value) => (key === 'updatedAt' ? undefined : value)));
}

beforeEach(async () => {
  resetFakeBrowser();
  await freshDatabase();
});

describe('what a capture plans for each answer to "When did you meet?"', () => {
  it('Today: records today and returns the thank-you it planned, as stored', async () => {
    const reply = await save();
    expect(reply.met).toEqual([today]);
    const [person] = (await readSnapshot()).people;
    const [thanks] = (await listRemindersOfPerson(person?.id ?? '')).filter((r) => r.kind === 'thank-you');
    expect(thanks).toMatchObject({ status: 'open', anchor: today });
    expect(reply.thankYous).toEqual([{ reminderId: thanks?.id, name: 'Dana Hill', due: thanks?.due }]);
    expect(reply.undoToken).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('Earlier…: records that day; Not yet: no meeting and no thank-you', async () => {
    const earlier = addDays(today, -3);
    const before = await save({ met: [earlier] });
    const [part] = await listParticipationsOfPerson((await readSnapshot()).people[0]?.id ?? '');
    expect(part?.met).toEqual([earlier]);
    expect(before.thankYous).toHaveLength(1);

    const notYet = await save({
      people: [{ person: { name: 'Lee Park', company: 'Acme Corp' } }],
      met: [],
    });
    expect(notYet).toMatchObject({ saved: ['Lee Park'], met: [], thankYous: [] });
    const lee = (await readSnapshot()).people.find((p) => p.name === 'Lee Park');
    expect(await listRemindersOfPerson(lee?.id ?? '')).toEqual([]);
  });

  it('validates the meeting dates of the request: real dates, none in the future', () => {
    const payload = MESSAGES['capture-save'].payload;
    expect(v.safeParse(payload, request({ met: [today] })).success).toBe(true);
    expect(v.safeParse(payload, request({ met: [] })).success).toBe(true);
    expect(v.safeParse(payload, request({ met: [addDays(today, 1)] })).success).toBe(false);
    expect(v.safeParse(payload, request({ met: ['2026-02-30'] })).success).toBe(false);
    expect(v.safeParse(payload, { ...request(), met: undefined }).success).toBe(false);
  });
});

describe('open loops take new people, closed ones do not', () => {
  it('lists a loop at the offer stage and saves into it; a rejected loop is neither listed nor accepted', async () => {
    const acme = await findOrCreateCompany({ name: 'Acme Corp' });
    const offer = await createLoop({ companyId: acme.id, role: 'CFO', status: 'final-round' });
    await changeLoopStatus(offer.id, { status: 'offer', on: today });
    const closed = await createLoop({ companyId: acme.id, role: 'CEO' });
    await changeLoopStatus(closed.id, { status: 'rejected', on: today });
    expect((await openLoops()).map((loop) => loop.id)).toEqual([offer.id]);

    const reply = await save({ loop: { loopId: offer.id } });
    expect(reply).toMatchObject({ loopRole: 'CFO', saved: ['Dana Hill'] });
    expect(reply.thankYous).toHaveLength(1);
    await expect(save({ loop: { loopId: closed.id } })).rejects.toThrow(/closed/);
  });
});

describe('Undo after a capture', () => {
  it('removes the new company, loop, person, participation and reminders, and nothing else', async () => {
    const globex = await findOrCreateCompany({ name: 'Globex' });
    const other = await createLoop({ companyId: globex.id, role: 'CTO' });
    const sam = await createPerson({ name: 'Sam Stranger' });
    await addParticipant({ loopId: other.id, personId: sam.id, role: 'interviewer', met: [today] });
    const before = await contents();

    const reply = await save();
    expect((await readSnapshot()).reminders.length).toBeGreaterThan(before.reminders.length);
    expect(await captureHandlers['capture-undo']({ token: reply.undoToken ?? '' })).toEqual({ undone: true });
    expect(await contents()).toEqual(before);
    // Once only: the token is spent.
    expect(await captureHandlers['capture-undo']({ token: reply.undoToken ?? '' })).toEqual({
      undone: false,
    });
  });

  it('for a saved person merged into an open loop: only the new participation and meeting go, their details come back', async () => {
    const acme = await findOrCreateCompany({ name: 'Acme Corp' });
    const loop = await createLoop({ companyId: acme.id, role: 'VP Marketing' });
    const saved = await createPerson({ name: 'Dana Hill', headline: 'Director', emails: ['dana@acme.test'] });
    const before = await contents();

    const reply = await save({ loop: { loopId: loop.id }, people: [{ person: dana, personId: saved.id }] });
    expect((await readSnapshot()).people[0]?.headline).toBe('VP Marketing');
    await captureHandlers['capture-undo']({ token: reply.undoToken ?? '' });
    expect(await contents()).toEqual(before);
  });

  it('saved while preparing (Not yet), captured after the interview: the meeting is added, and Undo takes back only it', async () => {
    const first = await save({ met: [] });
    const [person] = (await readSnapshot()).people;
    const beforeMeeting = await contents();
    const again = await save({
      loop: { loopId: (await readSnapshot()).loops[0]?.id ?? '' },
      people: [{ person: dana, personId: person?.id ?? '' }],
    });
    expect(again).toMatchObject({ saved: [], meetingAdded: ['Dana Hill'], alreadyInLoop: [] });
    const [part] = await listParticipationsOfPerson(person?.id ?? '');
    expect(part?.met).toEqual([today]);
    const [thanks] = (await listRemindersOfPerson(person?.id ?? '')).filter((r) => r.kind === 'thank-you');
    expect(again.thankYous).toEqual([{ reminderId: thanks?.id, name: 'Dana Hill', due: thanks?.due }]);

    await captureHandlers['capture-undo']({ token: again.undoToken ?? '' });
    expect(await contents()).toEqual(beforeMeeting);
    // Captured after the interview once more (the meeting is back), then a third time with nothing new:
    // left as they were, nothing to undo.
    await save({
      loop: { loopId: part?.loopId ?? '' },
      people: [{ person: dana, personId: person?.id ?? '' }],
    });
    const same = await save({
      loop: { loopId: part?.loopId ?? '' },
      people: [{ person: dana, personId: person?.id ?? '' }],
    });
    expect(same).toMatchObject({ meetingAdded: [], alreadyInLoop: ['Dana Hill'], thankYous: [] });
    expect(same.undoToken).toBeUndefined();
    expect(first.undoToken).toBeDefined();
  });

  it('keeps a new person who was put in another loop since, and their loop', async () => {
    const reply = await save();
    const [person] = (await readSnapshot()).people;
    const globex = await findOrCreateCompany({ name: 'Globex' });
    const other = await createLoop({ companyId: globex.id, role: 'CTO' });
    await addParticipant({ loopId: other.id, personId: person?.id, role: 'recruiter' });
    await captureHandlers['capture-undo']({ token: reply.undoToken ?? '' });
    const after = await readSnapshot();
    expect(after.people.map((p) => p.name)).toEqual(['Dana Hill']);
    expect(after.participations.map((p) => p.loopId)).toEqual([other.id]);
    expect(after.loops.map((l) => l.role)).toEqual(['CTO']);
  });
});

describe('Write thank-you now', () => {
  it('opens the composer on the planned thank-you in a new tab', async () => {
    const reply = await save();
    const id = reply.thankYous[0]?.reminderId ?? '';
    await captureHandlers['capture-write']({ reminderId: id });
    expect(createTab).toHaveBeenCalledWith({
      url: `chrome-extension://abc/src/popup/index.html?view=tab&write=${id}`,
    });
  });
});
