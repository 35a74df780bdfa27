// `npm start`: installs what is missing, builds the extension for Chrome into dist/, and opens Chromium
// with it loaded in a profile of its own (.cache/start-profile) and sample data to try, loaded through
// the dashboard's own "Load sample data" button. Without a display it says how to load dist/ by hand.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { ensureInstalled } from './ensure-installed.mjs';

const root = resolve(import.meta.dirname, '..');
ensureInstalled(root);

const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
const dist = resolve(root, 'dist');
console.log(`Built the extension into ${dist}`);

if (!process.env.DISPLAY && process.platform === 'linux') {
  console.log(`
No display here, so no browser window can open. To try Loopkeeper on a machine with a screen:
  1. Open chrome://extensions in Chrome or Chromium and switch on "Developer mode".
  2. Click "Load unpacked" and choose ${dist}
  3. Click the Loopkeeper icon in the toolbar, open the dashboard and choose "Load sample data to look around".
(Or run this command again where a display is available: it does all of that for you.)`);
  process.exit(0);
}

const { findBrowser } = await import('./find-browser.mjs');
const { chromium } = await import('playwright-core');
const context = await chromium.launchPersistentContext(resolve(root, '.cache/start-profile'), {
  executablePath: findBrowser(),
  headless: false,
  viewport: null,
  args: [
    `--disable-extensions-except=${dist}`,
    `--load-extension=${dist}`,
    '--no-first-run',
    '--no-default-browser-check',
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
  ],
});
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
const id = new URL(worker.url()).host;
const dashboard = context.pages()[0] ?? (await context.newPage());
await dashboard.goto(`chrome-extension://${id}/src/dashboard/index.html`);
const sample = dashboard.getByRole('button', { name: 'Load sample data to look around' });
if (await sample.isVisible({ timeout: 3000 }).catch(() => false)) await sample.click();
const popup = await context.newPage();
await popup.goto(`chrome-extension://${id}/src/popup/index.html`);
console.log('Chromium is open with Loopkeeper and sample data. Close the browser window to stop.');
await new Promise((done) => context.on('close', done));
