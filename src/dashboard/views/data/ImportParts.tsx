import type { ComponentChildren } from 'preact';
import { t } from '../../../i18n/i18n';

/** A table of the import preview: who, and what importing does with them. */
export function ImportTable({ caption, children }: { caption: string; children: ComponentChildren }) {
  return (
    <table class="table import-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('data_import_col_person')}</th>
          <th scope="col">{t('data_import_col_what')}</th>
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}

/** Import (when there is something to import) and Cancel, under every preview. */
export function ImportActions(props: { canImport: boolean; onImport: () => void; onCancel: () => void }) {
  return (
    <div class="actions">
      <button type="button" class="primary" disabled={!props.canImport} onClick={props.onImport}>
        {t('data_import_import')}
      </button>
      <button type="button" onClick={props.onCancel}>
        {t('data_import_cancel')}
      </button>
    </div>
  );
}
