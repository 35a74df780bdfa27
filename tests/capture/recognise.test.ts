import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { profilePageKind } from '../../src/content/profile-button';
import { clampPerson, recognise, summarise } from '../../src/content/recognise';

function load(file: string, url: string): Document {
  const window = new Window({ url });
  window.document.write(readFileSync(join(import.meta.dirname, '../e2e/pages', file), 'utf8'));
  return window.document as unknown as Document;
}

/** What the page says, with no time budget: happy-dom walks a page many times slower than a browser. */
function read(doc: Document, url: string, hint: Parameters<typeof recognise>[2]) {
  return recognise(doc, url, hint, Number.POSITIVE_INFINITY);
}

const DANA = 'https://www.linkedin.com/in/dana-hill/';
const NEWS = 'https://news.test/2026/acme';

describe('recognising what the user pointed at', () => {
  it('reads a profile page: its subject, never the viewer or "People also viewed"', () => {
    const capture = read(load('linkedin-dana.html', DANA), DANA, { via: 'page' });
    expect(capture.subject).toMatchObject({ name: 'Dana Hill', title: 'VP Marketing', company: 'Acme Corp' });
    expect(capture.people.map((p) => p.name)).not.toContain('Pat Viewer');
    expect(capture.people.map((p) => p.name)).not.toContain('Sam Stranger');
    expect(summarise(capture)).toEqual({ kind: 'person', name: 'Dana Hill' });
  });

  it('takes a link: its text as the name and its canonical profile address', () => {
    const doc = load('news-article.html', NEWS);
    const link = 'https://www.linkedin.com/in/dana-hill/?trk=news';
    const capture = read(doc, NEWS, { via: 'link', linkUrl: link });
    expect(capture.subject).toEqual({ name: 'Dana Hill', profileUrl: DANA });
  });

  it('takes a selection as the name, and a listed person’s details when the name matches', () => {
    const news = read(load('news-article.html', NEWS), NEWS, {
      via: 'selection',
      selectionText: ' Riley\n Quinn ',
    });
    expect(news.subject).toEqual({ name: 'Riley' });
    const team = 'https://www.acme.test/team';
    const listed = read(load('team.html', team), team, { via: 'selection', selectionText: 'lee park' });
    expect(listed.subject).toMatchObject({ name: 'Lee Park', title: 'Head of Engineering' });
  });

  it('reads a team page as a list with its company', () => {
    const url = 'https://www.acme.test/team';
    const capture = read(load('team.html', url), url, { via: 'page' });
    expect(capture.subject).toBeNull();
    expect(capture.people.map((p) => p.name)).toEqual(['Dana Hill', 'Lee Park', 'Morgan Diaz']);
    expect(summarise(capture)).toEqual({ kind: 'people', count: 3, name: 'Acme Corp' });
  });

  it('clamps every field to what the database takes and drops what it would refuse', () => {
    const person = clampPerson({
      name: `  ${'N'.repeat(500)}  `,
      title: 'x'.repeat(1000),
      profileUrl: 'javascript:alert(1)',
      email: 'not an email',
    });
    expect(person?.name).toHaveLength(120);
    expect(person?.title).toHaveLength(300);
    expect(person).not.toHaveProperty('profileUrl');
    expect(person).not.toHaveProperty('email');
    expect(clampPerson({ name: '   ' })).toBeNull();
  });

  it('knows the profile and company pages the button belongs on', () => {
    expect(profilePageKind(DANA)).toBe('person');
    expect(profilePageKind('https://uk.linkedin.com/in/dana-hill')).toBe('person');
    expect(profilePageKind('https://www.linkedin.com/company/acme/')).toBe('company');
    expect(profilePageKind('https://www.linkedin.com/in/dana-hill/details/experience/')).toBeNull();
    expect(profilePageKind('https://www.linkedin.com/feed/')).toBeNull();
    expect(profilePageKind('https://github.com/octo-dana')).toBe('person');
    expect(profilePageKind('https://github.com/settings')).toBeNull();
    expect(profilePageKind('https://github.com/octo-dana/repo')).toBeNull();
    expect(profilePageKind('https://example.com/in/dana')).toBeNull();
  });
});

describe('a LinkedIn company page', () => {
  const URL = 'https://www.linkedin.com/company/northwind-labs/';
  it('gives the company with its website and LinkedIn page, no person, and the popup offers the company', () => {
    const capture = read(load('linkedin-company.html', URL), URL, { via: 'page' });
    expect(capture.subject).toBeNull();
    expect(capture.people).toEqual([]);
    expect(capture.company).toEqual({
      name: 'Northwind Labs',
      domain: 'northwind.example',
      linkedinUrl: URL,
    });
    expect(summarise(capture)).toEqual({ kind: 'company', name: 'Northwind Labs' });
    expect(profilePageKind(URL)).toBe('company');
  });
});
