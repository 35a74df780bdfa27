import { useState } from 'preact/hooks';
import { backupStatus } from '../../../db/backup/status';
import { formatDateTime, formatNumber } from '../../../i18n/format';
import { t } from '../../../i18n/i18n';
import { useLoad } from '../../store';

interface Health {
  usage?: number;
  quota?: number;
  persisted?: boolean;
  lastBackupAt?: number;
}

async function loadHealth(): Promise<Health> {
  const storage = navigator.storage;
  const [estimate, persisted, status] = await Promise.all([
    storage?.estimate?.().catch(() => undefined),
    storage?.persisted?.().catch(() => undefined),
    backupStatus(),
  ]);
  const health: Health = {};
  if (estimate?.usage !== undefined) health.usage = estimate.usage;
  if (estimate?.quota !== undefined) health.quota = estimate.quota;
  if (persisted !== undefined) health.persisted = persisted;
  if (status.lastBackupAt !== undefined) health.lastBackupAt = status.lastBackupAt;
  return health;
}

/** "2.4 MB": bytes in the largest unit that keeps the number readable, in the user's locale. */
export function formatBytes(bytes: number): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return formatNumber(value, {
    style: 'unit',
    unit: units[unit],
    unitDisplay: 'short',
    maximumFractionDigits: value < 10 && unit > 0 ? 1 : 0,
  });
}

/** Space used, whether the browser promised to keep the data, and when it was last backed up. */
export function StorageHealth() {
  const [asked, setAsked] = useState(0);
  const state = useLoad(loadHealth, [asked]);
  const health = state.phase === 'ready' ? state.data : undefined;
  const askPersist = async () => {
    await navigator.storage?.persist?.().catch(() => false);
    setAsked((n) => n + 1);
  };
  return (
    <section class="panel" aria-labelledby="health-heading">
      <h3 id="health-heading">{t('data_health_title')}</h3>
      {state.phase === 'error' && <p class="error">{state.error}</p>}
      {state.phase === 'loading' && <p class="muted">{t('data_health_loading')}</p>}
      {health && (
        <dl class="health">
          <dt>{t('data_health_space')}</dt>
          <dd>
            {health.usage === undefined
              ? t('data_health_unknown')
              : health.quota
                ? t('data_health_space_of', {
                    used: formatBytes(health.usage),
                    quota: formatBytes(health.quota),
                  })
                : formatBytes(health.usage)}
          </dd>
          <dt>{t('data_health_persistent')}</dt>
          <dd>
            {health.persisted === true && <span class="ok">{t('data_health_persisted_yes')}</span>}
            {health.persisted === false && (
              <>
                <span>{t('data_health_persisted_no')}</span>{' '}
                <button type="button" class="link" onClick={askPersist}>
                  {t('data_health_persist_ask')}
                </button>
              </>
            )}
            {health.persisted === undefined && t('data_health_unknown')}
          </dd>
          <dt>{t('data_health_last_backup')}</dt>
          <dd>
            {health.lastBackupAt === undefined ? (
              <span class="warn-text">{t('data_health_never')}</span>
            ) : (
              formatDateTime(health.lastBackupAt)
            )}
          </dd>
        </dl>
      )}
    </section>
  );
}
