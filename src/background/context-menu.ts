/**
 * The "Add interviewer" item of the page's context menu (on the page, a link or a selection). Menus
 * persist with the extension, so they are (re)created on install and startup; the click listener is
 * registered synchronously in index.ts and calls `onMenuClick`.
 */
import browser, { type Menus, type Tabs } from 'webextension-polyfill';
import { t } from '../i18n/i18n';
import { startCaptureInTab } from './capture';

export const ADD_INTERVIEWER = 'add-interviewer';

/** Only web pages: the browser's own pages and files cannot be captured from. */
const WEB_PAGES = ['https://*/*', 'http://*/*'];

export async function createContextMenus(): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({
    id: ADD_INTERVIEWER,
    title: t('capture_menu_add_interviewer'),
    contexts: ['page', 'link', 'selection'],
    documentUrlPatterns: WEB_PAGES,
  });
}

/** Without the `tabs` permission only the tab passed with the click carries its id and address. */
export async function onMenuClick(info: Menus.OnClickData, tab: Tabs.Tab | undefined): Promise<void> {
  if (info.menuItemId !== ADD_INTERVIEWER || tab?.id === undefined) return;
  const via = info.selectionText ? 'selection' : info.linkUrl ? 'link' : 'page';
  await startCaptureInTab(
    tab.id,
    {
      via,
      ...(info.linkUrl ? { linkUrl: info.linkUrl } : {}),
      ...(info.selectionText ? { selectionText: info.selectionText } : {}),
    },
    tab.url ?? info.pageUrl ?? '',
  );
}

/** The keyboard shortcut (manifest `commands`): the panel on the current page. */
export async function onCommand(command: string, tab: Tabs.Tab | undefined): Promise<void> {
  if (command !== 'add-person' || tab?.id === undefined) return;
  await startCaptureInTab(tab.id, { via: 'page' }, tab.url ?? '');
}
