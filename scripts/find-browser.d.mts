/** Types for find-browser.mjs (kept as plain JavaScript so it runs before anything is installed). */
export function findBrowser(options?: { install?: boolean }): string;
