import { useCallback, useEffect, useState } from 'preact/hooks';
import { listCompanies } from '../db/companies';
import { listLoops } from '../db/loops';
import { loadSampleData } from '../demo/sample-data';
import { type Company, LOOP_STATUSES, type Loop } from '../domain/types';
import { notifyDataChanged } from '../ui/data-changed';
import { t } from '../ui/i18n';
import { statusKey } from '../ui/labels';
import { askForPersistentStorageOnce } from '../ui/persistence';

interface Data {
  loops: Loop[];
  companies: Map<string, Company>;
}

export function App() {
  const [data, setData] = useState<Data | null>(null);
  const [message, setMessage] = useState('');
  const reload = useCallback(async () => {
    const [loops, companies] = await Promise.all([listLoops(), listCompanies()]);
    setData({ loops, companies: new Map(companies.map((c) => [c.id, c])) });
  }, []);
  useEffect(() => {
    void askForPersistentStorageOnce();
    void reload();
  }, [reload]);

  const loadSample = async () => {
    await loadSampleData();
    await notifyDataChanged();
    setMessage(t('dashboard_sample_loaded'));
    await reload();
  };

  return (
    <main class="dashboard">
      <header class="dashboard-header">
        <h1>{t('dashboard_title')}</h1>
      </header>
      <p role="status" class="muted">
        {message}
      </p>
      {data && data.loops.length === 0 && (
        <div class="empty">
          <strong>{t('dashboard_empty_title')}</strong>
          <p>{t('dashboard_empty_body')}</p>
          <button type="button" onClick={loadSample}>
            {t('dashboard_load_sample')}
          </button>
        </div>
      )}
      {data && data.loops.length > 0 && (
        <section aria-labelledby="loops-heading">
          <h2 id="loops-heading">{t('dashboard_loops')}</h2>
          {LOOP_STATUSES.map((status) => {
            const loops = data.loops.filter((loop) => loop.status === status);
            if (loops.length === 0) return null;
            return (
              <div key={status} class="status-group">
                <h3>{t(statusKey(status))}</h3>
                <ul class="loops">
                  {loops.map((loop) => (
                    <li key={loop.id} class="loop">
                      <span class="loop-company">{data.companies.get(loop.companyId)?.name}</span>
                      <span class="muted"> — {loop.role}</span>
                    </li>
                  ))}
                </ul>
              </div>
            );
          })}
        </section>
      )}
    </main>
  );
}
