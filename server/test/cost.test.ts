/** The cost model (src/app/cost.ts) on the real schema: what weighs, by how much, before anything runs. */
import { readdirSync } from 'node:fs';
import {
  getNamedType,
  getNullableType,
  isListType,
  isObjectType,
  Kind,
  parse,
  print,
  type DocumentNode,
  type GraphQLSchema,
} from 'graphql';
import { beforeAll, expect, test } from 'vitest';
import { buildGraphQLSchema } from '../src/app.js';
import { INTROSPECTION, operationCost } from '../src/app/cost.js';
import { USER_BUDGET } from '../src/limits/limits.js';
import { LIST_BOUNDS } from '../src/app/listBounds.js';
import { member, ruleSet } from './scheme.fixtures.js';

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildGraphQLSchema();
});

const cost = (query: string, variables: Record<string, unknown> = {}) => operationCost(schema, parse(query), undefined, variables);
const SIMULATE = 'query ($r: JSON!, $m: [MemberInput!]!) { simulate(ruleSet: $r, members: $m) { outcomes { idNumber collective } } }';

test('every list field of the schema declares how many items it counts', () => {
  const undeclared: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const paged = field.args.some((a) => a.name === 'first' || a.name === 'limit');
      const declared = paged || field.extensions?.cost !== undefined || LIST_BOUNDS[`${type.name}.${field.name}`] !== undefined;
      if (isListType(getNullableType(field.type)) && !declared)
        undeclared.push(`${type.name}.${field.name}: [${getNamedType(field.type).name}]`);
    }
  }
  expect(undeclared).toEqual([]);
});

test('a field costs 1 and each value of its arguments 1', () => {
  expect(cost('{ policyYear(year: 2025) { year } }')).toBe(3);
  expect(cost('{ policyYear(year: 2025) { year backPayEarnsSubsidy } }')).toBe(4);
});

test('a list field weighs by its `limit` argument when given, by its declared bound otherwise', () => {
  const log = (limit?: number) => cost(`{ regionAuditLog${limit === undefined ? '' : `(limit: ${limit})`} { at action } }`);
  expect(log(10)).toBe(1 + 1 + 10 * 2);
  expect(log(1000)).toBe(1 + 1 + 1000 * 2);
  expect(log()).toBe(1 + 200 * 2); // the argument's default, 200
});

test('simulate weighs by its members, the fields asked of each and the rules, and a trace costs more', () => {
  const r = ruleSet() as { sections: unknown[] };
  const one = cost(SIMULATE, { r, m: [member(1)] });
  const two = cost(SIMULATE, { r, m: [member(1), member(2)] });
  const perMember = two - one;
  expect(cost(SIMULATE, { r, m: Array.from({ length: 1000 }, (_, i) => member(i)) })).toBe(one + 999 * perMember);
  const traced =
    cost(SIMULATE.replace('collective', 'collective trace'), { r, m: [member(1), member(2)] }) -
    cost(SIMULATE.replace('collective', 'collective trace'), { r, m: [member(1)] });
  expect(traced).toBeGreaterThan(5 * perMember);
  expect(
    cost(SIMULATE, { r: { ...r, sections: [...r.sections, ...r.sections] }, m: [member(1), member(2)] }) -
      cost(SIMULATE, { r: { ...r, sections: [...r.sections, ...r.sections] }, m: [member(1)] }),
  ).toBeGreaterThan(perMember);
});

test('aliases add up: forty simulate calls on the same members cost forty times one', () => {
  const m = Array.from({ length: 100 }, (_, i) => member(i));
  const fields = 'outcomes { idNumber collective }';
  const aliased = (n: number) =>
    `query ($r: JSON!, $m: [MemberInput!]!) { ${Array.from({ length: n }, (_, i) => `a${i}: simulate(ruleSet: $r, members: $m) { ${fields} }`).join(' ')} }`;
  expect(cost(aliased(40), { r: ruleSet(), m })).toBe(40 * cost(aliased(1), { r: ruleSet(), m }));
});

test('members written into the document cost as much as members sent as variables', () => {
  const literal = `{ simulate(ruleSet: {}, members: [{ idNumber: "640121198001010011", contribution: 300 }, { idNumber: "640121198001010038" }]) { outcomes { idNumber } } }`;
  const variables = 'query ($m: [MemberInput!]!) { simulate(ruleSet: {}, members: $m) { outcomes { idNumber } } }';
  expect(cost(literal)).toBe(
    cost(variables, { m: [{ idNumber: '640121198001010011', contribution: 300 }, { idNumber: '640121198001010038' }] }),
  );
});

test('fragments count where they are spread and fields left out by @skip or @include do not', () => {
  const plain = cost('{ counties { code name } }');
  expect(cost('{ counties { ...C } } fragment C on County { code name }')).toBe(plain);
  expect(cost('query ($no: Boolean!) { counties { code name townships @include(if: $no) { code } } }', { no: false })).toBe(plain);
  expect(cost('query ($yes: Boolean!) { counties { code name townships @skip(if: $yes) { code } } }', { yes: true })).toBe(plain);
});

test('nested divisions count at most the villages of the region, not the product of their bounds', () => {
  const tree = cost('{ counties { townships { villages { code } } } }');
  expect(tree).toBeLessThan(3 * 2500 + 2 * 250 + 25 + 1 + 1);
  expect(tree).toBeGreaterThan(2500);
});

test('introspection costs a flat amount', () => {
  expect(cost('{ __schema { types { name fields { name args { name type { name ofType { name } } } } } } }')).toBe(INTROSPECTION);
});

test('a document whose fragments expand beyond a hundred thousand fields costs Infinity', () => {
  const levels = Array.from(
    { length: 6 },
    (_, i) => `fragment F${i} on County { ${Array.from({ length: 10 }, () => (i === 0 ? 'code' : `...F${i - 1}`)).join(' ')} }`,
  );
  expect(cost(`{ counties { ...F5 } } ${levels.join(' ')}`)).toBe(Infinity);
});

test('checking a rule set weighs by its rules, as evaluating a hundred members would', () => {
  const validate = (rules: number) => {
    const many = Array.from({ length: rules }, (_, i) => ({ id: `r${i}`, label: `${i}`, when: { all: [] }, amount: { fixed: 1 } }));
    return cost('query ($r: JSON!) { validateRuleSet(ruleSet: $r) { valid } }', {
      r: ruleSet({ sections: [{ key: 's', label: 's', hitPolicy: 'SUM', rules: many }] }),
    });
  };
  expect(validate(1000) - validate(10)).toBeGreaterThan(100 * 990);
});

test("every document of the editor fits a logged-in user's budget", async () => {
  const dir = new URL('../../web/src/graphql/', import.meta.url);
  const costs: [string, number][] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
    const documents = Object.entries(await import(new URL(file, dir).href)).filter(
      ([, v]) => (v as DocumentNode | null)?.kind === Kind.DOCUMENT,
    );
    for (const [name, document] of documents)
      costs.push([`${file} ${name}`, operationCost(schema, parse(print(document as DocumentNode)), undefined, {})]);
  }
  expect(costs.length).toBeGreaterThan(50);
  expect(costs.filter(([, points]) => points > USER_BUDGET)).toEqual([]);
});

test('a connection counts the items of its page, `first`', () => {
  const page = (first: number) => cost(`{ regionAuditLogConnection(first: ${first}) { nodes { id action before } totalCount } }`);
  expect(page(500)).toBeGreaterThan(page(10) * 40);
  expect(page(10)).toBeLessThan(100);
});
