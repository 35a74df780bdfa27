import { saveOfferQuestions } from '../../../db/text-fields';
import type { Loop } from '../../../domain/types';
import { type MessageKey, t } from '../../../i18n/i18n';
import { useAutosave } from '../../../ui/autosave';
import { SaveStatus } from '../../../ui/components/SaveStatus';

const STARTERS: MessageKey[] = [
  'dashboard_offer_question_1',
  'dashboard_offer_question_2',
  'dashboard_offer_question_3',
  'dashboard_offer_question_4',
  'dashboard_offer_question_5',
  'dashboard_offer_question_6',
  'dashboard_offer_question_7',
  'dashboard_offer_question_8',
];

/** A starter list of probing questions, written for this playbook; the user edits, adds and removes. */
export function starterQuestions(): string[] {
  return STARTERS.map((key) => t(key));
}

/**
 * The probing questions, saved as typed (one line each behind the scenes, so the autosave hook sees
 * one text). Until the user edits them, the editor shows the starter list (and says so) and stores
 * nothing; blank questions are left out when saved.
 */
export function QuestionsEditor({ loop }: { loop: Loop }) {
  const saved = loop.offer?.questions ?? [];
  const starters = starterQuestions().join('\n');
  const autosave = useAutosave(
    saved.length ? saved.join('\n') : starters,
    (text) => saveOfferQuestions(loop.id, text.split('\n')),
    { key: `loop:${loop.id}:offer.questions`, storedAt: loop.updatedAt },
  );
  const questions = autosave.text.split('\n');
  const update = (next: string[]) => autosave.setText(next.join('\n'));
  return (
    <div class="questions">
      {saved.length === 0 && autosave.text === starters && (
        <p class="muted">{t('dashboard_questions_starter_autosave')}</p>
      )}
      <ol>
        {questions.map((question, index) => (
          <li key={index} class="question">
            <input
              aria-label={t('dashboard_question_n', { n: index + 1 })}
              value={question}
              onInput={(e) => update(questions.map((q, i) => (i === index ? e.currentTarget.value : q)))}
              onBlur={autosave.flush}
            />
            <button
              type="button"
              class="link"
              aria-label={t('dashboard_remove_question_n', { n: index + 1 })}
              onClick={() => update(questions.filter((_, i) => i !== index))}
            >
              {t('dashboard_remove')}
            </button>
          </li>
        ))}
      </ol>
      <div class="row-end">
        <SaveStatus status={autosave.status} onRetry={autosave.flush} name={t('dashboard_questions')} />
        <button type="button" onClick={() => update([...questions, ''])}>
          {t('dashboard_add_question')}
        </button>
      </div>
    </div>
  );
}
