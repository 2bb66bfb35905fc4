import { simulate } from '../simulate.js';
import type { PolicySource, RowIssue, RuleSet, Simulation } from '../types.js';
import { InputError } from './inputError.js';
import { readJson } from './readJson.js';
import { resolveUserPath, shownPath } from './paths.js';
import { issueLine } from './testReport.js';

/**
 * `eval <ruleset.json> <members.json>`: the Simulation (API.md, without traces) as JSON on stdout. A rule set
 * that does not validate or any bad row: nothing on stdout, every problem on stderr in Chinese, exit 1.
 */
export async function evalCommand(ruleSetFile: string, membersFile: string, policies: PolicySource): Promise<number> {
  const ruleSetPath = resolveUserPath(ruleSetFile);
  const membersPath = resolveUserPath(membersFile);
  const doc = readJson(ruleSetPath);
  const members = readJson(membersPath);
  if (!Array.isArray(members)) {
    throw new InputError(`${shownPath(membersPath)}: 应为成员（MemberInput）的数组 (expected an array of MemberInput)`);
  }
  const result = await simulate(doc as RuleSet, members, policies, { mode: 'simulate' });
  if (!result.ok && result.validation) {
    console.error(`${shownPath(ruleSetPath)}: 规则集未通过校验，未计算 (the rule set does not validate)`);
    for (const e of result.validation.errors) console.error(`    ${issueLine('错误', e)}`);
    return 1;
  }
  if (!result.ok) {
    console.error(`${shownPath(membersPath)}: ${result.rows.length} 处成员信息有误，整份名单未计算 (bad rows; nothing was evaluated)`);
    for (const row of result.rows) console.error(`    ${rowLine(row)}`);
    return 1;
  }
  console.log(JSON.stringify(withoutTraces(result.simulation), null, 2));
  return 0;
}

/** A bad row: its message already names the row (第N行) and the field; add the ID number and the code. */
function rowLine(row: RowIssue): string {
  return `${row.message}（身份证号 ${row.idNumber || '空'}，字段 ${row.field || '—'}，${row.code}）`;
}

function withoutTraces(s: Simulation): Simulation {
  const { outcomes, warnings, totals, budgetExceeded, prorateFactor } = s;
  return { outcomes: outcomes.map(({ trace: _trace, ...o }) => o), warnings, totals, budgetExceeded, prorateFactor };
}
