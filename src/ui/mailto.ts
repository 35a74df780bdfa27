/**
 * The "Open in mail" link. Every part is percent-encoded on its own with encodeURIComponent (never
 * URLSearchParams, whose "+" for a space shows up literally in mail clients), line breaks become CRLF
 * as RFC 6068 asks, and an address goes in only when it is a plain, valid one: a saved value such as
 * "a@b.com?bcc=x@y.com" can never add recipients or headers.
 */

const ADDRESS = /^[A-Za-z0-9.!#$'*+/=^_`{|}~-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/;

export function isPlainAddress(text: string): boolean {
  return text.length <= 254 && ADDRESS.test(text);
}

/** The first of the person's addresses that can go in a mailto: link. */
export function usableAddress(emails: readonly string[] | undefined): string | undefined {
  return emails?.map((email) => email.trim()).find(isPlainAddress);
}

export function mailtoUrl(to: string | undefined, subject: string, body: string): string {
  const address = to && isPlainAddress(to) ? to : '';
  const [local = '', domain = ''] = address.split('@');
  const recipient = address ? `${encodeURIComponent(local)}@${encodeURIComponent(domain)}` : '';
  const crlf = body.replace(/\r?\n/g, '\r\n');
  return `mailto:${recipient}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(crlf)}`;
}

/** The person's profile to open: LinkedIn first, then GitHub, then any other; web addresses only. */
export function profileUrl(profiles: { linkedin?: string; github?: string; other: string[] } | undefined) {
  const candidates = profiles ? [profiles.linkedin, profiles.github, ...profiles.other] : [];
  return candidates.find((url): url is string => {
    if (!url || !URL.canParse(url)) return false;
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:';
  });
}
