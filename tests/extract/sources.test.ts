// Each source alone on the fixture pages it was written for, with the traps named.
import { describe, expect, it } from 'vitest';
import { runSource } from '../../src/extract/index';
import { loadCases, loadPage } from './load-page';

const cases = loadCases();
function run(source: Parameters<typeof runSource>[0], file: string) {
  const c = cases[file];
  if (!c) throw new Error(`no fixture ${file}`);
  return runSource(source, loadPage(file, c.url), c.url);
}

describe('jsonld', () => {
  it('reads a Person in @graph with arrays, given/family names and a nested address', () => {
    expect(run('jsonld', 'jsonld-person-graph.html')?.subject).toEqual({
      name: 'Jane Roe',
      title: 'Platform Lead',
      company: 'Acme Widgets',
      location: 'Leeds, West Yorkshire',
      profileUrl: 'https://janeroe.example/',
      email: 'jane@janeroe.example',
    });
  });
  it('ignores an article author and a product reviewer', () => {
    expect(run('jsonld', 'jsonld-article.html')).toBeNull();
    expect(run('jsonld', 'product.html')).toBeNull();
  });
  it('reads an Organization with its LinkedIn page and website', () => {
    expect(run('jsonld', 'linkedin-company.html')?.company).toEqual({
      name: 'Acme Widgets',
      domain: 'acme.example',
      linkedinUrl: 'https://uk.linkedin.com/company/acme-widgets',
    });
  });
});

describe('microdata', () => {
  it('reads the top-level Person, not the colleague nested in it', () => {
    const r = run('microdata', 'microdata-person.html');
    expect(r?.subject?.name).toBe('Ada Quill');
    expect(r?.subject?.company).toBe('Initech Labs');
    expect(r?.subject?.location).toBe('Oslo, Norway');
    expect(r?.people).toBeUndefined();
  });
  it('ignores a SoftwareSourceCode item', () => {
    expect(run('microdata', 'github-repo.html')).toBeNull();
  });
});

describe('hcard', () => {
  it('reads a classic vcard and skips the nested emergency contact and the org card', () => {
    const s = run('hcard', 'hcard-v1.html')?.subject;
    expect(s?.name).toBe('Jane Roe');
    expect(s?.title).toBe('Head of Platform');
    expect(s?.company).toBe('Acme Widgets');
  });
  it('reads an h-card with a nested p-org h-card and skips commenters', () => {
    expect(run('hcard', 'hcard-v2.html')?.subject?.company).toBe('Initech');
    expect(run('hcard', 'recipe.html')).toBeNull();
  });
});

describe('linkedin', () => {
  it('reads the 2015 top card, not "People Also Viewed"', () => {
    expect(run('linkedin', 'linkedin-profile-2015.html')?.subject?.name).toBe('Jane Roe');
  });
  it('prefers the visible headline to the JSON-LD job title', () => {
    expect(run('linkedin', 'linkedin-profile-2024-guest.html')?.subject?.title).toMatch(
      /^Building platforms/,
    );
  });
  it('never returns the logged-in viewer', () => {
    const s = run('linkedin', 'linkedin-profile-2024-member.html')?.subject;
    expect(s).toMatchObject({
      name: 'Jane Roe',
      company: 'Acme Widgets',
      location: 'Leeds, England, United Kingdom',
    });
  });
  it('finds the subject by slug in embedded JSON when the top card is missing', () => {
    expect(run('linkedin', 'linkedin-profile-code-only.html')?.subject?.name).toBe('Sam Lee');
  });
  it('reads a company page with its website behind the redirect link', () => {
    expect(run('linkedin', 'linkedin-company.html')).toEqual({
      company: {
        name: 'Acme Widgets',
        domain: 'acme.example',
        linkedinUrl: 'https://uk.linkedin.com/company/acme-widgets',
      },
    });
  });
});

describe('github', () => {
  it('reads the profile, never the signed-in viewer', () => {
    expect(run('github', 'github-profile.html')?.subject).toMatchObject({
      name: 'Jane Roe',
      location: 'Leeds, UK',
    });
  });
  it('does not treat a repository page as a profile', () => {
    expect(run('github', 'github-repo.html')).toBeNull();
  });
});

describe('meta, headings and lists', () => {
  it('meta names a subject only on og:type=profile pages', () => {
    expect(run('meta', 'linkedin-profile-2024-guest.html')?.subject?.name).toBe('Jane Roe');
    expect(run('meta', 'jsonld-article.html')).toBeNull();
  });
  it('headings need corroboration: an author page yes, an article about a person no', () => {
    expect(run('headings', 'author-page.html')?.subject).toMatchObject({
      title: 'Head of Platform',
      company: 'Acme Widgets',
    });
    expect(run('headings', 'article-about-person.html')).toBeNull();
  });
  it('lists each team member once and skips the pets', () => {
    const names = run('lists', 'team-page.html')?.people?.map((p) => p.name);
    expect(names).toEqual(['Jane Roe', 'Sam Lee', 'Ann Bee', 'José da Silva']);
  });
  it('reads speaker companies, including lower-case names and a speaker without one', () => {
    expect(run('lists', 'speakers.html')?.people).toContainEqual({ name: 'sam lee', company: 'Initech' });
    expect(run('lists', 'speakers.html')?.people).toContainEqual({ name: 'Ann Bee' });
  });
});
