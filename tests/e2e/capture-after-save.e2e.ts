/**
 * Capture in the real moments, in Chromium, headless, on the loopback LinkedIn profile: "I just finished
 * an interview with Dana at Acme" is the profile button and Save, and her thank-you is planned for the
 * day the playbook says (computed here by the product's own playbook code); Not yet plans none and says
 * so; a loop at the offer stage takes new people; Write thank-you now opens the composer's tab on that
 * reminder; Undo leaves the database as it was.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../src/domain/dates';
import { localDate } from '../../src/domain/today';
import { type Extension, launchExtension, withBridge } from './harness';
import { type PageServer, servePages } from './https-server';
import { panelFrame, pressSaveButton, routes, URLS } from './pages/site';

let server: PageServer;
beforeAll(async () => {
  server = await servePages(routes());
});
afterAll(async () => server.close());

/** The browser with an Acme Corp loop open at `status` (Dana's company on her profile page). */
async function launchWithAcmeLoop(
  status: 'interviewing' | 'offer',
): Promise<{ ext: Extension; loopId: string }> {
  const ext = await launchExtension({ args: server.args, allowedHosts: server.hosts });
  const loopId = await withBridge(
    await ext.bridge(),
    async (lk, { stage, on }) => {
      const acme = await lk.companies.findOrCreateCompany({ name: 'Acme Corp' });
      const loop = await lk.loops.createLoop({
        companyId: acme.id,
        role: 'VP Marketing',
        status: 'final-round',
      });
      if (stage === 'offer') await lk.loops.changeLoopStatus(loop.id, { status: 'offer', on });
      return loop.id;
    },
    { stage: status, on: localDate() },
  );
  return { ext, loopId };
}

/** Dana's reminders and participations, as stored. */
async function danaState(ext: Extension) {
  return withBridge(await ext.bridge(), async (lk) => {
    const [dana] = await lk.people.findPeopleByProfileUrl('https://www.linkedin.com/in/dana-hill/');
    if (!dana) return null;
    return {
      id: dana.id,
      reminders: await lk.reminders.listRemindersOfPerson(dana.id),
      participations: await lk.participations.listParticipationsOfPerson(dana.id),
    };
  });
}

/** Everything stored, without the timestamps a replan may refresh. */
async function contents(ext: Extension): Promise<unknown> {
  const snapshot = await withBridge(await ext.bridge(), async (lk) => lk.readSnapshot());
  return JSON.parse(JSON.stringify(snapshot, (key, value) => (key === 'updatedAt' ? undefined : value)));
}

