/**
 * The composer: the kind's template filled in for this person, editable, with Copy, Open in mail and
 * Open profile, and "Mark as sent" by the channel it went. Loaded with a dynamic import on the first
 * "Write", so the popup's first paint does not carry it (nor the template and settings reads).
 */
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { DraftInputs } from '../../db/drafts';
import { firstName } from '../../domain/names';
import { lacksSignature, type MessageTemplate } from '../../domain/templates';
import type { CalendarDate, TouchChannel } from '../../domain/types';
import { t } from '../../i18n/i18n';
import { kindKey } from '../../i18n/labels';
import { send } from '../../messages';
import { EmailMissing, SignatureMissing } from '../../ui/components/DraftFixes';
import { mailtoUrl, profileUrl, usableAddress } from '../../ui/mailto';
import { withName } from '../../ui/signed-draft';
import { channelLabel, channelsFor } from '../channels';
import type { Row } from '../load';
import { loopLine, subject as whoOf } from '../wording';
import { draftFor, loadDraftInputs } from './draft';

export interface ComposerProps {
  row: Row;
  today: CalendarDate;
  onClose: () => void;
  onSent: (channel: TouchChannel) => void;
}

export function Composer({ row, onClose, onSent }: ComposerProps) {
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [draft, setDraft] = useState<MessageTemplate | null>(null);
  // What the draft was filled in from, and as filled in: to refill it once the user gives their name.
  const [inputs, setInputs] = useState<DraftInputs | null>(null);
  const [filled, setFilled] = useState<MessageTemplate | null>(null);
  const [emails, setEmails] = useState(row.person?.emails ?? []);
  const [error, setError] = useState('');
  const [status, setStatus] = useState('');
  const channels = channelsFor(row.reminder.kind);
  const [channel, setChannel] = useState<TouchChannel>(channels[0] ?? 'email');
  const who = whoOf(row);
  const address = usableAddress(emails);
  const profile = profileUrl(row.person?.profiles);

  useEffect(() => {
    heading.current?.focus();
    loadDraftInputs(row)
      .then((loaded) => {
        const first = draftFor(row, loaded);
        setInputs(loaded);
        setFilled(first);
        setDraft(first);
      })
      .catch((failure: unknown) => setError(String(failure)));
  }, [row]);

  const saveName = async (name: string) => {
    const settings = await send('composer-set-name', { name });
    if (!inputs || !draft || !filled) return;
    const next = { ...inputs, settings };
    const refilled = draftFor(row, next);
    setInputs(next);
    setFilled(refilled);
    setDraft(withName(draft, filled, refilled, settings.myName));
    setStatus(t('ui_name_saved', { name: settings.myName }));
  };

  const saveEmail = async (email: string) => {
    if (!row.person) return;
    const saved = await send('composer-add-email', { personId: row.person.id, email });
    setEmails(saved.emails);
    setStatus(t('ui_email_saved', { email, name: who }));
  };

  const copy = async () => {
    if (!draft) return;
    try {
      await navigator.clipboard.writeText(draft.body);
      setStatus(t('popup_composer_copied'));
    } catch {
      setStatus(t('popup_composer_copy_failed'));
    }
  };

  return (
    <section
      class="composer"
      aria-labelledby={headingId}
      onKeyDown={(event) => {
        // Escape goes back to the list, except inside a field, where it must not throw edits away.
        const field = (event.target as HTMLElement).closest('input, textarea, select');
        if (event.key === 'Escape' && !field) onClose();
      }}
    >
      <button type="button" class="link composer-back" onClick={onClose}>
        {t('popup_composer_back')}
      </button>
      {/* The composer replaces the list, so its title is the page's heading. */}
      <h1 id={headingId} ref={heading} tabIndex={-1} class="truncate" title={who}>
        {t('popup_composer_title', { name: who })}
      </h1>
      <p class="muted truncate">
        {t(kindKey(row.reminder.kind))}
        {row.person && row.loop ? ` · ${loopLine(row)}` : ''}
      </p>
      {error && <p class="error">{t('popup_load_error', { error })}</p>}
      {draft && (
        <>
          {inputs && lacksSignature(inputs.template, inputs.settings) && (
            <SignatureMissing onSave={saveName} />
          )}
          <label class="composer-field">
            <span>{t('popup_composer_subject')}</span>
            <input
              type="text"
              value={draft.subject}
              onInput={(event) => setDraft({ ...draft, subject: event.currentTarget.value })}
            />
          </label>
          <label class="composer-field">
            <span>{t('popup_composer_body')}</span>
            <textarea
              rows={11}
              value={draft.body}
              onInput={(event) => setDraft({ ...draft, body: event.currentTarget.value })}
            />
          </label>
          <div class="composer-actions">
            <button type="button" onClick={copy}>
              {t('popup_composer_copy')}
            </button>
            {address || !row.person ? (
              <a
                class="button"
                href={mailtoUrl(address, draft.subject, draft.body)}
                target="_blank"
                rel="noreferrer"
              >
                {t('popup_composer_mail')}
              </a>
            ) : (
              <button type="button" disabled title={t('ui_open_email_needs_address')}>
                {t('popup_composer_mail')}
              </button>
            )}
            {profile && (
              <a class="button" href={profile} target="_blank" rel="noreferrer">
                {t('popup_composer_profile')}
              </a>
            )}
          </div>
          {!address && row.person && <EmailMissing name={firstName(who)} onSave={saveEmail} />}
          <form
            class="composer-sent"
            onSubmit={(event) => {
              event.preventDefault();
              onSent(channel);
            }}
          >
            <label>
              <span>{t('popup_composer_channel')}</span>
              <select
                value={channel}
                onChange={(event) => setChannel(event.currentTarget.value as TouchChannel)}
              >
                {channels.map((option) => (
                  <option key={option} value={option}>
                    {channelLabel(option)}
                  </option>
                ))}
              </select>
            </label>
            <button type="submit" class="primary">
              {t('popup_mark_sent')}
            </button>
          </form>
        </>
      )}
      <p role="status" class="composer-status muted">
        {status}
      </p>
    </section>
  );
}
