import { addPersonEmail } from '../db/people';
import { updateSettings } from '../db/settings';
import type { Handlers } from './router';

/**
 * The composer's two small writes, run here so the popup never loads Dexie: the user's name where a
 * draft lacks a signature, and an address for a person who had none. Both are validated by the
 * repositories (a bad address is refused in words); neither changes what is due, so the badge stays.
 */
export const composerHandlers: Pick<Handlers, 'composer-set-name' | 'composer-add-email'> = {
  'composer-set-name': async ({ name }) => {
    if (!name.trim()) throw new Error('Type your name first.');
    const settings = await updateSettings({ myName: name });
    return { myName: settings.myName, signature: settings.signature };
  },
  'composer-add-email': async ({ personId, email }) => {
    const saved = await addPersonEmail(personId, email);
    return { emails: saved.emails };
  },
};
