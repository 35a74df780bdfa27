import { useEffect } from 'preact/hooks';
import { t } from '../i18n/i18n';
import { askForPersistentStorageOnce } from './persistence';
import { href, navigate, useRoute } from './router';
import { ROUTES } from './routes';
import { StoreProvider } from './store';
import { dragHasFiles, fileOfDrop, offerDroppedFile } from './views/data/dropped-file';
import { Welcome } from './Welcome';

export function App() {
  const route = useRoute();
  useEffect(() => {
    void askForPersistentStorageOnce();
  }, []);
  // A file dropped anywhere on the dashboard goes to the Import place, chosen (the browser would
  // otherwise open it in place of the dashboard).
  useEffect(() => {
    const over = (event: DragEvent) => {
      if (dragHasFiles(event)) event.preventDefault();
    };
    const drop = (event: DragEvent) => {
      const file = fileOfDrop(event);
      if (!file) return;
      event.preventDefault();
      offerDroppedFile(file);
      navigate('data');
    };
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, []);
  const entry = ROUTES.find((r) => r.section === route.section) ?? (ROUTES[0] as (typeof ROUTES)[number]);
  const Detail = route.id ? entry.detail : undefined;
  const List = entry.list;
  return (
    <StoreProvider>
      <div class="dashboard">
        <header class="dashboard-header">
          <h1>{t('dashboard_title')}</h1>
          <nav aria-label={t('dashboard_nav')} class="nav">
            {ROUTES.map((r) => (
              <a
                key={r.section}
                href={href(r.section)}
                aria-current={r.section === entry.section ? 'page' : undefined}
              >
                {t(r.label)}
              </a>
            ))}
          </nav>
        </header>
        <main class="dashboard-main">
          {/* The first-run welcome; Settings has the same fields, so it is not shown there. */}
          {entry.section !== 'settings' && <Welcome />}
          {Detail && route.id ? (
            <Detail key={route.id} id={route.id} {...(route.rest ? { rest: route.rest } : {})} />
          ) : (
            <List />
          )}
        </main>
      </div>
    </StoreProvider>
  );
}
