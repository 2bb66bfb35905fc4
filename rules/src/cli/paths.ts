import path from 'node:path';

/**
 * The directory the user ran the command in. `pnpm rules …` runs the script with cwd = rules/ and puts the
 * user's directory in INIT_CWD; a CLI started some other way (a test spawning it under `pnpm test`) may inherit
 * an INIT_CWD that is not its own, so it counts only when this package's `cli` script is what runs.
 */
export function userDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.npm_lifecycle_event === 'cli' && env.INIT_CWD) return env.INIT_CWD;
  return process.cwd();
}

/** A path as the user typed it, made absolute against the directory they ran the command in. */
export function resolveUserPath(p: string): string {
  return path.resolve(userDir(), p);
}

/** An absolute path shown relative to the user's directory when it lies inside it. */
export function shownPath(abs: string): string {
  const rel = path.relative(userDir(), abs);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : abs;
}
