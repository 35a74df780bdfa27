/**
 * The messages between the Data view and its backup worker (backup.worker.ts): the page asks for one
 * job at a time and hears its progress, then one answer.
 */
import type { RestorePreview as Preview, RestoreMode, RestoreResult } from '../../../db/backup';

export type JobRequest =
  | { job: 'backup'; now: number }
  | { job: 'check'; file: Blob; now: number }
  | { job: 'restore'; mode: RestoreMode };

/** What the page needs to show about a checked file (the records stay in the worker). */
export interface CheckedSummary {
  createdAt: string;
  schemaVersion: number;
  writtenWith: { version: number; schemaVersion: number };
}

export interface JobAnswers {
  backup: { text: Blob; createdAt: string };
  check: { checked: CheckedSummary; preview: Preview };
  restore: RestoreResult;
}

/** Where a job is: starting, reading and checking the file, comparing, writing records, planning reminders. */
export interface JobProgress {
  step: 'starting' | 'reading' | 'checking' | 'comparing' | 'saving' | 'writing' | 'planning';
  /** Records written so far and in all, for the writing step. */
  done?: number;
  total?: number;
}

export type WorkerMessage =
  | { kind: 'progress'; progress: JobProgress }
  | { kind: 'done'; answer: JobAnswers[keyof JobAnswers] }
  | { kind: 'failed'; problem: string };
