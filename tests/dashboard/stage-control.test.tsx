/**
 * The stage select always shows the loop's current stage. It used to hold its own copy of a stage
 * (the stage after the current one, taken once), so after an outcome or an undo — the same page,
 * the loop changed under it — it showed another stage; on an outcome status, a value not among its
 * options made it show "Applied".
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { StageControl, stageChoices } from '../../src/dashboard/views/loop/StageControl';
import type { Loop, LoopStatus } from '../../src/domain/types';

const root = document.createElement('div');
document.body.append(root);
afterEach(() => render(null, root));

function loopAt(status: LoopStatus): Loop {
  return {
    id: 'loop-1',
    companyId: 'c',
    role: 'VP Marketing',
    status,
    history: [{ status, on: '2026-03-02' }],
    notes: '',
    review: { wentWell: '', toImprove: '' },
    createdAt: 1,
    updatedAt: 1,
  };
}

const select = () => root.querySelector('select') as HTMLSelectElement;
const shown = () => select().selectedOptions[0]?.textContent;
const move = () => [...root.querySelectorAll('button')].find((b) => b.textContent === 'Move to stage');

function draw(loop: Loop, moves: LoopStatus[] = []) {
  act(() => render(<StageControl loop={loop} disabled={false} onMove={(s) => moves.push(s)} />, root));
}

describe('the stage control', () => {
  it('shows the current stage, and Move to stage waits for another choice', () => {
    draw(loopAt('screening'));
    expect(select().value).toBe('screening');
    expect(shown()).toBe('Screening');
    expect(move()?.disabled).toBe(true);
  });

  it('follows the loop after an outcome and after an undo, even with a stage chosen but not moved to', () => {
    const moves: LoopStatus[] = [];
    draw(loopAt('interviewing'), moves);
    act(() => {
      select().value = 'final-round';
      select().dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(move()?.disabled).toBe(false);
    move()?.click();
    expect(moves).toEqual(['final-round']);

    draw(loopAt('rejected')); // "They chose someone else" recorded on the same page
    expect(select().value).toBe('rejected');
    expect(shown()).toBe('Not selected');
    expect(move()?.disabled).toBe(true);

    draw(loopAt('interviewing')); // Undo
    expect(select().value).toBe('interviewing');
    expect(move()?.disabled).toBe(true);
  });

  it('offers an outcome status only while the loop has it', () => {
    expect(stageChoices('offer')).toContain('offer');
    expect(stageChoices('interviewing')).not.toContain('offer');
    expect(stageChoices('rejected').at(-1)).toBe('rejected');
  });
});
