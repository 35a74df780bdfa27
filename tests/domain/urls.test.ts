import { describe, expect, it } from 'vitest';
import { canonicalProfileUrl, profileKey } from '../../src/domain/urls';

describe('canonicalProfileUrl', () => {
  it.each([
    ['https://www.linkedin.com/in/nelsonic', 'https://www.linkedin.com/in/nelsonic'],
    ['https://uk.linkedin.com/in/jane-roe?trk=people-guest#x', 'https://uk.linkedin.com/in/jane-roe'],
    ['https://www.linkedin.com/in/seancahalan/', 'https://www.linkedin.com/in/seancahalan/'],
    ['https://www.linkedin.com/in/jane/details/experience/', 'https://www.linkedin.com/in/jane/'],
    [
      'https://www.linkedin.com/in/z%C3%BCmra-kinali-b5b7312b',
      'https://www.linkedin.com/in/zümra-kinali-b5b7312b',
    ],
    ['https://www.linkedin.com/in/z%25C3%25BCmra-kinali', 'https://www.linkedin.com/in/zümra-kinali'],
    ['http://www.linkedin.com/in/jgrevich', 'http://www.linkedin.com/in/jgrevich'],
    ['https://WWW.LinkedIn.com/company/facebook/', 'https://www.linkedin.com/company/facebook/'],
    ['https://github.com/janeroe?tab=repositories', 'https://github.com/janeroe'],
    ['https://2i2c.org/author/chris-holdgraf/', 'https://2i2c.org/author/chris-holdgraf/'],
    ['https://a.example/p%2Fq', 'https://a.example/p%2Fq'],
    ['javascript:alert(1)', ''],
    ['not a url', ''],
  ])('%s → %s', (input, out) => expect(canonicalProfileUrl(input)).toBe(out));

  it('resolves against a base', () => {
    expect(canonicalProfileUrl('/in/jane', 'https://www.linkedin.com/feed/')).toBe(
      'https://www.linkedin.com/in/jane',
    );
  });
});

describe('profileKey', () => {
  it.each([
    ['https://uk.linkedin.com/in/Jane-Roe/?trk=x', 'linkedin.com/in/jane-roe'],
    ['http://www.linkedin.com/in/jane-roe', 'linkedin.com/in/jane-roe'],
    ['https://linkedin.com/in/jane-roe/details/skills', 'linkedin.com/in/jane-roe'],
    ['https://www.linkedin.com/in/z%C3%BCmra-kinali', 'linkedin.com/in/zümra-kinali'],
    ['https://www.linkedin.com/in/zümra-kinali/', 'linkedin.com/in/zümra-kinali'],
    ['https://GitHub.com/JaneRoe/', 'github.com/janeroe'],
    ['https://github.com/janeroe/widgets', 'github.com/janeroe'],
    ['https://www.Example.com/People/Ada/#bio', 'example.com/People/Ada'],
    ['https://example.com', 'example.com'],
    ['ftp://example.com/x', ''],
    ['', ''],
  ])('%s → %s', (input, out) => expect(profileKey(input)).toBe(out));
});
