/** Backup and restore of everything (see format.ts for the file, validate.ts for what is checked). */
export { createBackup, serializeBackup } from './create';
export {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  BackupError,
  type BackupFile,
  backupFileName,
  TABLES,
} from './format';
export {
  previewRestore,
  type RestoreMode,
  type RestorePreview,
  type RestoreProgress,
  type RestoreResult,
  restoreBackup,
} from './restore';
export { backupStatus } from './status';
export { type CheckedBackup, readBackup } from './validate';
