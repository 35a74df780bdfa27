import { useId } from 'preact/hooks';
import { t } from '../i18n/i18n';
import { offerLabel, openCapture, type PageOffer } from './page-offer';

/** The dashboard's route that opens with the New loop dialog. */
export const NEW_LOOP_URL = '/src/dashboard/index.html#/loops/new';

/**
 * What an empty popup offers instead of a list: start a loop, or save what the tab shows. When the tab
 * shows nothing to save, "Save this page" stays in its place and says why it cannot (rather than
 * vanishing and leaving the user to guess).
 */
export function EmptyActions({ offer }: { offer: PageOffer | null }) {
  const whyId = useId();
  return (
    <div class="empty-actions">
      <a class="button" href={NEW_LOOP_URL} target="_blank" rel="noreferrer">
        {t('popup_new_loop')}
      </a>
      {offer ? (
        <button
          type="button"
          class="primary"
          title={t('capture_popup_hint')}
          onClick={() => openCapture(offer)}
        >
          {t('popup_save_page')}
          <span class="visually-hidden">: {offerLabel(offer.peek)}</span>
        </button>
      ) : (
        <>
          <button type="button" aria-disabled="true" aria-describedby={whyId}>
            {t('popup_save_page')}
          </button>
          <p id={whyId} class="muted empty-actions-why">
            {t('popup_save_page_none')}
          </p>
        </>
      )}
    </div>
  );
}
