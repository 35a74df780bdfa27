import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { type Extension, launchExtension, withBridge } from './harness';

let extension: Extension | undefined;

afterEach(async () => {
  if (extension) {
    expect(extension.strayRequests, 'requests that left the machine').toEqual([]);
    await extension.close();
    extension = undefined;
  }
});

function localDate(offsetDays = 0): string {
  const d = new Date();
  d.setDate(d.getDate() + offsetDays);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

async function dialog(page: Page) {
  const open = page.getByRole('dialog');
  await open.waitFor();
  return open;
}

describe('the dashboard: a new user’s journey', () => {
  it('New loop → Acme Corp → Add person Dana Hill, hit it off → They chose someone else → the popup lists her follow-up', async () => {
    extension = await launchExtension();
    const page = await extension.open('src/dashboard/index.html');
    await page.getByRole('button', { name: 'New loop' }).first().click();
    const form = await dialog(page);
    await form.getByLabel('Company').fill('Acme Corp');
    await form.getByLabel('Role', { exact: true }).fill('VP Marketing');
    await form.getByRole('button', { name: 'Save' }).click();

    await page.getByRole('link', { name: 'Acme Corp' }).click();
    await page.getByRole('heading', { name: 'Acme Corp' }).waitFor();
    await page.getByRole('button', { name: 'Add person' }).click();
    const add = await dialog(page);
    await add.getByLabel('Name').fill('Dana Hill');
    await add.getByLabel('Hit it off').check();
    await add.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('link', { name: 'Dana Hill' }).waitFor();

    await page.getByRole('button', { name: 'They chose someone else' }).click();
    await page.getByText('Recorded: Not selected').waitFor();

    const popup = await extension.open('src/popup/index.html');
    const item = popup
      .getByRole('listitem')
      .filter({ hasText: 'Dana Hill' })
      .filter({ hasText: 'Acme Corp' });
    await item.getByText('Follow-up after a no').first().waitFor();
  });
});
