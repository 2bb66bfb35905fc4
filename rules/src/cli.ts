/**
 * The rule test harness command (`pnpm rules <command>`): test, validate, eval, help. The work is in cli/*.ts,
 * the only place in rules/ that reads files. Exit codes: 0 good, 1 failing or invalid, 2 unusable input.
 */
import { parseArgs } from './cli/args.js';
import { evalCommand } from './cli/evalCommand.js';
import { InputError } from './cli/inputError.js';
import { loadPolicies } from './cli/policyOption.js';
import { testCommand } from './cli/testCommand.js';
import { USAGE } from './cli/usage.js';
import { validateCommand } from './cli/validateCommand.js';

async function main(argv: readonly string[]): Promise<number> {
  const { command, operands, policyFile } = parseArgs(argv);
  if (command === undefined || command === 'help') {
    console.log(USAGE);
    return 0;
  }
  const arity: Record<string, (n: number) => boolean> = { test: (n) => n >= 1, validate: (n) => n === 1, eval: (n) => n === 2 };
  if (!arity[command]?.(operands.length)) {
    console.error(arity[command] ? `“${command}”的参数个数不对 (wrong number of arguments)\n` : `未知命令 unknown command: ${command}\n`);
    console.error(USAGE);
    return 2;
  }
  const policies = loadPolicies(policyFile);
  if (command === 'test') return testCommand(operands, policies);
  if (command === 'validate') return validateCommand(operands[0]!, policies);
  return evalCommand(operands[0]!, operands[1]!, policies);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    if (!(e instanceof InputError)) throw e;
    console.error(e.message);
    process.exitCode = 2;
  },
);
