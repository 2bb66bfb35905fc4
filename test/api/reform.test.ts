/**
 * reformSimulation over HTTP against the real server, on SQLite and on PostgreSQL (CUNCE_E2E_DB=postgres): a stored
 * roster with a hardship member, a member who paid nothing and a back-payment read from the database and evaluated
 * under 2025 and a draft 2026 without the 500 tier and with 35 (was 30) on the 100 tier. Figures by hand (yuan).
 */
import { expect, test } from 'vitest';
import { PILOT, flatRuleSet, member, villageTeam } from '../support/factories.js';
import { filedScheme, importRoster } from '../support/scheme.js';
import { useServer } from '../support/useServer.js';

const s = useServer();
const FIGURES = 'members paid contribution collective donation governmentSubsidy accountCredit';
const REFORM = `query ($d: PolicyYearInput!) { reformSimulation(draft: $d, baseYear: 2025) {
  rows { code before { ${FIGURES} } after { ${FIGURES} } } moves { from to members } } }`;
const DRAFT = {
  year: 2026,
  tiers: [
    { amount: 100, governmentSubsidy: 35, hardshipOnly: true },
    { amount: 200, governmentSubsidy: 40 },
    { amount: 300, governmentSubsidy: 50 },
    { amount: 1000, governmentSubsidy: 120 },
    { amount: 2000, governmentSubsidy: 200 },
    { amount: 3000, governmentSubsidy: 320 },
  ],
  hardshipTierCategories: ['MINIMUM_LIVING'],
  backPayEarnsSubsidy: false,
};

test('reads the stored roster and evaluates it under the base year and the draft', async () => {
  const team = await villageTeam(s.admin, PILOT.village);
  await filedScheme(team, flatRuleSet(PILOT.village, 30));
  await importRoster(team.cadre.client, PILOT.village, 2025, [
    member({ contribution: 500 }), // 500 + 70 + 30 = 600 → 300 + 50 + 30 = 380
    member({ contribution: 100, hardship: ['MINIMUM_LIVING'], proxyPaid: true }), // 100 + 30 + 30 = 160 → 165
    member({ contribution: null }), // nothing paid: nothing
    member({ contribution: 300, paymentType: 'BACK_PAY' }), // 300, no subsidy, no collective
  ]);
  const r = (await s.admin.ok(REFORM, { d: DRAFT })).reformSimulation;
  const village = r.rows.find((x: { code: string }) => x.code === PILOT.village);
  expect(village.before).toEqual({
    members: 4,
    paid: 2,
    contribution: 900,
    collective: 60,
    donation: 0,
    governmentSubsidy: 100,
    accountCredit: 1060,
  });
  expect(village.after).toEqual({
    members: 4,
    paid: 2,
    contribution: 700,
    collective: 60,
    donation: 0,
    governmentSubsidy: 85,
    accountCredit: 845,
  });
  expect(r.moves).toEqual([{ from: 500, to: 300, members: 1 }]);
});
