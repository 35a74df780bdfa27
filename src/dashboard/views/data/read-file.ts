/**
 * A chosen file → what it holds, read in a worker (progress reported), which alone loads the parsers:
 * the dashboard's own chunks stay within their size budget. A refusal comes back as the domain's
 * ImportProblem.
 */
import { ImportProblem, type ImportProblemCode, type ProblemFacts } from '../../../domain/import/problem';
import type { ImportFile } from '../../../domain/import/read';

type Reply =
  | { progress: number }
  | { file: ImportFile }
  | { problem: { code: ImportProblemCode; facts: ProblemFacts } };

export async function readChosenFile(file: File, progress: (done: number) => void): Promise<ImportFile> {
  const bytes = await file.arrayBuffer();
  const worker = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });
  try {
    return await new Promise<ImportFile>((resolve, reject) => {
      worker.onmessage = (event: MessageEvent<Reply>) => {
        const reply = event.data;
        if ('progress' in reply) progress(reply.progress);
        else if ('file' in reply) resolve(reply.file);
        else reject(new ImportProblem(reply.problem.code, reply.problem.facts));
      };
      worker.onerror = (event) => reject(new Error(event.message));
      worker.postMessage(bytes, [bytes]);
    });
  } finally {
    worker.terminate();
  }
}
