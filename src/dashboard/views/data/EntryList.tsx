import type { EntryPlan } from '../../../domain/import/plan-people';
import { formatLongDate } from '../../../i18n/format';
import { t } from '../../../i18n/i18n';
import { ImportTable } from './ImportParts';

/** Rows drawn per group: a 50,000-row export is summarised, never drawn whole. */
const SHOWN = 200;

function what(plan: EntryPlan): string {
  if (plan.action === 'add') return [plan.entry.headline, plan.entry.company].filter(Boolean).join(', ');
  if (plan.action === 'skip') {
    if (plan.reason === 'repeated') return t('data_import_reason_repeated');
    if (plan.reason === 'no-name') return t('data_import_reason_no_name');
    return t('data_import_reason_nothing_new', { name: plan.personName ?? '' });
  }
  const parts: string[] = [];
  const on = plan.entry.connectedOn;
  if (plan.changes.connected || plan.touchOn)
    parts.push(
      on
        ? t('data_import_change_connected_on', { date: formatLongDate(on) })
        : t('data_import_change_connected'),
    );
  if (plan.changes.emails) parts.push(t('data_import_change_email'));
  if (plan.changes.phone) parts.push(t('data_import_change_phone'));
  if (plan.changes.profiles) parts.push(t('data_import_change_profile'));
  return `${plan.personName}: ${parts.join(', ')}`;
}

/** One group of the preview (the first rows of it), with a tick per row when the rows are offered. */
export function EntryList(props: {
  title: string;
  plans: EntryPlan[];
  ticked?: ReadonlySet<string>;
  onToggle?: (key: string) => void;
}) {
  if (props.plans.length === 0) return null;
  const { ticked, onToggle } = props;
  return (
    <ImportTable caption={props.title}>
      {props.plans.slice(0, SHOWN).map((plan) => (
        <tr key={plan.entry.key}>
          <td>
            {ticked && onToggle ? (
              <label class="import-check">
                <input
                  type="checkbox"
                  checked={ticked.has(plan.entry.key)}
                  aria-label={t('data_import_add_person', { name: plan.entry.name })}
                  onChange={() => onToggle(plan.entry.key)}
                />
                <span>{plan.entry.name}</span>
              </label>
            ) : (
              plan.entry.name
            )}
            {plan.entry.emails[0] && (
              <>
                <br />
                <span class="muted">{plan.entry.emails[0]}</span>
              </>
            )}
          </td>
          <td>{what(plan)}</td>
        </tr>
      ))}
      {props.plans.length > SHOWN && (
        <tr>
          <td colSpan={2} class="muted">
            {t('data_import_more', { count: props.plans.length - SHOWN })}
          </td>
        </tr>
      )}
    </ImportTable>
  );
}
