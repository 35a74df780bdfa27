/** Locale keys for the named values of the domain (statuses, roles, reminder kinds). */
import type { LoopStatus, ParticipantRole, ReminderKind } from '../domain/types';
import type { MessageKey } from './i18n';

const underscore = (value: string) => value.replaceAll('-', '_');

export const statusKey = (status: LoopStatus) => `status_${underscore(status)}` as MessageKey;
export const roleKey = (role: ParticipantRole) => `role_${underscore(role)}` as MessageKey;
export const kindKey = (kind: ReminderKind) => `kind_${underscore(kind)}` as MessageKey;
