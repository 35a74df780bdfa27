/**
 * The capture panel on a company's page with nobody on it: start a loop at the company, or add a person
 * there by name. The panel's messages go to the worker's real functions, over a fresh database.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startLoopAtCompany } from '../../src/background/capture-company';
import { knownPeople, openLoops, saveCapture } from '../../src/background/capture-save';
import { App } from '../../src/capture/App';
import { findOrCreateCompany, listCompanies } from '../../src/db/companies';
import { createLoop, getLoop, listLoopsByStatus } from '../../src/db/loops';
import { listParticipationsOfLoop } from '../../src/db/participations';
import { getPerson } from '../../src/db/people';
import { LOOP_STATUSES } from '../../src/domain/types';
import type { CaptureExtraction } from '../../src/messages';
import { freshDatabase } from '../helpers/db';

const NORTHWIND: CaptureExtraction = {
  pageUrl: 'https://www.linkedin.com/company/northwind-labs/',
  via: 'button',
  subject: null,
  people: [],
  company: {
    name: 'Northwind Labs',
    domain: 'northwind.example',
    linkedinUrl: 'https://www.linkedin.com/company/northwind-labs/',
  },
};

const worker: Record<string, (payload: never) => Promise<unknown>> = {
  'capture-take': async () => ({ extraction: NORTHWIND, loops: await openLoops() }),
  'capture-known': knownPeople,
  'capture-save': async (request: never) => (await saveCapture(request)).reply,
  'capture-start-loop': startLoopAtCompany,
  'capture-close': async () => ({ ok: true }),
};
const scope = globalThis as unknown as { chrome: { runtime?: unknown } };
scope.chrome.runtime = {
  async sendMessage({ type, payload }: { type: string; payload: never }) {
    try {
      return { ok: true, reply: await (worker[type] as (p: never) => Promise<unknown>)(payload) };
    } catch (error) {
      return { ok: false, error: (error as Error).message };
    }
  },
};

let root: HTMLElement;
beforeEach(async () => {
  await freshDatabase();
  location.hash = '#token-for-the-test';
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

async function until<T>(find: () => T | null | undefined | false, what: string): Promise<T> {
  for (let i = 0; i < 200; i++) {
    const found = find();
    if (found) return found;
    await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
  }
  throw new Error(`timed out waiting for ${what}`);
}
const labelled = (text: string) =>
  [...root.querySelectorAll('label')]
    .find((l) => l.textContent?.trim().startsWith(text))
    ?.querySelector('input, select') as HTMLInputElement | HTMLSelectElement | null;
const radio = (text: string) =>
  [...root.querySelectorAll('label.choice')]
    .find((l) => l.textContent?.includes(text))
    ?.querySelector('input');
const button = (text: string) => [...root.querySelectorAll('button')].find((b) => b.textContent === text);
async function type(field: HTMLInputElement | HTMLSelectElement, value: string) {
  await act(() => {
    field.value = value;
    field.dispatchEvent(
      new Event(field instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }),
    );
  });
}
const submit = () =>
  act(() => {
    root.querySelector('form')?.dispatchEvent(new Event('submit', { cancelable: true }));
  });

describe('the capture panel on a company page', () => {
  it('offers to start a loop there, prefilled from the page, and starts it with no one in it', async () => {
    await act(() => render(<App />, root));
    await until(() => radio('Start a loop at Northwind Labs'), 'the choice');
    expect(root.querySelector('.found')?.textContent).toBe('This page is about Northwind Labs.');
    expect(radio('Start a loop at Northwind Labs')?.checked).toBe(true);
    expect(radio('Add a person at Northwind Labs by name')?.checked).toBe(false);
    expect(labelled('Name')?.value).toBe('Northwind Labs');
    expect(labelled('Website')?.value).toBe('northwind.example');
    expect(labelled('LinkedIn page')?.value).toBe('https://www.linkedin.com/company/northwind-labs/');
    // The role is the one thing to type: focus waits there.
    expect(document.activeElement).toBe(labelled('Your role'));
    expect(root.textContent).not.toContain('Their role');

    await type(labelled('Your role') as HTMLInputElement, 'Head of Product');
    await type(labelled('Stage') as HTMLSelectElement, 'screening');
    await submit();
    await until(() => root.querySelector('.saved'), 'the confirmation');
    expect([...root.querySelectorAll('.saved p')].map((p) => p.textContent)).toEqual([
      'Started a loop at Northwind Labs — Head of Product.',
      'Add the people you meet there from their profiles, or right-click their name and choose “Add interviewer”.',
    ]);
    const [loop] = await listLoopsByStatus(LOOP_STATUSES);
    expect(loop).toMatchObject({ role: 'Head of Product', status: 'screening' });
    expect(await listParticipationsOfLoop(loop?.id ?? '')).toEqual([]);
    expect(await listCompanies()).toMatchObject([{ name: 'Northwind Labs', domain: 'northwind.example' }]);
  });

  it('with a loop already open there, starts on adding a person to it, and says which loop is open', async () => {
    const company = await findOrCreateCompany({ name: 'Northwind Labs' });
    const open = await createLoop({ companyId: company.id, role: 'Head of Product', status: 'interviewing' });
    await act(() => render(<App />, root));
    await until(() => radio('Add a person at Northwind Labs by name'), 'the choice');
    expect(radio('Add a person at Northwind Labs by name')?.checked).toBe(true);
    expect(root.textContent).toContain('Already open there: Head of Product');
    expect(labelled('Name')?.value).toBe('');
    expect(labelled('Company')?.value).toBe('Northwind Labs');
    expect(labelled('Add to')?.value).toBe(open.id);

    await type(labelled('Name') as HTMLInputElement, 'Jo Lindqvist');
    await submit();
    await until(() => root.querySelector('.saved'), 'the confirmation');
    expect(root.querySelector('.saved p')?.textContent).toBe(
      'Saved Jo Lindqvist to Northwind Labs — Head of Product',
    );
    const [part] = await listParticipationsOfLoop(open.id);
    expect((await getPerson(part?.personId ?? '')).company).toBe('Northwind Labs');
  });

  it('switches between the two, and says in words what is missing', async () => {
    await act(() => render(<App />, root));
    const person = await until(() => radio('Add a person at Northwind Labs by name'), 'the choice');
    await act(() => person.click());
    expect(labelled('Name')?.value).toBe('');
    expect(button('Save')).toBeTruthy();
    await act(() => radio('Start a loop at Northwind Labs')?.click());
    expect(button('Start the loop')).toBeTruthy();
    await submit(); // no role typed (the browser's own check is bypassed here)
    const alert = await until(() => root.querySelector('[role="alert"]'), 'the error');
    expect(alert.textContent).toBe('Type the role you are interviewing for.');
    expect(await listLoopsByStatus(LOOP_STATUSES)).toEqual([]);
  });

  it('says so when the loop is already there rather than doubling it', async () => {
    const company = await findOrCreateCompany({ name: 'Northwind Labs' });
    const open = await createLoop({ companyId: company.id, role: 'Head of Product', status: 'applied' });
    await act(() => render(<App />, root));
    const start = await until(() => radio('Start a loop at'), 'the choice');
    await act(() => start.click());
    await type(labelled('Your role') as HTMLInputElement, 'head of product');
    await submit();
    await until(() => root.querySelector('.saved'), 'the confirmation');
    expect(root.querySelector('.saved p')?.textContent).toBe(
      'Northwind Labs — Head of Product is already one of your loops: nothing was added.',
    );
    expect((await listLoopsByStatus(LOOP_STATUSES)).map((l) => l.id)).toEqual([open.id]);
    expect((await getLoop(open.id)).status).toBe('applied');
  });
});
