import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, test, vi } from 'vitest';
import type { PolicyYear } from '../src/types.js';
import { ELDER, YOUNG, memberInput, tieredRuleSet } from './support/harnessFixtures.js';

/** The real command line, spawned as `node --import tsx src/cli.ts …` on temporary files. */

vi.setConfig({ testTimeout: 30_000 }); // each spawn starts tsx afresh

const CLI = fileURLToPath(new URL('../src/cli.ts', import.meta.url));
const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
const POLICY_2025 = fileURLToPath(new URL('../policy/2025.json', import.meta.url));

function run(args: string[], opts: { cwd?: string; env?: Record<string, string> } = {}) {
  // Run as a user would, not as the package script: no inherited INIT_CWD from `pnpm test`.
  const { INIT_CWD: _i, npm_lifecycle_event: _e, ...env } = process.env;
  const r = spawnSync(process.execPath, ['--import', TSX, CLI, ...args], {
    cwd: opts.cwd ?? dir,
    env: { ...env, ...opts.env },
    encoding: 'utf8',
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, lastLine: r.stdout.trimEnd().split('\n').at(-1) };
}

let dir: string;
function write(rel: string, content: unknown): string {
  const file = path.join(dir, rel);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return file;
}

const passing = tieredRuleSet([
  { name: '缴费200元', member: memberInput(), expect: { collective: 20 } },
  {
    name: '75岁缴费500元封顶',
    member: memberInput({ idNumber: ELDER, contribution: 500 }),
    expect: { raw: 65, collective: 50, reasons: ['CAP_VILLAGE'] },
  },
]);
const failing = tieredRuleSet([
  { name: '通过', member: memberInput(), expect: { collective: 20 } },
  { name: '期望有误', member: memberInput(), expect: { collective: 30, reasons: ['CAP_VILLAGE'] } },
]);

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'cunce-cli-'));
  write('pass.json', passing);
  write('suite/a.json', passing);
  write('suite/nested/b.json', failing);
  write('suite/other.json', { name: 'not a rule set' });
  write('suite/tsconfig.json', '{ // comments, not ours\n}');
});

