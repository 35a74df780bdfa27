/**
 * The user's message templates: an edited copy in the templates table, else the default of
 * domain/templates.ts. Only message kinds have templates (domain/playbook/kinds.ts).
 */
import * as v from 'valibot';
import { MESSAGE_KINDS, type MessageKind } from '../domain/playbook/kinds';
import { DEFAULT_TEMPLATES } from '../domain/templates';
import type { Template } from '../domain/types';
import { database } from './database';
import { parse } from './validate';

const Kind = v.picklist(MESSAGE_KINDS, 'is not a kind of message');
const TemplateSave = v.object({
  kind: Kind,
  subject: v.pipe(v.string(), v.trim(), v.maxLength(500, 'is longer than 500 characters')),
  body: v.pipe(v.string(), v.maxLength(20_000, 'is longer than 20000 characters')),
});

export interface StoredTemplate extends Template {
  /** True when this is the built-in default (the user has not edited it, or reset it). */
  isDefault: boolean;
}

export async function getTemplate(kind: MessageKind): Promise<StoredTemplate> {
  const checked = parse('Template kind', Kind, kind);
  const saved = await database().templates.get(checked);
  if (saved) return { ...saved, isDefault: false };
  return { kind: checked, ...DEFAULT_TEMPLATES[checked], updatedAt: 0, isDefault: true };
}

export async function listTemplates(): Promise<StoredTemplate[]> {
  return Promise.all(MESSAGE_KINDS.map((kind) => getTemplate(kind)));
}

export async function saveTemplate(input: unknown): Promise<StoredTemplate> {
  const data = parse('Template', TemplateSave, input);
  const template: Template = { ...data, updatedAt: Date.now() };
  await database().templates.put(template);
  return { ...template, isDefault: false };
}

/** Back to the built-in default. */
export async function resetTemplate(kind: MessageKind): Promise<StoredTemplate> {
  const checked = parse('Template kind', Kind, kind);
  await database().templates.delete(checked);
  return getTemplate(checked);
}
