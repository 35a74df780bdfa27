/**
 * Add person's email and profile link: checked as the repository will check them, the link put in its
 * slot (LinkedIn, GitHub or other, by src/domain/urls), and — for someone already saved — filling only
 * what is missing, never replacing what the user saved before.
 */
import type { Person } from '../../../domain/types';
import { canonicalProfileUrl, isGitHubHost, isLinkedInHost, profileKey } from '../../../domain/urls';
import type { MessageKey } from '../../../i18n/i18n';

export interface ContactDraft {
  email: string;
  link: string;
}

export const EMPTY_CONTACT: ContactDraft = { email: '', link: '' };

type Profiles = Person['profiles'];
export type LinkKind = 'linkedin' | 'github' | 'other';

/** The same rule as the repository's (src/db/validate.ts): something@something, no spaces. */
const EMAIL = /^[^\s@]+@[^\s@]+$/;

/** What is wrong with the draft, as a message key; undefined when it can be saved. */
export function contactProblem(draft: ContactDraft): MessageKey | undefined {
  const email = draft.email.trim();
  if (email && !EMAIL.test(email)) return 'dashboard_contact_email_invalid';
  if (draft.link.trim() && !canonicalProfileUrl(draft.link)) return 'dashboard_contact_link_invalid';
  return undefined;
}

/** Which slot a profile address goes in; undefined for no address or not a web address. */
export function linkKind(link: string): LinkKind | undefined {
  const url = canonicalProfileUrl(link);
  if (!url) return undefined;
  const host = new URL(url).hostname;
  if (isLinkedInHost(host)) return 'linkedin';
  if (isGitHubHost(host)) return 'github';
  return 'other';
}

/** `profiles` with the link in its empty slot; unchanged when the slot is taken or the link known. */
function fillProfile(profiles: Profiles, link: string): Profiles {
  const kind = linkKind(link);
  if (!kind) return profiles;
  const url = canonicalProfileUrl(link);
  const known = [profiles.linkedin, profiles.github, ...profiles.other].filter((u): u is string => !!u);
  if (known.some((saved) => profileKey(saved) === profileKey(url))) return profiles;
  if (kind === 'other') return { ...profiles, other: [...profiles.other, url] };
  return profiles[kind] ? profiles : { ...profiles, [kind]: url };
}

/** The createPerson fields for a new person. */
export function newContact(draft: ContactDraft): { emails: string[]; profiles: Profiles } {
  const email = draft.email.trim();
  return { emails: email ? [email] : [], profiles: fillProfile({ other: [] }, draft.link) };
}

/** The updatePerson patch that fills what a saved person lacks; undefined when nothing is missing. */
export function contactPatch(
  person: Pick<Person, 'emails' | 'profiles'>,
  draft: ContactDraft,
): { emails?: string[]; profiles?: Profiles } | undefined {
  const patch: { emails?: string[]; profiles?: Profiles } = {};
  const email = draft.email.trim();
  if (email && person.emails.length === 0) patch.emails = [email];
  const profiles = fillProfile(person.profiles, draft.link);
  if (profiles !== person.profiles) patch.profiles = profiles;
  return patch.emails || patch.profiles ? patch : undefined;
}
