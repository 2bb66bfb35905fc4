/** A file the command line cannot use (missing, unreadable, broken JSON, wrong shape): exit code 2. */
export class InputError extends Error {
  override name = 'InputError';
}
