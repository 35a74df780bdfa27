import { beforeEach, describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/db/errors';
import { getTemplate, listTemplates, resetTemplate, saveTemplate } from '../../src/db/templates';
import { MESSAGE_KINDS, type MessageKind } from '../../src/domain/playbook/kinds';
import { DEFAULT_TEMPLATES } from '../../src/domain/templates';
import { freshDatabase } from '../helpers/db';

beforeEach(async () => {
  await freshDatabase();
});

describe('templates table', () => {
  it('falls back to the default', async () => {
    expect(await getTemplate('thank-you')).toMatchObject({
      ...DEFAULT_TEMPLATES['thank-you'],
      isDefault: true,
    });
    expect((await listTemplates()).map((t) => t.kind)).toEqual([...MESSAGE_KINDS]);
  });

  it('saves an edited copy and resets it', async () => {
    await saveTemplate({ kind: 'thank-you', subject: ' Thanks! ', body: 'Hi {firstName}' });
    expect(await getTemplate('thank-you')).toMatchObject({
      subject: 'Thanks!',
      body: 'Hi {firstName}',
      isDefault: false,
    });
    expect((await resetTemplate('thank-you')).isDefault).toBe(true);
  });

  it('refuses tasks and bad input', async () => {
    await expect(saveTemplate({ kind: 'process-review', subject: '', body: '' })).rejects.toThrow(
      ValidationError,
    );
    await expect(saveTemplate({ kind: 'thank-you', subject: 1, body: '' })).rejects.toThrow(ValidationError);
    await expect(getTemplate('offer-decision' as MessageKind)).rejects.toThrow(ValidationError);
  });
});
