import { describe, expect, it } from 'vitest';
import { GECKO_ID, manifestFor } from '../../manifest/manifest.config';
import pkg from '../../package.json';

type ManifestObject = Record<string, unknown> & { permissions: string[]; host_permissions: string[] };

const chrome = manifestFor('chrome') as unknown as ManifestObject;
const firefox = manifestFor('firefox') as unknown as ManifestObject;

describe('the manifest', () => {
  it.each([
    ['chrome', chrome],
    ['firefox', firefox],
  ])('asks %s for exactly the permissions Loopkeeper needs', (_browser, manifest) => {
    expect([...manifest.permissions].sort()).toEqual(
      [
        'activeTab',
        'alarms',
        'contextMenus',
        'notifications',
        'scripting',
        'storage',
        'unlimitedStorage',
      ].sort(),
    );
    expect(manifest.host_permissions).toEqual(['https://*.linkedin.com/*', 'https://github.com/*']);
    expect(JSON.stringify(manifest)).not.toMatch(/"tabs"|<all_urls>/);
  });

  it('takes its version from package.json and its texts from the locale catalogue', () => {
    expect(chrome.version).toBe(pkg.version);
    expect(chrome.name).toBe('__MSG_extName__');
    expect(chrome.default_locale).toBe('en');
  });

  it('declares the gecko id and data collection only for Firefox, installable from ESR 140 and not for Android', () => {
    expect(firefox.browser_specific_settings).toEqual({
      gecko: {
        id: GECKO_ID,
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
    });
    expect(chrome.browser_specific_settings).toBeUndefined();
  });
});
