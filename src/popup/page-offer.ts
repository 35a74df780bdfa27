/**
 * What the active tab offers to save ("Save Dana Hill"): opening the popup grants `activeTab`, so the
 * worker may read the tab (it runs the extractor there and answers with a one-line summary).
 */
import { useEffect, useState } from 'preact/hooks';
import { t } from '../i18n/i18n';
import { type Replies, send } from '../messages';

interface TabsApi {
  tabs: { query(query: { active: boolean; currentWindow: boolean }): Promise<{ id?: number }[]> };
}

export interface PageOffer {
  tabId: number;
  peek: Replies['capture-peek'];
}

async function activeTabId(): Promise<number | undefined> {
  const scope = globalThis as { browser?: TabsApi; chrome?: TabsApi };
  const api = scope.browser ?? scope.chrome;
  const [tab] = (await api?.tabs.query({ active: true, currentWindow: true })) ?? [];
  return tab?.id;
}

/** The offer, or null while asking and when the tab shows nothing to save (or may not be read). */
export function usePageOffer(): PageOffer | null {
  const [offer, setOffer] = useState<PageOffer | null>(null);
  useEffect(() => {
    (async () => {
      const tabId = await activeTabId();
      if (tabId === undefined) return;
      const peek = await send('capture-peek', { tabId });
      if (peek.kind !== 'none') setOffer({ tabId, peek });
    })().catch(() => undefined); // a page the extension may not read: nothing to offer
  }, []);
  return offer;
}

export function offerLabel(peek: Replies['capture-peek']): string {
  if (peek.kind === 'people') return t('capture_popup_save_people', { count: peek.count });
  return t('capture_popup_save', { name: peek.name });
}

/** Opens the capture panel on the page and closes the popup. */
export async function openCapture(offer: PageOffer): Promise<void> {
  await send('capture-open', { tabId: offer.tabId });
  window.close();
}
