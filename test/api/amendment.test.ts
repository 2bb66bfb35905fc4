/** Saving while FILED starts an amendment: DRAFT for the new version while the filed version keeps paying. */
import { describe, expect, test } from 'vitest';
import { PILOT, flatRuleSet, members, villageTeam, type VillageTeam } from '../support/factories.js';
import { SUBMIT } from '../support/operations.js';
import { decide, filedScheme, importRoster, save, schemeOf, settle, type Scheme } from '../support/scheme.js';
import { useServer } from '../support/useServer.js';

const VILLAGE = PILOT.village;
const YEAR = 2025;
const roster = members(4);

describe('amendment of a filed standard', () => {
  const s = useServer();
  let team: VillageTeam;
  let scheme: Scheme;

  test('saving while FILED makes the scheme DRAFT for version 2 with version 1 still filed and no decision steps', async () => {
    team = await villageTeam(s.admin, VILLAGE);
    scheme = await filedScheme(team, flatRuleSet(VILLAGE, 30, YEAR));
    await importRoster(team.cadre.client, VILLAGE, YEAR, roster);
    expect(await save(team.cadre.client, flatRuleSet(VILLAGE, 50, YEAR), 1)).toBe(2);
    const after = (await schemeOf(team.cadre.client, VILLAGE, YEAR))!;
    expect(after).toMatchObject({
      status: 'DRAFT',
      filedVersion: { version: 1 },
      currentVersion: { version: 2 },
      versions: [{ version: 1 }, { version: 2 }],
      decisionSteps: [],
    });
  });

  test('settling during the amendment pays by the filed version 1', async () => {
    const draft = await settle(team.cadre.client, VILLAGE, YEAR);
    expect(draft.version).toBe(1);
    expect(draft.outcomes.map((o) => o.collective)).toEqual([30, 30, 30, 30]);
    expect(draft.outcomes.every((o) => !o.reasons.includes('SCHEME_NOT_ACTIVE'))).toBe(true);
  });

  test('while the amendment awaits its receipts, version 1 still pays', async () => {
    await decide(team.cadre.client, scheme.id, '2025-04-01');
    expect((await team.cadre.client.ok(SUBMIT, { schemeId: scheme.id })).submitFiling).toMatchObject({
      status: 'SUBMITTED',
      filedVersion: { version: 1 },
    });
    const draft = await settle(team.cadre.client, VILLAGE, YEAR);
    expect(draft.version).toBe(1);
    expect(draft.totals.collective).toBe(120);
  });

  test('once the amendment is filed, settling pays by version 2 and replaces the earlier draft', async () => {
    await team.township.client.ok(`mutation ($id: ID!) { acknowledgeFiling(schemeId: $id) { id } }`, { id: scheme.id });
    await team.hrss.client.ok(`mutation ($id: ID!) { acknowledgeFiling(schemeId: $id) { id } }`, { id: scheme.id });
    const filed = (
      await team.agriculture.client.ok(`mutation ($id: ID!) { acknowledgeFiling(schemeId: $id) { status filedVersion { version } } }`, {
        id: scheme.id,
      })
    ).acknowledgeFiling;
    expect(filed).toEqual({ status: 'FILED', filedVersion: { version: 2 } });
    const draft = await settle(team.cadre.client, VILLAGE, YEAR);
    expect(draft.version).toBe(2);
    expect(draft.totals.collective).toBe(200);
  });

  test('stored versions never change: version 1 still holds the first standard', async () => {
    const { village } = await team.cadre.client.ok(
      `query ($v: String!) { village(code: $v) { scheme(year: ${YEAR}) { versions { version ruleSet } } } }`,
      { v: VILLAGE },
    );
    const amounts = village.scheme.versions.map((v: { version: number; ruleSet: any }) => [
      v.version,
      v.ruleSet.sections[0].rules[0].amount.fixed,
    ]);
    expect(amounts).toEqual([
      [1, 30],
      [2, 50],
    ]);
  });

  test('an amendment saved while SUBMITTED is INVALID_TRANSITION', async () => {
    await save(team.cadre.client, flatRuleSet(VILLAGE, 40, YEAR));
    await decide(team.cadre.client, scheme.id, '2025-06-01');
    await team.cadre.client.ok(SUBMIT, { schemeId: scheme.id });
    const res = await team.cadre.client.request(
      `mutation ($r: JSON!) { saveRuleSet(villageCode: "${VILLAGE}", year: ${YEAR}, ruleSet: $r) { version } }`,
      { r: flatRuleSet(VILLAGE, 45, YEAR) },
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('INVALID_TRANSITION');
    expect((await schemeOf(team.cadre.client, VILLAGE, YEAR))!).toMatchObject({
      status: 'SUBMITTED',
      currentVersion: { version: 3 },
      filedVersion: { version: 2 },
    });
  });
});
