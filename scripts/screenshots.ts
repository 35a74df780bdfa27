/**
 * `npx tsx scripts/screenshots.ts` (under `xvfb-run -a` without a display): retakes the README's
 * screenshots in docs/screenshots from the built e2e extension with the sample data (the same build
 * and harness as the browser tests; set E2E_SKIP_BUILD=1 to reuse .cache/e2e-dist). Look at every
 * picture before committing it.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchExtension } from '../tests/e2e/harness';
import { servePages } from '../tests/e2e/https-server';
import { panelFrame, pressSaveButton, routes, URLS } from '../tests/e2e/pages/site';
import { E2E_DIST, ROOT } from '../tests/e2e/paths';
import { run } from './bench-seed';

const OUT = join(ROOT, 'docs', 'screenshots');
const shot = (page: Page, name: string) => page.screenshot({ path: join(OUT, name), animations: 'disabled' });

if (process.env.E2E_SKIP_BUILD !== '1') {
  execFileSync('npx', ['vite', 'build', '--mode', 'e2e', '--logLevel', 'warn'], {
    stdio: 'inherit',
    env: { ...process.env, OUT_DIR: E2E_DIST },
  });
}

const server = await servePages(routes());
const ext = await launchExtension({ args: server.args, allowedHosts: server.hosts });
try {
  // `run` (not withBridge): tsx names functions with a helper the page lacks, and run supplies it.
  const ids = await run(
    await ext.bridge(),
    async (lk) => {
      await lk.loadSampleData();
      await lk.settings.updateSettings({ myName: 'Alex Morgan', myEmails: ['alex.morgan@example.com'] });
      await lk.meta.setMeta('welcomeAnswered', true);
      const loops = await lk.loops.listLoopsByStatus(['final-round', 'offer']);
      const companies = await Promise.all(loops.map((loop) => lk.companies.getCompany(loop.companyId)));
      const byCompany = (name: string) => loops[companies.findIndex((c) => c?.name === name)]?.id ?? '';
      return { offer: byCompany('Fabrikam Labs'), live: byCompany('Contoso Health') };
    },
    null,
  );

  // The popup: today's list, light, then the composer on the first row, dark.
  const popup = await ext.open('src/popup/index.html');
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup
    .getByRole('button', { name: /^Write/ })
    .first()
    .waitFor();
  await shot(popup, 'popup-today.png');
  await popup.emulateMedia({ colorScheme: 'dark' });
  await popup
    .getByRole('button', { name: /^Write/ })
    .first()
    .click();
  await popup.getByRole('button', { name: 'Copy' }).waitFor();
  await shot(popup, 'popup-composer-dark.png');
  await popup.close();

  // The dashboard: the loops list, the offer loop (light) and a live loop's next steps (dark).
  const dashboard = await ext.open('src/dashboard/index.html#/loops');
  await dashboard.setViewportSize({ width: 1200, height: 480 });
  await dashboard.getByRole('link', { name: 'Fabrikam Labs' }).first().waitFor();
  await shot(dashboard, 'dashboard-loops.png');
  await dashboard.setViewportSize({ width: 1200, height: 820 });
  await dashboard.goto(ext.url(`src/dashboard/index.html#/loops/${ids.offer}`));
  await dashboard.getByRole('heading', { name: 'Next steps' }).waitFor();
  await shot(dashboard, 'dashboard-offer.png');
  await dashboard.emulateMedia({ colorScheme: 'dark' });
  await dashboard.goto(ext.url(`src/dashboard/index.html#/loops/${ids.live}`));
  await dashboard.getByRole('heading', { name: 'Next steps' }).waitFor();
  await shot(dashboard, 'dashboard-loop-dark.png');
  await dashboard.close();

  // The capture panel on a profile, light and dark: "When did you meet?" with Today chosen.
  for (const scheme of ['light', 'dark'] as const) {
    const page = await ext.context.newPage();
    await page.setViewportSize({ width: 1100, height: 800 });
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(URLS.dana);
    await pressSaveButton(page);
    const panel = await panelFrame(page);
    await panel.getByRole('group', { name: 'When did you meet?' }).waitFor();
    await shot(page, `capture-panel-${scheme}.png`);
    await page.close();
  }
  console.log(`Screenshots written to ${OUT}`);
} finally {
  await ext.close();
  await server.close();
}
