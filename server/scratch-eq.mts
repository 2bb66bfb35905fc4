import 'reflect-metadata';
import { isDeepStrictEqual } from 'node:util';
import { loadConfig } from './src/config.js';
import { forkEm, openOrm } from './src/db/orm.js';
import { entities } from './src/entities.js';
import { villageRosters } from './src/modules/reporting/reform/reform.roster.js';
import { membersOf as newMembersOf } from './src/modules/reporting/reform/reform.task.js';
import { membersOf as baseMembersOf } from '/work/wt/reform17-base/server/src/modules/reporting/reform/reform.task.js';
import { scopeVillages } from './src/modules/reporting/reform/reform.villages.js';
const orm = await openOrm(loadConfig().database, entities);
const em = forkEm(orm);
let n = 0, bad = 0;
for await (const { pages } of villageRosters(em, await scopeVillages(em, null), 2025)) {
  const copy = pages.map((p) => (typeof p === 'string' ? p : new Uint8Array(p)));
  const a = baseMembersOf(copy), b = newMembersOf(copy);
  n += a.length;
  if (!isDeepStrictEqual(a, b)) bad++;
}
console.log(`members ${n}, villages differing ${bad}`);
await orm.close();
