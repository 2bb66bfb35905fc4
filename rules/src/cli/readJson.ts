import { readFileSync, statSync } from 'node:fs';
import { InputError } from './inputError.js';
import { jsonErrorOffset, lineColumn } from './jsonSyntax.js';
import { shownPath } from './paths.js';

/** The text of a file, or an InputError that names the file and says what is wrong. */
export function readText(abs: string): string {
  const shown = shownPath(abs);
  let isDir: boolean;
  try {
    isDir = statSync(abs).isDirectory();
  } catch {
    throw new InputError(`${shown}: 文件不存在 (file not found)`);
  }
  if (isDir) throw new InputError(`${shown}: 这是文件夹，应为文件 (is a folder, expected a file)`);
  try {
    return readFileSync(abs, 'utf8').replace(/^\uFEFF/, '');
  } catch (e) {
    throw new InputError(`${shown}: 无法读取文件 (cannot read): ${(e as Error).message}`);
  }
}

/** Parses JSON text; broken JSON is an InputError `file:line:column: …` pointing at the fault. */
export function parseJson(text: string, abs: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    const message = (e as Error).message;
    const { line, column } = lineColumn(text, jsonErrorOffset(text, message));
    // The place is given as line and column: drop V8's position and its quoted excerpt of the text.
    const reason = message.replace(/, .*" is not valid JSON$/s, '').replace(/ in JSON at position \d+.*$/s, '');
    throw new InputError(`${shownPath(abs)}:${line}:${column}: 第${line}行第${column}列 JSON 格式错误 (invalid JSON): ${reason}`);
  }
}

export function readJson(abs: string): unknown {
  return parseJson(readText(abs), abs);
}
