/**
 * Every user action that writes more than once is all-or-nothing: for each row, the action runs with a
 * failure injected at its 1st write, then its 2nd, … until it completes, and after every failed run the
 * database (the backup's dump) is byte-identical to before. A split into two transactions, or an error
 * swallowed half-way, fails here. Rows for restore and import can be added with tests/helpers/faults.ts.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', async () => (await import('../capture/fake-browser')).fakeBrowserModule);

const { resetFakeBrowser } = await import('../capture/fake-browser');
const { faultyDatabase, expectAllOrNothing } = await import('../helpers/faults');
const { captureHandlers } = await import('../../src/background/capture-handlers');
const { reminderHandlers } = await import('../../src/background/reminder-handlers');
const { dailyPass } = await import('../../src/background/daily');
const { findOrCreateCompany } = await import('../../src/db/companies');
const { changeLoopStatus, createLoop, replaceLoopHistory } = await import('../../src/db/loops');
const { mergePeople } = await import('../../src/db/merge');
const { setMeta } = await import('../../src/db/meta');
const { recordOutcome, undoOutcome } = await import('../../src/db/outcome');
const { addParticipant, recordMeeting } = await import('../../src/db/participations');
const { createPerson } = await import('../../src/db/people');
const { updateToCurrentRules } = await import('../../src/db/playbook-rules');
const { listRemindersOfPerson } = await import('../../src/db/reminders');
const { updateSettings } = await import('../../src/db/settings');
const { deleteLoopUndoable, deletePersonUndoable, restoreSnapshot } = await import('../../src/db/snapshot');
const { addToLoop } = await import('../../src/dashboard/views/people/add-to-loop');
const { answerWelcome } = await import('../../src/dashboard/Welcome');
const { addDays } = await import('../../src/domain/dates');
const { localDate } = await import('../../src/domain/today');
type CaptureSave = import('../../src/messages').CaptureSave;

const sender = { tab: { id: 7 } } as never;
const today = localDate();
const DANA_URL = 'https://www.linkedin.com/in/dana-hill/';
const capture = (over: Partial<CaptureSave> = {}): CaptureSave => ({
  saveId: crypto.randomUUID(),
  pageUrl: DANA_URL,
  people: [{ person: { name: 'Dana Hill', title: 'VP Marketing', company: 'Acme', profileUrl: DANA_URL } }],
  loop: { company: 'Acme', role: 'Head of Growth' },
  role: 'hiring-manager',
  hitItOff: true,
  met: [today],
  ...over,
});

/** A loop at Acme with two people met today (so thank-yous and progress updates are planned). */
async function loopWithPeople() {
  const company = await findOrCreateCompany({ name: 'Acme' });
  const loop = await createLoop({ companyId: company.id, role: 'Head of Growth', status: 'interviewing' });
  const dana = await createPerson({ name: 'Dana Hill', emails: ['dana@acme.test'] });
  const lee = await createPerson({ name: 'Lee Park', company: 'Acme' });
  await addParticipant({ loopId: loop.id, personId: dana.id, role: 'hiring-manager', met: [today] });
  await addParticipant({ loopId: loop.id, personId: lee.id, role: 'recruiter', met: [today] });
  return { company, loop, dana, lee };
}

/** "Sent by email" for the thank-yous of the two people of `loopWithPeople`. */
async function thankYousToSend() {
  const { dana, lee } = await loopWithPeople();
  const mine = [...(await listRemindersOfPerson(dana.id)), ...(await listRemindersOfPerson(lee.id))];
  const thankYous = mine.filter((r) => r.kind === 'thank-you');
  expect(thankYous.length).toBe(2);
  return thankYous.map((r) => ({ id: r.id, action: { type: 'sent' as const, channel: 'email' as const } }));
}

interface Row {
  name: string;
  /** Writes what the action needs; returns the action, as the user's click runs it. */
  seed: () => Promise<() => Promise<unknown>>;
}

