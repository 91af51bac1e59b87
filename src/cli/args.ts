/**
 * Command-line arguments, as spec/output.md fixes them:
 *   jixiao audit <file-or-folder>... --out <dir> [--jobs N] [--lang zh|en] [--rubric <id|file>]
 * plus --format, --quiet, --force, --shard K/N, --timeout, --max-mb, --ocr; and `jixiao merge <dirs...> --out`.
 * Bad usage is an error with a message, exit code 2.
 */
import { availableParallelism } from 'node:os';
import type { Lang } from '../i18n/messages.js';

export type OutputFormat = 'csv' | 'json' | 'xlsx' | 'html';
export const OUTPUT_FORMATS: OutputFormat[] = ['csv', 'json', 'xlsx', 'html'];

export interface AuditArgs {
  command: 'audit';
  paths: string[];
  out: string;
  jobs: number;
  lang: Lang;
  rubric: string | null;
  formats: OutputFormat[];
  quiet: boolean;
  force: boolean;
  shard: { index: number; count: number } | null;
  timeoutSeconds: number;
  maxMb: number;
  ocr: 'auto' | 'off';
}

export interface MergeArgs {
  command: 'merge';
  dirs: string[];
  out: string;
  lang: Lang;
  formats: OutputFormat[];
  quiet: boolean;
}

export interface HelpArgs {
  command: 'help' | 'version';
}

export interface InspectArgs {
  command: 'inspect';
  path: string;
  lang: Lang;
}

export type Args = AuditArgs | MergeArgs | HelpArgs | InspectArgs;

export class UsageError extends Error {}

function intArg(name: string, value: string | undefined, min: number): number {
  const n = Number(value);
  if (value === undefined || !Number.isInteger(n) || n < min) throw new UsageError(`${name} 需要不小于 ${min} 的整数 / ${name} needs an integer ≥ ${min}`);
  return n;
}

export function parseArgs(argv: string[]): Args {
  const [command, ...rest] = argv;
  if (command === undefined || command === 'help' || command === '--help' || command === '-h') return { command: 'help' };
  if (command === 'version' || command === '--version') return { command: 'version' };
  if (command === 'inspect') {
    const path = rest.find((a) => !a.startsWith('--'));
    if (!path) throw new UsageError('inspect 需要一个文件 / inspect needs a file');
    const lang = rest.includes('en') && rest[rest.indexOf('en') - 1] === '--lang' ? 'en' : 'zh';
    return { command, path, lang };
  }
  if (command !== 'audit' && command !== 'merge') throw new UsageError(`未知命令 ${command}（可用：audit、merge、inspect）/ unknown command ${command} (use audit, merge or inspect)`);
  const positional: string[] = [];
  const options = new Map<string, string | true>();
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i]!;
    if (a === '--') {
      positional.push(...rest.slice(i + 1));
      break;
    }
    if (a.startsWith('--')) {
      const [name, inline] = a.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
      if (['quiet', 'force', 'help'].includes(name)) options.set(name, true);
      else {
        const value = inline ?? rest[++i];
        if (value === undefined) throw new UsageError(`--${name} 缺少取值 / --${name} needs a value`);
        options.set(name, value);
      }
    } else positional.push(a);
  }
  const known = new Set(['out', 'jobs', 'lang', 'rubric', 'format', 'quiet', 'force', 'shard', 'timeout', 'max-mb', 'ocr', 'help']);
  for (const name of options.keys()) if (!known.has(name)) throw new UsageError(`未知选项 --${name} / unknown option --${name}`);
  const lang = (options.get('lang') ?? 'zh') as string;
  if (lang !== 'zh' && lang !== 'en') throw new UsageError('--lang 只能是 zh 或 en / --lang must be zh or en');
  const formatText = options.get('format');
  const formats = typeof formatText === 'string' ? formatText.split(',').map((f) => f.trim()).filter(Boolean) : OUTPUT_FORMATS;
  for (const f of formats) if (!OUTPUT_FORMATS.includes(f as OutputFormat)) throw new UsageError(`--format 不支持 ${f}（可用 csv,json,xlsx,html）/ unknown format ${f}`);
  const out = typeof options.get('out') === 'string' ? (options.get('out') as string) : 'output';
  if (command === 'merge') {
    if (!positional.length) throw new UsageError('merge 需要至少一个输出目录 / merge needs at least one output folder');
    return { command, dirs: positional, out, lang, formats: formats as OutputFormat[], quiet: options.has('quiet') };
  }
  let shard: AuditArgs['shard'] = null;
  const shardText = options.get('shard');
  if (typeof shardText === 'string') {
    const m = /^(\d+)\/(\d+)$/.exec(shardText);
    if (!m || Number(m[1]) < 1 || Number(m[1]) > Number(m[2])) throw new UsageError('--shard 格式为 K/N（1 ≤ K ≤ N）/ --shard must be K/N with 1 ≤ K ≤ N');
    shard = { index: Number(m[1]), count: Number(m[2]) };
  }
  const ocr = (options.get('ocr') ?? 'auto') as string;
  if (ocr !== 'auto' && ocr !== 'off') throw new UsageError('--ocr 只能是 auto 或 off / --ocr must be auto or off');
  const rubric = options.get('rubric');
  return {
    command,
    paths: positional,
    out,
    jobs: options.has('jobs') ? intArg('--jobs', options.get('jobs') as string, 1) : availableParallelism(),
    lang,
    rubric: typeof rubric === 'string' ? rubric : null,
    formats: formats as OutputFormat[],
    quiet: options.has('quiet'),
    force: options.has('force'),
    shard,
    timeoutSeconds: options.has('timeout') ? intArg('--timeout', options.get('timeout') as string, 1) : 120,
    maxMb: options.has('max-mb') ? intArg('--max-mb', options.get('max-mb') as string, 1) : 200,
    ocr,
  };
}

export const USAGE = `用法 / usage:
  jixiao audit [文件或目录…] [--out 目录] [--jobs N] [--lang zh|en] [--rubric 框架ID|文件]
               [--format csv,json,xlsx,html] [--quiet] [--force] [--shard K/N] [--timeout 秒] [--max-mb N] [--ocr auto|off]
  jixiao merge <输出目录…> --out <目录>
  jixiao inspect <文件> [--lang en]        逐段、逐表显示读取与抽取结果 / show how one file is read
不给路径时审核自带的示例报告（fixtures/examples），输出到 output/。
With no paths, audits the bundled example reports (fixtures/examples) into output/.`;
