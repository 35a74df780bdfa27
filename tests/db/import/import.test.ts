/**
 * The three kinds of file into the database: an invite makes people met in the proposed loop (with
 * their thank-yous), connections mark matched people connected, contacts fill in what is missing;
 * new people only when ticked; and the same file imported twice changes nothing the second time.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { dumpTables } from '../../../src/db/backup/dump';
import { database } from '../../../src/db/database';
import { importInvite, listOpenLoops, planInviteGuests } from '../../../src/db/import/invite';
import { importEntries, planImportEntries } from '../../../src/db/import/people';
import { changeLoopStatus } from '../../../src/db/loops';
import { addParticipant } from '../../../src/db/participations';
import { getSettings } from '../../../src/db/settings';
import { parseInvite } from '../../../src/domain/import/calendar';
import { parseConnections } from '../../../src/domain/import/linkedin';
import { guestsOtherThan, proposeLoop } from '../../../src/domain/import/plan-invite';
import { entriesOfConnections, entriesOfContacts } from '../../../src/domain/import/plan-people';
import { parseContacts } from '../../../src/domain/import/vcard';
import { localDate } from '../../../src/domain/today';
import { APPLE_VCARDS, GOOGLE_INVITE, LINKEDIN_NEW, OUTLOOK_INVITE } from '../../domain/import/samples';
import { freshDatabase } from '../../helpers/db';
import { seedForImport } from './seed';

let ids: Awaited<ReturnType<typeof seedForImport>>;
beforeEach(async () => {
  await freshDatabase();
  ids = await seedForImport();
});

const dump = () => dumpTables(database());

async function importOutlookInvite() {
  const [event] = parseInvite(OUTLOOK_INVITE);
  if (!event) throw new Error('the sample has an event');
  const guests = guestsOtherThan(event, (await getSettings()).myEmails);
  const choice = proposeLoop(event, guests, await listOpenLoops());
  const date = event.dates[0] as string;
  return {
    plans: await planInviteGuests(guests, date, choice),
    result: await importInvite(guests, date, choice),
    choice,
  };
}

describe('an interview invite', () => {
  it('becomes people met in the loop whose company has the guests’ domain, thank-yous following', async () => {
    const { plans, result, choice } = await importOutlookInvite();
    expect(choice).toEqual({ loopId: ids.globexLoop });
    expect(plans.map((p) => [p.name, p.reason, p.by])).toEqual([
      ['Priya Raman', 'joins-loop', 'name'],
      ['Marcus Lee', 'joins-loop', 'email'],
      ['Ana Souza', 'new', undefined],
    ]);
    expect(result).toMatchObject({ loopId: ids.globexLoop, added: 1, met: 3 });
    const db = database();
    const participations = await db.participations.where('loopId').equals(ids.globexLoop).toArray();
    expect(participations.map((p) => p.met)).toEqual([['2026-03-10'], ['2026-03-10'], ['2026-03-10']]);
    expect((await db.people.get(ids.priya))?.emails).toEqual(['priya.raman@globex.com']);
    expect(await db.people.where('nameKey').equals('marcus lee').count()).toBe(1);
    const thanks = await db.reminders
      .where('loopId')
      .equals(ids.globexLoop)
      .filter((r) => r.kind === 'thank-you')
      .toArray();
    expect(thanks.map((r) => r.due)).toEqual(['2026-03-10', '2026-03-10', '2026-03-10']);
  });

  it('changes nothing when the same invite comes again', async () => {
    await importOutlookInvite();
    const before = await dump();
    const { plans } = await importOutlookInvite();
    expect(plans.every((p) => p.reason === 'already-met')).toBe(true);
    expect(await dump()).toEqual(before);
  });

  it('proposes a loop at the guests’ company when none is open there', async () => {
    const [event] = parseInvite(
      GOOGLE_INVITE.replaceAll('initech.io', 'hooli.com').replace('Initech – Head of Platform: ', ''),
    );
    if (!event) throw new Error('the sample has an event');
    const guests = guestsOtherThan(event, ['jordan.reyes@example.org']);
    expect(proposeLoop(event, guests, await listOpenLoops())).toEqual({
      company: 'Hooli',
      domain: 'hooli.com',
      role: 'hiring manager screen',
    });
    // The title names Initech's open loop: that one is proposed.
    const [initech] = parseInvite(GOOGLE_INVITE.replaceAll('initech.io', 'gmail.com'));
    expect(proposeLoop(initech as typeof event, [], await listOpenLoops())).toEqual({
      loopId: ids.initechLoop,
    });
  });
});

describe('LinkedIn connections', () => {
  const entries = () => entriesOfConnections(parseConnections(LINKEDIN_NEW));

  it('marks matched people connected on their date, offers the rest and adds only those ticked', async () => {
    const plans = await planImportEntries(entries());
    expect(plans.map((p) => p.action)).toEqual(['update', 'update', 'add', 'add']);
    const result = await importEntries(entries(), new Set(['row 7']));
    expect(result).toEqual({ added: 1, updated: 2, skipped: 1 });
    const db = database();
    const dana = await db.people.get(ids.dana);
    expect(dana?.connected).toBe(true);
    const touches = await db.touches.where('[personId+on]').equals([ids.dana, '2024-03-15']).toArray();
    expect(touches.map((t) => t.channel)).toEqual(['linkedin']);
    expect(await db.people.where('nameKey').equals('美咲 佐藤').count()).toBe(0);
    const [odd] = await db.people.filter((p) => p.name.startsWith('=')).toArray();
    expect(odd).toMatchObject({ name: '=HYPERLINK("http://x") +Plus', company: '-Minus', connected: true });
  });

  it('does the rejection playbook’s "connect on LinkedIn" step for the people it marks connected', async () => {
    await addParticipant({
      loopId: ids.initechLoop,
      personId: ids.dana,
      role: 'hiring-manager',
      met: ['2026-01-10'],
    });
    await changeLoopStatus(ids.initechLoop, { status: 'rejected', on: localDate() });
    const connect = () =>
      database()
        .reminders.where('personId')
        .equals(ids.dana)
        .filter((r) => r.kind === 'linkedin-connect')
        .toArray();
    expect((await connect()).map((r) => r.status)).toEqual(['open']);
    await importEntries(entries(), new Set());
    expect(await connect()).toEqual([]);
  });

  it('changes nothing when the same export comes again', async () => {
    await importEntries(entries(), new Set(['row 6', 'row 7']));
    const before = await dump();
    const plans = await planImportEntries(entries());
    expect(plans.map((p) => p.action)).toEqual(['skip', 'skip', 'skip', 'skip']);
    await importEntries(entries(), new Set(['row 6', 'row 7']));
    expect(await dump()).toEqual(before);
  });
});

describe('contacts', () => {
  it('fills in emails, phones and profile links of matched people; new ones only when ticked, once', async () => {
    const entries = entriesOfContacts(parseContacts(APPLE_VCARDS));
    await importEntries(entries, new Set());
    const dana = await database().people.get(ids.dana);
    expect(dana).toMatchObject({
      emails: ['dana.hill@initech.io'],
      phone: '+1 (415) 555-0134',
      profiles: {
        linkedin: 'http://linkedin.com/in/Dana-Hill-4b2a1/',
        github: 'https://github.com/danahill',
      },
    });
    expect(await database().people.count()).toBe(3);
    await importEntries(entries, new Set(['card 2']));
    expect(await database().people.count()).toBe(4);
    const before = await dump();
    await importEntries(entries, new Set(['card 2']));
    expect(await dump()).toEqual(before);
  });
});
