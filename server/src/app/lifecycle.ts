/** Whether the process is shutting down (index.ts sets it on SIGTERM/SIGINT; /readyz then answers 503). */
let draining = false;

export const isDraining = (): boolean => draining;

export function startDraining(): void {
  draining = true;
}
