/**
 * The service worker. Listeners are registered synchronously at the top level, as Manifest V3 requires
 * (a worker woken by an event must find its listener at once); the work lives in functions of their own.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { onAlarm, onNotificationClicked, onWorkerStart } from './daily';
import { handlers } from './handlers';
import { createRouter } from './router';

const route = createRouter(handlers, browser.runtime.id, browser.runtime.getURL(''));

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) =>
  route(message, sender),
);
browser.runtime.onInstalled.addListener(() => void onWorkerStart());
browser.runtime.onStartup.addListener(() => void onWorkerStart());
browser.alarms.onAlarm.addListener((alarm) => void onAlarm(alarm));
browser.notifications.onClicked.addListener((id) => void onNotificationClicked(id));
// Every start of the worker re-creates the alarms the browser may have cleared (see daily.ts).
void onWorkerStart();
