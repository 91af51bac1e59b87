/**
 * The command line as a new user meets it, one row per case: help and version on every command, bad usage,
 * bad paths. Each case asserts the exit code, what is said (one line for an error, never a stack trace) and
 * that the outputs of an earlier run, in --out and in the default output/, are still there untouched.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLI, ROOT } from './batch/cli.js';

const EARLIER = '\ufefffile,status\r\nearlier-run.txt,ok\r\n';
const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

let work: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'jixiao-usage-'));
  writeFileSync(join(work, 'report.txt'), '我局2021年调整预算数为100.00万元，实际支出90.00万元，预算执行率为95.00%。');
  writeFileSync(join(work, 'afile.txt'), 'not a folder');
  mkdirSync(join(work, 'emptydir'));
  mkdirSync(join(work, 'in'));
  writeFileSync(join(work, 'in', 'a.txt'), '我局2021年实际支出90.00万元。');
  for (const dir of ['out', 'output']) {
    mkdirSync(join(work, dir));
    writeFileSync(join(work, dir, 'reports.csv'), EARLIER);
  }
});

function run(args: string[], command: 'node' | 'npm' = 'node') {
  const r =
    command === 'node'
      ? spawnSync(process.execPath, [CLI, ...args], { cwd: work, encoding: 'utf8', timeout: 120_000 })
      : spawnSync('npm', ['run', '--silent', '--prefix', ROOT, ...args], { cwd: work, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

type Case = [name: string, args: string[], code: number, stdout: RegExp | null, stderr: RegExp | null];

const HELP_AND_VERSION: Case[] = [
  ['jixiao with nothing', [], 0, /命令：[\s\S]*jixiao audit[\s\S]*jixiao merge[\s\S]*jixiao inspect/, null],
  ['jixiao --help', ['--help'], 0, /命令：/, null],
  ['jixiao -h', ['-h'], 0, /命令：/, null],
  ['jixiao help audit', ['help', 'audit'], 0, /用法：jixiao audit[\s\S]*--out/, null],
  ['audit --help', ['audit', '--help'], 0, /用法：jixiao audit[\s\S]*--max-mb[\s\S]*--min-gap <万元,百分点> +重要性门槛：[\s\S]*退出码/, null],
  ['audit -h (not a file)', ['audit', '-h', '--out', 'out'], 0, /用法：jixiao audit/, null],
  ['audit --help after paths and bad options', ['audit', 'report.txt', '--bogus', '--help'], 0, /用法：jixiao audit/, null],
  ['audit --help --lang en', ['audit', '--help', '--lang', 'en'], 0, /^Usage: jixiao audit[\s\S]*Options:[\s\S]*--jobs <N>/, null],
  ['merge --help', ['merge', '--help'], 0, /用法：jixiao merge/, null],
  ['inspect --help', ['inspect', '-h'], 0, /用法：jixiao inspect/, null],
  ['jixiao --version', ['--version'], 0, new RegExp(`^jixiao ${VERSION}\\n$`), null],
  ['audit --version', ['audit', '--version'], 0, new RegExp(`^jixiao ${VERSION}\\n$`), null],
  ['merge --version', ['merge', '--version'], 0, new RegExp(`^jixiao ${VERSION}\\n$`), null],
  ['inspect --version', ['inspect', '--version'], 0, new RegExp(`^jixiao ${VERSION}\\n$`), null],
  ['rubrics --help', ['rubrics', '--help'], 0, /用法：jixiao rubrics/, null],
  // Every built-in framework: id, name, region and budget years.
  ['rubrics', ['rubrics'], 0, /^内置评分框架 9 个[\s\S]*\nshenzhen-dept-2023 +部门整体支出绩效评价共性指标体系框架（2023年度） · 深圳市（区级） · 2023 起 · 部门整体/, null],
  ['rubrics --lang en', ['rubrics', '--lang', 'en'], 0, /^9 built-in scoring frameworks[\s\S]*\nshenzhen-dept-2020 +部门整体支出绩效评价共性指标体系框架（2020年修订） · 深圳市（区级） · 2020–2022 · department/, null],
];

const BAD_USAGE: Case[] = [
  ['an unknown option', ['audit', 'report.txt', '--bogus', '--out', 'out'], 2, null, /^jixiao: 未知选项 --bogus。\n用法：jixiao audit/],
  ['an unknown option, in English', ['audit', '--bogus', '--lang', 'en'], 2, null, /^jixiao: Unknown option --bogus\.\nUsage: jixiao audit/],
  ['an unknown short option', ['audit', 'report.txt', '-x', '--out', 'out'], 2, null, /^jixiao: 未知选项 -x。/],
  ['an option with a value it does not take', ['audit', 'report.txt', '--quiet=yes'], 2, null, /^jixiao: 选项 --quiet 不带取值。/],
  ['--out without its value', ['audit', 'report.txt', '--out'], 2, null, /^jixiao: 选项 --out 缺少取值（<dir>）。/],
  ['--out followed by another option', ['audit', 'report.txt', '--out', '--quiet'], 2, null, /^jixiao: 选项 --out 缺少取值/],
  ['--jobs not a number', ['audit', 'report.txt', '--jobs', 'two', '--out', 'out'], 2, null, /^jixiao: 选项 --jobs 需要不小于 1 的整数，收到“two”。/],
  ['--lang not zh or en', ['audit', 'report.txt', '--lang', 'fr', '--out', 'out'], 2, null, /^jixiao: 选项 --lang 只能是 zh 或 en，收到“fr”。/],
  ['--format unknown', ['audit', 'report.txt', '--format', 'csv,pdf', '--out', 'out'], 2, null, /^jixiao: 选项 --format 不支持“pdf”/],
  ['--shard malformed', ['audit', 'report.txt', '--shard', '3/2', '--out', 'out'], 2, null, /^jixiao: 选项 --shard 的格式为 K\/N/],
  ['an unknown command', ['frobnicate'], 2, null, /^jixiao: 未知命令“frobnicate”（可用：audit、merge、inspect、rubrics）。/],
  ['rubrics with a path', ['rubrics', 'report.txt'], 2, null, /^jixiao: rubrics 命令不带路径或其他参数，收到“report.txt”。\n用法：jixiao rubrics/],
  ['an option instead of a command', ['--out', 'out'], 2, null, /^jixiao: 未知选项 --out。/],
  ['inspect with no file', ['inspect'], 2, null, /^jixiao: inspect 命令需要且只需要一个文件。/],
  ['inspect with two files', ['inspect', 'report.txt', 'afile.txt'], 2, null, /^jixiao: inspect 命令需要且只需要一个文件。/],
  ['merge with no folder', ['merge', '--out', 'out'], 2, null, /^jixiao: merge 命令需要至少一个输出目录。/],
];

const BAD_PATHS: Case[] = [
  ['--out naming a file', ['audit', 'report.txt', '--out', 'afile.txt'], 2, null, /^jixiao: 选项 --out 指向的是一个文件，不是目录：.*afile\.txt\n$/],
  ['--out naming a file, in English', ['audit', 'report.txt', '--out', 'afile.txt', '--lang', 'en'], 2, null, /^jixiao: Option --out names a file, not a folder: .*afile\.txt\n$/],
  ['--out being the input folder', ['audit', 'in', '--out', 'in'], 2, null, /^jixiao: 选项 --out 不能是输入目录本身：in/],
  ['merge --out being a folder merged', ['merge', 'out', '--out', 'out'], 2, null, /^jixiao: 选项 --out 不能是被合并的目录之一：out\n$/],
  ['only missing paths', ['audit', 'nothere.pdf', '--out', 'out'], 2, null, /^jixiao: 找不到 nothere\.pdf；未运行，原有输出保持不变。\n$/],
  ['a folder with no files', ['audit', 'emptydir', '--out', 'out'], 2, null, /^jixiao: emptydir 中没有任何文件；未运行，原有输出保持不变。\n$/],
  ['an unknown --rubric', ['audit', 'report.txt', '--rubric', 'no-such-framework', '--out', 'out'], 2, null, /^jixiao: 无法使用评分框架“no-such-framework”：没有这个代码的评分框架，也没有这个文件（可用：hunan-province-dept-2017, .*shenzhen-dept-2023.*）。jixiao rubrics 列出全部评分框架。\n/],
  ['--min-gap with one bare number', ['audit', 'report.txt', '--min-gap', '2', '--out', 'out'], 2, null, /^jixiao: 选项 --min-gap 的格式为 <万元>,<百分点>（如 1,0.5）或带单位（如 1万元、0.5个百分点），收到“2”。\n用法：jixiao audit/],
  ['inspect a missing file', ['inspect', 'missing.txt'], 1, null, /^jixiao: missing\.txt: 文件不存在（或是指向不存在文件的链接），未读取。请检查路径。\n$/],
  ['inspect a folder', ['inspect', 'emptydir'], 2, null, /^jixiao: emptydir 是目录；inspect 只查看一个文件，审核整个目录请用 jixiao audit。\n$/],
  ['inspect with --lang en before the file', ['inspect', '--lang', 'en', 'report.txt'], 0, /^# report\.txt[\s\S]*## Flags \(1:[\s\S]*Budget execution rate is stated as 95\.00%/, null],
];

describe.each([
  ['help and version', HELP_AND_VERSION],
  ['bad usage', BAD_USAGE],
  ['bad paths', BAD_PATHS],
])('jixiao: %s', (_group, cases) => {
  it.each(cases)('%s', (_name, args, code, stdout, stderr) => {
    const r = run(args);
    expect(r.code, r.stderr).toBe(code);
    if (stdout) expect(r.stdout).toMatch(stdout);
    if (stderr) expect(r.stderr).toMatch(stderr);
    if (code !== 0) expect(r.stdout).toBe('');
    expect(r.stderr).not.toMatch(/^\s+at /m);
    for (const dir of ['out', 'output']) expect(readFileSync(join(work, dir, 'reports.csv'), 'utf8'), dir).toBe(EARLIER);
  });
});

describe('an --out folder that does not exist yet', () => {
  it.each([
    ['an unknown option', ['audit', 'report.txt', '--bogus', '--out', 'fresh']],
    ['only missing paths', ['audit', 'nothere.pdf', '--out', 'fresh']],
    ['an unknown --rubric', ['audit', 'report.txt', '--rubric', 'no-such-framework', '--out', 'fresh']],
  ])('is not even created on %s', (_name, args) => {
    expect(run(args).code).toBe(2);
    expect(existsSync(join(work, 'fresh'))).toBe(false);
  });
});

describe('npm run audit', () => {
  it('-- --help prints the usage, audits nothing', () => {
    const r = run(['audit', '--', '--help'], 'npm');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/用法：jixiao audit/);
    expect(readFileSync(join(work, 'output', 'reports.csv'), 'utf8')).toBe(EARLIER);
  });
});
