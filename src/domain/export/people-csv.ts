import { toCsv } from './csv';
import { byId, byName, dayOf, type ExportData, type ExportLabels, groupBy } from './model';

export const PEOPLE_COLUMNS = [
  'name',
  'headline',
  'company',
  'location',
  'emails',
  'phone',
  'linkedin',
  'github',
  'otherProfiles',
  'connected',
  'tags',
  'loops',
  'notes',
  'added',
] as const;

/**
 * One row per person, by name, with every loop they sat in as "Company — Role (their role)"; lists
 * inside a cell are separated by "; ".
 */
export function peopleCsv(data: ExportData, labels: ExportLabels): string {
  const loops = byId(data.loops);
  const companies = byId(data.companies);
  const participationsOf = groupBy(data.participations, (p) => p.personId);
  const rows = [...data.people]
    .sort((a, b) => byName(a.name, b.name))
    .map((person) => {
      const inLoops = [...(participationsOf.get(person.id) ?? [])]
        .sort((a, b) => a.createdAt - b.createdAt)
        .map((p) => {
          const loop = loops.get(p.loopId);
          const company = loop ? (companies.get(loop.companyId)?.name ?? '') : '';
          return `${company} — ${loop?.role ?? ''} (${labels.role(p.role)})`;
        });
      return [
        person.name,
        person.headline,
        person.company,
        person.location,
        person.emails.join('; '),
        person.phone,
        person.profiles.linkedin,
        person.profiles.github,
        person.profiles.other.join('; '),
        person.connected ? labels.yes : labels.no,
        person.tags.join('; '),
        inLoops.join('; '),
        person.notes,
        dayOf(person.createdAt),
      ];
    });
  return toCsv(PEOPLE_COLUMNS.map(labels.column), rows);
}
