import { afterAll, beforeAll, expect, test } from 'vitest';
import { AuditEntry } from '../src/modules/audit/auditEntry.entity.js';
import { createHarness, PILOT, type Harness } from './harness.js';
import { errorOf, recordFiveSteps, ruleSet, save, SCHEME, STEP, SUBMIT, villageTeam, type VillageTeam } from './scheme.fixtures.js';

let h: Harness;
let team: VillageTeam;
beforeAll(async () => {
  h = await createHarness();
  team = await villageTeam(h);
});
afterAll(() => h.close());

const WITHDRAW = `mutation ($id: ID!) { withdrawDecisionStep(schemeId: $id) { decisionSteps { step date } } }`;

test('the cadre withdraws the last step before submission, audited, and records it again with the right date', async () => {
  const id = await save(h, team.cadre, ruleSet({ year: 2024 }), undefined, 2024);
  await h.ok(STEP, { id, step: 'PARTY_BRANCH_PROPOSAL', date: '2025-03-01' }, team.cadre);
  await h.ok(STEP, { id, step: 'COMMITTEES_DELIBERATION', date: '2025-03-09' }, team.cadre);
  expect(errorOf(await h.gql(WITHDRAW, { id }, team.township))?.code).toBe('FORBIDDEN');
  const data = await h.ok(WITHDRAW, { id }, team.cadre);
  expect(data.withdrawDecisionStep.decisionSteps).toEqual([{ step: 'PARTY_BRANCH_PROPOSAL', date: '2025-03-01' }]);
  const entry = await h.em().findOneOrFail(AuditEntry, { action: 'WITHDRAW_DECISION_STEP' });
  expect(entry.before).toMatchObject({ step: 'COMMITTEES_DELIBERATION', date: '2025-03-09' });
  await h.ok(STEP, { id, step: 'COMMITTEES_DELIBERATION', date: '2025-03-02' }, team.cadre);
});

test('after submission nothing is withdrawn: INVALID_TRANSITION, the steps unchanged', async () => {
  const id = await save(h, team.cadre, ruleSet({ year: 2025 }));
  await recordFiveSteps(h, team.cadre, id);
  await h.ok(SUBMIT, { id }, team.cadre);
  expect(errorOf(await h.gql(WITHDRAW, { id }, team.cadre))).toMatchInlineSnapshot(`
    {
      "code": "INVALID_TRANSITION",
      "message": "本版本已报送备案，步骤不能再撤回；被退回后可以撤回改正",
    }
  `);
  const scheme = (await h.ok(SCHEME, { v: PILOT.village, y: 2025 }, team.cadre)).village.scheme;
  expect(scheme.decisionSteps).toHaveLength(5);
});
