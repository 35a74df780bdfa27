import { type MessageKey, t } from '../../../i18n/i18n';
import type { JobProgress } from './backup-protocol';

const STEP: Record<JobProgress['step'], MessageKey> = {
  starting: 'data_step_starting',
  reading: 'data_step_reading',
  checking: 'data_step_checking',
  comparing: 'data_step_comparing',
  saving: 'data_step_saving',
  writing: 'data_step_writing',
  planning: 'data_step_planning',
};

/**
 * Where a long backup job is, in words and as a bar: records counted while they are written, a bar
 * without a value (still moving) for steps that cannot count.
 */
export function JobStatus({ progress, note }: { progress: JobProgress; note?: string }) {
  const counted = progress.total !== undefined && progress.done !== undefined && progress.total > 0;
  const words = t(STEP[progress.step], { done: progress.done ?? 0, total: progress.total ?? 0 });
  return (
    <div class="job-status" role="status">
      <p>{words}</p>
      {counted ? (
        <progress max={progress.total} value={progress.done} aria-label={words} />
      ) : (
        <progress aria-label={words} />
      )}
      {note && <p class="muted">{note}</p>}
    </div>
  );
}
