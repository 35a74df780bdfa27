import { refreshBadge } from './badge';
import { captureHandlers } from './capture-handlers';
import { composerHandlers } from './composer-handlers';
import { scheduleAlarms } from './daily';
import { reminderHandlers } from './reminder-handlers';
import type { Handlers } from './router';

/** What the service worker does for each message of the catalogue. */
export const handlers: Handlers = {
  'data-changed': async () => ({ badge: await refreshBadge() }),
  'settings-changed': async () => {
    await scheduleAlarms();
    await refreshBadge();
    return { ok: true };
  },
  ...captureHandlers,
  ...reminderHandlers,
  ...composerHandlers,
};
