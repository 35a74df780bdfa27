/**
 * The loop flow (issue 11): a meeting is never skipped silently, New loop lands on the loop, the stage
 * select shows the current stage, the loop page and the loops list lead with the next steps, and an
 * outcome shows what it will plan before it does, with an Undo that restores everything.
 */
import { describe, expect, it } from 'vitest';
import { dialog, localDate } from './dashboard-helpers';
import { type Extension, launchExtension, withBridge } from './harness';

interface Seed {
  company: string;
  status?: string;
  /** People with their role, whether you hit it off and the dates you met. */
  people?: { name: string; role?: string; hitItOff?: boolean; met?: string[] }[];
  offerDeadline?: string;
}

/** A loop seeded through the product's own repositories; returns its id. */
async function seedLoop(extension: Extension, seed: Seed): Promise<string> {
  const bridge = await extension.bridge();
  const id = await withBridge(
    bridge,
    async (lk, s) => {
      const company = await lk.companies.findOrCreateCompany({ name: s.company });
      const loop = await lk.loops.createLoop({
        companyId: company.id,
        role: 'VP Marketing',
        status: 'interviewing',
        on: s.start,
      });
      for (const p of s.people ?? []) {
        const person = await lk.people.createPerson({ name: p.name });
        await lk.participations.addParticipant({
          loopId: loop.id,
          personId: person.id,
          role: p.role ?? 'interviewer',
          hitItOff: !!p.hitItOff,
          met: p.met ?? [],
        });
      }
      if (s.offerDeadline)
        await lk.loops.changeLoopStatus(loop.id, { status: 'offer', on: s.today, deadline: s.offerDeadline });
      return loop.id;
    },
    { ...seed, start: localDate(-20), today: localDate() },
  );
  await bridge.close();
  return id;
}

async function remindersOf(extension: Extension, name: string) {
  const bridge = await extension.bridge();
  const found = await withBridge(
    bridge,
    async (lk, who) => {
      const person = (await lk.people.listPeople()).find((p) => p.name === who);
      if (!person) return null;
      return { person, reminders: await lk.reminders.listRemindersOfPerson(person.id) };
    },
    name,
  );
  await bridge.close();
  return found;
}

