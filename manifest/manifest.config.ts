/**
 * The one manifest source for every browser. Chrome and Edge get a module service worker; Firefox gets
 * background scripts (crxjs converts it), a gecko id and the data-collection declaration. Every
 * difference between the browsers is stated in this file and nowhere else.
 */
import { defineDynamicResource, defineManifest } from '@crxjs/vite-plugin';
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

/** The oldest Firefox the add-on installs in (desktop only); the README says why. */
export const FIREFOX_DESKTOP_MIN = '140.0';

const ICONS = {
  16: 'icons/icon-16.png',
  32: 'icons/icon-32.png',
  48: 'icons/icon-48.png',
  128: 'icons/icon-128.png',
};

/** The toolbar popup's page (built apart from the rest: scripts/popup-bundle.ts). */
export const POPUP_PAGE = 'src/popup/index.html';

/** `withPopup: false` leaves `default_popup` out, for the crxjs build that does not build the popup. */
export function manifestFor(browser: TargetBrowser, { withPopup = true } = {}) {
  return defineManifest({
    manifest_version: 3,
    name: '__MSG_extName__',
    short_name: 'Loopkeeper',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    version: pkg.version,
    icons: ICONS,
    action: {
      ...(withPopup ? { default_popup: POPUP_PAGE } : {}),
      default_title: 'Loopkeeper',
      default_icon: ICONS,
    },
    options_ui: { page: 'src/dashboard/index.html', open_in_tab: true },
    // Chrome and Edge: a module service worker. Firefox: background scripts (it has no MV3 service worker).
    background:
      browser === 'firefox'
        ? { scripts: ['src/background/index.ts'], type: 'module' }
        : { service_worker: 'src/background/index.ts', type: 'module' },
    permissions: [...PERMISSIONS],
    host_permissions: [...HOST_PERMISSIONS],
    // The content script (the "Save to Loopkeeper" button), declared only where host access is granted anyway.
    content_scripts: [
      { matches: [...HOST_PERMISSIONS], js: ['src/content/content-script.ts'], run_at: 'document_idle' },
    ],
    // The capture panel and the "already saved" note are extension pages framed in web pages. Chrome:
    // `use_dynamic_url` gives them an address that changes every session, so a page can neither guess
    // nor probe for it. Firefox has no such flag (crxjs drops it from the Firefox build): its
    // moz-extension:// address is already a random id per installation.
    web_accessible_resources: [
      {
        resources: ['src/capture/index.html', 'src/capture/note.html'],
        matches: ['https://*/*', 'http://*/*'],
        use_dynamic_url: true,
      },
      // The content script injected on request: executeScript needs no web access to it, but crxjs lists
      // every dynamic script; this keeps it behind the same per-session address.
      defineDynamicResource({ matches: ['https://*/*', 'http://*/*'], use_dynamic_url: true }),
    ],
    commands: {
      'add-person': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: '__MSG_capture_command_add__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            // Desktop: 140, the first Firefox that reads `data_collection_permissions` (the consent
            // addons.mozilla.org requires) and the current ESR, which Debian and most companies ship.
            // Everything else used is older (MV3 109, module background scripts 112, storage.session 115).
            gecko: {
              id: GECKO_ID,
              strict_min_version: FIREFOX_DESKTOP_MIN,
              data_collection_permissions: { required: ['none'] },
            },
            // No `gecko_android`: addons.mozilla.org lists an add-on for Android when the key is there, and
            // Firefox for Android has no context menus or keyboard commands, which the background page
            // registers at its start. (web-ext lint's one Android warning follows from that: see README.)
          },
        }
      : {}),
  });
}
