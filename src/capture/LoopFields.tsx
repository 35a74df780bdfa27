import { localDate } from '../domain/today';
import { PARTICIPANT_ROLES, type ParticipantRole } from '../domain/types';
import { t } from '../i18n/i18n';
import { roleKey } from '../i18n/labels';
import type { LoopOption } from '../messages';
import { ChoiceSelect } from '../ui/components/ChoiceSelect';
import { type MetAnswer, MetChoice } from '../ui/components/MetChoice';
import type { LoopChoice } from './draft';

export interface LoopState {
  loop: LoopChoice;
  role: ParticipantRole;
  hitItOff: boolean;
  met: MetAnswer;
}

const NEW = '__new__';

/**
 * Which loop (an open one, most recent first, or a new one), their role in it, when you met — which
 * decides the thank-you — and how it went. Closed loops are not offered: their people are settled.
 */
export function LoopFields(props: {
  loops: LoopOption[];
  pageCompany: string;
  /** Who is being saved, for the meeting's consequence ("a thank-you to Dana"); empty for a list. */
  name: string;
  value: LoopState;
  onChange: (value: LoopState) => void;
}) {
  const { loops, pageCompany, name, value, onChange } = props;
  const set = (patch: Partial<LoopState>) => onChange({ ...value, ...patch });
  const { loop } = value;
  return (
    <fieldset class="fields">
      <legend>{t('capture_loop')}</legend>
      <label class="field">
        <span>{t('capture_loop_choose')}</span>
        <select
          value={loop.kind === 'new' ? NEW : loop.loopId}
          onChange={(event) => {
            const id = event.currentTarget.value;
            set({
              loop:
                id === NEW
                  ? { kind: 'new', company: pageCompany, role: '' }
                  : { kind: 'existing', loopId: id },
            });
          }}
        >
          {loops.map((option) => (
            <option key={option.id} value={option.id}>
              {t('capture_loop_option', { company: option.company, role: option.role })}
            </option>
          ))}
          <option value={NEW}>{t('capture_loop_new')}</option>
        </select>
      </label>
      {loop.kind === 'new' && (
        <div class="new-loop">
          <label class="field">
            <span>{t('capture_loop_company')}</span>
            <input
              value={loop.company}
              required
              maxLength={200}
              onInput={(event) => set({ loop: { ...loop, company: event.currentTarget.value } })}
            />
          </label>
          <label class="field">
            <span>{t('capture_loop_role')}</span>
            <input
              value={loop.role}
              required
              maxLength={200}
              placeholder={t('capture_loop_role_hint')}
              onInput={(event) => set({ loop: { ...loop, role: event.currentTarget.value } })}
            />
          </label>
        </div>
      )}
      <label class="field">
        <span>{t('capture_role')}</span>
        <ChoiceSelect
          value={value.role}
          choices={PARTICIPANT_ROLES}
          label={(choice) => t(roleKey(choice))}
          onChange={(choice) => set({ role: choice })}
        />
      </label>
      <MetChoice value={value.met} onChange={(met) => set({ met })} today={localDate()} name={name} />
      <label class="check">
        <input
          type="checkbox"
          checked={value.hitItOff}
          onChange={(e) => set({ hitItOff: e.currentTarget.checked })}
        />
        {t('capture_hit_it_off')}
      </label>
    </fieldset>
  );
}
