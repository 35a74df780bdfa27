/**
 * The service worker. Listeners are registered synchronously at the top level, as Manifest V3 requires
 * (a worker woken by an event must find its listener at once); the work lives in functions of their own.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { createContextMenus, onCommand, onMenuClick } from './context-menu';
import { onAlarm, onNotificationClicked, onWorkerStart } from './daily';
import { announceDataChanged, changesData } from './data-changed';
import { handlers } from './handlers';
import { createRouter } from './router';

const route = createRouter(handlers, browser.runtime.id, browser.runtime.getURL(''));

browser.runtime.onMessage.addListener(async (message: unknown, sender: Runtime.MessageSender) => {
  const result = await route(message, sender);
  if (result.ok && changesData(message)) announceDataChanged();
  return result;
});
browser.runtime.onInstalled.addListener(() => void onWorkerStart());
browser.runtime.onStartup.addListener(() => void onWorkerStart());
browser.alarms.onAlarm.addListener((alarm) => void onAlarm(alarm));
browser.notifications.onClicked.addListener((id) => void onNotificationClicked(id));
browser.runtime.onInstalled.addListener(() => void createContextMenus());
browser.runtime.onStartup.addListener(() => void createContextMenus());
browser.contextMenus.onClicked.addListener((info, tab) => void onMenuClick(info, tab));
browser.commands.onCommand.addListener((command, tab) => void onCommand(command, tab));
// Every start of the worker re-creates the alarms the browser may have cleared (see daily.ts).
void onWorkerStart();
// End-to-end builds only (the condition is false, and the line gone, in every other build): Firefox offers
// a test no way to dispatch a menu click, so tests/e2e-firefox calls the same handler the listener calls.
if (import.meta.env.MODE.startsWith('e2e')) Object.assign(globalThis, { loopkeeperMenuClick: onMenuClick });
