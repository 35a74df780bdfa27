import { useEffect, useState } from 'preact/hooks';
import { getSettings, updateSettings } from '../../../db/settings';
import { parseEmailList } from '../../../domain/emails';
import { DEFAULT_INTERVALS, type PlaybookIntervals, type Settings } from '../../../domain/types';
import { type MessageKey, t } from '../../../i18n/i18n';
import { send } from '../../../messages';
import { CheckField, Field } from '../../../ui/components/Field';
import { useLoad, useStore } from '../../store';

const INTERVALS = Object.keys(DEFAULT_INTERVALS) as (keyof PlaybookIntervals)[];

/** Saves, then tells the worker so the daily alarm moves to the new time. */
async function save(settings: Settings): Promise<Settings> {
  const saved = await updateSettings(settings);
  try {
    await send('settings-changed', {});
  } catch {
    // The worker re-creates the alarm from the saved settings when it next starts.
  }
  return saved;
}

/** #/settings: name and signature, every playbook interval, weekends, notification time, profile button. */
export function SettingsView() {
  const { run } = useStore();
  const state = useLoad(getSettings, []);
  const [form, setForm] = useState<Settings | null>(null);
  // The addresses as typed ("a@x.com, b@"): parsed into form.myEmails, the rest said to be wrong.
  const [emailsText, setEmailsText] = useState('');
  const saved = state.phase === 'ready' ? state.data : null;
  useEffect(() => {
    if (saved) {
      setForm(structuredClone(saved));
      setEmailsText(saved.myEmails.join(', '));
    }
  }, [saved]);
  if (state.phase === 'error') return <p class="error">{state.error}</p>;
  if (!form || !saved) return <p class="muted">{t('dashboard_loading')}</p>;
  const dirty = JSON.stringify(form) !== JSON.stringify(saved);
  const notEmails = parseEmailList(emailsText).invalid;
  const set = (patch: Partial<Settings>) => setForm({ ...form, ...patch });
  const setDays = (key: keyof PlaybookIntervals, value: number) =>
    setForm({ ...form, intervals: { ...form.intervals, [key]: value } });

  return (
    <form
      class="settings"
      aria-labelledby="settings-heading"
      onSubmit={async (event) => {
        event.preventDefault();
        if (notEmails.length > 0) return;
        await run(() => save(form), { done: t('dashboard_settings_saved'), undo: () => save(saved) });
      }}
    >
      <div class="page-header">
        <h2 id="settings-heading">{t('dashboard_nav_settings')}</h2>
        <button type="submit" class="primary" disabled={!dirty}>
          {t('dashboard_save_settings')}
        </button>
      </div>
      <section class="panel form" aria-labelledby="you-heading">
        <h3 id="you-heading">{t('dashboard_settings_you')}</h3>
        <Field label={t('dashboard_my_name')}>
          <input value={form.myName} onInput={(e) => set({ myName: e.currentTarget.value })} />
        </Field>
        <Field label={t('dashboard_my_emails')} hint={t('dashboard_my_emails_hint')}>
          <input
            type="text"
            inputMode="email"
            autocomplete="email"
            value={emailsText}
            aria-invalid={notEmails.length > 0 ? true : undefined}
            onInput={(e) => {
              setEmailsText(e.currentTarget.value);
              set({ myEmails: parseEmailList(e.currentTarget.value).emails });
            }}
          />
        </Field>
        {notEmails.length > 0 && (
          <p class="error" role="alert">
            {t('dashboard_not_emails', { values: notEmails.join(', ') })}
          </p>
        )}
        <Field label={t('dashboard_signature')} hint={t('dashboard_signature_hint')}>
          <textarea
            rows={4}
            value={form.signature}
            onInput={(e) => set({ signature: e.currentTarget.value })}
          />
        </Field>
      </section>
      <section class="panel form" aria-labelledby="notify-heading">
        <h3 id="notify-heading">{t('dashboard_settings_notifications')}</h3>
        <CheckField
          label={t('dashboard_notifications_enabled')}
          checked={form.notificationsEnabled}
          onChange={(notificationsEnabled) => set({ notificationsEnabled })}
        />
        <Field label={t('dashboard_notification_time')}>
          <input
            type="time"
            required
            value={form.notificationTime}
            onInput={(e) => set({ notificationTime: e.currentTarget.value })}
          />
        </Field>
        <CheckField
          label={t('dashboard_profile_button')}
          checked={form.profileButton}
          onChange={(profileButton) => set({ profileButton })}
        />
      </section>
      <section class="panel form" aria-labelledby="playbook-heading">
        <div class="section-header">
          <h3 id="playbook-heading">{t('dashboard_settings_playbook')}</h3>
          <button type="button" onClick={() => set({ intervals: { ...DEFAULT_INTERVALS } })}>
            {t('dashboard_default_intervals')}
          </button>
        </div>
        <CheckField
          label={t('dashboard_skip_weekends')}
          checked={form.skipWeekends}
          onChange={(skipWeekends) => set({ skipWeekends })}
        />
        <div class="form-grid">
          {INTERVALS.map((key) => (
            <Field key={key} label={t(`dashboard_interval_${key}` as MessageKey)}>
              <input
                type="number"
                min={0}
                max={3650}
                step={1}
                required
                value={form.intervals[key]}
                onInput={(e) => setDays(key, e.currentTarget.valueAsNumber)}
              />
            </Field>
          ))}
        </div>
      </section>
    </form>
  );
}
