import type { Person } from '../../../domain/types';
import { t } from '../../../i18n/i18n';
import { CheckField, Field } from '../../../ui/components/Field';

/** A person's editable details as the form holds them (lists as text: commas or one per line). */
export interface PersonForm {
  name: string;
  headline: string;
  company: string;
  location: string;
  emails: string;
  phone: string;
  linkedin: string;
  github: string;
  other: string;
  connected: boolean;
  tags: string;
}

const list = (text: string, separator: RegExp) =>
  text
    .split(separator)
    .map((item) => item.trim())
    .filter(Boolean);

export function personForm(person: Person): PersonForm {
  return {
    name: person.name,
    headline: person.headline ?? '',
    company: person.company ?? '',
    location: person.location ?? '',
    emails: person.emails.join(', '),
    phone: person.phone ?? '',
    linkedin: person.profiles.linkedin ?? '',
    github: person.profiles.github ?? '',
    other: person.profiles.other.join('\n'),
    connected: person.connected,
    tags: person.tags.join(', '),
  };
}

/** The repository's input; empty optional fields are left out (or cleared, as '' for an edit). */
export function personInput(form: PersonForm): Record<string, unknown> {
  return {
    name: form.name,
    headline: form.headline,
    company: form.company,
    location: form.location,
    emails: list(form.emails, /[,;\s]+/),
    phone: form.phone,
    profiles: {
      ...(form.linkedin.trim() ? { linkedin: form.linkedin.trim() } : {}),
      ...(form.github.trim() ? { github: form.github.trim() } : {}),
      other: list(form.other, /\n+/),
    },
    connected: form.connected,
    tags: list(form.tags, /,/),
  };
}

export function PersonFields({ form, onChange }: { form: PersonForm; onChange: (form: PersonForm) => void }) {
  const text = (key: keyof PersonForm, label: string, type: 'text' | 'tel' | 'url' = 'text') => (
    <Field label={label}>
      <input
        type={type as 'text'}
        required={key === 'name'}
        value={form[key] as string}
        onInput={(e) => onChange({ ...form, [key]: e.currentTarget.value })}
      />
    </Field>
  );
  return (
    <div class="form-grid">
      {text('name', t('dashboard_name'))}
      {text('headline', t('dashboard_headline'))}
      {text('company', t('dashboard_current_company'))}
      {text('location', t('dashboard_location'))}
      {text('emails', t('dashboard_emails'))}
      {text('phone', t('dashboard_phone'), 'tel')}
      {text('linkedin', t('dashboard_linkedin_url'), 'url')}
      {text('github', t('dashboard_github_url'), 'url')}
      <Field label={t('dashboard_other_links')} hint={t('dashboard_one_per_line')}>
        <textarea
          rows={2}
          value={form.other}
          onInput={(e) => onChange({ ...form, other: e.currentTarget.value })}
        />
      </Field>
      {text('tags', t('dashboard_tags'))}
      <CheckField
        label={t('dashboard_connected')}
        checked={form.connected}
        onChange={(connected) => onChange({ ...form, connected })}
      />
    </div>
  );
}
