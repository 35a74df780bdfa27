/**
 * The job search the board and insights tests share, seeded through the product's repositories: five
 * loops, one in each stage but final round (one with a long company name), an offer with a deadline
 * and a rejection, four people met, and three answered thank-yous — one on time, one late, one
 * dismissed. The figures the insights tests expect follow from these dates and no others.
 */
import { localDate } from './dashboard-helpers';
import { type Extension, withBridge } from './harness';

export const LONG_COMPANY = 'Globex Corporation International Holdings and Subsidiaries Worldwide';

export async function seedSearch(extension: Extension): Promise<void> {
  const bridge = await extension.bridge();
  const day = (offset: number) => localDate(offset);
  await withBridge(
    bridge,
    async (lk, d) => {
      const loop = async (name: string, status: string, on: string, people: [string, string][] = []) => {
        const company = await lk.companies.findOrCreateCompany({ name });
        const created = await lk.loops.createLoop({
          companyId: company.id,
          role: 'VP Marketing',
          status,
          on,
        });
        for (const [personName, met] of people) {
          const person = await lk.people.createPerson({ name: personName });
          await lk.participations.addParticipant({
            loopId: created.id,
            personId: person.id,
            role: 'hiring-manager',
            hitItOff: false,
            met: [met],
          });
        }
        return created;
      };
      await loop('Acme', 'applied', d.m10);
      await loop(d.long, 'screening', d.m20, [
        ['Dana Hill', d.m5],
        ['Lee Park', d.m5],
      ]);
      await loop('Initech', 'interviewing', d.m30, [['Sam Roe', d.m3]]);
      const umbrella = await loop('Umbrella', 'applied', d.m40);
      await lk.loops.changeLoopStatus(umbrella.id, { status: 'offer', on: d.m2, deadline: d.p9 });
      const hooli = await loop('Hooli', 'interviewing', d.m60, [['Kim Lee', d.m30]]);
      await lk.loops.changeLoopStatus(hooli.id, { status: 'rejected', on: d.m1 });
      const people = await lk.people.listPeople();
      const thanks = async (name: string) => {
        const person = people.find((p) => p.name === name);
        const reminders = person ? await lk.reminders.listRemindersOfPerson(person.id) : [];
        const found = reminders.find((r) => r.kind === 'thank-you' && r.status === 'open');
        if (!found) throw new Error(`No open thank-you for ${name}`);
        return found.id;
      };
      await lk.reminders.completeReminder(await thanks('Sam Roe'), { on: d.m3, logTouch: false });
      await lk.reminders.completeReminder(await thanks('Dana Hill'), { on: d.today, logTouch: false });
      await lk.reminders.dismissReminder(await thanks('Lee Park'), { on: d.today });
      await lk.notifyDataChanged();
    },
    {
      long: LONG_COMPANY,
      today: day(0),
      m1: day(-1),
      m2: day(-2),
      m3: day(-3),
      m5: day(-5),
      m10: day(-10),
      m20: day(-20),
      m30: day(-30),
      m40: day(-40),
      m60: day(-60),
      p9: day(9),
    },
  );
  await bridge.close();
}
