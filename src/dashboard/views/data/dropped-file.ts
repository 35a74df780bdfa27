/**
 * A file dropped anywhere on the dashboard, waiting for the Import panel: App puts it here and goes
 * to the Data view; the panel takes it when it mounts (or at once when it is already open).
 */
let waiting: File | null = null;
const listeners = new Set<() => void>();

export function offerDroppedFile(file: File): void {
  waiting = file;
  for (const listener of listeners) listener();
}

export function takeDroppedFile(): File | null {
  const file = waiting;
  waiting = null;
  return file;
}

export function onDroppedFile(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The first file of a drag, if it carries files at all. */
export function fileOfDrop(event: DragEvent): File | null {
  return event.dataTransfer?.files?.[0] ?? null;
}

export function dragHasFiles(event: DragEvent): boolean {
  return [...(event.dataTransfer?.types ?? [])].includes('Files');
}
