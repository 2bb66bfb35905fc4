import { afterAll, beforeAll, expect, test } from 'vitest';
import { Settlement } from '../src/modules/lifecycle/settlementRecord/settlement.entity.js';
import { createHarness, PILOT, type Harness } from './harness.js';
import {
  ACCEPT,
  CONFIRM,
  errorOf,
  fileScheme,
  idNumber,
  IMPORT,
  member,
  ruleSet,
  SETTLE,
  villageTeam,
  type VillageTeam,
} from './scheme.fixtures.js';

let h: Harness;
let team: VillageTeam;
let draftId: string;
beforeAll(async () => {
  h = await createHarness();
  team = await villageTeam(h);
  await fileScheme(h, team, ruleSet());
  await h.ok(IMPORT, { v: PILOT.village, y: 2025, m: [member(1), member(3)] }, team.cadre);
  draftId = (await h.ok(SETTLE, { v: PILOT.village, y: 2025 }, team.cadre)).settle.id;
});
afterAll(() => h.close());

const statusOf = async (id: string) => (await h.em().findOneOrFail(Settlement, Number(id))).status;

test('settle is refused to the township, the agriculture department, the agency and other counties, changing nothing', async () => {
  const strangers = [team.township, team.agriculture, team.agency, (await h.loginAs('COUNTY_HRSS', PILOT.elsewhere.county)).token];
  for (const token of strangers) expect(errorOf(await h.gql(SETTLE, { v: PILOT.village, y: 2025 }, token))?.code).toBe('FORBIDDEN');
  const drafts = await h.em().find(Settlement, { village: { code: PILOT.village } });
  expect(drafts.map((d) => String(d.id))).toEqual([draftId]);
});

test("only the village's cadres confirm: others get FORBIDDEN and the draft stays", async () => {
  const neighbourCadre = (await h.loginAs('VILLAGE_CADRE', PILOT.neighbour)).token;
  for (const token of [team.hrss, team.township, team.agency, neighbourCadre]) {
    expect(errorOf(await h.gql(CONFIRM, { id: draftId }, token))?.code).toBe('FORBIDDEN');
  }
  expect(await statusOf(draftId)).toBe('DRAFT');
});

test('accepting needs a confirmed settlement and the agency of the region or the county', async () => {
  expect(errorOf(await h.gql(ACCEPT, { id: draftId }, team.agency))?.code).toBe('INVALID_TRANSITION');
  await h.ok(CONFIRM, { id: draftId }, team.cadre);
  const otherAgency = (await h.loginAs('AGENCY', PILOT.elsewhere.county)).token;
  for (const token of [team.cadre, team.hrss, otherAgency]) {
    expect(errorOf(await h.gql(ACCEPT, { id: draftId }, token))?.code).toBe('FORBIDDEN');
  }
  expect(await statusOf(draftId)).toBe('CONFIRMED');
  const regionAgency = (await h.loginAs('AGENCY', null)).token;
  expect((await h.ok(ACCEPT, { id: draftId }, regionAgency)).acceptSettlement.status).toBe('ACCEPTED');
});

test('outcomes show ID numbers whole to the cadre and the agency, masked to the township and the county', async () => {
  const q = `query ($id: ID!) { settlement(id: $id) { outcomes { idNumber } warnings { idNumber } } }`;
  const first = async (token: string) => (await h.ok(q, { id: draftId }, token)).settlement.outcomes[0].idNumber;
  const id = idNumber(1);
  expect(await first(team.cadre)).toBe(id);
  expect(await first(team.agency)).toBe(id);
  expect(await first(team.township)).toBe(`${id.slice(0, 6)}********${id.slice(-4)}`);
  expect(await first(team.hrss)).toBe(`${id.slice(0, 6)}********${id.slice(-4)}`);
  expect(errorOf(await h.gql(q, { id: draftId }, (await h.loginAs('COUNTY_HRSS', PILOT.elsewhere.county)).token))?.code).toBe('FORBIDDEN');
});

test("a person already in another village's confirmed settlement of the year gets a warning", async () => {
  const village = PILOT.neighbour;
  const cadre = (await h.loginAs('VILLAGE_CADRE', village)).token;
  await h.ok(IMPORT, { v: village, y: 2025, m: [member(5), member(1)] }, cadre);
  const settled = (await h.ok(SETTLE, { v: village, y: 2025 }, cadre)).settle;
  expect(settled.warnings).toMatchInlineSnapshot(`
    [
      {
        "code": "SETTLED_IN_OTHER_VILLAGE",
        "field": "idNumber",
        "idNumber": "640121197001010015",
        "index": 1,
        "message": "此人已在通桥村（640121102201）2025年度已确认的结算中，请核实是否重复享受集体补助；如确有其他来源的补助，请在 priorCredit 中填写",
      },
    ]
  `);
});

test('the village lists its settlements of a year', async () => {
  const q = `query ($v: String!) { village(code: $v) { settlements(year: 2025) { id status } } }`;
  expect((await h.ok(q, { v: PILOT.village }, team.agency)).village.settlements).toEqual([{ id: draftId, status: 'ACCEPTED' }]);
});
