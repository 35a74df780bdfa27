/**
 * The few extension APIs a content script uses, taken from the browser directly (Chrome's `chrome`,
 * Firefox's `browser`) so the content scripts need not carry the polyfill.
 */
interface ContentRuntime {
  runtime: {
    getURL(path: string): string;
    onMessage: { addListener(listener: (message: unknown) => void): void };
  };
  i18n: { getMessage(key: string): string };
}

export function extensionApi(): ContentRuntime {
  const scope = globalThis as { browser?: ContentRuntime; chrome?: ContentRuntime };
  const api = scope.browser ?? scope.chrome;
  if (!api) throw new Error('Loopkeeper’s content script runs only inside the extension.');
  return api;
}

/** A string of the locale catalogue (content scripts cannot use src/i18n, which drags in the UI). */
export function message(key: string): string {
  return extensionApi().i18n.getMessage(key) || key;
}
