import { LoopView } from '../loop/LoopView';
import { LoopsPage } from './LoopsView';

/** The id of `#/loops/new`: the loops list with the New loop dialog open (the popup's empty state links here). */
export const NEW_LOOP_ID = 'new';

/** `#/loops/<id>`: one loop, or — for `#/loops/new` — the list with New loop open. Loop ids are UUIDs. */
export function LoopRoute({ id, rest }: { id: string; rest?: string }) {
  if (id === NEW_LOOP_ID) return <LoopsPage creatingFromRoute />;
  return <LoopView id={id} {...(rest ? { rest } : {})} />;
}
