/** RULESET.md: an empty group is BAD_CONDITION wherever it stands, never "everyone" or "nobody". */
import fc from 'fast-check';
import { expect, test } from 'vitest';
import type { Condition, TopCondition } from '../../src/types.js';
import { ruleSetArb } from '../evaluate/arbitraries.js';
import { CHINESE, validate } from './factory.js';

const emptied = fc.constantFrom<'all' | 'any'>('all', 'any');

/** Every node of a condition (group or leaf), as the JSON pointer segments leading to it. */
function nodes(c: Condition, at: (string | number)[] = []): (string | number)[][] {
  if ('all' in c) return [at, ...c.all.flatMap((x, i) => nodes(x, [...at, 'all', i]))];
  if ('any' in c) return [at, ...c.any.flatMap((x, i) => nodes(x, [...at, 'any', i]))];
  if ('not' in c) return [at, ...nodes(c.not, [...at, 'not'])];
  return [at];
}

/** `c` with the node at `at` replaced by an empty group of `kind`. */
function emptyAt(c: Condition, at: (string | number)[], kind: 'all' | 'any'): Condition {
  if (at.length === 0) return { [kind]: [] } as unknown as Condition;
  const [key, ...rest] = at;
  if (key === 'not') return { not: emptyAt((c as { not: Condition }).not, rest, kind) };
  const list = [...(c as unknown as Record<string, Condition[]>)[key as string]!];
  list[rest[0] as number] = emptyAt(list[rest[0] as number]!, rest.slice(1), kind);
  return { [key as string]: list } as unknown as Condition;
}

test('an empty group put anywhere in any rule of a valid rule set is one BAD_CONDITION, in Chinese, at the empty list', () => {
  fc.assert(
    fc.property(ruleSetArb, fc.nat(), fc.nat(), fc.nat(), emptied, (rs, s0, r0, g0, kind) => {
      const s = s0 % rs.sections.length;
      const r = r0 % rs.sections[s]!.rules.length;
      const rule = rs.sections[s]!.rules[r]!;
      const places = nodes(rule.when);
      const at = places[g0 % places.length]!;
      const doc = structuredClone(rs);
      doc.sections[s]!.rules[r]!.when = emptyAt(rule.when, at, kind) as TopCondition;
      const { errors } = validate(doc);
      expect(errors.map((e) => [e.code, e.path])).toEqual([
        ['BAD_CONDITION', `/sections/${s}/rules/${r}/when${at.map((x) => `/${x}`).join('')}/${kind}`],
      ]);
      expect(errors[0]!.message).toMatch(CHINESE);
    }),
    { numRuns: 100 },
  );
});
