/// <reference lib="webworker" />
/**
 * Reads a chosen file off the page's thread, so a 10 MB export never freezes the dashboard: posts
 * progress as it goes, then what the file holds or the problem that refuses it.
 */
import { ImportProblem } from '../../../domain/import/problem';
import { readImportFile } from '../../../domain/import/read';

self.onmessage = (event: MessageEvent<ArrayBuffer>) => {
  try {
    const file = readImportFile(new Uint8Array(event.data), (done) => self.postMessage({ progress: done }));
    self.postMessage({ file });
  } catch (error) {
    if (error instanceof ImportProblem)
      self.postMessage({ problem: { code: error.code, facts: error.facts } });
    else self.postMessage({ problem: { code: 'unknown-kind', facts: {} } });
  }
};
