import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);
import 'reflect-metadata';
import { loadConfig } from './src/config.js';
import { forkEm, openOrm } from './src/db/orm.js';
import { entities } from './src/entities.js';
import { villageRosters } from './src/modules/reporting/reform/reform.roster.js';
import { readPacked } from './src/modules/reporting/reform/reform.member.js';
import { scopeVillages } from './src/modules/reporting/reform/reform.villages.js';
const orm = await openOrm(loadConfig().database, entities);
const em = forkEm(orm);
const all: Uint8Array[] = [];
for await (const { pages } of villageRosters(em, await scopeVillages(em, null), 2025)) for (const p of pages) all.push(new Uint8Array(p as Uint8Array));
await orm.close();
for (let r = 0; r < 3; r++) {
  let t = performance.now(); const texts = all.map((b) => Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('utf8'));
  const dec = performance.now() - t;
  t = performance.now(); for (const b of all) { const x = Buffer.from(b.buffer, b.byteOffset, b.byteLength); x.toString(require('node:buffer').isAscii(x) ? 'latin1' : 'utf8'); };
  const lat = performance.now() - t;
  t = performance.now(); let n = 0; for (const s of texts) { const m: any[] = []; readPacked(s, m); n += m.length; }
  console.log(`utf8 ${dec.toFixed(0)} ms, latin1 ${lat.toFixed(0)} ms, read ${(performance.now() - t).toFixed(0)} ms (${n})`);
}
