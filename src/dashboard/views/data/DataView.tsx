import { t } from '../../../i18n/i18n';
import { BackupPanel } from './BackupPanel';
import { ExportPanel } from './ExportPanel';
import { ImportPanel } from './ImportPanel';
import { RestorePanel } from './RestorePanel';
import { StorageHealth } from './StorageHealth';
import './data.css';

/** #/data: back up, restore, export, and how safe the data is in this browser. */
export function DataViewPage() {
  return (
    <div class="data-view">
      <div class="page-header">
        <h2>{t('data_title')}</h2>
      </div>
      <p class="muted data-intro">{t('data_intro')}</p>
      <div class="columns">
        <BackupPanel />
        <StorageHealth />
      </div>
      <RestorePanel />
      <ImportPanel />
      <ExportPanel />
    </div>
  );
}
