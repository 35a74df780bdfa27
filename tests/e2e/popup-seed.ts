import { type Extension, withBridge } from './harness';

/**
 * A rejection with five people, through the repository functions (weekends not skipped so the dates
 * are exact): Northwind Labs (Chief Operating Officer) met five people three weeks ago (their
 * thank-yous long past), two of whom the user hit it off with, and said no yesterday — five follow-ups due today, five LinkedIn connections
 * tomorrow, two calls, the review. One name is long on purpose (rows must truncate, not widen).
 * Answers with the id of Kim's follow-up (for the composer's deep link).
 */
export async function seedRejectionOfFive(ext: Extension): Promise<{ reminderId: string }> {
  const bridge = await ext.bridge();
  const reminderId = await withBridge(bridge, async (lk) => {
    const iso = (offset: number) => {
      const d = new Date();
      d.setDate(d.getDate() + offset);
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    };
    await lk.settings.updateSettings({ skipWeekends: false, myName: 'Alex Morgan' });
    const company = await lk.companies.findOrCreateCompany({ name: 'Northwind Labs' });
    const loop = await lk.loops.createLoop({
      companyId: company.id,
      role: 'Chief Operating Officer',
      status: 'interviewing',
      on: iso(-30),
    });
    const people = [
      { name: 'Dana Hill', role: 'hiring-manager', hitItOff: true },
      { name: 'Kim Oduya-Barrington van der Westhuizen-Castellanos', role: 'interviewer', hitItOff: true },
      { name: 'Lee Park', role: 'hr', hitItOff: false },
      { name: 'Sam Rivera', role: 'interviewer', hitItOff: false },
      { name: 'Jo Tanaka', role: 'recruiter', hitItOff: false },
    ] as const;
    let kim = '';
    for (const { name, role, hitItOff } of people) {
      const person = await lk.people.createPerson({ name, company: 'Northwind Labs', emails: [] });
      if (name.startsWith('Kim')) kim = person.id;
      await lk.participations.addParticipant({
        loopId: loop.id,
        personId: person.id,
        role,
        hitItOff,
        met: [iso(-20)],
      });
    }
    await lk.loops.changeLoopStatus(loop.id, { status: 'rejected', on: iso(-1) });
    await lk.notifyDataChanged();
    const pending = await lk.reminders.listPendingReminders('9999-12-31', iso(0));
    return pending.find((r) => r.personId === kim && r.kind === 'rejection-follow-up')?.id ?? '';
  });
  await bridge.close();
  return { reminderId };
}
