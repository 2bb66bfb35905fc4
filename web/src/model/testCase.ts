import type { MemberInput, Outcome, TestCase } from '@cunce/rules';

/** A test case from a previewed member: the expectation is the member evaluated alone (as the harness does). */
export function testCaseFrom(member: MemberInput, alone: Outcome, taken: readonly string[]): TestCase {
  const base = `${member.name ?? member.idNumber.slice(-4)}：${member.contribution ?? '未缴'}档，${alone.age}岁`;
  let name = base;
  for (let n = 2; taken.includes(name); n++) name = `${base}（${n}）`;
  return {
    name,
    member: { ...member },
    expect: {
      eligible: alone.eligible,
      reasons: alone.reasons,
      collective: alone.collective,
      sections: alone.sections.map((s) => ({ key: s.key, amount: s.amount })),
    },
  };
}
