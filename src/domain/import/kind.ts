/** Which kind of file this is, told from its content, never its name. */

export type ImportKind = 'invite' | 'connections' | 'contacts' | 'csv';

/** The first line that says something (calendars and cards may start with blank lines). */
function firstLine(text: string): string {
  const start = text.search(/\S/);
  const end = text.indexOf('\n', start);
  return (end < 0 ? text.slice(start) : text.slice(start, end)).trim().toUpperCase();
}

export function kindOf(text: string): ImportKind | null {
  const first = firstLine(text);
  if (first === 'BEGIN:VCALENDAR') return 'invite';
  if (first === 'BEGIN:VCARD') return 'contacts';
  // LinkedIn's export opens with a "Notes:" preamble before its header; other CSVs are refused by name later.
  const head = text.slice(0, 4096);
  if (/(^|\n)\s*"?First Name"?\s*,\s*"?Last Name"?/i.test(head)) return 'connections';
  if (/[,;\t]/.test(first)) return 'csv';
  return null;
}
