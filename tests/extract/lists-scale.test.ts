// Lists of people at scale (issue 14): a conference's grid of eighty speakers and a generated team page
// are read whole, whatever per-card classes (featured, odd/even, numbered) the site generator adds, and
// a card's one line "Role at Company" gives both the title and the company.
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../scripts/corpus-lib';
import { extractPage } from '../../src/extract/index';

const FIRST = ['Jane', 'Sam', 'Ann', 'Piotr', 'Maria', 'Kenji', 'Amara', 'Lucas', 'Ines', 'Tomasz'];
const LAST = ['Roe', 'Lee', 'Bee', 'Kowalski', 'Garcia', 'Sato', 'Okafor', 'Silva', 'Teles', 'Nowak'];
const name = (i: number) => `${FIRST[i % 10]} ${LAST[Math.floor(i / 10) % 10]}`;

function speakerGrid(count: number): string {
  const cards = Array.from({ length: count }, (_, i) => {
    const state = [i % 2 ? 'odd' : 'even', i < 8 ? 'speaker--featured' : '', `speaker-${i + 1}`].join(' ');
    return `<li class="speaker ${state}">
      <a href="/speakers/s${i}"><img src="/p/${i}.jpg" alt=""></a>
      <h3 class="speaker__name">${name(i)}</h3>
      <p class="speaker__tagline">Staff Engineer at Company${String.fromCharCode(65 + (i % 26))}</p>
    </li>`;
  });
  return `<html><head><title>Speakers | WidgetConf 2026</title></head><body><h1>Speakers</h1>
    <ul class="speakers">${cards.join('')}</ul></body></html>`;
}

function generatedTeam(count: number): string {
  const cards = Array.from(
    { length: count },
    (_, i) => `<div class="col-md-4 team-member ${i % 3 === 0 ? 'team-member--lead' : ''}" id="m${i}">
      <div class="card"><div class="card-body">
        <h4 class="card-title">${name(i)}</h4>
        <p class="card-text">${i % 3 === 0 ? 'Engineering Manager' : 'Software Engineer'}</p>
      </div></div></div>`,
  );
  return `<html><head><title>Our team – Acme</title><meta property="og:site_name" content="Acme Widgets"></head>
    <body><h1>Our team</h1><div class="row">${cards.join('')}</div></body></html>`;
}

describe('lists of people at scale', () => {
  it('reads all eighty speakers of a grid whose cards carry per-card classes', () => {
    const url = 'https://widgetconf.example/speakers';
    const x = extractPage(parseHtml(speakerGrid(80), url).document, url, Number.POSITIVE_INFINITY);
    expect(x.subject).toBeNull();
    expect(x.people).toHaveLength(80);
    expect(x.people[79]).toMatchObject({ name: name(79), title: 'Staff Engineer', company: 'CompanyB' });
  });

  it('reads every member of a generated team page', () => {
    const url = 'https://acme.example/about/team/';
    const x = extractPage(parseHtml(generatedTeam(100), url).document, url, Number.POSITIVE_INFINITY);
    expect(x.people).toHaveLength(100);
    expect(x.people[0]).toMatchObject({ name: name(0), title: 'Engineering Manager' });
  });
});
