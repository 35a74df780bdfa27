// Every unit test runs with an in-memory IndexedDB (fake-indexeddb) and a chrome.i18n that reads the
// English catalogue, as the browser would. Tests that need a fresh database call `freshDatabase()`
// from tests/helpers/db.ts.
import 'fake-indexeddb/auto';
import catalog from '../public/_locales/en/messages.json';

const messages = catalog as Record<string, { message: string }>;
(globalThis as { chrome?: unknown }).chrome = {
  i18n: { getMessage: (key: string) => messages[key]?.message ?? '' },
};
