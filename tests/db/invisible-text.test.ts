// Stored text is cleaned of control and bidi-override characters at the one door every write passes:
// the repositories' input validation (src/db/validate.ts), whatever page, paste or backup it came from.
import { beforeEach, describe, expect, it } from 'vitest';
import { findOrCreateCompany } from '../../src/db/companies';
import { createPerson, getPerson } from '../../src/db/people';
import { stripInvisible } from '../../src/domain/invisible';
import { freshDatabase } from '../helpers/db';

beforeEach(async () => {
  await freshDatabase();
});

describe('invisible characters in stored text', () => {
  it('stores a person without bidi overrides, isolates, zero-width or control characters', async () => {
    const saved = await createPerson({
      name: '\u202eJa\u200bne\u2066 Roe\u2069\u0000',
      headline: 'Head\u2060 of\u202d Platform\u202c\u001b',
      company: 'Acme\ufeff',
      notes: 'Line one\nLine\u00ad two\tend',
    });
    const person = await getPerson(saved.id);
    expect(person.name).toBe('Jane Roe');
    expect(person.headline).toBe('Head of Platform');
    expect(person.company).toBe('Acme');
    expect(person.notes).toBe('Line one\nLine two\tend');
  });

  it('stores a company name without them', async () => {
    const company = await findOrCreateCompany({ name: '\u202eAcme\u200f Widgets' });
    expect(company.name).toBe('Acme Widgets');
  });

  it('keeps the joiners that scripts and emoji need', () => {
    expect(stripInvisible('می\u200cخواهم 👩\u200d💻')).toBe('می\u200cخواهم 👩\u200d💻');
  });
});
