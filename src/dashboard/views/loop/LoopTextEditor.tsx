import { type LoopTextField, saveLoopText } from '../../../db/text-fields';
import type { Loop } from '../../../domain/types';
import { NotesEditor } from '../../../ui/components/NotesEditor';

/** The stored text of one of a loop's text fields. */
export function loopText(loop: Loop, field: LoopTextField): string {
  if (field === 'notes') return loop.notes;
  if (field === 'review.wentWell') return loop.review.wentWell;
  if (field === 'review.toImprove') return loop.review.toImprove;
  const offer = loop.offer;
  if (field === 'offer.notes') return offer?.notes ?? '';
  if (field === 'offer.toMeet') return offer?.toMeet ?? '';
  return offer?.conversation ?? '';
}

/**
 * One text field of a loop, saved as typed. Each field writes only itself (src/db/text-fields.ts), so
 * the loop page's other fields and its stale copy of the loop never overwrite it.
 */
export function LoopTextEditor({
  loop,
  field,
  label,
  rows,
}: {
  loop: Loop;
  field: LoopTextField;
  label: string;
  rows?: number;
}) {
  return (
    <NotesEditor
      label={label}
      value={loopText(loop, field)}
      save={(text) => saveLoopText(loop.id, field, text)}
      storageKey={`loop:${loop.id}:${field}`}
      storedAt={loop.updatedAt}
      {...(rows ? { rows } : {})}
    />
  );
}
