/**
 * The extractor's contract (see fixtures/pages/README.md): what a page says about people and its company.
 * Fields a page does not give are absent, never empty strings or guesses.
 */

export interface PersonHit {
  name: string;
  title?: string;
  company?: string;
  location?: string;
  profileUrl?: string;
  email?: string;
}

export interface CompanyHit {
  name: string;
  domain?: string;
  linkedinUrl?: string;
}

export interface Extraction {
  /** The person the page is about (a profile page), or null. */
  subject: PersonHit | null;
  /** Everyone the page presents as a person, each once, subject first. */
  people: PersonHit[];
  /** The organisation the page is about or belongs to (company page, team page), or null. */
  company: CompanyHit | null;
}

/** The page owner's current position, read without a name (an experience section). */
export interface Position {
  title?: string;
  company?: string;
}

/** What one source found. `people` is only set by list sources; `position` only completes a subject. */
export interface SourceResult {
  subject?: PersonHit;
  people?: PersonHit[];
  company?: CompanyHit;
  position?: Position;
}
