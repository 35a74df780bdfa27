/** Locale keys for the dashboard's own named values (loop sources, touch channels). */
import type { LoopSource, TouchChannel } from '../domain/types';
import type { MessageKey } from '../i18n/i18n';

const underscore = (value: string) => value.replaceAll('-', '_');

export const sourceKey = (source: LoopSource) => `source_${underscore(source)}` as MessageKey;
export const channelKey = (channel: TouchChannel) => `channel_${underscore(channel)}` as MessageKey;
