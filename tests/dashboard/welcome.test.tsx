/** The first-run welcome: asked once, answered or put off, and what it saves. */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StoreProvider } from '../../src/dashboard/store';
import { Welcome } from '../../src/dashboard/Welcome';
import { getMeta } from '../../src/db/meta';
import { getSettings, updateSettings } from '../../src/db/settings';
import { parseEmailList } from '../../src/domain/emails';
import { freshDatabase } from '../helpers/db';

let root: HTMLElement;
beforeEach(async () => {
  await freshDatabase();
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

const show = () =>
  render(
    <StoreProvider>
      <Welcome />
    </StoreProvider>,
    root,
  );
const until = async (check: () => boolean) => {
  for (let i = 0; i < 400 && !check(); i++) await act(() => new Promise((resolve) => setTimeout(resolve, 5)));
  expect(check(), root.textContent ?? '').toBe(true);
};
const field = (label: string) =>
  [...root.querySelectorAll('label')].find((l) => l.textContent?.startsWith(label))?.querySelector('input') as
    | HTMLInputElement
    | undefined;
const type = (input: HTMLInputElement, value: string) =>
  act(() => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
const click = (text: string) =>
  act(() => {
    [...root.querySelectorAll('button')]
      .find((b) => b.textContent?.trim() === text)
      ?.dispatchEvent(new MouseEvent('click', { bubbles: true }));
  });
const welcomed = () => root.textContent?.includes('Welcome to Loopkeeper') ?? false;

describe('the first-run welcome', () => {
  it('asks for the name and the email addresses, refuses a wrong one, saves, and is not asked again', async () => {
    show();
    await until(welcomed);
    await type(field('Your name') as HTMLInputElement, 'Jordan Lee');
    await type(field('Your email addresses') as HTMLInputElement, 'jordan@example.com, jordan@');
    await click('Continue');
    await until(() => root.textContent?.includes('Not an email address: jordan@') ?? false);
    expect(await getMeta('welcomeAnswered')).toBeUndefined();

    await type(field('Your email addresses') as HTMLInputElement, 'jordan@example.com; j.lee@work.example');
    await click('Continue');
    await until(() => !welcomed());
    const settings = await getSettings();
    expect(settings.myName).toBe('Jordan Lee');
    expect(settings.myEmails).toEqual(['jordan@example.com', 'j.lee@work.example']);

    render(null, root);
    show();
    await act(() => new Promise((resolve) => setTimeout(resolve, 100)));
    expect(welcomed()).toBe(false);
  });

  it('"Later" puts it away for good and saves nothing', async () => {
    await updateSettings({ myName: 'Sam' });
    show();
    await until(welcomed);
    expect(field('Your name')?.value).toBe('Sam');
    await click('Later');
    await until(() => !welcomed());
    expect(await getMeta('welcomeAnswered')).toBe(true);
    expect((await getSettings()).myEmails).toEqual([]);
  });
});

describe('a list of email addresses as typed', () => {
  it.each([
    ['a@x.com', ['a@x.com'], []],
    ['a@x.com, b@y.org', ['a@x.com', 'b@y.org'], []],
    ['a@x.com;\nA@X.com  b@y.org', ['a@x.com', 'b@y.org'], []],
    ['a@x.com, nope, c@', ['a@x.com'], ['nope', 'c@']],
    ['  ', [], []],
  ])('%j', (text, emails, invalid) => {
    expect(parseEmailList(text)).toEqual({ emails, invalid });
  });
});
