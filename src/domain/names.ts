/** Normalising names so that lookups ignore case, accents and stray whitespace. */

export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** "  Dána   HILL " → "dana hill": the key people and companies are looked up by. */
export function nameKey(name: string): string {
  return collapseWhitespace(name)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/** The first word of a full name, for "Hi Dana". Empty when there is no name. */
export function firstName(fullName: string): string {
  return collapseWhitespace(fullName).split(' ')[0] ?? '';
}
