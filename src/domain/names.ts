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

/** Letters that Unicode decomposition leaves whole, written as people type them without the key. */
const PLAIN_LETTERS: Record<string, string> = {
  ß: 'ss',
  ẞ: 'ss',
  ø: 'o',
  Ø: 'o',
  æ: 'ae',
  Æ: 'ae',
  œ: 'oe',
  Œ: 'oe',
  ł: 'l',
  Ł: 'l',
  đ: 'd',
  Đ: 'd',
  ð: 'd',
  Ð: 'd',
  þ: 'th',
  Þ: 'th',
  ı: 'i',
};
const SPECIAL = new RegExp(`[${Object.keys(PLAIN_LETTERS).join('')}]`, 'g');
const UMLAUT = /([aouAOU])\u0308/g;
const APOSTROPHES = /['’ʼ]/;

/**
 * A text in lower case without accents. `german` spells ä, ö, ü as ae, oe, ue (Müller → mueller),
 * the way German names are romanised; otherwise the dots just go (Müller → muller).
 */
function fold(text: string, german: boolean): string {
  const decomposed = text.normalize('NFKD');
  return (german ? decomposed.replace(UMLAUT, '$1e') : decomposed)
    .replace(/[\u0300-\u036f]/g, '')
    .replace(SPECIAL, (letter) => PLAIN_LETTERS[letter] ?? letter)
    .toLowerCase();
}

/** Words split at anything but letters and digits: "Wei (David) Zhang" → wei, david, zhang. */
function wordsOf(folded: string): string[] {
  const words: string[] = [];
  for (const token of folded.split(/[^\p{L}\p{M}\p{N}'’ʼ]+/u)) {
    const parts = token.split(APOSTROPHES).filter(Boolean);
    // "O'Brien" is found as "obrien" and as "brien".
    if (parts.length > 1) words.push(parts.join(''));
    words.push(...parts);
  }
  return words;
}

/**
 * The search keys of a name (or any text): every word in every spelling a user may type for it —
 * "Jürgen Müller" → jurgen, muller, juergen, mueller; "François" → francois; "São" → sao. A person's
 * keys are stored in the `*nameWords` index, so a search finds any word of a name by prefix.
 */
export function searchKeys(text: string): string[] {
  return [...new Set([...wordsOf(fold(text, false)), ...wordsOf(fold(text, true))])];
}

/**
 * The words typed, each with the spellings it may stand for: "müller" → [muller, mueller] (the dots
 * typed mean either romanisation), "mueller" → [mueller] (found through the stored "mueller" of
 * Müller), "david" → [david].
 */
export function queryWords(query: string): string[][] {
  const plain = wordsOf(fold(query, false));
  const german = wordsOf(fold(query, true));
  return plain.map((word, index) => [...new Set([word, german[index] ?? word])]);
}

/** Every word typed starts one of the keys (searchKeys of the texts searched), in one of its spellings. */
export function matchesQuery(query: string | string[][], keys: readonly string[]): boolean {
  const wanted = typeof query === 'string' ? queryWords(query) : query;
  return wanted.every((spellings) => keys.some((key) => spellings.some((word) => key.startsWith(word))));
}
