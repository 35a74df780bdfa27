import { useEffect, useState } from 'preact/hooks';
import { firstName } from '../../domain/names';
import { isMessageKind, type MessageKind } from '../../domain/playbook/kinds';
import { lacksSignature, type MessageTemplate } from '../../domain/templates';
import type { Settings } from '../../domain/types';
import { t } from '../../i18n/i18n';
import { type DraftContext, renderDraft } from '../draft';
import { mailtoUrl, profileUrl, usableAddress } from '../mailto';
import { withName } from '../signed-draft';
import { Dialog } from './Dialog';
import { EmailMissing, SignatureMissing } from './DraftFixes';
import { Field } from './Field';

/** What a draft is made from: the kind's template (the user's, else the default) and their name and signature. */
export interface DraftInputs {
  template: MessageTemplate;
  settings: Pick<Settings, 'myName' | 'signature'>;
}

/**
 * Where the dialog reads and writes, passed in by the page that opens it (the dashboard's facade,
 * src/dashboard/draft-source.ts), so this shared component knows no storage.
 */
export interface DraftSource {
  read(kind: MessageKind): Promise<DraftInputs>;
  /** Saves the user's name (for a draft that would go out unsigned); returns the name and signature now. */
  saveMyName(name: string): Promise<DraftInputs['settings']>;
  /** Adds an address to the person; returns their addresses now. */
  addEmail(personId: string, email: string): Promise<string[]>;
}

/** "Write": the kind's template filled in for this person and loop, editable; copy it or open email. */
export function DraftDialog({
  context,
  source,
  onSent,
  onClose,
}: {
  context: DraftContext;
  source: DraftSource;
  /** Marks the reminder done (a touch is logged). */
  onSent: () => void;
  onClose: () => void;
}) {
  const [inputs, setInputs] = useState<DraftInputs | null>(null);
  const [filled, setFilled] = useState<MessageTemplate | null>(null);
  const [draft, setDraft] = useState<MessageTemplate | null>(null);
  const [emails, setEmails] = useState(context.person?.emails ?? []);
  const [status, setStatus] = useState('');
  useEffect(() => {
    const { kind } = context;
    if (!isMessageKind(kind)) return;
    void source.read(kind).then((loaded) => {
      const first = renderDraft(loaded.template, context, loaded.settings);
      setInputs(loaded);
      setFilled(first);
      setDraft(first);
    });
    // The dialog is opened for one reminder: its kind, person and loop, not the object built each render.
  }, [context.kind, context.person?.id, context.loop?.id, source]);
  const person = context.person;
  const name = firstName(person?.name ?? '');
  const address = usableAddress(emails);

  const saveName = async (myName: string) => {
    const settings = await source.saveMyName(myName);
    if (!inputs || !draft || !filled) return;
    const refilled = renderDraft(inputs.template, context, settings);
    setInputs({ ...inputs, settings });
    setFilled(refilled);
    setDraft(withName(draft, filled, refilled, settings.myName));
    setStatus(t('ui_name_saved', { name: settings.myName }));
  };
  const saveEmail = async (email: string) => {
    if (!person) return;
    setEmails(await source.addEmail(person.id, email));
    setStatus(t('ui_email_saved', { email, name }));
  };

  return (
    <Dialog title={t('ui_write_to', { name: person?.name ?? '' })} onClose={onClose} wide>
      {draft && (
        <div class="form">
          {inputs && lacksSignature(inputs.template, inputs.settings) && (
            <SignatureMissing onSave={saveName} />
          )}
          <Field label={t('ui_subject')}>
            <input
              value={draft.subject}
              onInput={(e) => setDraft({ ...draft, subject: e.currentTarget.value })}
            />
          </Field>
          <Field label={t('ui_message')}>
            <textarea
              rows={12}
              value={draft.body}
              onInput={(e) => setDraft({ ...draft, body: e.currentTarget.value })}
            />
          </Field>
          {person && !address && <EmailMissing name={name} onSave={saveEmail} />}
          <div class="dialog-actions">
            <span class="muted" role="status">
              {status}
            </span>
            <button
              type="button"
              onClick={async () => {
                await navigator.clipboard.writeText(`${draft.subject}\n\n${draft.body}`);
                setStatus(t('ui_copied'));
              }}
            >
              {t('ui_copy')}
            </button>
            {address || !person ? (
              <a class="button" href={mailtoUrl(address, draft.subject, draft.body)}>
                {t('ui_open_email')}
              </a>
            ) : (
              <button type="button" disabled title={t('ui_open_email_needs_address')}>
                {t('ui_open_email')}
              </button>
            )}
            {profileUrl(person?.profiles) && (
              <a class="button" href={profileUrl(person?.profiles)} target="_blank" rel="noreferrer">
                {t('ui_open_profile')}
              </a>
            )}
            <button
              type="button"
              class="primary"
              onClick={() => {
                onSent();
                onClose();
              }}
            >
              {t('ui_mark_sent')}
            </button>
          </div>
        </div>
      )}
    </Dialog>
  );
}
