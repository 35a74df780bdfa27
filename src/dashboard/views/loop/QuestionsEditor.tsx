import { useEffect, useState } from 'preact/hooks';
import { type MessageKey, t } from '../../../i18n/i18n';

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
 * The probing questions. Until the user saves their own, the editor starts from the starter list
 * (and says so); saving stores them in loop.offer.questions.
 */
export function QuestionsEditor({
  saved,
  onSave,
}: {
  saved: string[];
  onSave: (q: string[]) => Promise<void>;
}) {
  const initial = saved.length ? saved : starterQuestions();
  const [questions, setQuestions] = useState(initial);
  useEffect(() => setQuestions(saved.length ? saved : starterQuestions()), [saved]);
  const dirty = saved.length === 0 || JSON.stringify(questions) !== JSON.stringify(saved);
  const set = (index: number, value: string) =>
    setQuestions(questions.map((q, i) => (i === index ? value : q)));
  return (
    <form
      class="questions"
      onSubmit={async (event) => {
        event.preventDefault();
        await onSave(questions.map((q) => q.trim()).filter(Boolean));
      }}
    >
      {saved.length === 0 && <p class="muted">{t('dashboard_questions_starter_hint')}</p>}
      <ol>
        {questions.map((question, index) => (
          <li key={index} class="question">
            <input
              aria-label={t('dashboard_question_n', { n: index + 1 })}
              value={question}
              onInput={(e) => set(index, e.currentTarget.value)}
            />
            <button
              type="button"
              class="link"
              aria-label={t('dashboard_remove_question_n', { n: index + 1 })}
              onClick={() => setQuestions(questions.filter((_, i) => i !== index))}
            >
              {t('dashboard_remove')}
            </button>
          </li>
        ))}
      </ol>
      <div class="row-end">
        <button type="button" onClick={() => setQuestions([...questions, ''])}>
          {t('dashboard_add_question')}
        </button>
        <button type="submit" disabled={!dirty}>
          {t('dashboard_save_questions')}
        </button>
      </div>
    </form>
  );
}
