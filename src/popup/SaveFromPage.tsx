/**
 * "Save Dana Hill": when the active tab shows a person, a company or a list of people, the popup offers
 * to open the capture panel there (see page-offer.ts); the click opens the panel on the page and
 * closes the popup.
 */
import { t } from '../i18n/i18n';
import { offerLabel, openCapture, type PageOffer } from './page-offer';

export function SaveFromPage({ offer }: { offer: PageOffer | null }) {
  if (!offer) return null;
  return (
    <button
      type="button"
      class="primary truncate"
      // Its own styles: popup.css belongs to the list, and this offer sits above it full width.
      style={{ display: 'block', width: '100%', marginBottom: '10px', padding: '6px 10px' }}
      title={t('capture_popup_hint')}
      onClick={() => openCapture(offer)}
    >
      {offerLabel(offer.peek)}
    </button>
  );
}
