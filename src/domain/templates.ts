/**
 * Message drafts: the default template for every message kind (see playbook/kinds.ts; the task kinds
 * have none) and the renderer that fills one in. The defaults are data — the user edits them, and the
 * edited copies live in the templates table (src/db/templates.ts).
 *
 * Syntax: `{name}` is a placeholder (firstName, fullName, company, role, myName, signature,
 * newCompany, newRole); `[[ … ]]` is an optional part, left out whole when a placeholder inside it
 * has no value ("the {role} role[[ at {company}]]").
 */
import { MESSAGE_KINDS, type MessageKind } from './playbook/kinds';

export interface MessageTemplate {
  subject: string;
  body: string;
}

export const TEMPLATE_PLACEHOLDERS = [
  'firstName',
  'fullName',
  'company',
  'role',
  'myName',
  'signature',
  'newCompany',
  'newRole',
] as const;
export type TemplateValues = Partial<Record<(typeof TEMPLATE_PLACEHOLDERS)[number], string | undefined>>;

export const DEFAULT_TEMPLATES: Record<MessageKind, MessageTemplate> = {
  'thank-you': {
    subject: 'Thank you[[ — {role} conversation]]',
    body: `Hi {firstName},

Thank you for your time[[ today and for the conversation about the {role} role]][[ at {company}]]. I enjoyed it, and it left me even more convinced that I could make a real contribution to your team.

If anything from our discussion would benefit from more detail, I would be glad to follow up.

With best regards,
{signature}`,
  },
  'rejection-follow-up': {
    subject: 'Staying in touch[[ after the {role} search]]',
    body: `Hi {firstName},

Thank you for letting me know about your decision[[ on the {role} role]]. I am naturally disappointed: I came away from our conversations genuinely impressed[[ by {company}]] and by the people I met.

My interest has not changed. I would very much like to stay in touch, and I hope you will think of me should another opportunity come up — on your team or elsewhere.

With best regards,
{signature}`,
  },
  'linkedin-connect': {
    subject: 'Connecting on LinkedIn',
    body: `Hi {firstName}, I enjoyed meeting you[[ during the {role} process]][[ at {company}]] and would like to stay connected. All the best, {myName}`,
  },
  'rapport-call': {
    subject: 'A short call?',
    body: `Hi {firstName},

I very much enjoyed our conversations[[ at {company}]], and I would value fifteen minutes on the phone in the next week or two — to thank you properly and to stay in touch. Would a time suit you?

Talking points for the call:
- what I enjoyed about meeting you and the team;
- that my interest[[ in {company}]] is as strong as ever;
- ask to be kept in mind for future opportunities, there or elsewhere.

With best regards,
{signature}`,
  },
  'consulting-offer': {
    subject: 'An offer of help',
    body: `Hi {firstName},

I hope the new[[ {role}]] is settling in well. A new leader often inherits more than one person can take on at once, and I wanted to offer a hand.

If a defined piece of work would help in the meantime — a project, an assessment, support through the transition — I would be glad to help on a consulting basis. Happy to talk it through whenever suits you.

With best regards,
{signature}`,
  },
  'five-month-check-in': {
    subject: 'Checking in',
    body: `Hi {firstName},

It has been a few months since we spoke[[ about the {role} role]], and I wanted to check in and hear how things are going[[ at {company}]].

I remain very interested in the company and would welcome a conversation if your plans have changed or a new need has come up.

With best regards,
{signature}`,
  },
  'progress-update': {
    subject: 'A quick update',
    body: `Hi {firstName},

A short update on my side, as promised when we last spoke: [what has happened since — a project, a new role, something you learned].

I hope all is well with you[[ and at {company}]]. I would be glad to hear your news.

With best regards,
{signature}`,
  },
  'offer-hiring-manager': {
    subject: 'A conversation about the offer',
    body: `Hi {firstName},

Thank you again for the offer[[ for the {role} role]] — I am excited about the prospect of joining you[[ at {company}]].

Before I give you my answer, I would value an hour with you, and only you, for a frank conversation about the role and the offer: how it could best serve your goals and mine. Could we find a time in the next few days?

With best regards,
{signature}`,
  },
  'new-job-announcement': {
    subject: 'Some news[[: I am joining {newCompany}]]',
    body: `Hi {firstName},

I wanted you to hear it from me: I have accepted a new role[[ as {newRole}]][[ at {newCompany}]].

Thank you for the time and interest you gave me during my search — it mattered. I would be glad to stay in touch, and please let me know if I can ever be of help.

With best regards,
{signature}`,
  },
};

/** The default template of a message kind; `undefined` for a task kind. */
export function defaultTemplate(kind: string): MessageTemplate | undefined {
  return (MESSAGE_KINDS as readonly string[]).includes(kind)
    ? DEFAULT_TEMPLATES[kind as MessageKind]
    : undefined;
}

const PLACEHOLDER = /\{(\w+)\}/g;

/**
 * The draft would go out unsigned: the template signs with {signature} or {myName}, and the user has
 * given neither. The composer then offers to add the name in place.
 */
export function lacksSignature(
  template: MessageTemplate,
  values: Pick<TemplateValues, 'myName' | 'signature'>,
) {
  const signs = /\{(signature|myName)\}/.test(`${template.subject}\n${template.body}`);
  return signs && !values.myName?.trim() && !values.signature?.trim();
}

/** Fills a template. A missing value never shows as "undefined", "Hi ," or a double space. */
export function renderTemplate(template: MessageTemplate, values: TemplateValues): MessageTemplate {
  return {
    subject: renderText(template.subject, values).replace(/\s*\n\s*/g, ' '),
    body: renderText(template.body, values),
  };
}

export function renderText(text: string, values: TemplateValues): string {
  const lookup = (name: string): string => {
    const raw = (values as Record<string, string | undefined>)[name]?.trim() ?? '';
    if (name === 'signature' && raw === '') return (values.myName ?? '').trim();
    return raw;
  };
  // Optional parts first: kept only when every placeholder inside has a value.
  const withOptional = text.replace(/\[\[([\s\S]*?)\]\]/g, (_match, inner: string) =>
    [...inner.matchAll(PLACEHOLDER)].every((m) => lookup(m[1] ?? '') !== '')
      ? inner.replace(PLACEHOLDER, (_m, name: string) => lookup(name))
      : '',
  );
  const filled = withOptional.replace(PLACEHOLDER, (_m, name: string) => lookup(name));
  return tidy(filled);
}

/**
 * A value ending in a period before the sentence's own ("Acme B.V." + ". I enjoyed") gives "B.V..":
 * two periods become one; an ellipsis ("...") is left alone.
 */
export function mendPunctuation(text: string): string {
  return text.replace(/(?<!\.)\.\.(?!\.)/g, '.');
}

/** Mends what missing values leave behind: "Hi ," → "Hello,", stray spaces, runs of blank lines. */
function tidy(text: string): string {
  return mendPunctuation(text)
    .split('\n')
    .map((line) =>
      line
        .replace(/[ \t]{2,}/g, ' ')
        .replace(/ +([,.;:!?])/g, '$1')
        .replace(/^(\s*)(Hi|Hello|Hey|Dear)\s*([,!])/i, '$1Hello$3')
        .replace(/[ \t]+$/, ''),
    )
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\s+|\s+$/g, '');
}
