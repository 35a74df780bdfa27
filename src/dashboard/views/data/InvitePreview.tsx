import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { importInvite, listOpenLoops, planInviteGuests } from '../../../db/import/invite';
import { getSettings } from '../../../db/settings';
import type { InviteEvent } from '../../../domain/import/calendar';
import {
  type GuestPlan,
  guestsOtherThan,
  type LoopChoice,
  proposeLoop,
} from '../../../domain/import/plan-invite';
import { localDate } from '../../../domain/today';
import { formatLongDate, plural } from '../../../i18n/format';
import { t } from '../../../i18n/i18n';
import { href } from '../../router';
import { useLoad, useStore } from '../../store';
import { GuestRows } from './GuestRows';
import { ImportActions } from './ImportParts';

const NEW_LOOP = 'new';

/** The instance to propose: the first on or after today, else the last one. */
function defaultDate(dates: readonly string[]): string {
  const today = localDate();
  return dates.find((d) => d >= today) ?? dates.at(-1) ?? today;
}

/** An invite's preview: which event and date, which loop, whom to save as met; then Import. */
export function InvitePreview({ events, onDone }: { events: InviteEvent[]; onDone: () => void }) {
  const { run } = useStore();
  const context = useLoad(async () => ({ loops: await listOpenLoops(), settings: await getSettings() }), []);
  const [eventIndex, setEventIndex] = useState(0);
  const event = events[eventIndex] as InviteEvent;
  const [date, setDate] = useState(() => defaultDate(event.dates));
  const [loopValue, setLoopValue] = useState<string | null>(null);
  const [company, setCompany] = useState('');
  const [role, setRole] = useState('');
  const [domain, setDomain] = useState('');
  const [unticked, setUnticked] = useState<Set<string>>(new Set());
  const [plans, setPlans] = useState<GuestPlan[]>([]);

  const ready = context.phase === 'ready' ? context.data : null;
  const myEmails = ready?.settings.myEmails ?? [];
  const guests = useMemo(() => guestsOtherThan(event, myEmails), [event, myEmails.join()]);
  const leftOut = event.guests.filter((g) => !guests.includes(g)).map((g) => g.email);

  // The proposal, made once for each event chosen: a reload (the tab coming back into focus) must
  // not undo what the user changed.
  const proposedFor = useRef<number | null>(null);
  useEffect(() => {
    if (!ready || proposedFor.current === eventIndex) return;
    proposedFor.current = eventIndex;
    const proposal = proposeLoop(event, guests, ready.loops);
    setDate(defaultDate(event.dates));
    setLoopValue('loopId' in proposal ? proposal.loopId : NEW_LOOP);
    setCompany('loopId' in proposal ? '' : proposal.company);
    setRole('loopId' in proposal ? event.title.slice(0, 200) : proposal.role);
    setDomain('loopId' in proposal ? '' : (proposal.domain ?? ''));
  }, [ready, eventIndex]);

  const choice: LoopChoice | null =
    loopValue === null
      ? null
      : loopValue === NEW_LOOP
        ? { company: company.trim(), role: role.trim(), ...(domain ? { domain } : {}) }
        : { loopId: loopValue };

  useEffect(() => {
    if (!choice || event.cancelled) return;
    let live = true;
    planInviteGuests(guests, date, choice).then((next) => live && setPlans(next));
    return () => {
      live = false;
    };
  }, [loopValue, company, date, guests]);

  const chosen = plans.filter((p) => p.reason !== 'already-met' && !unticked.has(p.guest.email));
  const canImport =
    !!choice &&
    !event.cancelled &&
    chosen.length > 0 &&
    (loopValue !== NEW_LOOP || (company.trim() !== '' && role.trim() !== ''));

  const save = async () => {
    if (!choice || !canImport) return;
    const guestsChosen = chosen.map((p) => p.guest);
    const done = await run(() => importInvite(guestsChosen, date, choice), {
      done: plural(
        guestsChosen.length,
        { one: 'data_import_done_invite_one', other: 'data_import_done_invite' },
        { date: formatLongDate(date) },
      ),
    });
    if (done) onDone();
  };

  return (
    <div class="import-preview">
      {events.length > 1 && (
        <label class="field">
          <span>{t('data_import_event')}</span>
          <select value={String(eventIndex)} onChange={(e) => setEventIndex(Number(e.currentTarget.value))}>
            {events.map((ev) => (
              <option key={ev.index} value={String(ev.index)}>
                {`${ev.title} (${formatLongDate(ev.dates[0] as string)})`}
              </option>
            ))}
          </select>
        </label>
      )}
      <h4>{event.title || t('data_import_event')}</h4>
      {event.dates.length > 1 ? (
        <label class="field">
          <span>{t('data_import_date')}</span>
          <select value={date} onChange={(e) => setDate(e.currentTarget.value)}>
            {event.dates.map((d) => (
              <option key={d} value={d}>
                {formatLongDate(d)}
              </option>
            ))}
          </select>
        </label>
      ) : (
        <p>
          {event.time
            ? t('data_import_when', { date: formatLongDate(date), time: event.time })
            : t('data_import_all_day', { date: formatLongDate(date) })}
        </p>
      )}
      {event.cancelled ? (
        <p class="restore-refused" role="alert">
          {t('data_import_cancelled')}
        </p>
      ) : (
        <>
          {leftOut.length > 0 && (
            <p class="muted">{t('data_import_you_left_out', { emails: leftOut.join(', ') })}</p>
          )}
          {ready && myEmails.length === 0 && (
            <p class="muted">
              <a href={href('settings')}>{t('data_import_set_my_emails')}</a>
            </p>
          )}
          {ready && loopValue !== null && (
            <div class="import-loop">
              <label class="field">
                <span>{t('data_import_loop')}</span>
                <select value={loopValue} onChange={(e) => setLoopValue(e.currentTarget.value)}>
                  {ready.loops.map((loop) => (
                    <option key={loop.id} value={loop.id}>{`${loop.companyName} — ${loop.role}`}</option>
                  ))}
                  <option value={NEW_LOOP}>
                    {company.trim()
                      ? t('data_import_new_loop', { company: company.trim() })
                      : t('data_import_new_loop_blank')}
                  </option>
                </select>
              </label>
              {loopValue === NEW_LOOP && (
                <>
                  <label class="field">
                    <span>{t('data_import_company')}</span>
                    <input
                      value={company}
                      maxLength={200}
                      required
                      onInput={(e) => setCompany(e.currentTarget.value)}
                    />
                  </label>
                  <label class="field">
                    <span>{t('data_import_role')}</span>
                    <input
                      value={role}
                      maxLength={200}
                      required
                      onInput={(e) => setRole(e.currentTarget.value)}
                    />
                  </label>
                </>
              )}
            </div>
          )}
          <GuestRows
            plans={plans}
            date={date}
            unticked={unticked}
            onToggle={(email) => {
              const next = new Set(unticked);
              if (next.has(email)) next.delete(email);
              else next.add(email);
              setUnticked(next);
            }}
          />
        </>
      )}
      <ImportActions canImport={canImport} onImport={save} onCancel={onDone} />
    </div>
  );
}
