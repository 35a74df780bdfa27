import { getSettings } from '../../db/settings';
import { getTemplate } from '../../db/templates';
import { firstName } from '../../domain/names';
import { isMessageKind } from '../../domain/playbook/kinds';
import { type MessageTemplate, renderTemplate, type TemplateValues } from '../../domain/templates';
import type { Settings } from '../../domain/types';
import type { Row } from '../load';

/**
 * What the template's placeholders stand for in this reminder. A new-job announcement hangs on the
 * loop that was accepted, so that loop is the new company and role, and {company} is where the person
 * works.
 */
export function templateValues(row: Row, settings: Pick<Settings, 'myName' | 'signature'>): TemplateValues {
  const fullName = row.person?.name ?? '';
  const values: TemplateValues = {
    firstName: firstName(fullName),
    fullName,
    company: row.company?.name,
    role: row.loop?.role,
    myName: settings.myName,
    signature: settings.signature,
  };
  if (row.reminder.kind === 'new-job-announcement') {
    values.newCompany = row.company?.name;
    values.newRole = row.loop?.role;
    values.company = row.person?.company;
  }
  return values;
}

/** The user's template for this kind (or the default), filled in for this person and loop. */
export async function loadDraft(row: Row): Promise<MessageTemplate> {
  const { kind } = row.reminder;
  if (!isMessageKind(kind)) return { subject: '', body: '' };
  const [template, settings] = await Promise.all([getTemplate(kind), getSettings()]);
  return renderTemplate(template, templateValues(row, settings));
}
