/**
 * The one manifest source for every browser. Chrome and Edge get a module service worker; Firefox gets
 * background scripts (crxjs converts it), a gecko id and the data-collection declaration. Every
 * difference between the browsers is stated in this file and nowhere else.
 */
import { defineManifest } from '@crxjs/vite-plugin';
import pkg from '../package.json' with { type: 'json' };

export type TargetBrowser = 'chrome' | 'firefox';

/** The permissions Loopkeeper needs, and no more (see ENGINEERING.md, security rules). */
export const PERMISSIONS = [
  'contextMenus',
  'storage',
  'unlimitedStorage',
  'alarms',
  'notifications',
  'activeTab',
  'scripting',
] as const;

/** Host access only where the "Save to Loopkeeper" button lives. */
export const HOST_PERMISSIONS = ['https://*.linkedin.com/*', 'https://github.com/*'] as const;

export const GECKO_ID = 'loopkeeper@loopkeeper.app';

const ICONS = {
  16: 'icons/icon-16.png',
  32: 'icons/icon-32.png',
  48: 'icons/icon-48.png',
  128: 'icons/icon-128.png',
};

export function manifestFor(browser: TargetBrowser) {
  return defineManifest({
    manifest_version: 3,
    name: '__MSG_extName__',
    short_name: 'Loopkeeper',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    version: pkg.version,
    icons: ICONS,
    action: { default_popup: 'src/popup/index.html', default_title: 'Loopkeeper', default_icon: ICONS },
    options_ui: { page: 'src/dashboard/index.html', open_in_tab: true },
    // Chrome and Edge: a module service worker. Firefox: background scripts (it has no MV3 service worker).
    background:
      browser === 'firefox'
        ? { scripts: ['src/background/index.ts'], type: 'module' }
        : { service_worker: 'src/background/index.ts', type: 'module' },
    permissions: [...PERMISSIONS],
    host_permissions: [...HOST_PERMISSIONS],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  });
}
