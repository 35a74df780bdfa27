import { describe, expect, it } from 'vitest';
import { contactPatch, contactProblem, linkKind, newContact } from '../../src/dashboard/views/people/contact';

describe('Add person’s email and profile link', () => {
  it('refuses an incomplete email or a link that is not a web address', () => {
    expect(contactProblem({ email: 'dana@', link: '' })).toBe('dashboard_contact_email_invalid');
    expect(contactProblem({ email: '', link: 'linkedin dana' })).toBe('dashboard_contact_link_invalid');
    expect(contactProblem({ email: ' dana@acme.example ', link: 'https://github.com/dana' })).toBeUndefined();
    expect(contactProblem({ email: '', link: '' })).toBeUndefined();
  });

  it('puts the link in its slot by site', () => {
    expect(linkKind('https://uk.linkedin.com/in/dana-hill/?trk=x')).toBe('linkedin');
    expect(linkKind('https://github.com/dana/repo')).toBe('github');
    expect(linkKind('https://dana.example/about')).toBe('other');
    expect(linkKind('not a url')).toBeUndefined();
    expect(
      newContact({ email: 'dana@acme.example', link: 'https://www.linkedin.com/in/dana-hill/details/x/' }),
    ).toEqual({
      emails: ['dana@acme.example'],
      profiles: { linkedin: 'https://www.linkedin.com/in/dana-hill/', other: [] },
    });
  });

  it('for someone already saved, fills only what is missing', () => {
    const saved = {
      emails: ['old@acme.example'],
      profiles: { linkedin: 'https://www.linkedin.com/in/dana', other: [] },
    };
    expect(
      contactPatch(saved, { email: 'new@acme.example', link: 'https://www.linkedin.com/in/other' }),
    ).toBeUndefined();
    expect(contactPatch(saved, { email: '', link: 'https://www.linkedin.com/in/DANA/' })).toBeUndefined();
    expect(contactPatch(saved, { email: 'new@acme.example', link: 'https://github.com/dana' })).toEqual({
      profiles: {
        linkedin: 'https://www.linkedin.com/in/dana',
        github: 'https://github.com/dana',
        other: [],
      },
    });
    expect(
      contactPatch({ emails: [], profiles: { other: [] } }, { email: 'dana@acme.example', link: '' }),
    ).toEqual({
      emails: ['dana@acme.example'],
    });
  });
});
