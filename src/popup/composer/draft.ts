import { readDraftInputs } from '../../db/drafts';
import { isMessageKind } from '../../domain/playbook/kinds';
import type { MessageTemplate } from '../../domain/templates';
import { renderDraft } from '../../ui/draft';
import type { Row } from '../load';

/**
 * The user's template for this kind (or the default), filled in for this person and loop with the
 * same placeholder values as the dashboard's drafts (src/ui/draft.ts).
 */
export async function loadDraft(row: Row): Promise<MessageTemplate> {
  const { kind } = row.reminder;
  if (!isMessageKind(kind)) return { subject: '', body: '' };
  const { template, settings } = await readDraftInputs(kind);
  return renderDraft(template, { kind, person: row.person, loop: row.loop, company: row.company }, settings);
}
