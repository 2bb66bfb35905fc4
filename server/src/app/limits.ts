/** Request limits (issue 3 "Security and bad input"). */
import { BadUserInput } from '../errors.js';

export const MAX_BODY = '10mb';
export const MAX_DEPTH = 12;
/** Field selections a document may make in all (aliases included): a crude complexity bound. */
export const MAX_FIELDS = 2000;
export const MAX_ALIASES = 50;
export const MAX_MEMBERS = 10_000;
export const MAX_RULESET_BYTES = 256 * 1024;

export function assertMemberCount(count: number): void {
  if (count > MAX_MEMBERS) {
    throw new BadUserInput(`每次最多提交${MAX_MEMBERS}名成员，本次${count}名，请分批提交`);
  }
}

export function assertRuleSetSize(ruleSet: unknown): void {
  const bytes = Buffer.byteLength(JSON.stringify(ruleSet ?? null), 'utf8');
  if (bytes > MAX_RULESET_BYTES) {
    throw new BadUserInput(`补助标准文档过大（${Math.ceil(bytes / 1024)} KB），上限为${MAX_RULESET_BYTES / 1024} KB`);
  }
}
