import { useState } from 'preact/hooks';
import { type MessageKey, t } from '../../../i18n/i18n';
import { useStore } from '../../store';
import { downloadText } from './download';
import type { ExportKind } from './exports';

const EXPORTS: { kind: ExportKind; label: MessageKey; hint: MessageKey }[] = [
  { kind: 'people-csv', label: 'data_export_people_csv', hint: 'data_export_people_csv_hint' },
  { kind: 'loops-csv', label: 'data_export_loops_csv', hint: 'data_export_loops_csv_hint' },
  { kind: 'vcard', label: 'data_export_vcard', hint: 'data_export_vcard_hint' },
  { kind: 'icalendar', label: 'data_export_icalendar', hint: 'data_export_icalendar_hint' },
];

/** Exports for spreadsheets, address books and calendars; the writers load only when asked. */
export function ExportPanel() {
  const { say } = useStore();
  const [busy, setBusy] = useState<ExportKind | null>(null);
  const exportFile = async (kind: ExportKind) => {
    setBusy(kind);
    try {
      const { buildExport } = await import('./exports');
      const file = await buildExport(kind);
      downloadText(file.fileName, file.text, file.type);
      say(t('data_export_done', { file: file.fileName }));
    } catch (error) {
      say(error instanceof Error ? error.message : String(error), 'error');
    } finally {
      setBusy(null);
    }
  };
  return (
    <section class="panel" aria-labelledby="export-heading">
      <h3 id="export-heading">{t('data_export_title')}</h3>
      <p class="muted">{t('data_export_body')}</p>
      <ul class="exports">
        {EXPORTS.map(({ kind, label, hint }) => (
          <li key={kind}>
            <button type="button" onClick={() => exportFile(kind)} disabled={busy !== null}>
              {t(label)}
            </button>
            <span class="muted">{t(hint)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
