/**
 * CSV as spreadsheet programs open it cleanly: RFC 4180 (fields with a comma, quote or line break are
 * quoted, quotes doubled, CRLF between records), UTF-8 with a byte-order mark so Excel reads accents
 * right, and a guard against formula injection: a cell that starts with = + - @, a tab or a carriage
 * return is prefixed with an apostrophe, so a name like "=HYPERLINK(...)" is shown, never run.
 */

const BOM = '\uFEFF';
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | boolean | undefined | null): string {
  if (value === undefined || value === null) return '';
  let text = String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(
  header: readonly string[],
  rows: readonly (readonly (string | number | boolean | undefined)[])[],
): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(','));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
