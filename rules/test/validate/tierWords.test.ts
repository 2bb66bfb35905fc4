import { expect, test } from 'vitest';
import { ruleSet, validate, validateInEditor } from './factory.js';

const tierRule = (id: string, threshold: number, fixed: number) => ({
  id,
  label: `缴费${threshold}元及以上`,
  when: { all: [{ fact: 'contribution', operator: 'greaterThanInclusive', value: threshold }] },
  amount: { fixed },
});
const tierDoc = (rules: unknown[]) =>
  ruleSet({ sections: [{ key: 'tier', label: '档次补助', kind: 'TIER', hitPolicy: 'FIRST', rules }], tests: [] });

test('a tier table row is named by its tier, not by its place in the JSON or its id', () => {
  const v = validate(tierDoc([tierRule('t1000', 1000, 80), tierRule('t200', 200, 20), tierRule('t200b', 200, 30)]));
  const message = v.warnings.find((w) => w.code === 'UNREACHABLE_RULE')!.message;
  expect(message).toBe('“档次补助”的200元档永远不会生效：表中已有一行200元档，同一档次只能有一行：请改为其他档次，或删除这一行');
  expect(message).not.toMatch(/第\d+节|t200|移到前面/);
});

test('a tier row above the region cap is refused in the editor, named by its tier (the contract warns)', () => {
  const doc = tierDoc([tierRule('t3000', 3000, 3500), tierRule('t200', 200, 20)]);
  expect(validate(doc).warnings.map((w) => w.code)).toContain('ABOVE_REGION_MAX');
  const v = validateInEditor(doc);
  expect(v.valid).toBe(false);
  expect(v.errors.map((e) => [e.path, e.code])).toEqual([['/sections/0/rules/0', 'ABOVE_REGION_MAX']]);
  expect(v.errors.find((e) => e.code === 'ABOVE_REGION_MAX')!.message).toMatch(
    /^“档次补助”的3000元档单条最多可付3500元，超过2025年区级上限3000元/,
  );
});
