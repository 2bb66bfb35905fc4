import { expect, test } from 'vitest';
import { diffWords, expectWords, outcomeLabels } from '../src/harness/expectWords.js';

const labels = outcomeLabels({
  sections: [{ key: 'tier', label: '按缴费档次', rules: [{ id: 't200', label: '缴费200元及以上' }] }],
});

test('says an expectation in words: 享受, the amounts in yuan, each part by its label', () => {
  expect(
    expectWords({ eligible: true, reasons: [], collective: 50, sections: [{ key: 'tier', amount: 30, ruleIds: ['t200'] }] }, labels),
  ).toBe('享受；原因：无；集体补助 50 元；“按缴费档次” 30 元 （按 “缴费200元及以上”）');
  expect(expectWords({ eligible: false, reasons: ['NO_PERSONAL_CONTRIBUTION'], sections: [] })).toBe(
    '不享受；原因：本人未缴费；不计算任何部分',
  );
});

test('says each difference without field names or JSON', () => {
  expect(diffWords({ field: 'collective', expected: 50, actual: 30 })).toBe('集体补助：预期 50 元，实际 30 元');
  expect(diffWords({ field: 'sections[tier].amount', expected: 30, actual: 20 }, labels)).toBe(
    '“按缴费档次”的金额：预期 30 元，实际 20 元',
  );
  expect(diffWords({ field: 'eligible', expected: true, actual: false })).toBe('是否享受：预期享受，实际不享受');
  expect(diffWords({ field: 'reasons', expected: [], actual: ['NOT_COLLECTIVE_MEMBER'] })).toBe(
    '原因：预期 无，实际 不是本村集体经济组织成员',
  );
  expect(diffWords({ field: 'sections[tier].ruleIds', expected: ['t200'], actual: [] }, labels)).toBe(
    '“按缴费档次”适用的规则：预期 “缴费200元及以上”，实际 无',
  );
});
