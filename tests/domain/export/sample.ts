import type { ExportData, ExportLabels } from '../../../src/domain/export/model';
import type { Company, Loop, Participation, Person } from '../../../src/domain/types';

const at = Date.UTC(2026, 0, 10, 12);

export const acme: Company = {
  id: 'c1',
  name: 'Acme, Inc.',
  nameKey: 'acme, inc.',
  notes: '',
  createdAt: at,
  updatedAt: at,
};
export const evil: Company = {
  id: 'c2',
  name: '=HYPERLINK("http://x.example","click")',
  nameKey: 'evil',
  notes: '',
  createdAt: at,
  updatedAt: at,
};

export const dana: Person = {
  id: '0f8fad5b-d9cb-469f-a165-70867728950e',
  name: 'Dana Hill',
  nameKey: 'dana hill',
  headline: 'Chief Marketing Officer; "Growth"',
  company: 'Acme, Inc.',
  location: 'Montréal, QC',
  emails: ['dana@acme.example', 'dana@home.example'],
  phone: '+1 (555) 010-2000',
  profiles: {
    linkedin: 'https://www.linkedin.com/in/dana-hill/',
    other: ['https://dana.example/blog?a=1,2'],
  },
  profileKeys: [],
  nameWords: [],
  connected: true,
  notes: 'Loves cycling, hates =SUM() jokes;\nsecond line\\with backslash. '.repeat(3),
  tags: ['warm', 'exec, board'],
  createdAt: at,
  updatedAt: at,
};

export const ana: Person = {
  id: 'p2',
  name: 'Ana María Núñez 🌟',
  nameKey: 'ana maria nunez',
  emails: [],
  profiles: { other: [] },
  profileKeys: [],
  nameWords: [],
  connected: false,
  notes: '@mention\tand tab',
  tags: [],
  createdAt: at,
  updatedAt: at,
};

export const loop: Loop = {
  id: 'l1',
  companyId: 'c1',
  role: 'VP Marketing',
  source: 'referral',
  status: 'rejected',
  history: [
    { status: 'applied', on: '2026-01-05' },
    { status: 'interviewing', on: '2026-01-20' },
    { status: 'rejected', on: '2026-02-10' },
  ],
  notes: 'Line one\r\nLine "two"',
  review: { wentWell: 'Story', toImprove: '-numbers' },
  createdAt: at,
  updatedAt: at,
};

export const offerLoop: Loop = {
  id: 'l2',
  companyId: 'c2',
  role: 'Head of Growth',
  status: 'offer',
  history: [
    { status: 'screening', on: '2026-01-12' },
    { status: 'offer', on: '2026-02-12', deadline: '2026-02-26' },
  ],
  offer: { deadline: '2026-02-26', notes: '', questions: [], toMeet: '', conversation: '' },
  notes: '',
  review: { wentWell: '', toImprove: '' },
  createdAt: at,
  updatedAt: at,
};

const participation = (
  id: string,
  loopId: string,
  personId: string,
  role: Participation['role'],
  n: number,
): Participation => ({
  id,
  loopId,
  personId,
  role,
  hitItOff: false,
  met: [],
  notes: '',
  createdAt: at + n,
});

export const DATA: ExportData = {
  companies: [acme, evil],
  loops: [loop, offerLoop],
  people: [dana, ana],
  participations: [
    participation('pa1', 'l1', dana.id, 'hiring-manager', 1),
    participation('pa2', 'l2', dana.id, 'executive', 2),
    participation('pa3', 'l2', 'p2', 'hr', 3),
  ],
};

const words: Record<string, string> = {
  applied: 'Applied',
  interviewing: 'Interviewing',
  rejected: 'Not selected',
  screening: 'Screening',
  offer: 'Offer',
  'hiring-manager': 'Hiring manager',
  executive: 'Executive',
  hr: 'HR',
  referral: 'Referral',
};

export const LABELS: ExportLabels = {
  column: (id) => `col:${id}`,
  status: (s) => words[s] ?? s,
  role: (r) => words[r] ?? r,
  source: (s) => words[s] ?? s,
  yes: 'Yes',
  no: 'No',
};
