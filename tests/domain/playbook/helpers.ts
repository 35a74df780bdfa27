import type { PlanLoop, PlanParticipation, PlanSettings } from '../../../src/domain/playbook/plan';
import { DEFAULT_SETTINGS, type LoopStatus, type ParticipantRole } from '../../../src/domain/types';

export const settings: PlanSettings = { skipWeekends: true, intervals: { ...DEFAULT_SETTINGS.intervals } };

export function loop(id: string, ...events: [LoopStatus, string, string?][]): PlanLoop {
  const history = events.map(([status, on, deadline]) =>
    deadline ? { status, on, deadline } : { status, on },
  );
  return { id, status: history.at(-1)?.status ?? 'applied', history, createdAt: 1 };
}

let order = 0;
export function part(
  loopId: string,
  personId: string,
  role: ParticipantRole = 'interviewer',
  extra: Partial<PlanParticipation> = {},
): PlanParticipation {
  order += 1;
  return {
    id: `${loopId}-${personId}`,
    loopId,
    personId,
    role,
    hitItOff: false,
    met: [],
    createdAt: order,
    ...extra,
  };
}

/** kind:person@due, sorted, for compact expectations. */
export function brief(reminders: { kind: string; personId: string | null; due: string }[]): string[] {
  return reminders.map((r) => `${r.kind}:${r.personId ?? '-'}@${r.due}`).sort();
}
