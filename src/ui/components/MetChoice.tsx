import { useId } from 'preact/hooks';
import type { CalendarDate } from '../../domain/types';
import { t } from '../../i18n/i18n';

/** The answer to "When did you meet?": today, an earlier date, or not yet (preparing for an interview). */
export type MetAnswer = { when: 'today' } | { when: 'earlier'; on: CalendarDate | '' } | { when: 'not-yet' };

export const MET_TODAY: MetAnswer = { when: 'today' };

/** The meeting dates an answer records (none for "not yet", or for "earlier" with no date chosen). */
export function metDates(answer: MetAnswer, today: CalendarDate): CalendarDate[] {
  if (answer.when === 'today') return [today];
  if (answer.when === 'earlier' && answer.on) return [answer.on];
  return [];
}

/** What saving with this answer plans, in one plain sentence, so a meeting is never skipped silently. */
export function metConsequence(answer: MetAnswer, name: string): string {
  if (answer.when === 'not-yet') return t('ui_met_not_yet_consequence', { name });
  if (answer.when === 'earlier' && !answer.on) return t('ui_met_pick_date');
  return t('ui_met_thank_you_planned', { name });
}

/**
 * "When did you meet?" as one click among Today, Earlier… (then a date) and Not yet, with the
 * consequence of the choice stated under it. Used by the capture panel and the dashboard's Add person.
 */
export function MetChoice({
  value,
  onChange,
  today,
  name,
}: {
  value: MetAnswer;
  onChange: (answer: MetAnswer) => void;
  today: CalendarDate;
  /** Who the thank-you would go to ("Dana"); may be empty while the name is being typed. */
  name: string;
}) {
  const group = useId();
  const consequenceId = useId();
  const option = (when: MetAnswer['when'], label: string) => (
    <label class={value.when === when ? 'met-option chosen' : 'met-option'}>
      <input
        type="radio"
        name={group}
        checked={value.when === when}
        onChange={() =>
          onChange(when === 'earlier' ? { when, on: value.when === 'earlier' ? value.on : '' } : { when })
        }
      />
      <span>{label}</span>
    </label>
  );
  return (
    <fieldset class="met-choice" aria-describedby={consequenceId}>
      <legend class="field-label">{t('ui_met_question')}</legend>
      <div class="met-options">
        {option('today', t('ui_met_today'))}
        {option('earlier', t('ui_met_earlier'))}
        {option('not-yet', t('ui_met_not_yet'))}
      </div>
      {value.when === 'earlier' && (
        <label class="field-control met-date">
          <span class="field-label">{t('ui_met_date')}</span>
          <input
            type="date"
            max={today}
            value={value.on}
            onInput={(e) => onChange({ when: 'earlier', on: e.currentTarget.value })}
          />
        </label>
      )}
      <p
        id={consequenceId}
        class={value.when === 'not-yet' ? 'met-consequence warn' : 'met-consequence muted'}
      >
        {metConsequence(value, name.trim().split(/\s+/)[0] || t('ui_met_them'))}
      </p>
    </fieldset>
  );
}