describe('the loop flow', () => {
  it('Add person asks when you met: Today and Earlier plan a thank-you, Not yet plans none and says so', async () => {
    const extension = await launchExtension();
    const loopId = await seedLoop(extension, { company: 'Acme Corp' });
    const page = await extension.open(`src/dashboard/index.html#/loops/${loopId}`);
    await page.getByRole('heading', { name: 'Acme Corp' }).waitFor();

    // Today (the default), with an email and a LinkedIn profile.
    await page.getByRole('button', { name: 'Add person' }).click();
    let add = await dialog(page);
    await add.getByLabel('Name').fill('Dana Hill');
    expect(await add.getByRole('radio', { name: 'Today' }).isChecked()).toBe(true);
    await add.getByText('A thank-you to Dana will be planned for the day you met.').waitFor();
    await add.getByLabel('Email (optional)').fill('dana@');
    await add.getByLabel('Profile link (optional)').fill('https://www.linkedin.com/in/dana-hill/?trk=x');
    await add.getByText('LinkedIn profile').waitFor();
    // An incomplete address is refused before anything is saved (the browser's own check on type=email).
    expect(
      await add.getByLabel('Email (optional)').evaluate((input: HTMLInputElement) => input.checkValidity()),
    ).toBe(false);
    await add.getByRole('button', { name: 'Save' }).click();
    expect(await remindersOf(extension, 'Dana Hill')).toBeNull();
    await add.getByLabel('Email (optional)').fill('dana@acme.example');
    await add.getByRole('button', { name: 'Save' }).click();
    await page.getByText(/^Added Dana Hill to Acme Corp\. Thank-you planned: /).waitFor();
    const dana = await remindersOf(extension, 'Dana Hill');
    expect(dana?.reminders.filter((r) => r.kind === 'thank-you' && r.status === 'open')).toHaveLength(1);
    expect(dana?.person.emails).toEqual(['dana@acme.example']);
    expect(dana?.person.profiles.linkedin).toBe('https://www.linkedin.com/in/dana-hill/');

    // Earlier…, two days ago.
    await page.getByRole('button', { name: 'Add person' }).click();
    add = await dialog(page);
    await add.getByLabel('Name').fill('Lee Park');
    await add.getByRole('radio', { name: 'Earlier…' }).check();
    await add.getByLabel('Date you met').fill(localDate(-2));
    await add.getByRole('button', { name: 'Save' }).click();
    await page.getByText(/^Added Lee Park to Acme Corp\. Thank-you planned: /).waitFor();
    const lee = await remindersOf(extension, 'Lee Park');
    const leeThanks = lee?.reminders.filter((r) => r.kind === 'thank-you' && r.status === 'open') ?? [];
    expect(leeThanks).toHaveLength(1);
    expect(leeThanks[0]?.anchor).toContain(localDate(-2));

    // Not yet: no thank-you, and the message says so.
    await page.getByRole('button', { name: 'Add person' }).click();
    add = await dialog(page);
    await add.getByLabel('Name').fill('Sam Roe');
    await add.getByRole('radio', { name: 'Not yet' }).check();
    await add.getByText('No meeting yet, so no thank-you will be planned.', { exact: false }).waitFor();
    await add.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Added Sam Roe to Acme Corp. No meeting yet, so no thank-you is planned.').waitFor();
    const sam = await remindersOf(extension, 'Sam Roe');
    expect(sam?.reminders.filter((r) => r.kind === 'thank-you')).toEqual([]);
  });

  it('#/loops/new opens New loop, and saving lands on the new loop', async () => {
    const extension = await launchExtension();
    const page = await extension.open('src/dashboard/index.html#/loops/new');
    const form = await dialog(page);
    await form.getByLabel('Company').fill('Initech');
    await form.getByLabel('Role', { exact: true }).fill('VP Sales');
    await form.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('heading', { name: 'Initech' }).waitFor();
    expect(new URL(page.url()).hash).toMatch(/^#\/loops\/[0-9a-f-]{36}$/);
  });

  it('an outcome shows what it will plan, Confirm records it, Undo restores it; the stage select follows', async () => {
    const extension = await launchExtension();
    const loopId = await seedLoop(extension, {
      company: 'Acme Corp',
      people: [
        { name: 'Dana Hill', role: 'hiring-manager', hitItOff: true, met: [localDate(-3)] },
        { name: 'Lee Park', role: 'hr', met: [localDate(-3)] },
      ],
    });
    const bridge = await extension.bridge();
    const read = () =>
      withBridge(
        bridge,
        async (lk, id) => ({
          history: (await lk.loops.getLoop(id)).history,
          reminders: (await lk.reminders.listRemindersOfLoop(id)).sort((a, b) => (a.id < b.id ? -1 : 1)),
        }),
        loopId,
      );
    const before = await read();
    const page = await extension.open(`src/dashboard/index.html#/loops/${loopId}`);
    const stage = page.getByRole('combobox', { name: 'Stage' });
    await page.getByRole('heading', { name: 'Acme Corp' }).waitFor();
    expect(await stage.inputValue()).toBe('interviewing');

    await page.getByRole('button', { name: 'They chose someone else' }).click();
    const preview = await dialog(page);
    const planned = preview.getByRole('region', { name: /Reminders it will plan/ });
    await planned
      .getByRole('listitem')
      .filter({ hasText: 'Follow-up after a no' })
      .filter({ hasText: 'Dana Hill' })
      .waitFor();
    await planned
      .getByRole('listitem')
      .filter({ hasText: 'Follow-up after a no' })
      .filter({ hasText: 'Lee Park' })
      .waitFor();
    await planned.getByRole('listitem').filter({ hasText: 'Connect on LinkedIn' }).first().waitFor();
    await planned.getByRole('listitem').filter({ hasText: 'Review the process' }).waitFor();
    // Nothing is recorded until Confirm.
    expect((await read()).history).toEqual(before.history);
    await preview.getByRole('button', { name: 'Confirm: Not selected' }).click();
    await page.getByText('Recorded: Not selected').waitFor();
    await page
      .getByRole('region', { name: 'Next steps' })
      .getByText('Follow-up after a no')
      .first()
      .waitFor();
    expect(await stage.inputValue()).toBe('rejected');
    const after = await read();
    expect(after.history.at(-1)?.status).toBe('rejected');
    expect(after.reminders.some((r) => r.kind === 'rejection-follow-up')).toBe(true);

    await page.getByRole('button', { name: 'Undo' }).click();
    await page
      .getByRole('region', { name: 'Next steps' })
      .getByText('Follow-up after a no')
      .first()
      .waitFor({ state: 'detached' });
    expect(await stage.inputValue()).toBe('interviewing');
    expect(await read()).toEqual(before);
  });

  it('the loop page starts with its open reminders, and Done there completes one', async () => {
    const extension = await launchExtension();
    const loopId = await seedLoop(extension, {
      company: 'Acme Corp',
      people: [{ name: 'Dana Hill', met: [localDate()] }],
    });
    const page = await extension.open(`src/dashboard/index.html#/loops/${loopId}`);
    await page.getByRole('heading', { name: 'Acme Corp' }).waitFor();
    const first = await page.locator('article .panel').first().getAttribute('aria-labelledby');
    expect(first).toBe('next-steps-heading');
    const steps = page.getByRole('region', { name: 'Next steps' });
    // The popup's actions: Write first, Done under "More actions".
    await steps.getByRole('button', { name: 'Write: Thank-you note for Dana Hill' }).waitFor();
    await steps
      .getByRole('button', { name: 'More actions: Thank-you note for Dana Hill', exact: true })
      .click();
    await steps.getByRole('button', { name: 'Done', exact: true }).click();
    await steps.getByText('Nothing to do for this loop right now.').waitFor();
    const dana = await remindersOf(extension, 'Dana Hill');
    expect(dana?.reminders.find((r) => r.kind === 'thank-you')?.status).toBe('done');
  });

  it('the loops list shows each loop’s next step (what, who, when) and an offer’s deadline', async () => {
    const extension = await launchExtension();
    await seedLoop(extension, { company: 'Acme Corp', people: [{ name: 'Dana Hill', met: [localDate()] }] });
    await seedLoop(extension, { company: 'Globex', offerDeadline: localDate(5) });
    await seedLoop(extension, { company: 'Initech' });
    const page = await extension.open('src/dashboard/index.html#/loops');
    const card = (company: string) =>
      page.getByRole('listitem').filter({ has: page.getByRole('link', { name: company }) });
    await card('Acme Corp')
      .getByText(/^Next: Thank-you note — Dana Hill, /)
      .waitFor();
    await card('Globex')
      .getByText(/^Offer: decide by .* \(5 days left\)$/)
      .waitFor();
    await card('Globex')
      .getByText(/^Next: /)
      .waitFor();
    await card('Initech').getByText('Nothing planned').waitFor();
  });
});
