import { beforeEach, describe, expect, it } from 'vitest';
import { addDays } from '../../src/domain/dates';
import { countSections, loadToday, sectionRange } from '../../src/popup/load';
import { freshPopupDatabase, seedJobSearch } from './seed';

const today = '2026-03-11';
beforeEach(async () => {
  await freshPopupDatabase();
});

describe("the popup's list", () => {
  it('is empty on a first run, and says so', async () => {
    const list = await loadToday(today);
    expect(list.firstRun).toBe(true);
    expect(list.sections.every((s) => s.rows.length === 0)).toBe(true);
  });

  it('shows overdue, then today, then the next 14 days, each row with whom, which loop and the role', async () => {
    const { dana, loop, offer } = await seedJobSearch(today);
    const list = await loadToday(today);
    expect(list.firstRun).toBe(false);
    const [overdue, dueToday, upcoming] = list.sections;
    expect(overdue?.name).toBe('overdue');
    // Globex's thank-yous survive its offer; Acme's were made obsolete by its rejection.
    expect(overdue?.rows.map((r) => `${r.reminder.kind} ${r.person?.name}`).sort()).toEqual([
      'thank-you Noor Haddad',
      'thank-you Sam Ortiz',
    ]);
    expect(
      overdue?.rows.every((r) => r.loop?.id === offer.id && r.reminder.showOn === addDays(today, -3)),
    ).toBe(true);
    expect(
      list.sections
        .flatMap((s) => s.rows)
        .some((r) => r.reminder.kind === 'thank-you' && r.loop?.id === loop.id),
    ).toBe(false);
    expect(dueToday?.rows.map((r) => r.reminder.kind).sort()).toEqual([
      'offer-questions',
      'rejection-follow-up',
      'rejection-follow-up',
    ]);
    const follow = dueToday?.rows.find((r) => r.reminder.personId === dana.id);
    expect(follow?.loop?.id).toBe(loop.id);
    expect(follow?.company?.name).toBe('Acme Corp');
    expect(follow?.role).toBe('hiring-manager');
    const task = dueToday?.rows.find((r) => r.reminder.kind === 'offer-questions');
    expect(task?.person).toBeUndefined();
    expect(task?.company?.name).toBe('Globex');
    expect(upcoming?.rows).toHaveLength(6);
  });

  it('pages each section and counts the whole of it separately', async () => {
    await seedJobSearch(today);
    const list = await loadToday(today, { overdue: 1, today: 2, upcoming: 50 });
    expect(list.sections.map((s) => [s.rows.length, s.more])).toEqual([
      [1, true],
      [2, true],
      [6, false],
    ]);
    expect(await countSections(list)).toEqual({ overdue: 2, today: 3, upcoming: 6 });
  });

  it('reads sections by showOn: a fortnight ahead and no further', () => {
    expect(sectionRange('overdue', today)).toEqual({ from: '', to: addDays(today, -1), latestFirst: true });
    expect(sectionRange('today', today)).toEqual({ from: today, to: today, latestFirst: false });
    expect(sectionRange('upcoming', today)).toEqual({
      from: addDays(today, 1),
      to: addDays(today, 14),
      latestFirst: false,
    });
  });
});
