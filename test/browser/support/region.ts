/**
 * The region at full size for the browser suites: 2,200 generated villages with provisional codes in 44 generated
 * townships (two a county, `<county>95n`, 50 villages each, `<township>4nn`), written straight into the server's
 * SQLite file once it has migrated and seeded it: every suite runs on a tree as large as Ningxia's, and the pilot
 * townships the suites work in keep their own villages only.
 */
import sqlite3 from 'sqlite3';

const TOWNSHIPS_A_COUNTY = 2;
const VILLAGES_A_TOWNSHIP = 50;

/** Adds the villages; gives the code of the last one (the deepest in the tree). */
export async function addGeneratedVillages(file: string): Promise<string> {
  const db = new sqlite3.Database(file);
  const run = (sql: string, params: unknown[] = []) =>
    new Promise<void>((resolve, reject) => db.run(sql, params, (e: Error | null) => (e ? reject(e) : resolve())));
  const all = <T>(sql: string) =>
    new Promise<T[]>((resolve, reject) => db.all(sql, (e: Error | null, rows: T[]) => (e ? reject(e) : resolve(rows))));
  try {
    await run('PRAGMA busy_timeout = 10000');
    const counties = await all<{ id: number; code: string }>('select id, code from county order by code');
    await run('begin immediate');
    for (const county of counties)
      for (let t = 0; t < TOWNSHIPS_A_COUNTY; t++)
        await run('insert into township (code, name, county_id) values (?, ?, ?)', [
          `${county.code}95${t}`,
          `生成镇${county.code}-${t + 1}`,
          county.id,
        ]);
    const townships = await all<{ id: number; code: string }>("select id, code from township where code like '______95_' order by code");
    const rows = townships.flatMap((township) =>
      Array.from({ length: VILLAGES_A_TOWNSHIP }, (_, i) => [
        `${township.code}${400 + i}`,
        `生成村${township.code.slice(-4)}-${i + 1}`,
        1,
        township.id,
      ]),
    );
    for (let start = 0; start < rows.length; start += 200) {
      const chunk = rows.slice(start, start + 200);
      await run(
        `insert into village (code, name, provisional, township_id) values ${chunk.map(() => '(?, ?, ?, ?)').join(', ')}`,
        chunk.flat(),
      );
    }
    await run('commit');
    return String(rows.at(-1)![0]);
  } finally {
    await new Promise((resolve) => db.close(resolve));
  }
}
