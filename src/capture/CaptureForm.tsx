import { useEffect, useState } from 'preact/hooks';
import { localDate } from '../domain/today';
import { plural } from '../i18n/format';
import { t } from '../i18n/i18n';
import type { CaptureExtraction, CaptureSave, KnownPerson, LoopOption, Replies } from '../messages';
import { MET_TODAY, metDates } from '../ui/components/MetChoice';
import { onDataChanged } from '../ui/data-changed';
import { closePanel, findKnown } from './api';
import {
  defaultLoop,
  fromDraft,
  guessRole,
  isListPage,
  mainPerson,
  type PersonDraft,
  toDraft,
} from './draft';
import { KnownChoice } from './KnownChoice';
import { LoopFields, type LoopState } from './LoopFields';
import { type ListRow, PeopleList } from './PeopleList';
import { PersonFields } from './PersonFields';
import { saveOnce } from './save-once';

interface Props {
  capture: CaptureExtraction;
  loops: LoopOption[];
  onSaved: (result: Replies['capture-save']) => void;
}

export function CaptureForm({ capture, loops, onSaved }: Props) {
  const list = isListPage(capture);
  const pageCompany = capture.company?.name ?? mainPerson(capture)?.company ?? '';
  const [draft, setDraft] = useState<PersonDraft>(() => toDraft(mainPerson(capture), capture.company?.name));
  const [known, setKnown] = useState<KnownPerson[]>([]);
  const [chosen, setChosen] = useState<string | null>(null);
  const [rows, setRows] = useState<ListRow[]>(() =>
    capture.people.map((person) => ({ person, checked: false })),
  );
  const [loop, setLoop] = useState<LoopState>(() => ({
    loop: defaultLoop(loops, pageCompany),
    role: guessRole(mainPerson(capture)?.title ?? ''),
    hitItOff: false,
    met: MET_TODAY,
  }));
  const [busy, setBusy] = useState(false);
  // One id for this panel's save: pressing Save again (after the worker stopped) never saves twice.
  const [saveId] = useState(() => crypto.randomUUID());
  const [error, setError] = useState('');

  // Saved meanwhile in another window (the dashboard, another panel): the matches are looked up again.
  const [dataVersion, setDataVersion] = useState(0);
  useEffect(() => onDataChanged(() => setDataVersion((v) => v + 1)), []);
  // The person being edited: look for them among the saved, again as the name, company or address change.
  const { name, company, profileUrl } = draft;
  useEffect(() => {
    if (list) return;
    const timer = setTimeout(() => {
      findKnown([{ name, company, profileUrl }])
        .then(([found = []]) => {
          setKnown(found);
          setChosen((current) => (found.some((p) => p.id === current) ? current : (found[0]?.id ?? null)));
        })
        .catch(() => setKnown([]));
    }, 250);
    return () => clearTimeout(timer);
  }, [list, name, company, profileUrl, dataVersion]);

  // A list page: mark who is saved already, once.
  useEffect(() => {
    if (!list) return;
    findKnown(capture.people.map((p) => ({ name: p.name, company: p.company, profileUrl: p.profileUrl })))
      .then((found) => setRows((current) => current.map((row, i) => ({ ...row, known: found[i]?.[0] }))))
      .catch(() => undefined);
  }, [list, capture]);

  const picked = list
    ? rows.filter((row) => row.checked).map((row) => ({ person: row.person, personId: row.known?.id }))
    : [{ person: fromDraft(draft), personId: chosen ?? undefined }];

  async function submit(event: Event) {
    event.preventDefault();
    if (!picked.length) return setError(t('capture_list_pick'));
    const today = localDate();
    // The worker refuses these too; said here in words, before the request.
    if (loop.met.when === 'earlier' && !loop.met.on) return setError(t('ui_met_pick_date'));
    if (loop.met.when === 'earlier' && loop.met.on > today) return setError(t('capture_met_future'));
    const choice = loop.loop;
    const request: CaptureSave = {
      saveId,
      pageUrl: capture.pageUrl,
      people: picked.map(({ person, personId }) => (personId ? { person, personId } : { person })),
      loop:
        choice.kind === 'existing'
          ? { loopId: choice.loopId }
          : {
              company: choice.company.trim(),
              role: choice.role.trim(),
              ...(capture.company?.domain ? { domain: capture.company.domain } : {}),
              ...(capture.company?.linkedinUrl ? { linkedinUrl: capture.company.linkedinUrl } : {}),
            },
      role: loop.role,
      hitItOff: loop.hitItOff,
      met: metDates(loop.met, today),
    };
    setBusy(true);
    setError('');
    try {
      onSaved(await saveOnce(request));
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
      setBusy(false);
    }
  }

  return (
    <form class="capture" onSubmit={submit}>
      {list ? (
        <PeopleList rows={rows} onChange={setRows} />
      ) : (
        <>
          <PersonFields draft={draft} onChange={setDraft} />
          <KnownChoice known={known} chosen={chosen} onChoose={setChosen} />
        </>
      )}
      <LoopFields
        loops={loops}
        pageCompany={pageCompany}
        name={list ? '' : draft.name}
        value={loop}
        onChange={setLoop}
      />
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <footer class="actions">
        <button type="submit" class="primary" disabled={busy}>
          {saveLabel(list, picked.length)}
        </button>
        <button type="button" onClick={() => void closePanel()}>
          {t('capture_cancel')}
        </button>
      </footer>
    </form>
  );
}

/** "Save", or on a list page "Save 1 person" / "Save 3 people" (nothing ticked yet: "Save", which says why not). */
function saveLabel(list: boolean, count: number): string {
  if (!list || count === 0) return t('capture_save');
  return plural(count, { one: 'capture_save_list_one', other: 'capture_save_list' });
}
