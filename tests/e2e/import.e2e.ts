/**
 * Import in Chromium: an interview invite dropped on the dashboard (a real drop event with a
 * DataTransfer holding the file) opens the Import place with it chosen, proposes the open loop whose
 * company's domain the guests share, and saves the guests as met there — the thank-yous follow in the
 * popup. The same file dropped again changes nothing.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { type Extension, launchExtension, withBridge } from './harness';

/** Screenshots to look at (not committed): set SHOTS=/tmp/dir. */
async function shot(page: Page, name: string) {
  const dir = process.env.SHOTS;
  if (!dir) return;
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.screenshot({ path: `${dir}/${name}-${scheme}.png`, fullPage: true });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

const pad = (n: number) => String(n).padStart(2, '0');
const now = new Date();
const today = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
const stamp = today.replaceAll('-', '');

/** An Outlook-shaped invite for today at noon (floating time: the user's own zone). */
const INVITE = [
  'BEGIN:VCALENDAR',
  'METHOD:REQUEST',
  'PRODID:Microsoft Exchange Server 2010',
  'VERSION:2.0',
  'BEGIN:VEVENT',
  'ORGANIZER;CN=Priya Raman:mailto:priya.raman@globex.com',
  'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Jordan Reyes:mailto:jordan.reyes@example.org',
  'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Marcus Lee:mailto:marcus.lee@globex.com',
  'ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;CN=Conf Room 4B:mailto:room-4b@globex.com',
  'UID:040000008200E00074C5B7101A82E00800000000D0C1B2A3F4E5D6',
  'SUMMARY;LANGUAGE=en-US:Panel interview',
  `DTSTART:${stamp}T120000`,
  `DTEND:${stamp}T130000`,
  `DTSTAMP:${stamp}T080000Z`,
  'STATUS:CONFIRMED',
  'END:VEVENT',
  'END:VCALENDAR',
].join('\r\n');

async function seed(extension: Extension): Promise<string> {
  const bridge = await extension.bridge();
  const loopId = await withBridge(bridge, async (lk) => {
    await lk.settings.updateSettings({ myName: 'Jordan Reyes', myEmails: ['jordan.reyes@example.org'] });
    const initech = await lk.companies.findOrCreateCompany({ name: 'Initech', domain: 'initech.io' });
    await lk.loops.createLoop({ companyId: initech.id, role: 'Head of Platform', status: 'screening' });
    const globex = await lk.companies.findOrCreateCompany({ name: 'Globex', domain: 'globex.com' });
    const loop = await lk.loops.createLoop({
      companyId: globex.id,
      role: 'Director of Product',
      status: 'interviewing',
    });
    return loop.id;
  });
  await bridge.close();
  return loopId;
}

/** Drops the invite on the page as a file would be dropped from the desktop. */
async function dropInvite(page: Page): Promise<void> {
  await page.evaluate((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'invite.ics', { type: 'text/calendar' }));
    const target = document.querySelector('main') ?? document.body;
    target.dispatchEvent(
      new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }),
    );
    target.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, INVITE);
}

async function metIn(extension: Extension, loopId: string) {
  const bridge = await extension.bridge();
  const result = await withBridge(
    bridge,
    async (lk, id) => {
      const list = await lk.participations.listParticipationsOfLoop(id);
      const people = await Promise.all(list.map((p) => lk.people.getPerson(p.personId)));
      return {
        met: list.map((p, i) => ({ name: people[i]?.name, emails: people[i]?.emails, met: p.met })),
        counts: await lk.counts(),
      };
    },
    loopId,
  );
  await bridge.close();
  return result;
}

