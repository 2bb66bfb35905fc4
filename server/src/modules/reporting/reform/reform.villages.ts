/**
 * The villages of the scope with their township and county, and each one's paying standard for the base year: two
 * plain SELECTs for the whole region (the standards' documents are read once, not village by village).
 */
import { payingScheme, type RuleSet, type SchemeStatus } from '@cunce/rules';
import { allRaw, County, quote, RuleSetVersion, Scheme, Township, Village, type Em } from './reform.ports.js';

export interface ScopeVillage {
  id: number;
  code: string;
  name: string;
  townshipCode: string;
  townshipName: string;
  countyCode: string;
  countyName: string;
}

/** A column of an entity, quoted, prefixed with the table's alias. */
function columns(em: Em) {
  const col = (entity: { name: string }, alias: string) => (prop: string) =>
    `${alias}.${quote(em.getMetadata().get(entity.name).properties[prop]!.fieldNames[0]!)}`;
  const table = (entity: { name: string }, alias: string) => `${quote(em.getMetadata().get(entity.name).tableName)} ${alias}`;
  return { col, table };
}

/** Villages of the region or of one county, ordered county → township → village. */
export async function scopeVillages(em: Em, countyCode: string | null): Promise<ScopeVillage[]> {
  const { col, table } = columns(em);
  const [v, t, c] = [col(Village, 'v'), col(Township, 't'), col(County, 'c')];
  const sql =
    `select ${v('id')} as "id", ${v('code')} as "code", ${v('name')} as "name", ${t('code')} as "townshipCode", ${t('name')} as "townshipName", ` +
    `${c('code')} as "countyCode", ${c('city')} || ${c('name')} as "countyName" ` +
    `from ${table(Village, 'v')} join ${table(Township, 't')} on ${t('id')} = ${v('township')} join ${table(County, 'c')} on ${c('id')} = ${t('county')} ` +
    `${countyCode ? `where ${c('code')} = ? ` : ''}order by ${c('code')}, ${t('code')}, ${v('code')}`;
  const rows = await allRaw<ScopeVillage>(em, sql, countyCode ? [countyCode] : []);
  return rows.map((r) => ({ ...r, id: Number(r.id) }));
}

interface FiledRow {
  village: number;
  year: number;
  status: SchemeStatus;
  ruleSet: unknown;
}

/** Each village's standard that pays for `year` (API.md: filed, not SUSPENDED, covering the year), by village id. */
export async function payingStandards(em: Em, year: number, countyCode: string | null): Promise<Map<number, RuleSet>> {
  const { col, table } = columns(em);
  const [s, r, v, t, c] = [col(Scheme, 's'), col(RuleSetVersion, 'r'), col(Village, 'v'), col(Township, 't'), col(County, 'c')];
  const inCounty = countyCode
    ? `join ${table(Village, 'v')} on ${v('id')} = ${s('village')} join ${table(Township, 't')} on ${t('id')} = ${v('township')} ` +
      `join ${table(County, 'c')} on ${c('id')} = ${t('county')} and ${c('code')} = ? `
    : '';
  const sql =
    `select ${s('village')} as "village", ${s('year')} as "year", ${s('status')} as "status", ${r('ruleSet')} as "ruleSet" ` +
    `from ${table(Scheme, 's')} join ${table(RuleSetVersion, 'r')} on ${r('scheme')} = ${s('id')} and ${r('version')} = ${s('filedVersion')} ` +
    `${inCounty}where ${s('year')} <= ?`;
  const rows = await allRaw<FiledRow>(em, sql, countyCode ? [countyCode, year] : [year]);
  const byVillage = new Map<number, (FiledRow & { doc: RuleSet })[]>();
  for (const row of rows) {
    const doc = (typeof row.ruleSet === 'string' ? JSON.parse(row.ruleSet) : row.ruleSet) as RuleSet;
    const list = byVillage.get(Number(row.village)) ?? [];
    list.push({ ...row, year: Number(row.year), doc });
    byVillage.set(Number(row.village), list);
  }
  const paying = new Map<number, RuleSet>();
  const shared = new Map<string, RuleSet>();
  for (const [village, list] of byVillage) {
    const found = payingScheme(
      list.map((row) => ({ ...row, filedVersion: { year: row.doc.year, lastYear: row.doc.lastYear } })),
      year,
    );
    if (found) paying.set(village, sharedStandard(shared, found.doc));
  }
  return paying;
}

/**
 * One object for every equal standard (most villages adopt one of a few templates): the evaluator compiles a rule set
 * and remembers its results per object, so villages sharing a standard share that work. What differs between them
 * (the village's code, the title, the test cases) is not read by evaluation.
 */
function sharedStandard(shared: Map<string, RuleSet>, doc: RuleSet): RuleSet {
  const { village: _v, title: _t, tests: _tests, ...rules } = doc;
  const key = JSON.stringify(rules);
  let found = shared.get(key);
  if (!found) shared.set(key, (found = doc));
  return found;
}
