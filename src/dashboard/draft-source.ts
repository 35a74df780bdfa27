/**
 * The dashboard's side of the shared DraftDialog (src/ui/components/DraftDialog.tsx): the reads and the
 * two small writes it needs, through the repositories, each telling the worker the data changed.
 */
import { addPersonEmail } from '../db/people';
import { getSettings, updateSettings } from '../db/settings';
import { getTemplate } from '../db/templates';
import type { DraftSource } from '../ui/components/DraftDialog';
import { notifyDataChanged } from '../ui/data-changed';

export const dashboardDraftSource: DraftSource = {
  async read(kind) {
    const [template, settings] = await Promise.all([getTemplate(kind), getSettings()]);
    return { template, settings };
  },
  async saveMyName(name) {
    if (!name.trim()) throw new Error('Type your name first.');
    const { myName, signature } = await updateSettings({ myName: name });
    await notifyDataChanged();
    return { myName, signature };
  },
  async addEmail(personId, email) {
    const saved = await addPersonEmail(personId, email);
    await notifyDataChanged();
    return saved.emails;
  },
};
