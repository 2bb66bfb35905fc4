import type { Em } from '../../../db/orm.js';
import { PolicyYear } from './policyYear.entity.js';

/**
 * The scheme year people work on today: this calendar year if its policy is configured, else the latest configured
 * year before it (else the earliest configured, else this calendar year). Never a year written into the code.
 */
export async function currentSchemeYear(em: Em, today = new Date()): Promise<number> {
  const thisYear = today.getFullYear();
  const years = (await em.find(PolicyYear, {}, { fields: ['year'], orderBy: { year: 'asc' } })).map((p) => p.year);
  return years.filter((y) => y <= thisYear).at(-1) ?? years[0] ?? thisYear;
}
