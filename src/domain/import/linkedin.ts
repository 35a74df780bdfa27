/**
 * LinkedIn's Connections.csv (Settings → Data privacy → Get a copy of your data), read with papaparse.
 * It starts with a "Notes:" preamble about missing emails, then the header First Name, Last Name, URL,
 * Email Address, Company, Position, Connected On. Older exports lack URL and write dates 03/15/2024;
 * newer ones write 15 Mar 2024. Emails are often empty; names come in any script.
 * Cells are kept as text: one starting with = + - @ is a name, never a formula (nothing here evaluates).
 */
import Papa from 'papaparse';
import { collapseWhitespace } from '../names';
import { isCalendarDate } from '../today';
import type { CalendarDate } from '../types';
import { checkField, IMPORT_LIMITS, ImportProblem } from './problem';

export interface Connection {
  /** 1-based row of the file (preamble included), to name it in the preview and in problems. */
  row: number;
  name: string;
  url?: string;
  email?: string;
  company?: string;
  position?: string;
  connectedOn?: CalendarDate;
}

const COLUMNS = {
  first: 'first name',
  last: 'last name',
  url: 'url',
  email: 'email address',
  company: 'company',
  position: 'position',
  connectedOn: 'connected on',
} as const;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** "03/15/2024" (older exports, month first), "15 Mar 2024" (newer), or ISO; undefined otherwise. */
export function connectedDate(text: string): CalendarDate | undefined {
  const pad = (n: number) => String(n).padStart(2, '0');
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  const named = /^(\d{1,2})[\s-]([A-Za-z]{3})[a-z]*[\s-](\d{4})$/.exec(text);
  let date: string | undefined;
  if (us) date = `${us[3]}-${pad(Number(us[1]))}-${pad(Number(us[2]))}`;
  else if (named) {
    const month = MONTHS.indexOf((named[2] as string).toLowerCase()) + 1;
    if (month > 0) date = `${named[3]}-${pad(month)}-${pad(Number(named[1]))}`;
  } else if (/^\d{4}-\d{2}-\d{2}$/.test(text)) date = text;
  return date && isCalendarDate(date) ? date : undefined;
}

type Columns = Partial<Record<keyof typeof COLUMNS, number>>;

function columnsOf(header: string[]): Columns | null {
  const names = header.map((cell) => cell.trim().toLowerCase());
  const columns: Columns = {};
  for (const [key, name] of Object.entries(COLUMNS) as [keyof typeof COLUMNS, string][]) {
    const at = names.indexOf(name);
    if (at >= 0) columns[key] = at;
  }
  return columns.first !== undefined && columns.last !== undefined ? columns : null;
}

function connectionOf(cells: string[], columns: Columns, row: number): Connection | null {
  const cell = (key: keyof typeof COLUMNS) => {
    const at = columns[key];
    const value = at === undefined ? '' : collapseWhitespace(cells[at] ?? '');
    return checkField(value, `row ${row}, ${COLUMNS[key]}`);
  };
  const name = collapseWhitespace(`${cell('first')} ${cell('last')}`);
  if (!name) return null;
  const connection: Connection = { row, name };
  const url = cell('url');
  const email = cell('email');
  const company = cell('company');
  const position = cell('position');
  const connectedOn = connectedDate(cell('connectedOn'));
  if (/^https?:\/\//i.test(url)) connection.url = url;
  if (email.includes('@')) connection.email = email;
  if (company) connection.company = company;
  if (position) connection.position = position;
  if (connectedOn) connection.connectedOn = connectedOn;
  return connection;
}

/** The CSV's first line of cells, to name another program's file by what it holds. */
function firstCells(text: string): string {
  const first = Papa.parse<string[]>(text.slice(0, 4096), { preview: 1 }).data[0] ?? [];
  return first
    .slice(0, 6)
    .map((cell) => cell.trim().slice(0, 40))
    .join(', ');
}

/** Every connection of the file; an ImportProblem naming what is wrong otherwise. */
export function parseConnections(text: string, progress: (done: number) => void = () => {}): Connection[] {
  let columns: Columns | null = null;
  let row = 0;
  let broken: string | undefined;
  const connections: Connection[] = [];
  let problem: ImportProblem | undefined;
  Papa.parse<string[]>(text, {
    skipEmptyLines: true,
    step: (result, parser) => {
      row += 1;
      const error = result.errors.find((e) => e.type === 'Quotes');
      if (error && columns && !broken) broken = `row ${row}: ${error.message}`;
      try {
        if (row > IMPORT_LIMITS.rows) throw new ImportProblem('too-many-rows', { limit: IMPORT_LIMITS.rows });
        if (!columns) {
          columns = columnsOf(result.data);
          return;
        }
        const connection = connectionOf(result.data, columns, row);
        if (connection) connections.push(connection);
        if (row % 2000 === 0) progress(result.meta.cursor / text.length);
      } catch (caught) {
        problem = caught as ImportProblem;
        parser.abort();
      }
    },
  });
  if (problem) throw problem;
  if (!columns) throw new ImportProblem('other-csv', { columns: firstCells(text) });
  if (broken) throw new ImportProblem('csv-broken', { detail: broken });
  progress(1);
  return connections;
}
