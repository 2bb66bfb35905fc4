import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { FORMAT } from '../types.js';
import { InputError } from './inputError.js';
import { parseJson, readText } from './readJson.js';
import { resolveUserPath, shownPath } from './paths.js';

/** A rule-set file found for `test`: its absolute path and parsed document. */
export interface FoundFile {
  path: string;
  doc: unknown;
}

export interface Discovery {
  files: FoundFile[];
  /** Paths that are missing or hold broken JSON, as messages naming the file and the place. */
  problems: string[];
}

/**
 * The rule-set files under the paths the user gave: a file is taken as it is (its format is checked by
 * validation); a folder is searched recursively (not into node_modules or hidden folders) for `*.json` files
 * whose `format` is ours, others skipped silently. A broken `*.json` in a folder is reported only when its text
 * mentions our format, so that a stray tsconfig.json with comments does not stop a run.
 */
export function discoverRuleSets(args: readonly string[]): Discovery {
  const out: Discovery = { files: [], problems: [] };
  const seen = new Set<string>();
  const add = (abs: string, doc: unknown) => {
    if (seen.has(abs)) return;
    seen.add(abs);
    out.files.push({ path: abs, doc });
  };
  for (const arg of args) {
    const abs = resolveUserPath(arg);
    try {
      if (isDirectory(abs)) {
        for (const file of jsonFilesUnder(abs)) fromFolder(file, add, out);
      } else add(abs, parseJson(readText(abs), abs));
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      out.problems.push(e.message);
    }
  }
  return out;
}

function fromFolder(file: string, add: (abs: string, doc: unknown) => void, out: Discovery): void {
  const text = readText(file);
  try {
    const doc = parseJson(text, file);
    if ((doc as { format?: unknown } | null)?.format === FORMAT) add(file, doc);
  } catch (e) {
    if (e instanceof InputError && text.includes(FORMAT)) out.problems.push(e.message);
    else if (!(e instanceof InputError)) throw e;
  }
}

function isDirectory(abs: string): boolean {
  try {
    return statSync(abs).isDirectory();
  } catch {
    throw new InputError(`${shownPath(abs)}: 文件或文件夹不存在 (no such file or folder)`);
  }
}

/** Every `*.json` file under a folder, in a stable order. */
function jsonFilesUnder(dir: string): string[] {
  const found: string[] = [];
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...jsonFilesUnder(full));
    else if (entry.isFile() && entry.name.endsWith('.json')) found.push(full);
  }
  return found;
}
