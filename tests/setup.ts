// Every unit test runs with an in-memory IndexedDB; tests that need a fresh database call
// `freshDatabase()` from tests/helpers/db.ts.
import 'fake-indexeddb/auto';
