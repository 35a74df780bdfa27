/**
 * The language the browser shows its own interface in — the one the catalogue's text is picked in
 * (`i18n.getUILanguage()`) — and numbers written in it, so that "1.234" sits in a German sentence and
 * "1,234" in an English one. Apart from format.ts so that `t` can format numbers without a cycle.
 */

interface UiLanguageApi {
  getUILanguage?(): string;
}

/** "de", "en-US"…; outside an extension (unit tests), the page's language. */
export function uiLanguage(): string {
  const scope = globalThis as { browser?: { i18n?: UiLanguageApi }; chrome?: { i18n?: UiLanguageApi } };
  const api = scope.browser?.i18n ?? scope.chrome?.i18n;
  const language = api?.getUILanguage?.() || globalThis.navigator?.language || 'en';
  let usable = checked.get(language);
  if (usable === undefined) {
    usable = readable(language);
    checked.set(language, usable);
  }
  return usable ? language : 'en';
}

const checked = new Map<string, boolean>();

/** A tag the Intl API cannot read falls back to English rather than throwing in every formatter. */
function readable(language: string): boolean {
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([language]).length > 0;
  } catch {
    return false;
  }
}

type Formatter = Intl.DateTimeFormat | Intl.NumberFormat | Intl.PluralRules;
const formatters = new Map<string, Formatter>();

/** One formatter per language and options: building an Intl formatter costs more than using it. */
export function cachedFormatter<T extends Formatter>(
  kind: string,
  options: object,
  make: (language: string) => T,
): T {
  const language = uiLanguage();
  const id = `${kind}|${language}|${JSON.stringify(options)}`;
  let formatter = formatters.get(id) as T | undefined;
  if (!formatter) {
    formatter = make(language);
    formatters.set(id, formatter);
  }
  return formatter;
}

/** "1,234" / "1.234". */
export function formatNumber(value: number, options: Intl.NumberFormatOptions = {}): string {
  return cachedFormatter('number', options, (language) => new Intl.NumberFormat(language, options)).format(
    value,
  );
}
