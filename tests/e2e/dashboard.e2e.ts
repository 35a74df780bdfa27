import { describe, expect, it } from 'vitest';
import { dialog, localDate } from './dashboard-helpers';
import { launchExtension, withBridge } from './harness';

describe('the dashboard: a new user’s journey', () => {
  it('New loop → Acme Corp → Add person Dana Hill, hit it off → They chose someone else → the popup lists her follow-up', async () => {
    const extension = await launchExtension();
    const page = await extension.open('src/dashboard/index.html');
    await page.getByRole('button', { name: 'New loop' }).first().click();
    const form = await dialog(page);
    await form.getByLabel('Company').fill('Acme Corp');
    await form.getByLabel('Role', { exact: true }).fill('VP Marketing');
    await form.getByRole('button', { name: 'Save' }).click();

    // New loop opens the new loop.
    await page.getByRole('heading', { name: 'Acme Corp' }).waitFor();
    await page.getByRole('button', { name: 'Add person' }).click();
    const add = await dialog(page);
    await add.getByLabel('Name').fill('Dana Hill');
    await add.getByLabel('Hit it off').check();
    await add.getByRole('button', { name: 'Save' }).click();
    // Her row among the people (her thank-you, met today, is also among the next steps).
    await page.getByRole('table').getByRole('link', { name: 'Dana Hill' }).waitFor();

    await page.getByRole('button', { name: 'They chose someone else' }).click();
    await (await dialog(page)).getByRole('button', { name: 'Confirm: Not selected' }).click();
    await page.getByText('Recorded: Not selected').waitFor();

    // The popup: her follow-up under the loop's group; the rejection made today's thank-you obsolete.
    const popup = await extension.open('src/popup/index.html');
    const group = popup.locator('.group').filter({
      has: popup.getByRole('heading', { level: 3, name: 'Acme Corp — VP Marketing' }),
    });
    await group.getByRole('button', { name: 'More actions: Follow-up after a no for Dana Hill' }).waitFor();
    expect(await popup.getByRole('button', { name: /^More actions: Thank-you note/ }).count()).toBe(0);
  });
});

