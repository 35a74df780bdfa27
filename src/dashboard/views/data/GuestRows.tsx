import type { GuestPlan } from '../../../domain/import/plan-invite';
import { formatLongDate } from '../../../i18n/format';
import { type MessageKey, t } from '../../../i18n/i18n';
import { ImportTable } from './ImportParts';

const BY: Record<string, MessageKey> = {
  email: 'data_import_by_email',
  profile: 'data_import_by_profile',
  name: 'data_import_by_name',
};

function what(plan: GuestPlan, date: string): string {
  const on = formatLongDate(date);
  const name = plan.personName ?? '';
  let text: string;
  if (plan.reason === 'new') text = t('data_import_guest_new', { date: on });
  else if (plan.reason === 'joins-loop')
    text = t('data_import_guest_joins', { name, by: t(BY[plan.by ?? 'email'] as MessageKey), date: on });
  else if (plan.reason === 'adds-meeting') text = t('data_import_guest_adds_meeting', { name, date: on });
  else text = t('data_import_guest_already_met', { date: on });
  return plan.addsEmail && plan.reason !== 'new' && plan.reason !== 'already-met'
    ? `${text}; ${t('data_import_adds_email', { email: plan.guest.email })}`
    : text;
}

/** The invite's guests: a tick each (who to save), their address, and what saving them does. */
export function GuestRows(props: {
  plans: GuestPlan[];
  date: string;
  unticked: ReadonlySet<string>;
  onToggle: (email: string) => void;
}) {
  if (props.plans.length === 0) return <p class="muted">{t('data_import_no_guests')}</p>;
  return (
    <ImportTable caption={t('data_import_guests')}>
      {props.plans.map((plan) => {
        const met = plan.reason === 'already-met';
        return (
          <tr key={plan.guest.email}>
            <td>
              <label class="import-check">
                <input
                  type="checkbox"
                  checked={!met && !props.unticked.has(plan.guest.email)}
                  disabled={met}
                  aria-label={t('data_import_save_guest', { name: plan.name })}
                  onChange={() => props.onToggle(plan.guest.email)}
                />
                <span>
                  {plan.name}
                  <br />
                  <span class="muted">{plan.guest.email}</span>
                </span>
              </label>
            </td>
            <td>{what(plan, props.date)}</td>
          </tr>
        );
      })}
    </ImportTable>
  );
}
