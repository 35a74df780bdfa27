import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../src/popup/App';
import { FIRST_SCREEN_ROWS } from '../../src/popup/first-screen';
import { loadToday, type TodayList } from '../../src/popup/load';
import { readCachedList, writeCachedList } from '../../src/popup/snapshot';
import { freshPopupDatabase, seedJobSearch } from './seed';

const today = '2026-03-02';

beforeEach(() => localStorage.clear());

describe('the cached popup list', () => {
  it('round-trips the list for the same day only', async () => {
    await freshPopupDatabase();
    await seedJobSearch(today);
    const list = await loadToday(today);
    writeCachedList(list);
    expect(readCachedList(today)).toEqual(JSON.parse(JSON.stringify(list)));
    expect(readCachedList('2026-03-03')).toBeNull();
  });

  it('ignores what it cannot trust: nothing, garbage, another version, a wrong shape', () => {
    expect(readCachedList(today)).toBeNull();
    localStorage.setItem('loopkeeper:popup-list', '{not json');
    expect(readCachedList(today)).toBeNull();
    localStorage.setItem(
      'loopkeeper:popup-list',
      JSON.stringify({ version: 99, list: { today, sections: [] } }),
    );
    expect(readCachedList(today)).toBeNull();
    localStorage.setItem(
      'loopkeeper:popup-list',
      JSON.stringify({ version: 1, list: { today, sections: 'x' } }),
    );
    expect(readCachedList(today)).toBeNull();
  });
});

describe('the popup with a cached list', () => {
  let root: HTMLElement;
  beforeEach(() => {
    root = document.createElement('div');
    document.body.append(root);
  });
  afterEach(() => {
    render(null, root);
    root.remove();
  });

  it('paints the cached list at once, then the list read from the database replaces it', async () => {
    await freshPopupDatabase();
    const stale: TodayList = {
      today,
      firstRun: false,
      sections: [
        {
          name: 'today',
          more: false,
          rows: [
            {
              reminder: {
                id: 'gone',
                key: 'k',
                kind: 'thank-you',
                loopId: null,
                personId: null,
                anchor: 'a',
                due: today,
                showOn: today,
                status: 'open',
                createdAt: 0,
                updatedAt: 0,
              },
              person: {
                id: 'p',
                name: 'Cached Person',
                nameKey: 'cached person',
                emails: [],
                profiles: { other: [] },
                profileKeys: [],
                nameWords: [],
                connected: false,
                notes: '',
                tags: [],
                createdAt: 0,
                updatedAt: 0,
              },
            },
          ],
        },
      ],
    };
    let resolveFresh: (list: TodayList) => void = () => undefined;
    const firstLoad = new Promise<TodayList>((resolve) => {
      resolveFresh = resolve;
    });
    await act(() => render(<App firstLoad={firstLoad} cached={stale} />, root));
    expect(root.textContent).toContain('Cached Person');

    await act(async () => resolveFresh({ today, firstRun: true, sections: [] }));
    expect(root.textContent).not.toContain('Cached Person');
    expect(root.textContent).toContain('Save your first interviewer');
    expect(readCachedList(today)?.firstRun).toBe(true);
  });

  it('draws the first screen in the first frame, and the rest of the list after it is painted', async () => {
    await freshPopupDatabase();
    await seedJobSearch(today);
    const list = await loadToday(today);
    const all = list.sections.reduce((sum, section) => sum + section.rows.length, 0);
    expect(all).toBeGreaterThan(FIRST_SCREEN_ROWS);
    await act(() => render(<App firstLoad={new Promise(() => undefined)} cached={list} />, root));
    expect(root.querySelectorAll('.reminder')).toHaveLength(FIRST_SCREEN_ROWS);
    // Counted in full from the start, so the headings do not change when the rest arrives.
    const headings = () => [...root.querySelectorAll('h2')].map((h) => h.textContent);
    expect(headings()).toEqual(['Overdue2', 'Due today3', 'Next 14 days6']);
    await act(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 10))));
    expect(root.querySelectorAll('.reminder')).toHaveLength(all);
    expect(headings()).toEqual(['Overdue2', 'Due today3', 'Next 14 days6']);
  });
});
