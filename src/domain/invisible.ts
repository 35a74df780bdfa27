/**
 * Characters that change how text looks or reads without being seen: C0/C1 controls (tab and line breaks
 * kept), bidi embeddings, overrides and isolates (U+202A–202E, U+2066–2069, the Arabic letter mark, LRM,
 * RLM), zero-width space, word joiner and invisible operators, the soft hyphen and the byte-order mark.
 * "\u202Eevil.com" shows as "moc.live"; a name with a zero-width space never matches the same name typed.
 * Zero-width joiners (U+200C/U+200D) stay: Persian, Indic scripts and emoji need them.
 */
const INVISIBLE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

/** `value` without control, bidi-override and zero-width characters (tabs and line breaks are kept). */
export function stripInvisible(value: string): string {
  return value.replace(INVISIBLE, '');
}