const ROWS: Row[] = [
  {
    name: 'capture save: new company, loop, person, participation and thank-you',
    seed: async () => () => captureHandlers['capture-save'](capture(), sender),
  },
  {
    name: 'capture save into an open loop: a saved person merged, a new one added, a meeting added',
    seed: async () => {
      const { loop, dana } = await loopWithPeople();
      const kim = await createPerson({ name: 'Kim Lo' });
      await addParticipant({ loopId: loop.id, personId: kim.id, role: 'peer', met: [] });
      const people = [
        { person: { name: 'Dana Hill', title: 'CMO', email: 'dana@home.test' }, personId: dana.id },
        { person: { name: 'Kim Lo' }, personId: kim.id },
        { person: { name: 'Ravi Shah', company: 'Acme' } },
      ];
      return () => captureHandlers['capture-save'](capture({ loop: { loopId: loop.id }, people }), sender);
    },
  },
  {
    name: 'capture undo',
    seed: async () => {
      const saved = await captureHandlers['capture-save'](capture(), sender);
      return () => captureHandlers['capture-undo']({ token: saved.undoToken ?? '' });
    },
  },
  {
    name: 'start a loop from a company page (new company and loop)',
    seed: async () => () =>
      captureHandlers['capture-start-loop']({
        company: { name: 'Globex', domain: 'globex.test' },
        role: 'CTO',
        status: 'applied',
      }),
  },
  {
    name: 'add a new person to a loop from the dashboard',
    seed: async () => {
      const { loop } = await loopWithPeople();
      return () =>
        addToLoop({
          loopId: loop.id,
          who: { create: { name: 'Ravi Shah' } },
          role: 'peer',
          hitItOff: true,
          met: [today],
        });
    },
  },
  {
    name: 'add a saved person to a loop, filling the contact they lacked',
    seed: async () => {
      const { loop } = await loopWithPeople();
      const ravi = await createPerson({ name: 'Ravi Shah' });
      return () =>
        addToLoop({
          loopId: loop.id,
          who: { personId: ravi.id, fill: () => ({ emails: ['ravi@acme.test'] }) },
          role: 'peer',
          hitItOff: false,
          met: [today],
        });
    },
  },
  {
    name: 'merge two people',
    seed: async () => {
      const { loop, dana } = await loopWithPeople();
      const other = await createPerson({ name: 'Dana Hill', headline: 'CMO' });
      const globex = await findOrCreateCompany({ name: 'Globex' });
      const second = await createLoop({ companyId: globex.id, role: 'CMO', status: 'interviewing' });
      await addParticipant({ loopId: second.id, personId: other.id, role: 'hr', met: [today] });
      await addParticipant({ loopId: loop.id, personId: other.id, role: 'peer', met: [addDays(today, -2)] });
      return () => mergePeople(dana.id, other.id);
    },
  },
  {
    name: 'we met: meetings recorded for several people',
    seed: async () => {
      const { loop, dana, lee } = await loopWithPeople();
      return () => recordMeeting(loop.id, [dana.id, lee.id], addDays(today, -1));
    },
  },
  {
    name: 'record an outcome (rejected)',
    seed: async () => {
      const { loop } = await loopWithPeople();
      return () => recordOutcome(loop.id, { status: 'rejected', on: today });
    },
  },
  {
    name: 'undo an outcome',
    seed: async () => {
      const { loop } = await loopWithPeople();
      const undo = await recordOutcome(loop.id, { status: 'rejected', on: today });
      return () => undoOutcome(undo);
    },
  },
  {
    name: 'offer steps: an offer with a deadline, then the deadline moved',
    seed: async () => {
      const { loop } = await loopWithPeople();
      const offered = await changeLoopStatus(loop.id, {
        status: 'offer',
        on: today,
        deadline: addDays(today, 5),
      });
      const history = offered.history.map((change, index) =>
        index === offered.history.length - 1 ? { ...change, deadline: addDays(today, 9) } : change,
      );
      return () => replaceLoopHistory(loop.id, history);
    },
  },
  {
    name: 'an offer recorded as an outcome',
    seed: async () => {
      const { loop } = await loopWithPeople();
      return () => recordOutcome(loop.id, { status: 'offer', on: today, deadline: addDays(today, 7) });
    },
  },
  {
    name: 'settings that re-plan every loop',
    seed: async () => {
      await loopWithPeople();
      return () => updateSettings({ intervals: { thankYouDays: 2 }, skipWeekends: true });
    },
  },
  {
    name: 'Mark all sent',
    seed: async () => {
      const items = await thankYousToSend();
      return () => reminderHandlers['reminder-act-many']({ on: today, items }, sender);
    },
  },
  {
    name: 'undo of Mark all sent',
    seed: async () => {
      const changes = await reminderHandlers['reminder-act-many'](
        { on: today, items: await thankYousToSend() },
        sender,
      );
      const items = changes.map(({ reminder, undo }) => ({
        id: reminder.id,
        undo: { previous: { ...undo.previous }, ...(undo.touchId ? { touchId: undo.touchId } : {}) },
      }));
      return () => reminderHandlers['reminder-undo-many']({ items }, sender);
    },
  },
  {
    name: 'delete a loop (undoable), and its undo',
    seed: async () => {
      const { loop } = await loopWithPeople();
      const snapshot = await deleteLoopUndoable(loop.id);
      return () => restoreSnapshot(snapshot);
    },
  },
  {
    name: 'delete a person (undoable)',
    seed: async () => {
      const { dana } = await loopWithPeople();
      return () => deletePersonUndoable(dana.id);
    },
  },

  {
    name: 'the playbook rules brought up to date at the worker start',
    seed: async () => {
      await loopWithPeople();
      await updateSettings({ intervals: { thankYouDays: 1 } });
      await setMeta('playbookRules', 0);
      return () => updateToCurrentRules();
    },
  },
  {
    name: 'the welcome answered (settings and the fact it was answered)',
    seed: async () => () => answerWelcome('Sam Doe', ['sam@home.test']),
  },
];

beforeEach(() => resetFakeBrowser());

describe('every user action is one transaction', () => {
  it.each(ROWS)('$name: a failure at any write leaves the database as it was', async ({ seed }) => {
    const { db, faults } = await faultyDatabase();
    const act = await seed();
    const { steps } = await expectAllOrNothing(db, faults, act);
    // One write would prove nothing about atomicity: every row here writes several records.
    expect(steps).toBeGreaterThan(1);
  });

  it('the daily pass stopped at any write leaves the data whole', async () => {
    const { db, faults } = await faultyDatabase();
    await loopWithPeople();
    // The notification's "once a day" mark is a write of its own, made before the notification: a
    // stop after it loses at most that day's notification, never data. The expiry is all-or-nothing.
    await updateSettings({ notificationsEnabled: false });
    await expectAllOrNothing(db, faults, () => dailyPass(new Date(`${addDays(today, 90)}T12:00:00`)));
  });
});
