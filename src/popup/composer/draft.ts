import { type DraftInputs, readDraftInputs } from '../../db/drafts';
import { isMessageKind } from '../../domain/playbook/kinds';
import type { MessageTemplate } from '../../domain/templates';
import { renderDraft } from '../../ui/draft';
import type { Row } from '../load';

/** The template and the user's name and signature this row's draft is made from (none for a task). */
export async function loadDraftInputs(row: Row): Promise<DraftInputs | null> {
  const { kind } = row.reminder;
  return isMessageKind(kind) ? readDraftInputs(kind) : null;
}

/** The row's draft from those inputs, with the same placeholder values as the dashboard's (src/ui/draft.ts). */
export function draftFor(row: Row, inputs: DraftInputs | null): MessageTemplate {
  if (!inputs) return { subject: '', body: '' };
  const { kind } = row.reminder;
  return renderDraft(
    inputs.template,
    { kind, person: row.person, loop: row.loop, company: row.company },
    inputs.settings,
  );
}

/**
 * The user's template for this kind (or the default), filled in for this person and loop with the
 * same placeholder values as the dashboard's drafts (src/ui/draft.ts).
 */
export async function loadDraft(row: Row): Promise<MessageTemplate> {
  return draftFor(row, await loadDraftInputs(row));
}
