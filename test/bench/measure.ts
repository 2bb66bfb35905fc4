/** Timing helpers for the server bench: the median of repeated runs after warm-up, and formatting. */
import { readFileSync } from 'node:fs';

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

/** CPU time (user + system) of this process, in ms. */
export const selfCpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/** CPU time (user + system) of another process from /proc/<pid>/stat, in ms (clock ticks of 10 ms). */
export function processCpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/**
 * CPU time a run costs on average, in this process and (when given) in the server process: unlike wall-clock
 * medians, it does not count time spent waiting while other work holds the machine's cores.
 */
export async function cpuPerRun(runs: number, fn: () => Promise<unknown>, serverPid?: number): Promise<{ client: number; server: number }> {
  const c0 = selfCpuMs();
  const s0 = serverPid ? processCpuMs(serverPid) : 0;
  for (let i = 0; i < runs; i++) await fn();
  return { client: (selfCpuMs() - c0) / runs, server: serverPid ? (processCpuMs(serverPid) - s0) / runs : 0 };
}
