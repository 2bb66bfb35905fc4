import { afterAll, beforeAll, expect, test } from 'vitest';
import { LockMode } from '@mikro-orm/core';
import { Village } from '../src/modules/division/village.entity.js';
import { createHarness, PILOT, type Harness } from './harness.js';
import { fileScheme, IMPORT, member, ruleSet, SETTLE, villageTeam } from './scheme.fixtures.js';

let h: Harness;
beforeAll(async () => { h = await createHarness(); });
afterAll(() => h.close());

test('lock', async () => {
  const em = h.em();
  await em.transactional(async (tx) => {
    const v = await tx.findOne(Village, { code: PILOT.village }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    console.log('locked', v?.code);
  });
});

test('perf', async () => {
  const team = await villageTeam(h);
  await fileScheme(h, team, ruleSet());
  for (const n of [2000]) {
    const members = Array.from({ length: n }, (_, i) => member(i % 1000, { idNumber: undefined }));
    const ids = Array.from({ length: n }, (_, i) => {
      const d = new Date(Date.UTC(1950, 0, 1) + i * 86400000).toISOString().slice(0, 10).replace(/-/g, '');
      return { ...member(1), idNumber: (await_id(i, d)) };
    });
    let t = Date.now();
    await h.ok(IMPORT, { v: PILOT.village, y: 2025, m: ids, replace: true }, team.cadre);
    console.log('import', n, Date.now() - t);
    t = Date.now();
    await h.ok(SETTLE, { v: PILOT.village, y: 2025 }, team.cadre);
    console.log('settle', n, Date.now() - t);
    t = Date.now();
    await h.ok(`mutation { settle(villageCode: "${PILOT.village}", year: 2025) { id totals { members } } }`, {}, team.cadre);
    console.log('settle (no outcomes selected)', n, Date.now() - t);
  }
});
import { idNumber } from './scheme.fixtures.js';
function await_id(i: number, d: string) { return idNumber(i % 999 + 1, d); }
