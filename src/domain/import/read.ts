/** A chosen file's bytes → what it holds, told by content: an invite, LinkedIn connections or contacts. */
import { type InviteEvent, parseInvite } from './calendar';
import { decodeText } from './decode';
import { kindOf } from './kind';
import { type Connection, parseConnections } from './linkedin';
import { IMPORT_LIMITS, ImportProblem } from './problem';
import { type Contact, parseContacts } from './vcard';

export type ImportFile =
  | { kind: 'invite'; events: InviteEvent[] }
  | { kind: 'connections'; connections: Connection[] }
  | { kind: 'contacts'; contacts: Contact[] };

/** `progress` gets the share done, 0 to 1, while a large file is read. */
export function readImportFile(bytes: Uint8Array, progress: (done: number) => void = () => {}): ImportFile {
  if (bytes.length > IMPORT_LIMITS.bytes) {
    throw new ImportProblem('too-large', { megabytes: Math.round(IMPORT_LIMITS.bytes / 1024 / 1024) });
  }
  const text = decodeText(bytes);
  progress(0.1);
  const kind = kindOf(text);
  if (kind === 'invite') return { kind, events: parseInvite(text) };
  if (kind === 'contacts') return { kind, contacts: parseContacts(text) };
  if (kind === 'connections') {
    return { kind, connections: parseConnections(text, (done) => progress(0.1 + done * 0.9)) };
  }
  if (kind === 'csv') return { kind: 'connections', connections: parseConnections(text) };
  throw new ImportProblem('unknown-kind');
}
