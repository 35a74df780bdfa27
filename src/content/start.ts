import { send } from '../messages';
import { openFrame } from './frame';
import { type PageHint, recognise } from './recognise';

/**
 * Opens the capture panel over this page: recognises it, hands the result to the worker (which keeps it
 * under a one-time token) and opens the panel's frame with that token. Only the token enters the page.
 */
export async function startCapture(hint: PageHint): Promise<boolean> {
  const capture = recognise(document, location.href, hint);
  const { token } = await send('capture-start', capture);
  openFrame('panel', token);
  return true;
}
