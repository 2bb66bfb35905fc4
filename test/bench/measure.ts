/** Timing helpers for the server bench: the median of repeated runs after warm-up, and formatting. */

/**
 * Between runs the event loop gets a turn (setImmediate): CPU-bound runs back to back would otherwise starve
 * the HTTP client's idle-socket timers, and a socket the server has meanwhile closed would be reused.
 */
export async function medianMs(runs: number, warmup: number, fn: () => Promise<unknown>): Promise<number> {
  const turn = () => new Promise((resolve) => setImmediate(resolve));
  for (let i = 0; i < warmup; i++) {
    await fn();
    await turn();
  }
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
    await turn();
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

export const ms = (x: number) => `${x.toFixed(1)} ms`;
export const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
export const fmt = (x: number) => Math.round(x).toLocaleString('en-US');
export const duration = (msTotal: number) => {
  const s = msTotal / 1000;
  return s < 120 ? `${s.toFixed(1)} s` : `${Math.floor(s / 60)} min ${Math.round(s % 60)} s`;
};
