/**
 * 上桥村's roster for the browser scenario: 36 members with valid ID numbers (灵武市 640181), ages 20 to 75 on
 * 31 December, contributions over the paid tiers, and a few who fail a gate (not paid, not a collective member,
 * back pay). Deterministic, so the expected amounts can be worked out by hand (`expectedCollective`).
 */
import { makeIdNumber, type MemberInput } from '@cunce/rules';

export const YEAR = 2025;
const PAID_TIERS = [200, 300, 500, 1000, 2000, 3000];
const SURNAMES = ['马', '王', '李', '张', '杨', '丁', '田', '何', '周'];
const GIVEN = ['建国', '秀兰', '海军', '玉梅', '志强', '桂花', '文斌', '彩霞'];

export type RosterMember = MemberInput & { name: string; isCollectiveMember: boolean; paymentType: 'CURRENT' | 'BACK_PAY'; age: number };

export function roster(count = 36): RosterMember[] {
  return Array.from({ length: count }, (_, i) => {
    const age = 20 + ((i * 7) % 56);
    const birth = `${YEAR - age}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
    return {
      idNumber: makeIdNumber('640181', birth, String(101 + i)),
      name: `${SURNAMES[i % SURNAMES.length]}${GIVEN[i % GIVEN.length]}`,
      age,
      isCollectiveMember: i !== 7,
      paymentType: i === 11 ? 'BACK_PAY' : 'CURRENT',
      contribution: i % 12 === 5 ? null : PAID_TIERS[i % PAID_TIERS.length]!,
    };
  });
}

/** What goes to the server: the roster without the `age` the test keeps for itself. */
export const asInput = (members: readonly RosterMember[]): MemberInput[] => members.map(({ age: _age, ...m }) => m);

/** The standard the cadre builds by clicking: tier amounts, 50 yuan from 60, each member capped at 180. */
export const TIER_AMOUNTS: Record<number, number> = { 200: 20, 300: 30, 500: 50, 1000: 80, 2000: 120, 3000: 150 };
export const ELDER_FROM = 60;
export const ELDER_AMOUNT = 50;
export const PERSON_CAP = 180;
export const BUDGET = 5000;

export function eligible(m: RosterMember): boolean {
  return m.isCollectiveMember && m.paymentType === 'CURRENT' && m.contribution !== null && m.contribution !== undefined;
}

/** One member's collective subsidy in yuan under that standard, worked out by hand. */
export function expectedCollective(m: RosterMember): number {
  if (!eligible(m)) return 0;
  const tier = TIER_AMOUNTS[m.contribution as number] ?? 0;
  return Math.min(tier + (m.age >= ELDER_FROM ? ELDER_AMOUNT : 0), PERSON_CAP);
}

export function expectedTotals(members: readonly RosterMember[]) {
  return {
    members: members.length,
    eligible: members.filter(eligible).length,
    collective: members.reduce((sum, m) => sum + expectedCollective(m), 0),
  };
}
