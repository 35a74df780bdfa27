/**
 * What a draft is made from: the user's template for the kind (else the default) and their name and
 * signature. Read through quick-read.ts, like the popup's list, so the composer needs no Dexie; the
 * dashboard edits both through templates.ts and settings.ts.
 */
import type { MessageKind } from '../domain/playbook/kinds';
import { DEFAULT_TEMPLATES, type MessageTemplate } from '../domain/templates';
import { DEFAULT_SETTINGS, type Settings, type Template } from '../domain/types';
import { getMany, reading } from './quick-read';

export interface DraftInputs {
  template: MessageTemplate;
  settings: Pick<Settings, 'myName' | 'signature'>;
}

export async function readDraftInputs(kind: MessageKind): Promise<DraftInputs> {
  const tx = await reading(['templates', 'settings']);
  const [[saved], [settings]] = await Promise.all([
    getMany<Template>(tx, 'templates', [kind]),
    getMany<Partial<Settings>>(tx, 'settings', ['settings']),
  ]);
  return {
    template: saved ? { subject: saved.subject, body: saved.body } : DEFAULT_TEMPLATES[kind],
    settings: {
      myName: settings?.myName ?? DEFAULT_SETTINGS.myName,
      signature: settings?.signature ?? DEFAULT_SETTINGS.signature,
    },
  };
}
