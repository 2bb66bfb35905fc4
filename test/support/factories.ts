/**
 * Fixtures that take overrides: rule sets (from the pilot villages' own files in rules/villages), members
 * with valid ID numbers, and users of each role created through the API by the administrator.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeIdNumber, type MemberInput, type RuleSet } from '@cunce/rules';
import type { Client } from './gql.js';
import { REPO_ROOT } from './serverCommand.js';

export const PASSWORD = 'e2e-password-1';

export type Role =
  'REGION_ADMIN' | 'COUNTY_HRSS' | 'COUNTY_AGRICULTURE' | 'TOWNSHIP_OFFICER' | 'VILLAGE_CADRE' | 'AGENCY' | 'CIVIL_AFFAIRS';

/** Seeded pilot divisions (rules/divisions/ningxia.json). */
export const PILOT = {
  /** 永宁县 望远镇 通桥村, with its neighbour 政权村 in the same township. */
  county: '640121',
  township: '640121102',
  village: '640121102201',
  neighbour: '640121102202',
  /** 永宁县 闽宁镇 玉海村: same county, other township. */
  sameCounty: { township: '640121104', village: '640121104201' },
  /** 灵武市 临河镇 上桥村: another county. */
  elsewhere: { county: '640181', township: '640181105', village: '640181105201' },
  /** The other villages of 临河镇, free for suites that need a village of their own. */
  spare: ['640181105202', '640181105203', '640181105204', '640181105205', '640181105206', '640181105207'],
} as const;

export const countyOf = (villageCode: string) => villageCode.slice(0, 6);
export const townshipOf = (villageCode: string) => villageCode.slice(0, 9);

/** The pilot rule set of `template` (default 通桥村), moved to `village` and `year`, without test cases. */
export function ruleSet(village: string, year = 2025, overrides: Partial<RuleSet> = {}, template: string = PILOT.village): RuleSet {
  const doc = JSON.parse(readFileSync(join(REPO_ROOT, 'rules/villages', `${template}.json`), 'utf8')) as RuleSet;
  delete doc.tests;
  return { ...doc, village, year, title: `${village} ${year}年补助标准`, ...overrides };
}

/** A rule set paying every eligible member `amount` yuan: easy to check by hand. */
export function flatRuleSet(village: string, amount: number, year = 2025, overrides: Partial<RuleSet> = {}): RuleSet {
  return ruleSet(village, year, {
    sections: [
      {
        key: 'base',
        label: '每人补助',
        hitPolicy: 'FIRST',
        rules: [
          {
            id: 'all',
            label: `每人${amount}元`,
            when: { all: [{ fact: 'age', operator: 'greaterThanInclusive', value: 16 }] },
            amount: { fixed: amount },
          },
        ],
      },
    ],
    ...overrides,
  });
}

let serial = 0;

/** A distinct, valid member (address code 640121, born 1970 onwards: of contributing age, under 60) paying the 300 tier for the year. */
export function member(overrides: Partial<MemberInput> = {}): MemberInput & { isCollectiveMember: boolean; paymentType: string } {
  const n = ++serial;
  const birth = new Date(Date.UTC(1970, 0, 1) + (n % 10_000) * 86_400_000).toISOString().slice(0, 10);
  const seq = String(100 + Math.floor(n / 10_000) * 2 + (n % 2))
    .padStart(3, '0')
    .slice(-3);
  return {
    idNumber: makeIdNumber('640121', birth, seq),
    name: `村民${n}`,
    isCollectiveMember: true,
    contribution: 300,
    paymentType: 'CURRENT',
    ...overrides,
  } as MemberInput & { isCollectiveMember: boolean; paymentType: string };
}

export const members = (count: number, overrides: Partial<MemberInput> = {}) => Array.from({ length: count }, () => member(overrides));

export interface TestUser {
  id: string;
  username: string;
  role: Role;
  areaCode: string | null;
  client: Client;
}

let userSerial = 0;

/** Creates a user through the API as `admin` and logs in as that user. */
export async function makeUser(admin: Client, role: Role, areaCode: string | null, username?: string): Promise<TestUser> {
  const name = username ?? `${role.toLowerCase().replace(/_/g, '-')}-${process.pid}-${++userSerial}`;
  const data = await admin.ok<{ createUser: { id: string } }>(
    'mutation ($u: String!, $p: String!, $r: Role!, $a: String) { createUser(username: $u, password: $p, role: $r, areaCode: $a) { id } }',
    { u: name, p: PASSWORD, r: role, a: areaCode },
  );
  return { id: data.createUser.id, username: name, role, areaCode, client: await admin.login(name, PASSWORD) };
}

export interface VillageTeam {
  village: string;
  cadre: TestUser;
  township: TestUser;
  hrss: TestUser;
  agriculture: TestUser;
  /** The agency for the village's county. */
  agency: TestUser;
}

/** Everyone a village's year needs: its cadre, the three receiving departments and the county's agency. */
export async function villageTeam(admin: Client, village: string): Promise<VillageTeam> {
  return {
    village,
    cadre: await makeUser(admin, 'VILLAGE_CADRE', village),
    township: await makeUser(admin, 'TOWNSHIP_OFFICER', townshipOf(village)),
    hrss: await makeUser(admin, 'COUNTY_HRSS', countyOf(village)),
    agriculture: await makeUser(admin, 'COUNTY_AGRICULTURE', countyOf(village)),
    agency: await makeUser(admin, 'AGENCY', countyOf(village)),
  };
}
