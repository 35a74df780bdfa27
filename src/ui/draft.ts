/**
 * What a template's placeholders stand for, for a person in a loop. Shared by the dashboard's agenda
 * (Write) and its template preview. A new-job announcement names the accepted loop as the new company
 * and role, and {company} is where the person works.
 */
import { firstName } from '../domain/names';
import type { MessageTemplate, TemplateValues } from '../domain/templates';
import { renderTemplate } from '../domain/templates';
import type { Company, Loop, Person, ReminderKind, Settings } from '../domain/types';

export interface DraftContext {
  kind: ReminderKind;
  person?: Person | undefined;
  loop?: Loop | undefined;
  company?: Company | undefined;
}

export function draftValues(
  context: DraftContext,
  settings: Pick<Settings, 'myName' | 'signature'>,
): TemplateValues {
  const fullName = context.person?.name ?? '';
  const values: TemplateValues = {
    firstName: firstName(fullName),
    fullName,
    company: context.company?.name,
    role: context.loop?.role,
    myName: settings.myName,
    signature: settings.signature,
  };
  if (context.kind === 'new-job-announcement') {
    values.newCompany = context.company?.name;
    values.newRole = context.loop?.role;
    values.company = context.person?.company;
  }
  return values;
}

export function renderDraft(
  template: MessageTemplate,
  context: DraftContext,
  settings: Pick<Settings, 'myName' | 'signature'>,
): MessageTemplate {
  return renderTemplate(template, draftValues(context, settings));
}
