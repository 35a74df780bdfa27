/**
 * From what the capture panel shows to the repository's input: a new person, or the patch that merges
 * the page's details into a person already saved. Pure functions, so the rules are tested alone.
 */
import type { Person } from '../domain/types';
import { isGitHubHost, isLinkedInHost, profileKey } from '../domain/urls';
import type { CapturedPerson } from '../messages';

type Profiles = Person['profiles'];

/** Puts a profile address in its slot (LinkedIn, GitHub, or other), unless the person already has it. */
export function withProfile(profiles: Profiles, url: string | undefined): Profiles {
  const key = url ? profileKey(url) : '';
  if (!url || !key) return profiles;
  const known = [profiles.linkedin, profiles.github, ...profiles.other].filter(Boolean) as string[];
  if (known.some((saved) => profileKey(saved) === key)) return profiles;
  const host = new URL(url).hostname;
  if (isLinkedInHost(host) && !profiles.linkedin) return { ...profiles, linkedin: url };
  if (isGitHubHost(host) && !profiles.github) return { ...profiles, github: url };
  return { ...profiles, other: [...profiles.other, url] };
}

/** The input for `createPerson`: the person as the panel shows them, and where they were captured. */
export function newPersonInput(draft: CapturedPerson, pageUrl: string, now = Date.now()) {
  return {
    name: draft.name,
    ...(draft.title ? { headline: draft.title } : {}),
    ...(draft.company ? { company: draft.company } : {}),
    ...(draft.location ? { location: draft.location } : {}),
    emails: draft.email ? [draft.email] : [],
    profiles: withProfile({ other: [] }, draft.profileUrl),
    ...(/^https?:\/\//i.test(pageUrl) ? { captured: { url: pageUrl, on: now } } : {}),
  };
}

/**
 * The patch for `updatePerson` when the user chose "use the saved person": the saved name stays; the
 * title, company and location the page shows (and the user reviewed) replace older ones; an email or
 * profile address not yet known is added. Null when there is nothing new.
 */
export function mergePatch(saved: Person, draft: CapturedPerson): Record<string, unknown> | null {
  const patch: Record<string, unknown> = {};
  if (draft.title && draft.title !== saved.headline) patch.headline = draft.title;
  if (draft.company && draft.company !== saved.company) patch.company = draft.company;
  if (draft.location && draft.location !== saved.location) patch.location = draft.location;
  if (draft.email && !saved.emails.some((e) => e.toLowerCase() === draft.email?.toLowerCase()))
    patch.emails = [...saved.emails, draft.email];
  const profiles = withProfile(saved.profiles, draft.profileUrl);
  if (profiles !== saved.profiles) patch.profiles = profiles;
  return Object.keys(patch).length ? patch : null;
}