describe('the dashboard, view by view', () => {
  it('leads a loop with an offer with its steps and the deadline counting down; questions are saved', async () => {
    const extension = await launchExtension();
    const bridge = await extension.bridge();
    const loopId = await withBridge(
      bridge,
      async (lk, dates) => {
        const company = await lk.companies.findOrCreateCompany({ name: 'Globex' });
        const loop = await lk.loops.createLoop({
          companyId: company.id,
          role: 'CMO',
          status: 'final-round',
          on: dates.start,
        });
        const hank = await lk.people.createPerson({ name: 'Hank Scorpio' });
        await lk.participations.addParticipant({
          loopId: loop.id,
          personId: hank.id,
          role: 'hiring-manager',
        });
        return loop.id;
      },
      { start: localDate(-10) },
    );
    const page = await extension.open(`src/dashboard/index.html#/loops/${loopId}`);
    await page.getByRole('heading', { name: 'Globex' }).waitFor();
    await page.getByLabel('Decision deadline (for an offer, optional)').fill(localDate(5));
    await page.getByRole('button', { name: 'They made an offer' }).click();
    await (await dialog(page)).getByRole('button', { name: 'Confirm: Offer' }).click();

    const steps = page.getByRole('region', { name: 'Offer steps' });
    await steps.getByText('5 days left').waitFor();
    await steps.getByRole('heading', { name: 'Ask the probing questions' }).waitFor();
    await steps.getByRole('heading', { name: 'Meet more people, visit the offices' }).waitFor();
    await steps.getByRole('heading', { name: 'The frank conversation with the hiring manager' }).waitFor();
    await steps.getByText('Meet Hank Scorpio — the hiring manager').waitFor();
    // The loop's next steps come first, then the offer steps, before everything else on the page.
    const panels = await page
      .locator('article .panel')
      .evaluateAll((all) => all.slice(0, 2).map((panel) => panel.getAttribute('aria-labelledby')));
    expect(panels).toEqual(['next-steps-heading', 'offer-heading']);

    await steps.getByLabel('Question 1', { exact: true }).fill('What does the first year look like?');
    await steps.getByRole('button', { name: 'Remove question 8' }).click();
    await steps.getByLabel('People still to meet and offices to visit').fill('The Berlin office; the CFO');
    await steps.getByLabel('Notes for the conversation').fill('Combine with the brand role');
    // Saved as typed: three quiet "Saved" lines, no Save buttons.
    await expect
      .poll(async () => (await steps.getByRole('status').allTextContents()).filter((s) => s === 'Saved'))
      .toHaveLength(3);

    const offer = await withBridge(bridge, async (lk, id) => (await lk.loops.getLoop(id)).offer, loopId);
    expect(offer?.questions).toHaveLength(7);
    expect(offer?.questions[0]).toBe('What does the first year look like?');
    expect(offer?.toMeet).toBe('The Berlin office; the CFO');
    expect(offer?.conversation).toBe('Combine with the brand role');
    expect(offer?.deadline).toBe(localDate(5));
    // Its reminders are on the timeline.
    await page.getByRole('region', { name: 'Timeline' }).getByText('Decide on the offer').waitFor();
  });

  it('records a meeting, edits a status date, deletes a loop and undoes it', async () => {
    const extension = await launchExtension();
    const bridge = await extension.bridge();
    const loopId = await withBridge(bridge, async (lk) => {
      const company = await lk.companies.findOrCreateCompany({ name: 'Initech' });
      const loop = await lk.loops.createLoop({
        companyId: company.id,
        role: 'VP Sales',
        status: 'interviewing',
      });
      for (const name of ['Bill Lumbergh', 'Peter Gibbons']) {
        const person = await lk.people.createPerson({ name });
        await lk.participations.addParticipant({ loopId: loop.id, personId: person.id });
      }
      return loop.id;
    });
    const page = await extension.open(`src/dashboard/index.html#/loops/${loopId}`);
    await page.getByRole('button', { name: 'We met' }).click();
    const met = await dialog(page);
    await met.getByLabel('Bill Lumbergh').check();
    await met.getByLabel('Meeting date').fill(localDate(-1));
    await met.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('region', { name: 'Timeline' }).getByText('Met Bill Lumbergh').waitFor();
    await page
      .getByRole('region', { name: 'Timeline' })
      .getByText('Thank-you note — Bill Lumbergh')
      .waitFor();

    await page.getByLabel('Date of Interviewing').fill(localDate(-3));
    await page.getByText('Interviewing now dated').waitFor();
    const history = await withBridge(bridge, async (lk, id) => (await lk.loops.getLoop(id)).history, loopId);
    expect(history[0]?.on).toBe(localDate(-3));

    await page.getByRole('button', { name: 'Delete loop' }).click();
    await (await dialog(page)).getByRole('button', { name: 'Delete' }).click();
    await page.getByText('Deleted the Initech loop.').waitFor();
    expect(await withBridge(bridge, async (lk) => (await lk.counts()).loops)).toBe(0);
    await page.getByRole('button', { name: 'Undo' }).click();
    await page.getByRole('heading', { name: 'Initech' }).waitFor();
    const counts = await withBridge(bridge, async (lk) => lk.counts());
    expect(counts.loops).toBe(1);
    expect(counts.participations).toBe(2);
  });

  it('finds people by company and loop, logs a touch, edits and merges two records of one person', async () => {
    const extension = await launchExtension();
    const bridge = await extension.bridge();
    await withBridge(bridge, async (lk) => {
      const company = await lk.companies.findOrCreateCompany({ name: 'Umbrella' });
      const loop = await lk.loops.createLoop({ companyId: company.id, role: 'Head of Growth' });
      const ada = await lk.people.createPerson({ name: 'Ada Wong', headline: 'COO' });
      await lk.participations.addParticipant({ loopId: loop.id, personId: ada.id, role: 'executive' });
      await lk.people.createPerson({ name: 'Ada Wong', emails: ['ada@example.com'] });
      await lk.people.createPerson({ name: 'Leon Kennedy', company: 'Raccoon PD' });
    });
    const page = await extension.open('src/dashboard/index.html#/people');
    const search = page.getByRole('searchbox', { name: 'Search people' });
    await search.fill('raccoon');
    await page.getByRole('link', { name: 'Leon Kennedy' }).waitFor();
    expect(await page.getByRole('link', { name: 'Ada Wong' }).count()).toBe(0);
    await search.fill('growth');
    await page.getByRole('link', { name: 'Ada Wong' }).waitFor();
    await search.fill('');

    await page.getByRole('button', { name: 'Merge Ada Wong' }).click();
    const merge = await dialog(page);
    await merge.getByRole('button', { name: 'Merge' }).click();
    await page.getByRole('heading', { name: 'Ada Wong' }).waitFor();
    await page.getByRole('link', { name: 'ada@example.com' }).waitFor();
    await page.getByRole('link', { name: 'Umbrella — Head of Growth' }).waitFor();
    expect(await withBridge(bridge, async (lk) => (await lk.people.listPeople()).length)).toBe(2);

    await page.getByRole('button', { name: 'Log a touch' }).click();
    const touch = await dialog(page);
    await touch.getByLabel('How').selectOption('call');
    await touch.getByLabel('Note').fill('Coffee next week');
    await touch.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Coffee next week').waitFor();

    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    const edit = await dialog(page);
    await edit.getByLabel('LinkedIn profile').fill('https://www.linkedin.com/in/adawong');
    await edit.getByLabel('Connected on LinkedIn').check();
    await edit.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('link', { name: 'LinkedIn' }).waitFor();
    await page.getByText('Connected on LinkedIn.').waitFor();
  });

  it('lists every open reminder by date, filters by kind and loop, and acts on one with undo', async () => {
    const extension = await launchExtension();
    const bridge = await extension.bridge();
    await withBridge(bridge, async (lk) => lk.loadSampleData());
    const page = await extension.open('src/dashboard/index.html#/agenda');
    await page.getByRole('heading', { name: 'Agenda' }).waitFor();
    await page.getByLabel('Kind').selectOption({ label: 'Follow-up after a no' });
    const rows = page.locator('.reminder-row');
    // The shared reminder actions: Write first, the rest under "More actions".
    const more = (what: string) => page.getByRole('button', { name: `More actions: ${what}`, exact: true });
    await more('Follow-up after a no for Dana Hill').waitFor();
    expect(await rows.count()).toBe(2);
    await page.getByLabel('Loop').selectOption({ label: 'Contoso Health — Director of Growth' });
    await page.getByText('No reminders of that kind in that loop.').waitFor();
    await page.getByLabel('Loop').selectOption({ label: 'All loops' });

    await more('Follow-up after a no for Dana Hill').click();
    await page.getByRole('button', { name: 'Done', exact: true }).click();
    await page.getByText('Marked done: Follow-up after a no for Dana Hill').waitFor();
    // The toast comes with the write; the list follows on its reload (a second, with room for a busy machine).
    await expect.poll(() => rows.count(), { timeout: 2000 }).toBe(1);
    await page.getByRole('button', { name: 'Undo' }).click();
    await more('Follow-up after a no for Dana Hill').waitFor();

    await more('Follow-up after a no for Lee Park').click();
    await page.getByRole('button', { name: 'Snooze a week' }).click();
    await page.getByText('Snoozed for A week').waitFor();
    const snoozed = await withBridge(
      bridge,
      async (lk) =>
        (await lk.reminders.listPendingReminders('9999-12-31', '2000-01-01')).filter(
          (r) => r.status === 'snoozed',
        ).length,
    );
    expect(snoozed).toBe(1);
  });

  it('edits a template with a live preview, saved as typed, and restores the default', async () => {
    const extension = await launchExtension();
    const bridge = await extension.bridge();
    await withBridge(bridge, async (lk) => lk.loadSampleData());
    const page = await extension.open('src/dashboard/index.html#/templates');
    await page.getByLabel('Message').selectOption({ label: 'Follow-up after a no' });
    await page.getByLabel('Preview for').selectOption({ label: 'Dana Hill' });
    await page.getByLabel('Body').fill('Dear {firstName}, about {role} at {company}.');
    const preview = page.getByRole('region', { name: 'Preview' });
    await preview.getByText('Dear Dana, about VP Marketing at Northwind Analytics.').waitFor();
    await page.getByRole('region', { name: 'Placeholders' }).getByText('{firstName}').waitFor();
    await page.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
    await page.getByRole('button', { name: 'Restore default' }).click();
    await page.getByText('Default restored: Follow-up after a no.').waitFor();
    await preview.getByText('Thank you for letting me know about your decision').waitFor();
  });

  it('saves settings: name, signature, intervals, weekends, notification time, profile button', async () => {
    const extension = await launchExtension();
    const bridge = await extension.bridge();
    const page = await extension.open('src/dashboard/index.html#/settings');
    await page.getByLabel('Your name').fill('Jordan Lee');
    await page.getByLabel('Signature').fill('Jordan Lee\n+1 555 0100');
    await page.getByLabel('Check-in: months after a no').fill('6');
    await page.getByLabel('Move reminders that fall on a weekend to the Monday').uncheck();
    await page.getByLabel('Notification time').fill('08:30');
    await page.getByLabel('Show “Save to Loopkeeper” on LinkedIn and GitHub profiles').uncheck();
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByText('Settings saved.').waitFor();
    const saved = await withBridge(bridge, async (lk) => lk.settings.getSettings());
    expect(saved).toMatchObject({
      myName: 'Jordan Lee',
      signature: 'Jordan Lee\n+1 555 0100',
      skipWeekends: false,
      notificationTime: '08:30',
      profileButton: false,
    });
    expect(saved.intervals.checkInMonths).toBe(6);
  });

  it('shows empty states in every section and keeps working at 800 px', async () => {
    const extension = await launchExtension();
    const page = await extension.open('src/dashboard/index.html');
    await page.setViewportSize({ width: 800, height: 800 });
    await page.getByRole('button', { name: 'Load sample data to look around' }).waitFor();
    const nav = page.getByRole('navigation', { name: 'Sections' });
    await nav.getByRole('link', { name: 'People' }).click();
    await page.getByText('No people saved yet').waitFor();
    await nav.getByRole('link', { name: 'Agenda' }).click();
    await page.getByText('Nothing to do').waitFor();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(800);
  });
});
