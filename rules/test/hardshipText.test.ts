import { expect, test } from 'vitest';
import { HARDSHIP_LABELS } from '../src/facts.js';
import { hardshipText, readHardshipText } from '../src/members/hardshipText.js';
import { HARDSHIP_CATEGORIES } from '../src/types.js';

test('reads a label that contains 、 whole, before and after other labels', () => {
  expect(readHardshipText('三、四级智力、精神、视力残疾人')).toEqual({ categories: ['DISABILITY_GRADE_3_4'], unknown: [] });
  expect(readHardshipText('低保对象、三、四级智力、精神、视力残疾人，脱贫人口')).toEqual({
    categories: ['MINIMUM_LIVING', 'DISABILITY_GRADE_3_4', 'OUT_OF_POVERTY'],
    unknown: [],
  });
});

test('reads every label and every code, and the whole list joined by 、 or by ；', () => {
  for (const code of HARDSHIP_CATEGORIES) {
    expect(readHardshipText(HARDSHIP_LABELS[code]!).categories).toEqual([code]);
    expect(readHardshipText(` ${code} `).categories).toEqual([code]);
  }
  expect(readHardshipText(Object.values(HARDSHIP_LABELS).join('、')).categories).toEqual(HARDSHIP_CATEGORIES);
  expect(readHardshipText(hardshipText(HARDSHIP_CATEGORIES)).categories).toEqual(HARDSHIP_CATEGORIES);
});

test('names the parts that are no category, and takes 无 and repeats as nothing more', () => {
  expect(readHardshipText('三级残疾、低保对象；贫困户')).toEqual({ categories: ['MINIMUM_LIVING'], unknown: ['三级残疾', '贫困户'] });
  expect(readHardshipText('无')).toEqual({ categories: [], unknown: [] });
  expect(readHardshipText('低保对象、低保对象').categories).toEqual(['MINIMUM_LIVING']);
  // A label is not taken out of a longer word: 低保对象X is unknown.
  expect(readHardshipText('低保对象X').unknown).toEqual(['低保对象X']);
});
