/**
 * The composer's in-place fixes, in the popup (through the worker's real handlers, as the router
 * would call them) and in the dashboard's DraftDialog (through its facade): a draft that would go out
 * unsigned asks for the name and is refilled; a person without an address gets one, and Open in mail
 * becomes a link.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { composerHandlers } from '../../src/background/composer-handlers';
import { dashboardDraftSource } from '../../src/dashboard/draft-source';
import { getPerson } from '../../src/db/people';
import { getSettings, updateSettings } from '../../src/db/settings';
import { Composer } from '../../src/popup/composer/Composer';
import { loadToday, type Row } from '../../src/popup/load';
import { DraftDialog } from '../../src/ui/components/DraftDialog';
import { freshPopupDatabase, seedJobSearch } from './seed';

const today = '2026-03-11';
const scope = globalThis as unknown as { chrome: { runtime?: unknown } };
const sent: string[] = [];
scope.chrome.runtime = {
  async sendMessage({ type, payload }: { type: string; payload: never }) {
    sent.push(type);
    const handler = (composerHandlers as Record<string, (p: never, s: never) => Promise<unknown>>)[type];
    if (!handler) return { ok: true, reply: { ok: true, badge: 0 } };
    try {
      return { ok: true, reply: await handler(payload, {} as never) };
    } catch (error) {
      return { ok: false, error: (error as Error).message };
    }
  },
};

let root: HTMLElement;
let rows: Row[];
beforeEach(async () => {
  await freshPopupDatabase();
  await seedJobSearch(today);
  await updateSettings({ myName: '', signature: '' });
  rows = (await loadToday(today)).sections.flatMap((s) => s.rows);
  sent.length = 0;
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

const row = (name: string) => {
  const found = rows.find((r) => r.reminder.kind === 'rejection-follow-up' && r.person?.name === name);
  if (!found) throw new Error(`no follow-up for ${name}`);
  return found;
};
const until = async (check: () => boolean) => {
  for (let i = 0; i < 600 && !check(); i++) await act(() => new Promise((resolve) => setTimeout(resolve, 5)));
  expect(check(), `${root.textContent} ${sent.join()}`).toBe(true);
};
const byLabel = (text: string) =>
  [...root.querySelectorAll('label')].find((l) => l.textContent?.trim() === text)?.control as
    | HTMLInputElement
    | undefined;
const type = async (input: HTMLInputElement, value: string) =>
  act(() => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
const submit = async (control: HTMLElement) => act(() => control.closest('form')?.requestSubmit());
const body = () => root.querySelector('textarea')?.value ?? '';

async function addNameThenEmail(textFor: (name: string) => string) {
  await until(() => !!root.querySelector('textarea'));
  expect(root.textContent).toContain('This draft is not signed');
  expect(body().endsWith('With best regards,')).toBe(true);
  const name = byLabel('Your name') as HTMLInputElement;
  await submit(name);
  await until(() => root.textContent?.includes('Type your name first.') ?? false);
  await type(name, 'Jordan Lee');
  await submit(name);
  await until(() => body().endsWith('With best regards,\nJordan Lee'));
  expect(root.textContent).not.toContain('This draft is not signed');
  expect((await getSettings()).myName).toBe('Jordan Lee');

  const mail = () => [...root.querySelectorAll('a, button')].find((e) => e.textContent === textFor('mail'));
  expect(mail()?.tagName).toBe('BUTTON');
  expect((mail() as HTMLButtonElement).disabled).toBe(true);
  const email = byLabel('Email for Lee') as HTMLInputElement;
  await type(email, 'not an address');
  await submit(email);
  await until(() => root.textContent?.includes('“not an address” is not an email address.') ?? false);
  await type(email, 'lee.park@acme.example');
  await submit(email);
  await until(() => mail()?.tagName === 'A');
  expect((mail() as HTMLAnchorElement).href).toMatch(/^mailto:lee\.park@acme\.example\?subject=/);
  expect(root.textContent).not.toContain('Email for Lee');
  expect((await getPerson(row('Lee Park').person?.id as string)).emails).toEqual(['lee.park@acme.example']);
}

describe('the popup composer', () => {
  it('asks for the name and the missing address in place, and writes through the worker', async () => {
    render(<Composer row={row('Lee Park')} today={today} onClose={() => {}} onSent={() => {}} />, root);
    await addNameThenEmail(() => 'Open in mail');
    expect(sent).toEqual(['composer-set-name', 'composer-add-email']);
  });

  it('keeps the user’s edits and signs below them', async () => {
    render(<Composer row={row('Lee Park')} today={today} onClose={() => {}} onSent={() => {}} />, root);
    await until(() => !!root.querySelector('textarea'));
    await type(root.querySelector('textarea') as never, 'Hi Lee, my own words.');
    const name = byLabel('Your name') as HTMLInputElement;
    await type(name, 'Jordan Lee');
    await submit(name);
    await until(() => body() === 'Hi Lee, my own words.\nJordan Lee');
  });

  it('shows neither fix when the name and the address are known', async () => {
    await updateSettings({ myName: 'Alex Morgan' });
    render(<Composer row={row('Dana Hill')} today={today} onClose={() => {}} onSent={() => {}} />, root);
    await until(() => body().endsWith('Alex Morgan'));
    expect(root.textContent).not.toMatch(/not signed|Email for/);
    expect(root.querySelector('a[href^="mailto:dana.hill"]')).not.toBeNull();
  });
});

describe('the dashboard’s DraftDialog', () => {
  it('does the same through the dashboard’s facade, without any storage of its own', async () => {
    const r = row('Lee Park');
    render(
      <DraftDialog
        source={dashboardDraftSource}
        context={{ kind: r.reminder.kind, person: r.person, loop: r.loop, company: r.company }}
        onSent={() => {}}
        onClose={() => {}}
      />,
      root,
    );
    await addNameThenEmail(() => 'Open in email');
    // No composer message: the dashboard writes through its facade and tells the worker the data changed.
    expect(sent).toEqual(['data-changed', 'data-changed']);
  });
});
