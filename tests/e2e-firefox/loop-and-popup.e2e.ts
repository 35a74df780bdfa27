/**
 * The dashboard's loop, person and outcome, and the popup's today list and its actions, in Firefox.
 */
import { describe, expect, it } from 'vitest';
import { launchFirefox, until, withBridge } from './harness';
import { click, control, fill, seeText, textOf } from './ui';

describe('the dashboard and the popup in Firefox', () => {
  it('New loop → Add person, hit it off → They chose someone else → the popup lists her follow-up; Done and Undo', async () => {
    const extension = await launchFirefox();
    const page = await extension.open('src/dashboard/index.html');
    await click(page, 'New loop');
    await fill(page, 'Company', 'Acme Corp');
    await fill(page, 'Role', 'VP Marketing');
    await click(page, 'Save');
    await control(page, 'Add person');
    await click(page, 'Add person');
    await fill(page, 'Name', 'Dana Hill');
    await click(page, 'Hit it off');
    await click(page, 'Save');
    await control(page, 'Dana Hill');
    await click(page, 'They chose someone else');
    await click(page, 'Confirm: Not selected');
    await seeText(page, 'Recorded: Not selected');

    const popup = await extension.open('src/popup/index.html');
    await seeText(popup, 'Acme Corp — VP Marketing');
    const more = `More actions: Follow-up after a no for Dana Hill`;
    await control(popup, more);
    expect(await textOf(popup)).not.toContain('Thank-you note');

    await click(popup, more);
    await click(popup, 'Done');
    await seeText(popup, 'Done: Dana Hill');
    await until(async () => !(await textOf(popup)).includes('Follow-up after a no'), 'her row to go');
    await click(popup, 'Undo');
    await control(popup, more);
    const bridge = await extension.bridge();
    const open = await withBridge(bridge, async (lk) =>
      (await lk.reminders.listPendingReminders('9999-12-31', '9999-12-31')).map((r) => r.kind),
    );
    expect(open).toContain('rejection-follow-up');
  });
});
