/** Small helpers the dashboard's end-to-end tests share. */
import type { Page } from 'playwright-core';

/** Today + `offsetDays` in the browser's time zone as the product stores it ('2026-03-02'). */
export function localDate(offsetDays = 0): string {
  const d = new Date();
  d.setDate(d.getDate() + offsetDays);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** The open dialog, once it is there. */
export async function dialog(page: Page) {
  const open = page.getByRole('dialog');
  await open.waitFor();
  return open;
}
