/**
 * "Save Dana Hill": when the active tab shows a person, a company or a list of people, the popup offers
 * to open the capture panel there. Opening the popup grants `activeTab`, so the worker may read the tab
 * (it runs the extractor there and answers with a one-line summary); the click opens the panel on the
 * page and closes the popup.
 */
import { useEffect, useState } from 'preact/hooks';
import { t } from '../i18n/i18n';
import { type Replies, send } from '../messages';

interface TabsApi {
  tabs: { query(query: { active: boolean; currentWindow: boolean }): Promise<{ id?: number }[]> };
}

async function activeTabId(): Promise<number | undefined> {
  const scope = globalThis as { browser?: TabsApi; chrome?: TabsApi };
  const api = scope.browser ?? scope.chrome;
  const [tab] = (await api?.tabs.query({ active: true, currentWindow: true })) ?? [];
  return tab?.id;
}

function label(peek: Replies['capture-peek']): string {
  if (peek.kind === 'people') return t('capture_popup_save_people', { count: peek.count });
  return t('capture_popup_save', { name: peek.name });
}

export function SaveFromPage() {
  const [offer, setOffer] = useState<{ tabId: number; peek: Replies['capture-peek'] } | null>(null);
  useEffect(() => {
    (async () => {
      const tabId = await activeTabId();
      if (tabId === undefined) return;
      const peek = await send('capture-peek', { tabId });
      if (peek.kind !== 'none') setOffer({ tabId, peek });
    })().catch(() => undefined); // a page the extension may not read: nothing to offer
  }, []);
  if (!offer) return null;
  return (
    <button
      type="button"
      class="primary truncate"
      // Its own styles: popup.css belongs to the list, and this offer sits above it full width.
      style={{ display: 'block', width: '100%', marginBottom: '10px', padding: '6px 10px' }}
      title={t('capture_popup_hint')}
      onClick={async () => {
        await send('capture-open', { tabId: offer.tabId });
        window.close();
      }}
    >
      {label(offer.peek)}
    </button>
  );
}
