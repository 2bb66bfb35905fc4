/**
 * The people of 上桥村's year, created through GraphQL by the administrator: the village's cadre, 临河镇's
 * officer, 灵武市's 人社 and 农业农村 departments, and the county's social insurance agency.
 */
import { client, type Client } from '../../support/gql.js';
import { makeUser, PASSWORD, type TestUser } from '../../support/factories.js';
import { inject } from 'vitest';
import './provided.js';

export const SHANGQIAO = { county: '640181', township: '640181105', village: '640181105201' } as const;
export { PASSWORD };

export interface People {
  admin: Client;
  cadre: TestUser;
  township: TestUser;
  hrss: TestUser;
  agriculture: TestUser;
  agency: TestUser;
}

export async function adminClient(): Promise<Client> {
  return client(`${inject('origin')}/graphql`).login('admin', inject('adminPassword'));
}

/** Creates the five users (usernames prefixed with `prefix`, so suites sharing the server do not collide). */
export async function createPeople(
  prefix: string,
  area: { county: string; township: string; village: string } = SHANGQIAO,
): Promise<People> {
  const admin = await adminClient();
  return {
    admin,
    cadre: await makeUser(admin, 'VILLAGE_CADRE', area.village, `${prefix}-cadre`),
    township: await makeUser(admin, 'TOWNSHIP_OFFICER', area.township, `${prefix}-township`),
    hrss: await makeUser(admin, 'COUNTY_HRSS', area.county, `${prefix}-hrss`),
    agriculture: await makeUser(admin, 'COUNTY_AGRICULTURE', area.county, `${prefix}-agriculture`),
    agency: await makeUser(admin, 'AGENCY', area.county, `${prefix}-agency`),
  };
}
