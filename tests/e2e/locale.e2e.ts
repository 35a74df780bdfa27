/**
 * A German user sees German: Chromium started in German (on Linux its interface language comes from
 * LANGUAGE/LANG, and it needs its German resources: Debian's chromium-l10n) picks the extension's German
 * catalogue, and the popup and the dashboard write dates and numbers the German way.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { type Extension, launchExtension, withBridge } from './harness';

const GERMAN = {
  args: ['--lang=de'],
  env: { LANGUAGE: 'de', LANG: 'de_DE.UTF-8', LC_ALL: 'de_DE.UTF-8' },
};

/** A German short date with the year, as the dashboard writes it: "Fr., 20. Nov. 2026". */
const GERMAN_DATE =
  /(Mo|Di|Mi|Do|Fr|Sa|So)\., \d{1,2}\. (Jan|Feb|März|Apr|Mai|Juni|Juli|Aug|Sept|Okt|Nov|Dez)\.? \d{4}/;

async function uiLanguage(ext: Extension): Promise<string> {
  return ext.worker.evaluate(() =>
    (globalThis as unknown as { chrome: { i18n: { getUILanguage(): string } } }).chrome.i18n.getUILanguage(),
  );
}

/** The sample job search, plus a loop started on 20 November 2026 (a date to find in German). */
async function seed(ext: Extension): Promise<string> {
  const bridge = await ext.bridge();
  const loopId = await withBridge(bridge, async (lk) => {
    await lk.loadSampleData();
    const company = await lk.companies.findOrCreateCompany({ name: 'Initech' });
    const loop = await lk.loops.createLoop({
      companyId: company.id,
      role: 'Leitung Marketing',
      status: 'interviewing',
      on: '2026-11-20',
    });
    await lk.notifyDataChanged();
    return loop.id;
  });
  await bridge.close();
  return loopId;
}

async function textOf(page: Page): Promise<string> {
  return (await page.locator('body').textContent()) ?? '';
}

describe('a German user', () => {
  it('sees the popup and the dashboard in German, with German dates', async () => {
    const ext = await launchExtension(GERMAN);
    const language = await uiLanguage(ext);
    expect(
      language,
      'Chromium did not start in German: on Debian its German resources come with `apt-get install chromium-l10n`',
    ).toMatch(/^de\b/);
    const loopId = await seed(ext);

    const popup = await ext.open('src/popup/index.html');
    await popup.getByRole('heading', { level: 1, name: /^Heute/ }).waitFor();
    await popup.getByRole('heading', { level: 2, name: /^Heute fällig/ }).waitFor();
    await popup.getByRole('button', { name: 'Schreiben' }).first().waitFor();
    const popupText = await textOf(popup);
    expect(popupText).toContain('Nachfassen nach einer Absage');
    expect(popupText).toMatch(/\d+ Tage? überfällig|In \d+ Tagen|Morgen/);
    // The day in the header: "Mi., 2. Dez." — a German weekday and month, day before month.
    const day = (await popup.locator('.popup-date').textContent()) ?? '';
    expect(day).toMatch(/^(Mo|Di|Mi|Do|Fr|Sa|So)\., \d{1,2}\. \p{L}+\.?$/u);
    expect(popupText).not.toContain('Due today');

    const loops = await ext.open('src/dashboard/index.html#/loops');
    await loops.getByRole('link', { name: 'Prozesse' }).waitFor();
    await loops.getByRole('button', { name: 'Neuer Prozess' }).waitFor();
    expect(await textOf(loops)).toMatch(/\d+ Personen|1 Person/);

    const loop = await ext.open(`src/dashboard/index.html#/loops/${loopId}`);
    await loop.getByRole('heading', { name: 'Initech' }).waitFor();
    await loop.getByText('Fr., 20. Nov. 2026').first().waitFor();
    expect(await textOf(loop)).toContain('Statusverlauf');

    const agenda = await ext.open('src/dashboard/index.html#/agenda');
    await agenda.getByRole('heading', { name: 'Agenda' }).waitFor();
    await agenda
      .getByRole('button', { name: /^Erledigt: / })
      .first()
      .waitFor();
    expect(await textOf(agenda)).toMatch(GERMAN_DATE);
  });
});
