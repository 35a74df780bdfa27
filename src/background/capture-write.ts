/**
 * Where "Write thank-you now" leads: the popup's page shown as a tab, asked to open its composer on one
 * reminder (`write=<id>`, read by src/popup). A path inside the extension, for `runtime.getURL`.
 */
export function composerAddress(reminderId: string): string {
  const query = new URLSearchParams({ view: 'tab', write: reminderId });
  return `src/popup/index.html?${query}`;
}
