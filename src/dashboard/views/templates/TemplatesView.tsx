import { useEffect, useMemo, useState } from 'preact/hooks';
import { listLoopsOfPerson, type PersonLoop } from '../../../db/overview';
import { listPeople } from '../../../db/people';
import { getSettings } from '../../../db/settings';
import { listTemplates } from '../../../db/templates';
import { MESSAGE_KINDS, type MessageKind } from '../../../domain/playbook/kinds';
import { TEMPLATE_PLACEHOLDERS } from '../../../domain/templates';
import { type MessageKey, t } from '../../../i18n/i18n';
import { kindKey } from '../../../i18n/labels';
import { ChoiceSelect } from '../../../ui/components/ChoiceSelect';
import { Field } from '../../../ui/components/Field';
import { renderDraft } from '../../../ui/draft';
import { href } from '../../router';
import { useLoad } from '../../store';
import { type TemplateDraft, TemplateEditor } from './TemplateEditor';

async function loadTemplates() {
  const [templates, people, settings] = await Promise.all([listTemplates(), listPeople(), getSettings()]);
  return { templates, people, settings };
}

/** #/templates: each message kind's template, edited with a live preview for a chosen person. */
export function TemplatesView() {
  const state = useLoad(loadTemplates, []);
  const [kind, setKind] = useState<MessageKind>(MESSAGE_KINDS[0]);
  const [draft, setDraft] = useState<TemplateDraft>({ subject: '', body: '' });
  const [personId, setPersonId] = useState('');
  const [personLoops, setPersonLoops] = useState<PersonLoop[]>([]);
  const data = state.phase === 'ready' ? state.data : null;
  const stored = data?.templates.find((tpl) => tpl.kind === kind);
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
    return renderDraft(draft, { kind, person, loop: latest?.loop, company: latest?.company }, data.settings);
  }, [data, draft, kind, person, personLoops]);

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
        {stored ? <TemplateEditor key={kind} kind={kind} stored={stored} onDraft={setDraft} /> : <div />}
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
