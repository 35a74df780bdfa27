/** Every reminder kind is explained and labelled; every message kind has a default template. */
import { describe, expect, it } from 'vitest';
import catalog from '../../public/_locales/en/messages.json';
import { isMessageKind, MESSAGE_KINDS, TASK_KINDS } from '../../src/domain/playbook/kinds';
import { kindLabelKey, LOOP_LEVEL_VARIANTS, reasonKey, roleInLoopKey } from '../../src/domain/reasons';
import { DEFAULT_TEMPLATES, TEMPLATE_PLACEHOLDERS } from '../../src/domain/templates';
import { PARTICIPANT_ROLES, REMINDER_KINDS } from '../../src/domain/types';
import { kindKey } from '../../src/i18n/labels';

const messages = catalog as Record<string, { message: string }>;
const REASON_PLACEHOLDERS = new Set(['firstName', 'fullName', 'company', 'role', 'roleInLoop', 'weeks']);

describe('reminder kinds', () => {
  it('are each either a message or a task', () => {
    expect([...MESSAGE_KINDS, ...TASK_KINDS].sort()).toEqual([...REMINDER_KINDS].sort());
  });

  it.each(REMINDER_KINDS)('%s has a label and a reason', (kind) => {
    expect(messages[kindLabelKey(kind)]?.message, kindLabelKey(kind)).toBeTruthy();
    expect(kindKey(kind)).toBe(kindLabelKey(kind));
    expect(messages[reasonKey(kind)]?.message, reasonKey(kind)).toBeTruthy();
  });

  it.each(LOOP_LEVEL_VARIANTS)('%s has a sentence for the loop-level case', (kind) => {
    expect(messages[reasonKey(kind, true)]?.message).toBeTruthy();
  });

  it.each(PARTICIPANT_ROLES)('role %s has a phrase for the reasons', (role) => {
    expect(messages[roleInLoopKey(role)]?.message).toBeTruthy();
  });

  it('reasons use only the placeholders the UI fills', () => {
    for (const [key, { message }] of Object.entries(messages)) {
      if (!key.startsWith('reason_')) continue;
      for (const match of message.matchAll(/\{(\w+)\}/g))
        expect(REASON_PLACEHOLDERS, key).toContain(match[1]);
    }
  });

  it.each(REMINDER_KINDS)('%s has a default template exactly when it is a message', (kind) => {
    const template = (DEFAULT_TEMPLATES as Record<string, { subject: string; body: string }>)[kind];
    if (isMessageKind(kind)) {
      expect(template?.subject.trim()).toBeTruthy();
      expect(template?.body.trim()).toBeTruthy();
      for (const text of [template?.subject ?? '', template?.body ?? '']) {
        for (const match of text.matchAll(/\{(\w+)\}/g)) {
          expect(TEMPLATE_PLACEHOLDERS as readonly string[]).toContain(match[1]);
        }
      }
    } else {
      expect(template).toBeUndefined();
    }
  });
});
