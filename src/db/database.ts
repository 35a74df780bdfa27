import Dexie, { type EntityTable } from 'dexie';
import type {
  Company,
  Loop,
  Participation,
  Person,
  Reminder,
  Settings,
  Template,
  Touch,
} from '../domain/types';
import { PLAYBOOK_RULES } from './playbook-rules-version';
import { DATABASE_NAME, SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V4 } from './schema';
import { upgradeToV2, upgradeToV3 } from './upgrades';

export interface SettingsRow extends Settings {
  id: 'settings';
}

/** Small facts the extension keeps about itself (last backup, last daily notification, ...). */
export interface MetaRow {
  key: string;
  value: string | number | boolean;
}

export class LoopkeeperDatabase extends Dexie {
  companies!: EntityTable<Company, 'id'>;
  loops!: EntityTable<Loop, 'id'>;
  people!: EntityTable<Person, 'id'>;
  participations!: EntityTable<Participation, 'id'>;
  touches!: EntityTable<Touch, 'id'>;
  reminders!: EntityTable<Reminder, 'id'>;
  templates!: EntityTable<Template, 'kind'>;
  settings!: EntityTable<SettingsRow, 'id'>;
  meta!: EntityTable<MetaRow, 'key'>;

  constructor(name = DATABASE_NAME) {
    super(name);
    this.version(1).stores(SCHEMA_V1);
    this.version(2).stores(SCHEMA_V2).upgrade(upgradeToV2);
    this.version(3).stores(SCHEMA_V3).upgrade(upgradeToV3);
    this.version(4).stores(SCHEMA_V4);
    // A database created now is planned under the current playbook rules from its first reminder.
    this.on('populate', (tx) => tx.table('meta').add({ key: 'playbookRules', value: PLAYBOOK_RULES }));
  }
}

let shared: LoopkeeperDatabase | undefined;

/** The one database of this context, opened lazily so that importing this module has no side effect. */
export function database(): LoopkeeperDatabase {
  shared ??= new LoopkeeperDatabase();
  return shared;
}

/** Tests and the scenario runner point the repositories at a database of their own. */
export function useDatabase(db: LoopkeeperDatabase): void {
  shared = db;
}