describe('test', () => {
  test('passes a rule set whose cases all pass, closing with the count line', () => {
    const r = run(['test', 'pass.json']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('✓ pass.json › 缴费200元');
    expect(r.lastLine).toBe('2 passed, 0 failed');
  });

  test('searches a folder recursively, skips other JSON, and prints what differs in yuan', () => {
    const r = run(['test', 'suite']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      `✗ ${path.join('suite', 'nested', 'b.json')} › 期望有误 — collective: 期望 30，实际 20；reasons: 期望 ["CAP_VILLAGE"]，实际 []`,
    );
    expect(r.stdout).not.toContain('other.json');
    expect(r.stderr).toBe('');
    expect(r.lastLine).toBe('3 passed, 1 failed');
  });

  test('fails a file that does not validate, counting its cases as failed', () => {
    write('invalid.json', { ...passing, personCap: 5000.001 });
    const r = run(['test', 'invalid.json', 'pass.json']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/✗ invalid\.json: 规则集未通过校验/);
    expect(r.stdout).toContain('/personCap');
    expect(r.stdout).toMatch(/1 file\(s\) did not validate: their 2 case\(s\) were not run and count as failed/);
    expect(r.lastLine).toBe('2 passed, 2 failed');
  });

  test('reports a BAD_TEST expectation as a failure', () => {
    write('misspelt.json', tieredRuleSet([{ name: '拼错', member: memberInput(), expect: { colective: 20 } }]));
    const r = run(['test', 'misspelt.json']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('BAD_TEST');
    expect(r.lastLine).toMatch(/^\d+ passed, [1-9]\d* failed$/);
  });

  test('names a broken JSON file with its line and column, exit 2', () => {
    write('broken.json', '{\n  "format": "cunce.ruleset/1",\n  "year": 2025,,\n}');
    write('broken2.json', '{\n  "format": "cunce.ruleset/1",\n  "sections": [1, 2,]\n}');
    const r = run(['test', 'broken.json', 'broken2.json', 'pass.json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('broken.json:3:16: 第3行第16列 JSON 格式错误 (invalid JSON): ');
    expect(r.stderr).toContain("broken2.json:3:21: 第3行第21列 JSON 格式错误 (invalid JSON): Unexpected token ']'\n");
    expect(r.lastLine).toBe('2 passed, 0 failed');
  });

  test('names a missing file, exit 2', () => {
    const r = run(['test', 'nowhere.json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('nowhere.json: 文件或文件夹不存在');
  });

  test('resolves relative paths against the directory the command runs in', () => {
    const r = run(['test', path.join('..', 'pass.json')], { cwd: path.join(dir, 'suite') });
    expect(r.code).toBe(0);
    expect(run(['test', path.join(dir, 'pass.json')], { cwd: tmpdir() }).code).toBe(0);
  });

  test('resolves relative paths against INIT_CWD when run as the package script', () => {
    const r = run(['test', 'a.json'], { cwd: tmpdir(), env: { INIT_CWD: path.join(dir, 'suite'), npm_lifecycle_event: 'cli' } });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('✓ a.json › 缴费200元');
  });
});

describe('validate', () => {
  test('prints the validation result as JSON, exit 0 when valid', () => {
    const r = run(['validate', 'pass.json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ valid: true, errors: [] });
  });

  test('exits 1 with the errors when not valid', () => {
    const file = write('bad-format.json', { ...passing, format: 'cunce.ruleset/2' });
    const r = run(['validate', file]);
    expect(r.code).toBe(1);
    const v = JSON.parse(r.stdout);
    expect(v.valid).toBe(false);
    expect(v.errors).toContainEqual(expect.objectContaining({ code: 'UNSUPPORTED_FORMAT' }));
  });
});

describe('eval', () => {
  test('prints the Simulation without traces', () => {
    write('members.json', [memberInput(), { idNumber: ELDER, contribution: 500, donation: 10 }]);
    const r = run(['eval', 'pass.json', 'members.json']);
    expect(r.code).toBe(0);
    const sim = JSON.parse(r.stdout);
    expect(Object.keys(sim).sort()).toEqual(['budgetExceeded', 'outcomes', 'prorateFactor', 'totals', 'warnings']);
    expect(sim.outcomes.map((o: { collective: number }) => o.collective)).toEqual([20, 50]);
    expect(sim.outcomes[0]).not.toHaveProperty('trace');
    expect(sim.totals).toMatchObject({ members: 2, collective: 70, donation: 10 });
  });

  test('refuses bad rows: nothing on stdout, each row named on stderr', () => {
    const badId = YOUNG.slice(0, 17) + (YOUNG[17] === '0' ? '1' : '0');
    write('bad-members.json', [memberInput(), { idNumber: badId, contribution: 250 }]);
    const r = run(['eval', 'pass.json', 'bad-members.json']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('第2行');
    expect(r.stderr).toContain(badId);
    expect(r.stderr).toContain('contribution');
  });

  test('refuses a rule set that does not validate: nothing on stdout', () => {
    const r = run(['eval', 'bad-format.json', 'members.json']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('UNSUPPORTED_FORMAT');
  });

  test('uses the region figures of --policy', () => {
    const policy = JSON.parse(readFileSync(POLICY_2025, 'utf8')) as PolicyYear;
    policy.tiers.find((t) => t.amount === 200)!.governmentSubsidy = 45;
    write('policy.json', [policy]);
    const r = run(['eval', 'pass.json', 'members.json', '--policy', 'policy.json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).outcomes[0].governmentSubsidy).toBe(45);
  });
});

describe('usage', () => {
  test('prints help in Chinese and English', () => {
    const r = run([]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('用法 Usage');
  });

  test('exits 2 on an unknown command', () => {
    expect(run(['frobnicate']).code).toBe(2);
  });
});
