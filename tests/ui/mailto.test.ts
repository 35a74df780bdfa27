import { describe, expect, it } from 'vitest';
import { isPlainAddress, mailtoUrl, profileUrl, usableAddress } from '../../src/ui/mailto';

describe('the mailto: link', () => {
  it('encodes subject and body so they arrive exactly, line breaks as CRLF', () => {
    const body = 'Hi Dana,\n\nThanks — 100% & more? #1 + "quotes"\nAlex';
    const url = mailtoUrl('dana.hill@acme.example', 'Thank you & more', body);
    expect(url).toBe(
      'mailto:dana.hill@acme.example?subject=Thank%20you%20%26%20more&body=' +
        'Hi%20Dana%2C%0D%0A%0D%0AThanks%20%E2%80%94%20100%25%20%26%20more%3F%20%231%20%2B%20%22quotes%22%0D%0AAlex',
    );
    const parsed = new URL(url);
    expect(parsed.protocol).toBe('mailto:');
    const query = new URLSearchParams(parsed.search.replace(/\+/g, '%2B'));
    expect(query.get('subject')).toBe('Thank you & more');
    expect(query.get('body')).toBe(body.replace(/\n/g, '\r\n'));
  });

  it('leaves the recipient empty without a valid address, so nothing can add recipients or headers', () => {
    expect(mailtoUrl(undefined, 'S', 'B')).toBe('mailto:?subject=S&body=B');
    expect(mailtoUrl('a@b.com?bcc=evil@x.com', 'S', 'B')).toBe('mailto:?subject=S&body=B');
    expect(mailtoUrl('not an address', 'S', 'B')).toBe('mailto:?subject=S&body=B');
    expect(mailtoUrl('dana+jobs@acme.example', 'S', 'B')).toBe(
      'mailto:dana%2Bjobs@acme.example?subject=S&body=B',
    );
  });

  it('picks the first plain address', () => {
    expect(isPlainAddress('dana@acme.example')).toBe(true);
    expect(isPlainAddress('dana@localhost')).toBe(false);
    expect(isPlainAddress('da na@acme.example')).toBe(false);
    expect(usableAddress(['bad@', ' lee@acme.example '])).toBe('lee@acme.example');
    expect(usableAddress([])).toBeUndefined();
    expect(usableAddress(undefined)).toBeUndefined();
  });
});

describe('the profile link', () => {
  it('prefers LinkedIn, then GitHub, then others, and only web addresses', () => {
    expect(
      profileUrl({ linkedin: 'https://www.linkedin.com/in/dana', github: 'https://github.com/d', other: [] }),
    ).toBe('https://www.linkedin.com/in/dana');
    expect(profileUrl({ github: 'https://github.com/d', other: [] })).toBe('https://github.com/d');
    expect(profileUrl({ other: ['javascript:alert(1)', 'https://dana.example'] })).toBe(
      'https://dana.example',
    );
    expect(profileUrl({ other: [] })).toBeUndefined();
    expect(profileUrl(undefined)).toBeUndefined();
  });
});
