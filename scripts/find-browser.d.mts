/** Types for find-browser.mjs (kept as plain JavaScript so it runs before anything is installed). */
export function findBrowser(options?: { install?: boolean }): string;
/** Firefox for the Firefox suite; throws with the install command when there is none. */
export function findFirefox(options?: { install?: boolean }): string;
