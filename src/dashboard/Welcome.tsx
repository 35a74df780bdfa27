/**
 * The first-run welcome: the user's name (it signs every draft) and email addresses (to recognise the
 * user among an invite's guests). A panel above the page, not a dialog: nothing is blocked, and
 * "Later" puts it away for good. Answered or put off, it is not asked again; Settings keeps both.
 */
import { useState } from 'preact/hooks';
import { getMeta, setMeta } from '../db/meta';
import { getSettings, updateSettings } from '../db/settings';
import { write } from '../db/transaction';
import { parseEmailList } from '../domain/emails';
import { t } from '../i18n/i18n';
import { Field } from '../ui/components/Field';
import { useLoad, useStore } from './store';

async function loadWelcome() {
  const [answered, settings] = await Promise.all([getMeta('welcomeAnswered'), getSettings()]);
  return { answered: answered === true, settings };
}

export function Welcome() {
  const state = useLoad(loadWelcome, []);
  if (state.phase !== 'ready' || state.data.answered) return null;
  const { myName, myEmails } = state.data.settings;
  return <WelcomeForm initialName={myName} initialEmails={myEmails.join(', ')} />;
}

/** The answers and the fact that they were given, in one write: the welcome never half-answered. */
export function answerWelcome(name: string, emails: string[]): Promise<void> {
  return write(async () => {
    await updateSettings({ myName: name, myEmails: emails });
    await setMeta('welcomeAnswered', true);
  });
}

function WelcomeForm({ initialName, initialEmails }: { initialName: string; initialEmails: string }) {
  const { run } = useStore();
  const [name, setName] = useState(initialName);
  const [emails, setEmails] = useState(initialEmails);
  const [error, setError] = useState('');
  return (
    // No accessible name on the section: "Welcome to Loopkeeper" would answer every label search for
    // "loop" on the page below it. The heading gives it its place in the outline.
    <section class="panel welcome">
      <h2>{t('dashboard_welcome_title')}</h2>
      <p>{t('dashboard_welcome_body')}</p>
      <form
        class="welcome-form"
        noValidate
        onSubmit={async (event) => {
          event.preventDefault();
          const parsed = parseEmailList(emails);
          if (parsed.invalid.length > 0) {
            setError(t('dashboard_not_emails', { values: parsed.invalid.join(', ') }));
            return;
          }
          setError('');
          await run(() => answerWelcome(name, parsed.emails), { done: t('dashboard_welcome_saved') });
        }}
      >
        <Field label={t('dashboard_welcome_name')}>
          <input value={name} autocomplete="name" onInput={(e) => setName(e.currentTarget.value)} />
        </Field>
        <Field label={t('dashboard_welcome_emails')} hint={t('dashboard_welcome_emails_hint')}>
          <input
            type="text"
            inputMode="email"
            autocomplete="email"
            value={emails}
            aria-invalid={error ? true : undefined}
            onInput={(e) => setEmails(e.currentTarget.value)}
          />
        </Field>
        {error && (
          <p class="error" role="alert">
            {error}
          </p>
        )}
        <div class="row">
          <button type="submit" class="primary">
            {t('dashboard_welcome_continue')}
          </button>
          <button
            type="button"
            onClick={() =>
              run(() => setMeta('welcomeAnswered', true), { done: t('dashboard_welcome_later_note') })
            }
          >
            {t('dashboard_welcome_later')}
          </button>
        </div>
      </form>
    </section>
  );
}
