/**
 * How far the running simulations of this server process are, by a run id the client chose, so that the editor can
 * show a progress bar while its request runs. Only the user who started a run may read it; at most MAX_RUNS are kept
 * at a time (the oldest forgotten first), and a run is forgotten when its request ends.
 */
const MAX_RUNS = 200;

interface Run {
  userId: number;
  villages: number;
  done: number;
}

const runs = new Map<string, Run>();

export function startRun(runId: string | null, userId: number, villages: number): (done: number) => void {
  if (!runId) return () => {};
  if (runs.size >= MAX_RUNS) runs.delete(runs.keys().next().value!);
  const run: Run = { userId, villages, done: 0 };
  runs.set(runId, run);
  return (done) => (run.done = done);
}

export function endRun(runId: string | null): void {
  if (runId) runs.delete(runId);
}

export function runProgress(runId: string, userId: number): { villages: number; done: number } | null {
  const run = runs.get(runId);
  return run && run.userId === userId ? { villages: run.villages, done: run.done } : null;
}
