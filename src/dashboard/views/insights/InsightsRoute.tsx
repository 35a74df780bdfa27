import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../../i18n/i18n';

/**
 * #/insights, loaded on demand: the charts and their reads are a chunk of their own that the other
 * routes never fetch, so the dashboard opens as fast as before.
 */
export function InsightsRoute() {
  const [view, setView] = useState<{ Page: ComponentType } | { error: string } | null>(null);
  useEffect(() => {
    let live = true;
    import('./InsightsView')
      .then((module) => live && setView({ Page: module.InsightsView }))
      .catch(
        (error: unknown) =>
          live && setView({ error: error instanceof Error ? error.message : String(error) }),
      );
    return () => {
      live = false;
    };
  }, []);
  if (view && 'Page' in view) return <view.Page />;
  return (
    <section aria-labelledby="insights-heading">
      <div class="page-header">
        <h2 id="insights-heading">{t('dashboard_insights')}</h2>
      </div>
      {view ? <p class="error">{view.error}</p> : <p class="muted">{t('dashboard_loading')}</p>}
    </section>
  );
}
