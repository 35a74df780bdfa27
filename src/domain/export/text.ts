/**
 * The content-line rules vCard (RFC 6350 §3.2–3.4) and iCalendar (RFC 5545 §3.1, §3.3.11) share:
 * text values escape backslash, comma, semicolon and newlines; lines end with CRLF and are folded so no
 * line is longer than 75 octets, never inside a UTF-8 sequence.
 */

export const CRLF = '\r\n';
const MAX_OCTETS = 75;

/** Octets of one character (a code point, as `for…of` gives them) in UTF-8, as TextEncoder writes it. */
function octetsOf(char: string): number {
  if (char.length === 2) return 4; // a surrogate pair
  const code = char.charCodeAt(0);
  return code < 0x80 ? 1 : code < 0x800 ? 2 : 3; // a lone surrogate becomes U+FFFD, 3 octets
}

function utf8Length(line: string): number {
  let octets = 0;
  for (const char of line) octets += octetsOf(char);
  return octets;
}

/**
 * A TEXT value: backslash and comma escaped, every kind of newline written `\n`, and the semicolon
 * escaped too unless `semicolon` is false. iCalendar escapes it in every text (RFC 5545 §3.3.11);
 * vCard only inside structured values such as N, ORG and ADR (RFC 6350 §3.4), and readers of a plain
 * vCard text like TITLE or NOTE keep a backslash before it.
 */
export function escapeText(value: string, { semicolon = true } = {}): string {
  const escaped = value.replace(/\\/g, '\\\\').replace(/,/g, '\\,');
  return (semicolon ? escaped.replace(/;/g, '\\;') : escaped).replace(/\r\n|\r|\n/g, '\\n');
}

/** Drops control characters that have no place in a content line (tabs become spaces). */
export function clean(value: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
  return value.replace(/\t/g, ' ').replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '');
}

/** Splits a content line into lines of at most 75 octets; continuation lines start with one space. */
export function fold(line: string): string {
  // A UTF-16 unit is at most 3 octets: short lines need no counting (most lines of a calendar).
  if (line.length * 3 <= MAX_OCTETS || utf8Length(line) <= MAX_OCTETS) return line;
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = octetsOf(char);
    // The first line holds 75 octets; each continuation holds 74 after its leading space.
    const limit = parts.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

/** Joins content lines, each folded and ended with CRLF. */
export function contentLines(lines: readonly string[]): string {
  return lines.map((line) => `${fold(line)}${CRLF}`).join('');
}
