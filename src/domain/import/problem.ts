/**
 * Why a file cannot be imported, as a code and the facts to name it; the dashboard turns it into a
 * sentence of the user's language (`data_import_problem_<code>`). The domain has no i18n of its own.
 */
export const IMPORT_PROBLEMS = [
  'empty',
  'too-large',
  'binary',
  'unknown-kind',
  'other-csv',
  'csv-broken',
  'too-many-rows',
  'field-too-long',
  'calendar-broken',
  'no-events',
  'contacts-broken',
  'no-contacts',
] as const;
export type ImportProblemCode = (typeof IMPORT_PROBLEMS)[number];

export type ProblemFacts = Record<string, string | number>;

export class ImportProblem extends Error {
  override name = 'ImportProblem';
  constructor(
    readonly code: ImportProblemCode,
    readonly facts: ProblemFacts = {},
  ) {
    super(`${code} ${JSON.stringify(facts)}`);
  }
}

/** The limits a file must keep to: larger than LinkedIn's own caps, far smaller than what hangs a page. */
export const IMPORT_LIMITS = {
  /** Bytes of a file read at all. */
  bytes: 20 * 1024 * 1024,
  /** Rows of a CSV (LinkedIn caps connections at 30,000). */
  rows: 100_000,
  /** Characters in one field that is kept (a name, an email, a company, a title). */
  field: 2_000,
  /** Events in one calendar file, cards in one contacts file. */
  entries: 100_000,
} as const;

/** Refuses a kept field longer than the limit, naming where it is. */
export function checkField(value: string, where: string): string {
  if (value.length > IMPORT_LIMITS.field) {
    throw new ImportProblem('field-too-long', { where, length: value.length, limit: IMPORT_LIMITS.field });
  }
  return value;
}