describe('import', () => {
  it('turns an invite dropped on the dashboard into people met in the right loop, with thank-yous', async () => {
    const extension = await launchExtension();
    const loopId = await seed(extension);
    const page = await extension.open('src/dashboard/index.html#/loops');
    await page.getByRole('heading', { name: 'Loops' }).first().waitFor();
    await dropInvite(page);

    await page.getByRole('heading', { name: 'Panel interview' }).waitFor();
    expect(page.url()).toMatch(/#\/data$/);
    await page.getByText('You are left out (jordan.reyes@example.org).').waitFor();
    expect(await page.getByRole('combobox', { name: 'Loop' }).inputValue()).toBe(loopId);
    const guests = page.getByRole('table', { name: 'Guests to save as met' });
    await guests.getByRole('checkbox', { name: 'Save Priya Raman' }).waitFor();
    await guests.getByRole('checkbox', { name: 'Save Marcus Lee' }).waitFor();
    expect(await guests.getByRole('checkbox').count()).toBe(2);
    await shot(page, 'import-invite');
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByText(/^Saved 2 people as met on/).waitFor();

    const after = await metIn(extension, loopId);
    expect(after.met).toEqual(
      expect.arrayContaining([
        { name: 'Priya Raman', emails: ['priya.raman@globex.com'], met: [today] },
        { name: 'Marcus Lee', emails: ['marcus.lee@globex.com'], met: [today] },
      ]),
    );
    expect(after.met).toHaveLength(2);

    const popup = await extension.open('src/popup/index.html');
    for (const who of ['Priya Raman', 'Marcus Lee']) {
      await popup
        .getByRole('listitem')
        .filter({
          has: popup.getByRole('button', { name: `More actions: Thank-you note for ${who}`, exact: true }),
        })
        .waitFor();
    }

    // The same file again: everyone already met that day, nothing to import, nothing changed.
    await dropInvite(page);
    await guests
      .getByText(/^Already met on/)
      .first()
      .waitFor();
    expect(await guests.getByText(/^Already met on/).count()).toBe(2);
    expect(await page.getByRole('button', { name: 'Import', exact: true }).isDisabled()).toBe(true);
    await shot(page, 'import-invite-again');
    expect((await metIn(extension, loopId)).counts).toEqual(after.counts);
    expect(extension.strayRequests).toEqual([]);
    await extension.close();
  }, 180_000);

  it('previews a LinkedIn export through the file field, adds only the ticked, and refuses a binary file', async () => {
    const extension = await launchExtension();
    await seed(extension);
    const bridge = await extension.bridge();
    await withBridge(bridge, (lk) =>
      lk.people.createPerson({ name: 'Marcus Lee', emails: ['marcus.lee@globex.com'], company: 'Globex' }),
    );
    await bridge.close();
    const page = await extension.open('src/dashboard/index.html#/data');
    const field = page.getByLabel('Choose a file to import');
    const csv = [
      'Notes:',
      '"When exporting your connection data, you may notice that some of the email addresses are missing."',
      '',
      'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
      'Marcus,Lee,https://www.linkedin.com/in/marcuslee,marcus.lee@globex.com,Globex,"Director, Product",02 Jan 2025',
      'Maximiliane-Josephine,von Hohenzollern-Sigmaringen,https://www.linkedin.com/in/mjvh,,Umbrella Corporation International Holdings,Senior Vice President of Global Talent Acquisition,28 Feb 2026',
      '美咲,佐藤,https://www.linkedin.com/in/misaki-sato,,Umbrella,Recruiter,28 Feb 2026',
    ].join('\n');
    await field.setInputFiles({ name: 'Connections.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByText('1 to update, 2 new (added only if ticked), 0 skipped.').waitFor();
    await page
      .getByRole('table', { name: 'To update' })
      .getByText('Marcus Lee: connected on LinkedIn on')
      .waitFor();
    await shot(page, 'import-connections');
    await page.getByRole('checkbox', { name: 'Add 美咲 佐藤' }).check();
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByText('Import done: 1 updated, 1 added.').waitFor();
    const check = await extension.bridge();
    const names = await withBridge(check, async (lk) =>
      (await lk.people.listPeople()).map((p) => [p.name, p.connected]),
    );
    await check.close();
    expect(names).toEqual(
      expect.arrayContaining([
        ['Marcus Lee', true],
        ['美咲 佐藤', true],
      ]),
    );
    expect(names).toHaveLength(2);

    const png = Buffer.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1,
    ]);
    await field.setInputFiles({ name: 'Connections.csv', mimeType: 'text/csv', buffer: png });
    const alert = page.getByRole('alert');
    await alert.getByText('Connections.csv cannot be imported:').waitFor();
    await alert.getByText(/^It is not a text file/).waitFor();
    await alert.getByText('Nothing was changed.').waitFor();
    await shot(page, 'import-refused');
    expect(extension.strayRequests).toEqual([]);
    await extension.close();
  }, 180_000);

  it('reads a 50,000-row export in a worker, shows a summary and the first rows, and adds the ticked ones', async () => {
    const extension = await launchExtension();
    const page = await extension.open('src/dashboard/index.html#/data');
    // Made and dropped inside the page: handing Chromium 4 MB through setInputFiles is slower than the import.
    await page.evaluate(() => {
      const rows = ['First Name,Last Name,URL,Email Address,Company,Position,Connected On'];
      for (let i = 0; i < 50_000; i++) {
        rows.push(
          `Person,N${i},https://www.linkedin.com/in/person-${i},,Company ${i % 97},Engineer,15 Mar 2024`,
        );
      }
      const transfer = new DataTransfer();
      transfer.items.add(new File([rows.join('\n')], 'Connections.csv', { type: 'text/csv' }));
      const target = document.querySelector('main') ?? document.body;
      target.dispatchEvent(
        new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }),
      );
    });
    await page
      .getByText('0 to update, 50,000 new (added only if ticked), 0 skipped.')
      .waitFor({ timeout: 120_000 });
    const fresh = page.getByRole('table', { name: 'New: tick the ones to add' });
    expect(await fresh.getByRole('checkbox').count()).toBe(200);
    await fresh.getByText('and 49,800 more').waitFor();
    await page.getByRole('button', { name: 'Tick all 50,000 new' }).waitFor();
    await fresh.getByRole('checkbox', { name: 'Add Person N7', exact: true }).check();
    await fresh.getByRole('checkbox', { name: 'Add Person N42', exact: true }).check();
    // Dispatched, not clicked: a click waits for the renderer, busy planning 50,000 rows again.
    await page.getByRole('button', { name: 'Import', exact: true }).dispatchEvent('click');
    await page.getByText('Import done: 0 updated, 2 added.').waitFor({ timeout: 180_000 });
    const bridge = await extension.bridge();
    const counts = await withBridge(bridge, (lk) => lk.counts());
    await bridge.close();
    expect(counts).toMatchObject({ people: 2, touches: 2 });
    expect(extension.strayRequests).toEqual([]);
    await extension.close();
  }, 300_000);
});
