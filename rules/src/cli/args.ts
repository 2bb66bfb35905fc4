import { InputError } from './inputError.js';

export interface CliArgs {
  command: string | undefined;
  operands: string[];
  policyFile: string | undefined;
}

/** Splits the command line: the command, its operands, and `--policy <file>` (or `--policy=<file>`) anywhere. */
export function parseArgs(argv: readonly string[]): CliArgs {
  const operands: string[] = [];
  let policyFile: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--policy') {
      policyFile = argv[++i];
      if (policyFile === undefined) throw new InputError('--policy 后应跟政策文件路径 (--policy needs a file)');
    } else if (arg.startsWith('--policy=')) policyFile = arg.slice('--policy='.length);
    else if (arg === '--help' || arg === '-h') operands.unshift('help');
    else if (arg.startsWith('-') && arg !== '-') throw new InputError(`未知选项 ${arg} (unknown option)`);
    else operands.push(arg);
  }
  const [command, ...rest] = operands;
  return { command, operands: rest, policyFile };
}
