import { ImportProblem } from '../../../domain/import/problem';
import { type MessageKey, t } from '../../../i18n/i18n';

/** The catalogue key that words a problem: `data_import_problem_<code>` with hyphens as underscores. */
export function problemKey(code: string): MessageKey {
  return `data_import_problem_${code.replaceAll('-', '_')}` as MessageKey;
}

/** A refusal in the user's words; an unexpected error says its own message. */
export function problemText(error: unknown): string {
  if (error instanceof ImportProblem) return t(problemKey(error.code), error.facts);
  return error instanceof Error ? error.message : String(error);
}
