import type { Loop } from '../../../domain/types';
import { t } from '../../../i18n/i18n';
import { LoopTextEditor } from './LoopTextEditor';

/** The review of the process (`#/loops/<id>/review`): what went well and what to improve, saved as typed. */
export function LoopReview({ loop }: { loop: Loop }) {
  return (
    <section id="review" aria-labelledby="review-heading" class="panel">
      <h3 id="review-heading">{t('dashboard_review')}</h3>
      <p class="muted">{t('dashboard_review_intro')}</p>
      <div class="columns">
        <LoopTextEditor loop={loop} field="review.wentWell" label={t('dashboard_went_well')} />
        <LoopTextEditor loop={loop} field="review.toImprove" label={t('dashboard_to_improve')} />
      </div>
    </section>
  );
}
