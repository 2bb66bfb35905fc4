import { describe, expect, test } from 'vitest';
import type { ReformRow } from '../src/graphql/reform';
import { change, draftInput, reformTree, yuan } from '../src/model/reform';
import { navEntriesFor } from '../src/model/navigation';

const figures = { members: 1, paid: 1, contribution: 0, collective: 0, donation: 0, governmentSubsidy: 0, accountCredit: 0 };
const row = (level: ReformRow['level'], code: string, parentCode: string | null): ReformRow => ({
  level,
  code,
  name: code,
  parentCode,
  villages: 1,
  withStandard: 1,
  movedMembers: 0,
  invalidVillages: 0,
  overBudgetVillages: 0,
  before: figures,
  after: figures,
});

describe('reform page model', () => {
  test('builds county → township → village from the rows in tree order', () => {
    const tree = reformTree([
      row('COUNTY', '640121', null),
      row('TOWNSHIP', '640121102', '640121'),
      row('VILLAGE', '640121102201', '640121102'),
    ]);
    expect(tree.map((c) => c.code)).toEqual(['640121']);
    expect(tree[0]!.children![0]!.children!.map((v) => v.code)).toEqual(['640121102201']);
  });

  test('changes are computed in fen, without floating-point drift', () => {
    expect(change(0.1, 0.3)).toBe(0.2);
    expect(change(4860, 4015)).toBe(-845);
    expect(yuan(-70, true)).toBe('−70.00');
    expect(yuan(5, true)).toBe('+5.00');
  });

  test('the draft sent keeps only what PolicyYearInput takes', () => {
    const fromServer = {
      __typename: 'PolicyYear',
      year: 2025,
      tiers: [{ __typename: 'Tier', amount: 100, governmentSubsidy: 30, hardshipOnly: true }],
      hardshipTierCategories: [],
      backPayEarnsSubsidy: false,
    };
    expect(draftInput(fromServer)).toEqual({
      year: 2025,
      tiers: [{ amount: 100, governmentSubsidy: 30, hardshipOnly: true }],
      hardshipTierCategories: [],
      backPayEarnsSubsidy: false,
    });
  });

  test('the menu offers 政策调整测算 to the region administrator and county departments only', () => {
    const user = (role: string) => ({ id: '1', username: 'u', role, areaCode: null }) as never;
    const has = (role: string) => navEntriesFor(user(role)).some((e) => e.name === 'reform');
    expect(['REGION_ADMIN', 'COUNTY_HRSS', 'COUNTY_AGRICULTURE'].filter(has)).toEqual([
      'REGION_ADMIN',
      'COUNTY_HRSS',
      'COUNTY_AGRICULTURE',
    ]);
    expect(['TOWNSHIP_OFFICER', 'VILLAGE_CADRE', 'AGENCY'].filter(has)).toEqual([]);
  });
});