describe('capture after the interview', () => {
  it('two clicks from her profile plan Dana’s thank-you; Write thank-you now opens the composer on it', async () => {
    const { ext, loopId } = await launchWithAcmeLoop('interviewing');
    const page = await ext.context.newPage();
    await page.goto(URLS.dana);
    await pressSaveButton(page); // click one
    const panel = await panelFrame(page);
    await panel.getByRole('textbox', { name: 'Name' }).waitFor();
    await panel.getByRole('button', { name: 'Save', exact: true }).click(); // click two
    await panel.getByText('Saved Dana Hill to Acme Corp — VP Marketing').waitFor();

    const today = localDate();
    const state = await danaState(ext);
    const thanks = state?.reminders.filter((r) => r.kind === 'thank-you') ?? [];
    expect(state?.participations).toMatchObject([{ loopId, met: [today] }]);
    // The playbook plans a thank-you for the day of the meeting: on today's list.
    expect(thanks).toMatchObject([{ status: 'open', anchor: today, due: today }]);
    await panel.getByText('Dana Hill’s thank-you is on today’s list.').waitFor();

    const opened = ext.context.waitForEvent('page');
    await panel.getByRole('button', { name: 'Write thank-you now' }).click();
    const composer = await opened;
    expect(new URL(composer.url()).searchParams.get('write')).toBe(thanks[0]?.id);
    expect(composer.url()).toContain(`chrome-extension://${ext.id}/src/popup/index.html?view=tab&`);
  });

  it('“I just finished an interview with Dana at Acme”: two clicks, and her thank-you tops today’s list', async () => {
    const { ext } = await launchWithAcmeLoop('interviewing');
    // A search already under way: a thank-you overdue at Globex, follow-ups due today after Initech's no.
    await withBridge(
      await ext.bridge(),
      async (lk, { ago5, ago1 }) => {
        const addLoop = async (company: string, role: string, person: string, met: string) => {
          const { id: companyId } = await lk.companies.findOrCreateCompany({ name: company });
          const loop = await lk.loops.createLoop({ companyId, role, status: 'interviewing', on: ago5 });
          const { id: personId } = await lk.people.createPerson({ name: person, company });
          await lk.participations.addParticipant({ loopId: loop.id, personId, met: [met] });
          return loop.id;
        };
        await addLoop('Globex', 'Head of Growth', 'Sam Ortiz', ago5);
        const initech = await addLoop('Initech', 'CFO', 'Robin Diaz', ago5);
        await lk.loops.changeLoopStatus(initech, { status: 'rejected', on: ago1 });
        await lk.notifyDataChanged();
      },
      { ago5: addDays(localDate(), -5), ago1: addDays(localDate(), -1) },
    );
    const page = await ext.context.newPage();
    await page.goto(URLS.dana);
    await pressSaveButton(page); // click one
    const panel = await panelFrame(page);
    await panel.getByRole('textbox', { name: 'Name' }).waitFor();
    await panel.getByRole('button', { name: 'Save', exact: true }).click(); // click two
    await panel.getByText('Dana Hill’s thank-you is on today’s list.').waitFor();

    const popup = await ext.open('src/popup/index.html');
    await popup.setViewportSize({ width: 400, height: 600 });
    const rows = popup.getByRole('button', { name: /^More actions: / });
    await popup.getByRole('button', { name: 'More actions: Thank-you note for Sam Ortiz' }).waitFor();
    expect(await rows.first().getAttribute('aria-label')).toBe('More actions: Thank-you note for Dana Hill');
    expect(await popup.getByRole('heading', { level: 2 }).first().textContent()).toMatch(/^Due today/);
  });

  it('Not yet, into a loop at the offer stage: saved without a meeting, no thank-you, and the panel says so', async () => {
    const { ext, loopId } = await launchWithAcmeLoop('offer');
    const page = await ext.context.newPage();
    await page.goto(URLS.dana);
    await pressSaveButton(page);
    const panel = await panelFrame(page);
    const loops = panel.getByRole('combobox', { name: 'Add to' });
    await loops.waitFor();
    expect(await loops.inputValue()).toBe(loopId);
    await panel.getByRole('radio', { name: 'Not yet' }).check();
    await panel.getByText('No meeting yet, so no thank-you will be planned.', { exact: false }).waitFor();
    await panel.getByRole('button', { name: 'Save', exact: true }).click();
    await panel.getByText('You have not met yet, so no thank-you is planned.', { exact: false }).waitFor();
    expect(await panel.getByRole('button', { name: 'Write thank-you now' }).count()).toBe(0);

    const state = await danaState(ext);
    expect(state?.participations).toMatchObject([{ loopId, met: [] }]);
    expect(state?.reminders.filter((r) => r.kind === 'thank-you')).toEqual([]);
  });

  it('Undo right after saving leaves the database as it was, and says so', async () => {
    const { ext } = await launchWithAcmeLoop('interviewing');
    const before = await contents(ext);
    const page = await ext.context.newPage();
    await page.goto(URLS.dana);
    await pressSaveButton(page);
    const panel = await panelFrame(page);
    // Into a new loop, so the save creates a company, a loop, a person, a participation and reminders.
    await panel.getByRole('combobox', { name: 'Add to' }).selectOption('__new__');
    await panel.getByRole('textbox', { name: 'Company' }).last().fill('Initech');
    await panel.getByRole('textbox', { name: 'Your role' }).fill('Head of Growth');
    await panel.getByRole('button', { name: 'Save', exact: true }).click();
    await panel.getByText('Saved Dana Hill to Initech — Head of Growth').waitFor();
    expect(await contents(ext)).not.toEqual(before);

    await panel.getByRole('button', { name: 'Undo' }).click();
    await panel.getByText('Undone: nothing from this save is kept.').waitFor();
    expect(await contents(ext)).toEqual(before);
    expect(await panel.getByRole('button', { name: 'Undo' }).count()).toBe(0);
  });
});
