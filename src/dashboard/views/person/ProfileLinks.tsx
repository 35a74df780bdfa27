import type { Person } from '../../../domain/types';
import { t } from '../../../i18n/i18n';

/** Only http(s) addresses become links (the repository validates them; this is belt and braces). */
const safe = (url: string) => /^https?:\/\//i.test(url);

/** How to reach the person: emails, phone, profile links, LinkedIn connection. */
export function ProfileLinks({ person }: { person: Person }) {
  const links = [
    ...(person.profiles.linkedin ? [{ label: t('dashboard_linkedin'), url: person.profiles.linkedin }] : []),
    ...(person.profiles.github ? [{ label: t('dashboard_github'), url: person.profiles.github }] : []),
    ...person.profiles.other.map((url) => ({ label: url.replace(/^https?:\/\//, ''), url })),
  ].filter((link) => safe(link.url));
  const nothing = links.length === 0 && person.emails.length === 0 && !person.phone;
  return (
    <section class="panel" aria-labelledby="contact-heading">
      <h3 id="contact-heading">{t('dashboard_contact')}</h3>
      {nothing && <p class="muted">{t('dashboard_no_contact')}</p>}
      <ul class="plain list">
        {person.emails.map((email) => (
          <li key={email}>
            <a class="truncate" href={`mailto:${encodeURIComponent(email)}`}>
              {email}
            </a>
          </li>
        ))}
        {person.phone && <li>{person.phone}</li>}
        {links.map((link) => (
          <li key={link.url}>
            <a class="truncate" href={link.url} target="_blank" rel="noreferrer">
              {link.label}
            </a>
          </li>
        ))}
      </ul>
      <p class="muted">{person.connected ? t('dashboard_is_connected') : t('dashboard_not_connected')}</p>
    </section>
  );
}
