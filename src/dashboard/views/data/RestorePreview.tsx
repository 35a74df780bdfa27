import { useState } from 'preact/hooks';
import type { RestorePreview as Preview, RestoreMode } from '../../../db/backup';
import { formatDateTime } from '../../../i18n/format';
import { type MessageKey, t } from '../../../i18n/i18n';
import { Dialog } from '../../../ui/components/Dialog';
import type { CheckedSummary } from './backup-protocol';

interface Props {
  fileName: string;
  checked: CheckedSummary;
  preview: Preview;
  /** A restore is running: every choice is held until it ends. */
  busy: boolean;
  onRestore: (mode: RestoreMode) => Promise<void>;
  onCancel: () => void;
}

/** The tables the user thinks in; templates, settings and meta are summed up as "settings". */
const ROWS = ['loops', 'companies', 'people', 'participations', 'touches', 'reminders', 'templates'] as const;

const total = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);

/** What the file holds and what each choice would change, then Replace or Merge, confirmed once. */
export function RestorePreview({ fileName, checked, preview, busy, onRestore, onCancel }: Props) {
  const [confirm, setConfirm] = useState<RestoreMode | null>(null);
  const { changes, people } = preview.merge;
  const added = total(Object.fromEntries(Object.entries(changes).map(([k, c]) => [k, c.added])));
  const updated = total(Object.fromEntries(Object.entries(changes).map(([k, c]) => [k, c.updated])));
  const upgraded = checked.writtenWith.schemaVersion < checked.schemaVersion;
  return (
    <div class="restore-preview">
      <h4>{t('data_preview_title', { file: fileName })}</h4>
      <p class="muted">
        {t('data_preview_made', { date: formatDateTime(checked.createdAt) })}
        {upgraded && ` ${t('data_preview_upgraded')}`}
      </p>
      <table class="table preview-table">
        <thead>
          <tr>
            <th scope="col">{t('data_preview_what')}</th>
            <th scope="col">{t('data_preview_in_file')}</th>
            <th scope="col">{t('data_preview_saved')}</th>
            <th scope="col">{t('data_preview_merge_adds')}</th>
            <th scope="col">{t('data_preview_merge_updates')}</th>
          </tr>
        </thead>
        <tbody>
          {ROWS.map((table) => (
            <tr key={table}>
              <th scope="row">{t(`data_table_${table}` as MessageKey)}</th>
              <td>{preview.inFile[table]}</td>
              <td>{preview.saved[table]}</td>
              <td>{changes[table].added}</td>
              <td>{changes[table].updated}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p class="muted">
        {t('data_preview_people_matched', {
          profile: people.profile,
          name: people.name,
          same: people.id,
          new: people.new,
        })}
      </p>
      <div class="button-row">
        <button type="button" class="danger" disabled={busy} onClick={() => setConfirm('replace')}>
          {t('data_replace')}
        </button>
        <button type="button" class="primary" disabled={busy} onClick={() => setConfirm('merge')}>
          {t('data_merge')}
        </button>
        <button type="button" disabled={busy} onClick={onCancel}>
          {t('data_restore_cancel')}
        </button>
      </div>
      {confirm && (
        <Dialog
          title={t(confirm === 'replace' ? 'data_confirm_replace_title' : 'data_confirm_merge_title')}
          onClose={() => setConfirm(null)}
        >
          <p>
            {confirm === 'replace'
              ? t('data_confirm_replace_body', { saved: total(preview.saved), inFile: total(preview.inFile) })
              : t('data_confirm_merge_body', { added, updated })}
          </p>
          <div class="dialog-actions">
            <button type="button" onClick={() => setConfirm(null)}>
              {t('data_restore_cancel')}
            </button>
            <button
              type="button"
              class={confirm === 'replace' ? 'primary danger-fill' : 'primary'}
              onClick={async () => {
                const mode = confirm;
                setConfirm(null);
                await onRestore(mode);
              }}
            >
              {t(confirm === 'replace' ? 'data_confirm_replace' : 'data_confirm_merge')}
            </button>
          </div>
        </Dialog>
      )}
    </div>
  );
}
