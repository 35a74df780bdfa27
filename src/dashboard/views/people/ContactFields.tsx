import { type MessageKey, t } from '../../../i18n/i18n';
import { Field } from '../../../ui/components/Field';
import { type ContactDraft, type LinkKind, linkKind } from './contact';

const KIND_LABEL: Record<LinkKind, MessageKey> = {
  linkedin: 'dashboard_contact_link_linkedin',
  github: 'dashboard_contact_link_github',
  other: 'dashboard_contact_link_other',
};

/** Email and profile link, with the kind of link recognised shown as the hint. */
export function ContactFields({
  draft,
  onChange,
  fillsMissing,
}: {
  draft: ContactDraft;
  onChange: (draft: ContactDraft) => void;
  /** For someone already saved: say that only what they lack is filled in. */
  fillsMissing: boolean;
}) {
  const kind = linkKind(draft.link);
  const hint = kind ? t(KIND_LABEL[kind]) : fillsMissing ? t('dashboard_contact_fills_missing') : undefined;
  return (
    <div class="form-row">
      <Field label={t('dashboard_contact_email')}>
        <input
          type="email"
          value={draft.email}
          onInput={(e) => onChange({ ...draft, email: e.currentTarget.value })}
        />
      </Field>
      <Field label={t('dashboard_contact_link')} {...(hint ? { hint } : {})}>
        <input
          type="url"
          value={draft.link}
          onInput={(e) => onChange({ ...draft, link: e.currentTarget.value })}
        />
      </Field>
    </div>
  );
}
