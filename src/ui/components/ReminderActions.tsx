import { isMessageKind } from '../../domain/playbook/kinds';
import { type Action, SNOOZE_PERIODS } from '../../domain/reminder-action';
import type { ReminderKind } from '../../domain/types';
import { t } from '../../i18n/i18n';
import { channelsFor, sentByLabel } from '../channels';
import { MenuButton, type MenuItem } from './MenuButton';

export interface ReminderActionsProps {
  kind: ReminderKind;
  /** Names the reminder in the buttons' accessible names ("Write: Follow-up after a no for Dana Hill"). */
  name: string;
  busy?: boolean;
  /** Done, sent by a channel, snooze or dismiss: the caller performs it (and offers Undo). */
  onAction: (action: Action) => void;
  /** Opens the composer for a message; without it (nobody to write to) Done is the primary action. */
  onWrite?: (() => void) | undefined;
  /** The loop's page (the review, for a process review), offered among the other actions. */
  loopHref?: string | undefined;
}

/** What the menu offers besides the primary action, in the order a user reaches for them. */
export function secondaryActions(
  { kind, onAction, loopHref }: ReminderActionsProps,
  writes: boolean,
): MenuItem[] {
  const items: MenuItem[] = [];
  if (isMessageKind(kind))
    for (const channel of channelsFor(kind))
      items.push({ label: sentByLabel(channel), onSelect: () => onAction({ type: 'sent', channel }) });
  if (writes) items.push({ label: t('ui_done'), onSelect: () => onAction({ type: 'done' }) });
  for (const period of SNOOZE_PERIODS)
    items.push({ label: t(`ui_snooze_${period}`), onSelect: () => onAction({ type: 'snooze', period }) });
  items.push({ label: t('ui_dismiss'), onSelect: () => onAction({ type: 'dismiss' }) });
  if (loopHref)
    items.push({
      label: kind === 'process-review' ? t('ui_open_review') : t('ui_open_loop'),
      href: loopHref,
    });
  return items;
}

/**
 * One reminder's actions, the same in the popup, the agenda, and the loop and person pages: ONE
 * primary action (Write for a message, Done for a task) and the rest — sent by a channel, Done,
 * snooze a day, a week or a month, Dismiss, the loop's page — under "More actions". It knows no
 * storage: the caller performs what `onAction` hands it (the popup through the service worker, the
 * dashboard through src/db) and shows the outcome with Undo. The primary button carries
 * `data-primary`, so a row's keyboard shortcut (Enter) can press it.
 */
export function ReminderActions(props: ReminderActionsProps) {
  const { kind, name, busy, onAction, onWrite } = props;
  const writes = isMessageKind(kind) && !!onWrite;
  return (
    <div class="reminder-actions">
      <button
        type="button"
        class="primary"
        data-primary
        disabled={busy}
        aria-label={t(writes ? 'ui_write_named' : 'ui_done_named', { what: name })}
        onClick={writes ? onWrite : () => onAction({ type: 'done' })}
      >
        {writes ? t('ui_write') : t('ui_done')}
      </button>
      <MenuButton
        class="menu-end"
        label={t('ui_more_actions')}
        ariaLabel={t('ui_more_actions_named', { what: name })}
        disabled={busy}
        items={secondaryActions(props, writes)}
      >
        <span aria-hidden="true">⋯</span>
      </MenuButton>
    </div>
  );
}
