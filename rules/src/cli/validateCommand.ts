import type { PolicySource } from '../types.js';
import { validateRuleSet } from '../validate.js';
import { readJson } from './readJson.js';
import { resolveUserPath } from './paths.js';

/** `validate <file>`: the validation result as JSON on stdout; exit 0 only if valid. */
export function validateCommand(file: string, policies: PolicySource): number {
  const validation = validateRuleSet(readJson(resolveUserPath(file)), policies);
  console.log(JSON.stringify(validation, null, 2));
  return validation.valid ? 0 : 1;
}
