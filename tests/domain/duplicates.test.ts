/** "Possibly saved twice": the same profile, email, or name at the same company — not the same name elsewhere. */
import { describe, expect, it } from 'vitest';
import { type DuplicateCandidate, duplicateGroupsOf } from '../../src/domain/duplicates';
import { nameKey } from '../../src/domain/names';

type Record = Partial<DuplicateCandidate> & { id: string; name: string };
const groups = (records: Record[]) =>
  duplicateGroupsOf(records, (r) => ({
    id: r.id,
    nameKey: nameKey(r.name),
    profileKeys: r.profileKeys ?? [],
    emails: r.emails ?? [],
    companies: r.companies ?? [],
  })).map((group) => group.map((r) => r.id));

describe('possible duplicates', () => {
  it.each<[string, Record[], string[][]]>([
    [
      'same name at different companies: two people',
      [
        { id: 'a', name: 'Dana Hill', companies: ['Acme'] },
        { id: 'b', name: 'Dana Hill', companies: ['Globex'] },
      ],
      [],
    ],
    [
      'same name at the same company (any spelling): one person',
      [
        { id: 'a', name: 'Dana Hill', companies: ['Acme Corp'] },
        { id: 'b', name: 'dana  HILL', companies: ['ACME corp', 'Globex'] },
      ],
      [['a', 'b']],
    ],
    [
      'same name, one without a company: may be one person',
      [
        { id: 'a', name: 'Dana Hill', companies: ['Acme'] },
        { id: 'b', name: 'Dana Hill', companies: ['', ''] },
      ],
      [['a', 'b']],
    ],
    [
      'different names with the same profile: one person',
      [
        { id: 'a', name: 'Dana Hill', profileKeys: ['linkedin.com/in/dana'], companies: ['Acme'] },
        { id: 'b', name: 'Dana Hill-Ng', profileKeys: ['linkedin.com/in/dana'], companies: ['Globex'] },
      ],
      [['a', 'b']],
    ],
    [
      'the same email in another case: one person',
      [
        { id: 'a', name: 'D. Hill', emails: ['Dana@Acme.example'] },
        { id: 'b', name: 'Dana Hill', emails: ['dana@acme.example '] },
        { id: 'c', name: 'Lee Park', emails: ['lee@acme.example'] },
      ],
      [['a', 'b']],
    ],
    [
      'a chain joins into one group, listed in the order given',
      [
        { id: 'c', name: 'Lee Park', emails: ['x@y.example'] },
        { id: 'a', name: 'Dana Hill', companies: ['Acme'] },
        { id: 'b', name: 'Dana Hill', companies: ['Acme'], emails: ['x@y.example'] },
      ],
      [['c', 'a', 'b']],
    ],
  ])('%s', (_title, records, expected) => {
    expect(groups(records)).toEqual(expected);
  });
});
