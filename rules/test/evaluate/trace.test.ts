import { describe, expect, test } from 'vitest';
import { evaluateMember } from '../../src/evaluate/roster.js';
import { ge, member, policies, rule, ruleSet, section } from './factory.js';

describe('trace', () => {
  test('the trace gives every rule, whether it held, and each condition with the member’s value', async () => {
    const rs = ruleSet({
      sections: [
        section('tier', 'FIRST', [
          rule('t1000', ge('contribution', 1000)),
          rule('t300', {
            all: [
              { fact: 'contribution', operator: 'greaterThanInclusive', value: 300 },
              { fact: 'proxyPaid', operator: 'equal', value: false },
            ],
          }),
        ]),
      ],
    });
    const o = await evaluateMember(rs, member({ contribution: 500 }), policies, { trace: true });
    expect(o.trace).toEqual([
      {
        ruleId: 't1000',
        section: 'tier',
        held: false,
        conditions: [{ fact: 'contribution', operator: 'greaterThanInclusive', value: 1000, factValue: 500, result: false }],
      },
      {
        ruleId: 't300',
        section: 'tier',
        held: true,
        conditions: [
          { fact: 'contribution', operator: 'greaterThanInclusive', value: 300, factValue: 500, result: true },
          { fact: 'proxyPaid', operator: 'equal', value: false, factValue: false, result: true },
        ],
      },
    ]);
    expect(o.sections[0].ruleIds).toEqual(['t300']);
  });

  test('no trace is computed unless asked for', async () => {
    expect((await evaluateMember(ruleSet(), member(), policies)).trace).toBeUndefined();
  });
});
