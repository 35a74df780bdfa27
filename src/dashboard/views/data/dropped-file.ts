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

/** A file field takes its own drops (a backup dropped on Restore's field stays there). */
function onFileField(event: DragEvent): boolean {
  return event.target instanceof HTMLInputElement && event.target.type === 'file';
}

/** The first file of a drop meant for the dashboard, if it carries one. */
export function fileOfDrop(event: DragEvent): File | null {
  return onFileField(event) ? null : (event.dataTransfer?.files?.[0] ?? null);
}

export function dragHasFiles(event: DragEvent): boolean {
  return !onFileField(event) && [...(event.dataTransfer?.types ?? [])].includes('Files');
}
