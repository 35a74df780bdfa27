import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Action } from '../../src/domain/reminder-action';
import { ReminderActions } from '../../src/ui/components/ReminderActions';

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});
const buttons = () => [...root.querySelectorAll('button')];
const named = (name: string) =>
  buttons().find((b) => (b.getAttribute('aria-label') ?? b.textContent) === name);
const labelled = (text: string) =>
  [...root.querySelectorAll<HTMLElement>('button, a')].find((b) => b.textContent === text);

describe('the shared reminder actions', () => {
  it('offers Write first for a message, and every other action under More actions, handed to the caller', async () => {
    const actions: Action[] = [];
    const onWrite = vi.fn();
    const props = {
      name: 'Follow-up after a no for Dana Hill',
      onAction: (a: Action) => actions.push(a),
      onWrite,
    };
    await act(() => render(<ReminderActions kind="rejection-follow-up" {...props} loopHref="/loop" />, root));
    expect(buttons().map((b) => b.getAttribute('aria-label'))).toEqual([
      'Write: Follow-up after a no for Dana Hill',
      'More actions: Follow-up after a no for Dana Hill',
    ]);
    await act(() => named('Write: Follow-up after a no for Dana Hill')?.click());
    expect(onWrite).toHaveBeenCalledTimes(1);
    const open = async (choice: string) => {
      await act(() => named('More actions: Follow-up after a no for Dana Hill')?.click());
      await act(() => labelled(choice)?.click());
    };
    await act(() => named('More actions: Follow-up after a no for Dana Hill')?.click());
    expect([...root.querySelectorAll('.menu-items > *:not(legend)')].map((b) => b.textContent)).toEqual([
      'Mark sent: Email',
      'Mark sent: Call',
      'Mark sent: LinkedIn',
      'Mark sent: Meeting',
      'Mark sent: Other',
      'Done',
      'Snooze a day',
      'Snooze a week',
      'Snooze a month',
      'Dismiss',
      'Open the loop',
    ]);
    expect(labelled('Open the loop')?.getAttribute('href')).toBe('/loop');
    await act(() => labelled('Mark sent: LinkedIn')?.click());
    await open('Snooze a month');
    await open('Dismiss');
    await open('Done');
    expect(actions).toEqual([
      { type: 'sent', channel: 'linkedin' },
      { type: 'snooze', period: 'month' },
      { type: 'dismiss' },
      { type: 'done' },
    ]);
  });

  it('makes Done the primary action of a task, and of a message with nobody to write to', async () => {
    const actions: Action[] = [];
    await act(() =>
      render(<ReminderActions kind="process-review" name="Review" onAction={(a) => actions.push(a)} />, root),
    );
    await act(() => named('Done: Review')?.click());
    expect(actions).toEqual([{ type: 'done' }]);
    render(null, root);
    await act(() =>
      render(<ReminderActions kind="thank-you" name="Thanks" onAction={() => undefined} />, root),
    );
    expect(named('Done: Thanks')).toBeDefined();
    expect(named('Write: Thanks')).toBeUndefined();
  });

  it('knows no storage: the component and its menu import nothing from src/db', () => {
    for (const file of ['ReminderActions.tsx', 'MenuButton.tsx']) {
      const text = readFileSync(join(import.meta.dirname, '../../src/ui/components', file), 'utf8');
      expect(text).not.toMatch(/from '[./]*\/db\//);
    }
  });
});
