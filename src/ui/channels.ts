import { defaultChannel } from '../domain/playbook/kinds';
import { type ReminderKind, TOUCH_CHANNELS, type TouchChannel } from '../domain/types';
import { type MessageKey, t } from '../i18n/i18n';

export const channelLabel = (channel: TouchChannel) => t(`popup_channel_${channel}` as MessageKey);

/** The channels a message may have gone by, the kind's usual one first (a call for a rapport call). */
export function channelsFor(kind: ReminderKind): TouchChannel[] {
  const usual = defaultChannel(kind);
  return [usual, ...TOUCH_CHANNELS.filter((channel) => channel !== usual)];
}

/** "Mark sent: Email": a way to mark a message sent, in a list of actions. */
export const sentByLabel = (channel: TouchChannel) => t('ui_sent_by', { channel: channelLabel(channel) });
