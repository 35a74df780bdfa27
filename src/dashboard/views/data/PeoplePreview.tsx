import { useMemo, useState } from 'preact/hooks';
import { importEntries, planImportEntries } from '../../../db/import/people';
import { type EntryPlan, entriesOfConnections, entriesOfContacts } from '../../../domain/import/plan-people';
import type { ImportFile } from '../../../domain/import/read';
import { t } from '../../../i18n/i18n';
import { useLoad, useStore } from '../../store';
import { EntryList } from './EntryList';
import { ImportActions } from './ImportParts';

/**
 * LinkedIn connections or contacts: what would be updated (the people they match), what is new
 * (offered, added only when ticked) and what is skipped, with the reason; then Import.
 */
export function PeoplePreview({
  file,
  onDone,
}: {
  file: Exclude<ImportFile, { kind: 'invite' }>;
  onDone: () => void;
}) {
  const { run, say } = useStore();
  const entries = useMemo(
    () =>
      file.kind === 'connections' ? entriesOfConnections(file.connections) : entriesOfContacts(file.contacts),
    [file],
  );
  const loaded = useLoad(() => planImportEntries(entries), [entries]);
  const [ticked, setTicked] = useState<Set<string>>(new Set());
  if (loaded.phase === 'loading') return <p class="muted">{t('data_health_loading')}</p>;
  if (loaded.phase === 'error') return <p class="restore-refused">{loaded.error}</p>;
  const plans = loaded.data;
  const updates = plans.filter((p) => p.action === 'update');
  const fresh = plans.filter((p): p is Extract<EntryPlan, { action: 'add' }> => p.action === 'add');
  const skipped = plans.filter((p) => p.action === 'skip');
  const toggle = (key: string) => {
    const next = new Set(ticked);
    if (next.has(key)) next.delete(key);
    else next.add(key);
    setTicked(next);
  };
  const chosen = updates.length + fresh.filter((p) => ticked.has(p.entry.key)).length;

  const save = async () => {
    const result = await run(() => importEntries(entries, ticked));
    if (result) {
      say(t('data_import_done_people', { updated: result.updated, added: result.added }));
      onDone();
    }
  };

  return (
    <div class="import-preview">
      <p>
        {t('data_import_summary', { updated: updates.length, new: fresh.length, skipped: skipped.length })}
      </p>
      <EntryList title={t('data_import_updates')} plans={updates} />
      {fresh.length > 0 && (
        <>
          <div class="actions">
            <button type="button" onClick={() => setTicked(new Set(fresh.map((p) => p.entry.key)))}>
              {t('data_import_tick_all', { count: fresh.length })}
            </button>
            <button type="button" disabled={ticked.size === 0} onClick={() => setTicked(new Set())}>
              {t('data_import_untick_all')}
            </button>
          </div>
          <EntryList title={t('data_import_new')} plans={fresh} ticked={ticked} onToggle={toggle} />
        </>
      )}
      <EntryList title={t('data_import_skipped')} plans={skipped} />
      <ImportActions canImport={chosen > 0} onImport={save} onCancel={onDone} />
    </div>
  );
}
