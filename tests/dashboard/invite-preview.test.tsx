/**
 * The invite's preview: several events to choose from, a cancelled one said and not importable, a
 * loop proposed at the guests' company when none is open there (its name editable), the hint to save
 * one's own addresses when none are, and Import saving the ticked guests only.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StoreProvider } from '../../src/dashboard/store';
import { InvitePreview } from '../../src/dashboard/views/data/InvitePreview';
import { database } from '../../src/db/database';
import { parseInvite } from '../../src/domain/import/calendar';
import { freshDatabase } from '../helpers/db';

const FILE = [
  'BEGIN:VCALENDAR',
  'BEGIN:VEVENT',
  'UID:one',
  'SUMMARY:Hooli onsite',
  'DTSTART;VALUE=DATE:20260415',
  'ORGANIZER;CN=Gavin Belson:mailto:gavin@hooli.com',
  'ATTENDEE;CN=Jian Yang:mailto:jian.yang@hooli.com',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:two',
  'SUMMARY:Hooli follow-up',
  'DTSTART;VALUE=DATE:20260420',
  'STATUS:CANCELLED',
  'ATTENDEE;CN=Gavin Belson:mailto:gavin@hooli.com',
  'END:VEVENT',
  'END:VCALENDAR',
].join('\r\n');

let root: HTMLElement;
let closed = 0;
beforeEach(async () => {
  await freshDatabase();
  closed = 0;
  root = document.createElement('div');
  document.body.append(root);
  render(
    <StoreProvider>
      <InvitePreview events={parseInvite(FILE)} onDone={() => closed++} />
    </StoreProvider>,
    root,
  );
});
afterEach(() => {
  render(null, root);
  root.remove();
});

const text = () => root.textContent ?? '';
const until = async (check: () => boolean) => {
  for (let i = 0; i < 400 && !check(); i++) await act(() => new Promise((resolve) => setTimeout(resolve, 5)));
  expect(check(), text()).toBe(true);
};
const button = (name: string) =>
  [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === name) as HTMLButtonElement;
const labelled = (label: string) =>
  [...root.querySelectorAll('label')]
    .find((l) => l.textContent?.startsWith(label))
    ?.querySelector('select, input') as HTMLSelectElement | HTMLInputElement;
const change = (element: HTMLSelectElement | HTMLInputElement, value: string, kind = 'change') =>
  act(() => {
    element.value = value;
    element.dispatchEvent(new Event(kind, { bubbles: true }));
  });

describe('the invite preview', () => {
  it('proposes a loop at the guests’ company and saves the ticked guests only', async () => {
    await until(() => text().includes('Jian Yang'));
    expect(text()).toContain('Add your own addresses in Settings');
    expect((labelled('Loop') as HTMLSelectElement).selectedOptions[0]?.textContent).toBe(
      'Start a loop at Hooli',
    );
    expect((labelled('Company') as HTMLInputElement).value).toBe('Hooli');
    await change(labelled('Company'), 'Hooli XYZ', 'input');
    await act(() => {
      root.querySelector<HTMLInputElement>('input[aria-label="Save Gavin Belson"]')?.click();
    });
    await act(() => button('Import').click());
    await until(() => closed === 1);
    const people = await database().people.toArray();
    expect(people.map((p) => [p.name, p.company, p.emails])).toEqual([
      ['Jian Yang', 'Hooli XYZ', ['jian.yang@hooli.com']],
    ]);
    const [company] = await database().companies.toArray();
    expect(company).toMatchObject({ name: 'Hooli XYZ', domain: 'hooli.com' });
    const [participation] = await database().participations.toArray();
    expect(participation?.met).toEqual(['2026-04-15']);
  });

  it('says a cancelled event is cancelled, and offers nothing to import', async () => {
    await until(() => !!labelled('Event'));
    await change(labelled('Event'), '1');
    await until(() => text().includes('This invite cancels the event: there is nothing to save.'));
    expect(button('Import').disabled).toBe(true);
    expect(await database().people.count()).toBe(0);
  });
});
