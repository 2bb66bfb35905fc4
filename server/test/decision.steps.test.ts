import { afterAll, beforeAll, expect, test } from 'vitest';
import { DecisionStep } from '../src/modules/lifecycle/decision/decisionStep.entity.js';
import { createHarness, PILOT, type Harness } from './harness.js';
import { errorOf, recordFiveSteps, ruleSet, SAVE, save, STEP, villageTeam, type VillageTeam } from './scheme.fixtures.js';

let h: Harness;
let team: VillageTeam;
beforeAll(async () => {
  h = await createHarness();
  team = await villageTeam(h);
});
afterAll(() => h.close());

const STEPS = `query ($v: String!, $y: Int!) { village(code: $v) { scheme(year: $y) {
  decisionSteps { step date note attendance { expected present } votes { for against abstain } version recordedBy } } } }`;

test("records the five steps in order with the meetings' attendance and votes", async () => {
  const id = await save(h, team.cadre, ruleSet({ year: 2024 }), PILOT.village, 2024);
  await recordFiveSteps(h, team.cadre, id);
  const data = await h.ok(STEPS, { v: PILOT.village, y: 2024 }, team.township);
  const steps = data.village.scheme.decisionSteps;
  expect(steps.map((s: { step: string; date: string }) => `${s.step} ${s.date}`)).toEqual([
    'PARTY_BRANCH_PROPOSAL 2025-03-01',
    'COMMITTEES_DELIBERATION 2025-03-01',
    'PARTY_MEMBERS_REVIEW 2025-03-05',
    'VILLAGERS_RESOLUTION 2025-03-10',
    'RESOLUTION_DISCLOSED 2025-03-11',
  ]);
  expect(steps[2]).toMatchObject({ attendance: { expected: 30, present: 25 }, votes: { for: 20, against: 3, abstain: 2 }, version: 1 });
  expect(steps[0]).toMatchObject({ attendance: null, votes: null });
});

test('refuses a step out of order with BAD_USER_INPUT naming the field, and records nothing', async () => {
  const id = await save(h, team.cadre, ruleSet({ year: 2025 }));
  const result = await h.gql(
    STEP,
    { id, step: 'PARTY_MEMBERS_REVIEW', date: '2025-03-05', a: { expected: 30, present: 25 }, vo: { for: 20, against: 0, abstain: 0 } },
    team.cadre,
  );
  expect(result.errors?.[0]).toMatchInlineSnapshot(`
    {
      "extensions": {
        "code": "BAD_USER_INPUT",
        "field": "step",
        "issues": [
          {
            "code": "STEP_OUT_OF_ORDER",
            "field": "step",
            "message": "步骤须按四议两公开的顺序记录：下一步应为“村党组织提议”",
          },
        ],
      },
      "locations": [
        {
          "column": 3,
          "line": 2,
        },
      ],
      "message": "步骤须按四议两公开的顺序记录：下一步应为“村党组织提议”",
      "path": [
        "recordDecisionStep",
      ],
    }
  `);
  expect(await h.em().count(DecisionStep, { scheme: Number(id) })).toBe(0);
});

test('refuses a party members review under two thirds attendance and a meeting without votes', async () => {
  const village = PILOT.neighbour;
  const cadre = (await h.loginAs('VILLAGE_CADRE', village)).token;
  const id = await save(h, cadre, ruleSet({ village }), village);
  await h.ok(STEP, { id, step: 'PARTY_BRANCH_PROPOSAL', date: '2025-04-01' }, cadre);
  await h.ok(STEP, { id, step: 'COMMITTEES_DELIBERATION', date: '2025-04-02' }, cadre);
  const quorum = await h.gql(
    STEP,
    { id, step: 'PARTY_MEMBERS_REVIEW', date: '2025-04-03', a: { expected: 30, present: 19 }, vo: { for: 19, against: 0, abstain: 0 } },
    cadre,
  );
  expect(quorum.errors?.[0]?.extensions).toMatchObject({
    code: 'BAD_USER_INPUT',
    issues: [{ field: 'attendance.present', code: 'QUORUM_NOT_MET' }],
  });
  const noVotes = await h.gql(STEP, { id, step: 'PARTY_MEMBERS_REVIEW', date: '2025-04-03', a: { expected: 30, present: 25 } }, cadre);
  expect(errorOf(noVotes)).toMatchInlineSnapshot(`
    {
      "code": "BAD_USER_INPUT",
      "message": "会议须填写表决结果：赞成、反对、弃权票数",
    }
  `);
  const backwards = await h.gql(
    STEP,
    { id, step: 'PARTY_MEMBERS_REVIEW', date: '2025-03-30', a: { expected: 30, present: 25 }, vo: { for: 20, against: 0, abstain: 0 } },
    cadre,
  );
  expect(backwards.errors?.[0]?.extensions).toMatchObject({ issues: [{ field: 'date', code: 'DATE_GOES_BACK' }] });
});

test('saving another version clears the steps of the version in progress', async () => {
  const village = '640181105201';
  const cadre = (await h.loginAs('VILLAGE_CADRE', village)).token;
  const id = await save(h, cadre, ruleSet({ village }), village);
  await h.ok(STEP, { id, step: 'PARTY_BRANCH_PROPOSAL', date: '2025-04-01' }, cadre);
  await h.ok(SAVE, { v: village, y: 2025, r: ruleSet({ village, title: '第二稿' }) }, cadre);
  const data = await h.ok(STEPS, { v: village, y: 2025 }, cadre);
  expect(data.village.scheme.decisionSteps).toEqual([]);
});

test("only the village's cadres record steps: others get FORBIDDEN and nothing is recorded", async () => {
  const data = await h.ok(`query { village(code: "${PILOT.village}") { scheme(year: 2025) { id } } }`, {}, team.cadre);
  const id = data.village.scheme.id;
  const neighbourCadre = (await h.loginAs('VILLAGE_CADRE', PILOT.neighbour)).token;
  for (const token of [team.township, team.hrss, team.agency, neighbourCadre]) {
    const result = await h.gql(STEP, { id, step: 'PARTY_BRANCH_PROPOSAL', date: '2025-03-01' }, token);
    expect(errorOf(result)?.code).toBe('FORBIDDEN');
  }
  expect(await h.em().count(DecisionStep, { scheme: Number(id) })).toBe(0);
});

test('an unknown scheme is NOT_FOUND', async () => {
  const result = await h.gql(STEP, { id: '999999', step: 'PARTY_BRANCH_PROPOSAL', date: '2025-03-01' }, team.cadre);
  expect(errorOf(result)).toMatchInlineSnapshot(`
    {
      "code": "NOT_FOUND",
      "message": "没有编号为999999的方案",
    }
  `);
});
