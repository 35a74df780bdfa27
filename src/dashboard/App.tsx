import { useEffect } from 'preact/hooks';
import { t } from '../i18n/i18n';
import { askForPersistentStorageOnce } from './persistence';
import { href, useRoute } from './router';
import { ROUTES } from './routes';
import { StoreProvider } from './store';
import { Welcome } from './Welcome';

export function App() {
  const route = useRoute();
  useEffect(() => {
    void askForPersistentStorageOnce();
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
