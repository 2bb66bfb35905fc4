/** The notice the villagers vote on says exactly what the settlement pays: read from its clauses, member by member. */
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { ageOnDay } from '../../src/age.js';
import { describeRuleSet } from '../../src/describe/describeRuleSet.js';
import { evaluateMember } from '../../src/evaluate/roster.js';
import type { Member, RuleSet } from '../../src/types.js';
import { validateRuleSet } from '../../src/validate.js';
import { rosterArb, ruleSetArb } from '../evaluate/arbitraries.js';
import { checked, policies } from '../evaluate/factory.js';
import { readNotice, type Facts } from './noticeReader.js';

/** The member's own figures, as they would compare them with the notice (money in yuan). */
function figures(m: Member, rs: RuleSet): Facts {
  return {
    ...m.custom,
    age: ageOnDay(m.birthDate, rs.year, rs.ageAsOf),
    gender: m.gender,
    contribution: m.contributionFen === null ? null : m.contributionFen / 100,
    paymentType: m.paymentType,
    proxyPaid: m.proxyPaid,
    hardship: m.hardship,
    contributionYears: m.contributionYears,
    householdElderly: m.householdElderly,
    householdChildren: m.householdChildren,
    isCollectiveMember: m.isCollectiveMember,
  };
}

test('for random valid rule sets and members, the amount read from the notice is the amount evaluated', async () => {
  await fc.assert(
    fc.asyncProperty(ruleSetArb, rosterArb(30), async (rs, inputs) => {
      expect(validateRuleSet(rs, policies).errors).toEqual([]);
      const notice = describeRuleSet(rs, { policy: policies(rs.year) });
      for (const m of checked(rs, inputs)) {
        const o = await evaluateMember(rs, m, policies);
        const read = readNotice(notice, figures(m, rs), m.priorCreditFen);
        expect({ idNumber: m.idNumber, ...read }).toEqual({
          idNumber: m.idNumber,
          sections: o.sections.map((s) => s.amount),
          collective: o.collective,
        });
      }
    }),
    { numRuns: 150 },
  );
});
