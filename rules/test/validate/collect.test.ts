import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { all, always, CHINESE, leaf, rule, ruleSet, section, tierSection, testCase, validate } from './factory.js';

describe('collecting issues', () => {
  test('reports every fault of a document, not only the first', () => {
    const doc = ruleSet({
      village: '6401811052',
      personCap: 5000,
      sections: [
        tierSection(),
        section('old', [rule('o1', all(leaf('age', 'greaterThan', '60')), { fixed: 10.001 }), rule('t500')], { hitPolicy: 'SUM' }),
      ],
      tests: [testCase({ expect: { colective: 50 } })],
    });
    const v = validate(doc);
    expect(v.valid).toBe(false);
    expect(v.errors.map((e) => `${e.code} ${e.path}`)).toEqual([
      'BAD_FIELD /village',
      'CAP_ABOVE_REGION_MAX /personCap',
      'DUPLICATE_RULE_ID /sections/1/rules/1/id',
      'BAD_CONDITION /sections/1/rules/0/when/all/0/value',
      'BAD_AMOUNT /sections/1/rules/0/amount/fixed',
      'BAD_TEST /tests/0/expect/colective',
    ]);
    for (const issue of [...v.errors, ...v.warnings]) expect(issue.message).toMatch(CHINESE);
  });

  test('reports five different faults as five issues', () => {
    const doc = ruleSet({
      ageAsOf: '02-30',
      year: 2023,
      extra: true,
      sections: [tierSection(), section('tier', [rule('x')]), section('empty', [])],
      tests: [],
    });
    expect(
      validate(doc)
        .errors.map((e) => e.code)
        .sort(),
    ).toEqual(['BAD_FIELD', 'BAD_FIELD', 'DUPLICATE_SECTION', 'EMPTY_SECTION', 'YEAR_NOT_CONFIGURED']);
  });

  test('keeps warnings from blocking: valid with warnings', () => {
    const doc = ruleSet({ sections: [section('s', [rule('all', always, { rate: 0.5, of: 'age' }), rule('later', always)])], tests: [] });
    const v = validate(doc);
    expect(v.valid).toBe(true);
    expect(v.warnings.map((w) => w.code).sort()).toEqual(['ABOVE_REGION_MAX', 'UNREACHABLE_RULE']);
  });
});

describe('never throws', () => {
  test('on any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (doc) => {
        const v = validate(doc);
        expect(v.valid).toBe(v.errors.length === 0);
      }),
      { numRuns: 300 },
    );
  });

  test('on any value at any place of a valid document', () => {
    const base = ruleSet({
      facts: [{ name: 'group', label: '组', type: 'enum', values: ['一组'] }],
      sections: [
        tierSection(),
        section(
          'old',
          [rule('o', all(leaf('age', 'in', [60, 61]), leaf('group', 'equal', '一组')), { rate: 0.1, of: 'contribution', max: 50 })],
          { hitPolicy: 'MAX' },
        ),
      ],
    });
    const paths = pathsOf(base);
    const odd = fc.oneof(fc.jsonValue(), fc.constantFrom(undefined, Number.NaN, Infinity, -0, 1e21, 1e-7, [], {}, { fact: 'age' }));
    fc.assert(
      fc.property(fc.constantFrom(...paths), odd, (path, value) => {
        const v = validate(replaced(base, path, value));
        expect(v.valid).toBe(v.errors.length === 0);
        for (const issue of [...v.errors, ...v.warnings]) expect(issue.message).toMatch(CHINESE);
      }),
      { numRuns: 500 },
    );
  }, 30_000);

  test('on values JSON cannot hold: a cycle, a function, a BigInt', () => {
    const cyclic = ruleSet() as unknown as Record<string, unknown>;
    cyclic.title = cyclic;
    (cyclic.sections as unknown[]).push(cyclic);
    expect(() => validate(cyclic)).not.toThrow();
    expect(validate(ruleSet({ budget: 10n, title: () => 1 })).errors.map((e) => e.path)).toEqual(['/title', '/budget']);
  });
});

/** Every place in a JSON value, as a list of keys. */
function pathsOf(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return [at];
  const children = Object.entries(value).flatMap(([k, v]) => pathsOf(v, [...at, Array.isArray(value) ? Number(k) : k]));
  return [at, ...children];
}

function replaced(value: unknown, path: (string | number)[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path;
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<string | number, unknown>;
  copy[head!] = replaced(copy[head!], rest, replacement);
  return copy;
}
