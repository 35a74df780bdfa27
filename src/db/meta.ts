import { database, type MetaRow } from './database';

/** Small facts the extension keeps about itself: last backup, last daily notification, first run. */
export type MetaKey =
  | 'lastBackupAt'
  | 'lastNotifiedOn'
  | 'persistenceRequested'
  | 'demoSeeded'
  // The playbook rules version the reminders were planned under (see playbook-rules.ts).
  | 'playbookRules'
  // The first-run welcome (name and email addresses) was answered or put off: it is not asked again.
  | 'welcomeAnswered';

export async function getMeta(key: MetaKey): Promise<MetaRow['value'] | undefined> {
  return (await database().meta.get(key))?.value;
}

export async function setMeta(key: MetaKey, value: MetaRow['value']): Promise<void> {
  await database().meta.put({ key, value });
}
