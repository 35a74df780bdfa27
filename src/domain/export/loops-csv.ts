import { toCsv } from './csv';
import { byId, byName, type ExportData, type ExportLabels, groupBy } from './model';

export const LOOP_COLUMNS = [
  'company',
  'role',
  'source',
  'status',
  'since',
  'started',
  'history',
  'deadline',
  'people',
  'notes',
  'wentWell',
  'toImprove',
] as const;

/**
 * One row per loop, by company then role, with the dated status history in one cell
 * ("2026-01-05 Interviewing; 2026-02-10 Not selected") and the current status with its date.
 */
export function loopsCsv(data: ExportData, labels: ExportLabels): string {
  const companies = byId(data.companies);
  const participationsOf = groupBy(data.participations, (p) => p.loopId);
  const people = byId(data.people);
  const company = (companyId: string) => companies.get(companyId)?.name ?? '';
  const rows = [...data.loops]
    .sort((a, b) => byName(company(a.companyId), company(b.companyId)) || byName(a.role, b.role))
    .map((loop) => {
      const participants = [...(participationsOf.get(loop.id) ?? [])]
        .sort((a, b) => a.createdAt - b.createdAt)
        .map((p) => `${people.get(p.personId)?.name ?? ''} (${labels.role(p.role)})`);
      return [
        company(loop.companyId),
        loop.role,
        loop.source ? labels.source(loop.source) : '',
        labels.status(loop.status),
        loop.history.at(-1)?.on,
        loop.history[0]?.on,
        loop.history.map((change) => `${change.on} ${labels.status(change.status)}`).join('; '),
        loop.offer?.deadline,
        participants.join('; '),
        loop.notes,
        loop.review.wentWell,
        loop.review.toImprove,
      ];
    });
  return toCsv(LOOP_COLUMNS.map(labels.column), rows);
}
