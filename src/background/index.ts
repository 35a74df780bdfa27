/**
 * The service worker. Listeners are registered synchronously at the top level, as Manifest V3 requires
 * (a worker woken by an event must find its listener at once); the work lives in functions of their own.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { refreshBadge } from './badge';
import { handlers } from './handlers';
import { createRouter } from './router';

const route = createRouter(handlers, browser.runtime.id, browser.runtime.getURL(''));

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) =>
  route(message, sender),
);
browser.runtime.onInstalled.addListener(() => void refreshBadge());
browser.runtime.onStartup.addListener(() => void refreshBadge());
