import { describe, expect, it } from 'vitest';
import { launchExtension, withBridge } from './harness';

describe('the extension in Chromium', () => {
  it('loads, starts its service worker and shows first-run guidance in the popup and dashboard', async () => {
    const extension = await launchExtension();
    expect(extension.worker.url()).toMatch(/^chrome-extension:\/\/[a-p]{32}\//);

    const popup = await extension.open('src/popup/index.html');
    await popup.getByText('Save your first interviewer').waitFor();

    const dashboard = await extension.open('src/dashboard/index.html');
    await dashboard.getByRole('button', { name: 'Load sample data to look around' }).waitFor();
  });

  it('renders data put in through the repository functions, and keeps it across a restart', async () => {
    let extension = await launchExtension();
    const bridge = await extension.bridge();
    await withBridge(bridge, async (lk) => {
      const company = await lk.companies.findOrCreateCompany({ name: 'Acme Corp' });
      const loop = await lk.loops.createLoop({
        companyId: company.id,
        role: 'VP Marketing',
        status: 'interviewing',
      });
      const dana = await lk.people.createPerson({ name: 'Dana Hill', headline: 'CMO' });
      const today = new Date();
      const yesterday = new Date(today.getFullYear(), today.getMonth(), today.getDate() - 1);
      const met = `${yesterday.getFullYear()}-${String(yesterday.getMonth() + 1).padStart(2, '0')}-${String(yesterday.getDate()).padStart(2, '0')}`;
      await lk.participations.addParticipant({
        loopId: loop.id,
        personId: dana.id,
        role: 'hiring-manager',
        met: [met],
      });
    });

    const dashboard = await extension.open('src/dashboard/index.html');
    await dashboard.getByText('Acme Corp').waitFor();
    const popup = await extension.open('src/popup/index.html');
    await popup.getByText('Dana Hill').first().waitFor();

    const profile = extension.userDataDir;
    expect(extension.strayRequests).toEqual([]);
    await extension.close({ keepProfile: true });
    extension = await launchExtension({ userDataDir: profile });
    const again = await extension.open('src/dashboard/index.html');
    await again.getByText('Acme Corp').waitFor();
    const popupAgain = await extension.open('src/popup/index.html');
    await popupAgain.getByText('Dana Hill').first().waitFor();
  });
});
