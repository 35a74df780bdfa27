import { useEffect, useMemo, useState } from 'preact/hooks';
import { listLoopsOfPerson, type PersonLoop } from '../../../db/overview';
import { listPeople } from '../../../db/people';
import { getSettings } from '../../../db/settings';
import { listTemplates, resetTemplate, saveTemplate } from '../../../db/templates';
import { MESSAGE_KINDS, type MessageKind } from '../../../domain/playbook/kinds';
import { TEMPLATE_PLACEHOLDERS } from '../../../domain/templates';
import { type MessageKey, t } from '../../../i18n/i18n';
import { kindKey } from '../../../i18n/labels';
import { ChoiceSelect } from '../../../ui/components/ChoiceSelect';
import { Field } from '../../../ui/components/Field';
import { renderDraft } from '../../../ui/draft';
import { href } from '../../router';
import { useLoad, useStore } from '../../store';

async function loadTemplates() {
  const [templates, people, settings] = await Promise.all([listTemplates(), listPeople(), getSettings()]);
  return { templates, people, settings };
}

/** #/templates: each message kind's template, edited with a live preview for a chosen person. */
export function TemplatesView() {
  const { run } = useStore();
  const state = useLoad(loadTemplates, []);
  const [kind, setKind] = useState<MessageKind>(MESSAGE_KINDS[0]);
  const [subject, setSubject] = useState('');
  const [body, setBody] = useState('');
  const [personId, setPersonId] = useState('');
  const [personLoops, setPersonLoops] = useState<PersonLoop[]>([]);
  const data = state.phase === 'ready' ? state.data : null;
  const stored = data?.templates.find((tpl) => tpl.kind === kind);
  useEffect(() => {
    if (!stored) return;
    setSubject(stored.subject);
    setBody(stored.body);
  }, [stored]);
  useEffect(() => {
    if (data && !personId && data.people[0]) setPersonId(data.people[0].id);
  }, [data, personId]);
  useEffect(() => {
    if (personId) void listLoopsOfPerson(personId).then(setPersonLoops);
  }, [personId]);
  const person = data?.people.find((p) => p.id === personId);
  const preview = useMemo(() => {
    if (!data) return null;
    const latest = personLoops[0];
    return renderDraft(
      { subject, body },
      { kind, person, loop: latest?.loop, company: latest?.company },
      data.settings,
    );
  }, [data, subject, body, kind, person, personLoops]);
  const dirty = !!stored && (stored.subject !== subject || stored.body !== body);

  if (state.phase === 'loading') return <p class="muted">{t('dashboard_loading')}</p>;
  if (state.phase === 'error') return <p class="error">{state.error}</p>;
  return (
    <section aria-labelledby="templates-heading">
      <div class="page-header">
        <h2 id="templates-heading">{t('dashboard_nav_templates')}</h2>
      </div>
      <div class="filters">
        <Field label={t('dashboard_template_kind')}>
          <ChoiceSelect
            value={kind}
            choices={MESSAGE_KINDS}
            label={(choice) => t(kindKey(choice))}
            onChange={setKind}
          />
        </Field>
        <Field label={t('dashboard_preview_for')}>
          <select value={personId} onChange={(e) => setPersonId(e.currentTarget.value)}>
            {data?.people.length === 0 && <option value="">{t('dashboard_preview_nobody')}</option>}
            {data?.people.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <div class="columns">
        <form
          class="panel form"
          onSubmit={async (event) => {
            event.preventDefault();
            const before = stored;
            await run(() => saveTemplate({ kind, subject, body }), {
              done: t('dashboard_template_saved', { kind: t(kindKey(kind)) }),
              undo: async () => (before?.isDefault ? resetTemplate(kind) : saveTemplate(before)),
            });
          }}
        >
          <Field label={t('dashboard_template_subject')}>
            <input value={subject} onInput={(e) => setSubject(e.currentTarget.value)} />
          </Field>
          <Field label={t('dashboard_template_body')}>
            <textarea rows={14} value={body} onInput={(e) => setBody(e.currentTarget.value)} />
          </Field>
          <div class="row-end">
            {stored?.isDefault && !dirty && <span class="muted">{t('dashboard_template_is_default')}</span>}
            <button
              type="button"
              disabled={stored?.isDefault}
              onClick={() => {
                const before = stored;
                void run(() => resetTemplate(kind), {
                  done: t('dashboard_template_restored', { kind: t(kindKey(kind)) }),
                  undo: () => saveTemplate(before),
                });
              }}
            >
              {t('dashboard_restore_default')}
            </button>
            <button type="submit" class="primary" disabled={!dirty}>
              {t('dashboard_save_template')}
            </button>
          </div>
        </form>
        <div>
          <section class="panel preview" aria-labelledby="preview-heading">
            <h3 id="preview-heading">{t('dashboard_preview')}</h3>
            {!person && <p class="muted">{t('dashboard_preview_nobody')}</p>}
            {data && !data.settings.myName && (
              <p class="muted">
                <a href={href('settings')}>{t('dashboard_preview_sign_hint')}</a>
              </p>
            )}
            <p class="preview-subject">{preview?.subject}</p>
            <pre class="preview-body">{preview?.body}</pre>
          </section>
          <section class="panel" aria-labelledby="placeholders-heading">
            <h3 id="placeholders-heading">{t('dashboard_placeholders')}</h3>
            <dl class="placeholders">
              {TEMPLATE_PLACEHOLDERS.map((name) => (
                <div key={name}>
                  <dt>
                    <code>{`{${name}}`}</code>
                  </dt>
                  <dd>{t(`dashboard_placeholder_${name}` as MessageKey)}</dd>
                </div>
              ))}
            </dl>
            <p class="muted">{t('dashboard_placeholder_optional')}</p>
          </section>
        </div>
      </div>
    </section>
  );
}
