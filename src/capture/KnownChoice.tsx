import { t } from '../i18n/i18n';
import type { KnownPerson } from '../messages';

/**
 * A person already saved (same profile address, or the same name at the same company) is offered
 * instead of a new record: never a silent duplicate, and never a silent merge either. A labelled group
 * rather than a fieldset: a legend is drawn on the box's top edge, and this box has a background.
 */
export function KnownChoice(props: {
  known: KnownPerson[];
  chosen: string | null;
  onChoose: (personId: string | null) => void;
}) {
  const { known, chosen, onChoose } = props;
  if (!known.length) return null;
  return (
    <div class="known" role="radiogroup" aria-labelledby="known-title">
      <p id="known-title" class="known-title">
        {t('capture_known_title')}
      </p>
      {known.map((person) => (
        <label key={person.id} class="choice">
          <input
            type="radio"
            name="known"
            checked={chosen === person.id}
            onChange={() => onChoose(person.id)}
          />
          <span>
            {t('capture_known_use', { name: person.name })}
            {(person.headline || person.company) && (
              <span class="muted truncate block">
                {[person.headline, person.company].filter(Boolean).join(' · ')}
              </span>
            )}
          </span>
        </label>
      ))}
      <label class="choice">
        <input type="radio" name="known" checked={chosen === null} onChange={() => onChoose(null)} />
        <span>{t('capture_known_new')}</span>
      </label>
    </div>
  );
}
