import type { MessageTemplate } from '../domain/templates';

/**
 * The draft once the user has given their name. Untouched since it was filled in: filled in again
 * (`refilled`), so the name lands where the template puts it. Edited: the edits stay and the name is
 * added at the end, where every default template signs.
 */
export function withName(
  current: MessageTemplate,
  filledBefore: MessageTemplate,
  refilled: MessageTemplate,
  name: string,
): MessageTemplate {
  const untouched = current.subject === filledBefore.subject && current.body === filledBefore.body;
  if (untouched) return refilled;
  return { ...current, body: `${current.body.replace(/\s+$/, '')}\n${name}` };
}
