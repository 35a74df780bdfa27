import { useEffect } from 'preact/hooks';
import { resetTemplate, type StoredTemplate, saveTemplate } from '../../../db/templates';
import { saveTemplateText } from '../../../db/text-fields';
import type { MessageKind } from '../../../domain/playbook/kinds';
import { DEFAULT_TEMPLATES } from '../../../domain/templates';
import { t } from '../../../i18n/i18n';
import { kindKey } from '../../../i18n/labels';
import { combineStatus, useAutosave } from '../../../ui/autosave';
import { Field } from '../../../ui/components/Field';
import { SaveStatus } from '../../../ui/components/SaveStatus';
import { useStore } from '../../store';

export interface TemplateDraft {
  subject: string;
  body: string;
}

/**
 * One kind's template: subject and body saved as typed, each on its own (src/db/text-fields.ts), under
 * one status line. Restore default is a deliberate change with Undo, so it goes through the store.
 * Mounted once per kind (keyed by it): leaving a kind flushes what was typed.
 */
export function TemplateEditor({
  kind,
  stored,
  onDraft,
}: {
  kind: MessageKind;
  stored: StoredTemplate;
  onDraft: (draft: TemplateDraft) => void;
}) {
  const { run } = useStore();
  const options = (field: string) => ({ key: `template:${kind}:${field}`, storedAt: stored.updatedAt });
  const subject = useAutosave(
    stored.subject,
    (text) => saveTemplateText(kind, 'subject', text),
    options('subject'),
  );
  const body = useAutosave(stored.body, (text) => saveTemplateText(kind, 'body', text), options('body'));
  useEffect(() => onDraft({ subject: subject.text, body: body.text }), [subject.text, body.text]);
  const defaults = DEFAULT_TEMPLATES[kind];
  const isDefault = subject.text === defaults.subject && body.text === defaults.body;
  const retry = () => {
    subject.flush();
    body.flush();
  };
  const name = t(kindKey(kind));

  return (
    <form class="panel form" onSubmit={(event) => event.preventDefault()}>
      <Field label={t('dashboard_template_subject')}>
        <input
          value={subject.text}
          onInput={(e) => subject.setText(e.currentTarget.value)}
          onBlur={subject.flush}
        />
      </Field>
      <Field label={t('dashboard_template_body')}>
        <textarea
          rows={14}
          value={body.text}
          onInput={(e) => body.setText(e.currentTarget.value)}
          onBlur={body.flush}
        />
      </Field>
      <div class="row-end">
        <SaveStatus status={combineStatus(subject.status, body.status)} onRetry={retry} name={name} />
        {isDefault && <span class="muted">{t('dashboard_template_is_default')}</span>}
        <button
          type="button"
          disabled={isDefault}
          onClick={() => {
            const before = { kind, subject: subject.text, body: body.text };
            subject.replace(defaults.subject);
            body.replace(defaults.body);
            void run(() => resetTemplate(kind), {
              done: t('dashboard_template_restored', { kind: name }),
              undo: () => saveTemplate(before),
            });
          }}
        >
          {t('dashboard_restore_default')}
        </button>
      </div>
    </form>
  );
}
