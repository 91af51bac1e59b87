/**
 * Command-line arguments (the command of docs/output.md):
 *   jixiao audit <file-or-folder>... --out <dir> [--jobs N] [--lang zh|en] [--rubric <id|file>]
 * plus --format, --quiet, --force, --shard K/N, --timeout, --max-mb, --ocr; `jixiao merge <dirs...> --out`;
 * `jixiao inspect <file>`. `-h`/`--help` and `--version` work on every command and win over everything else, so
 * asking for help never runs anything. Anything else starting with `-` that the command does not know is a usage
 * error (exit 2), never a path; a path starting with `-` goes after `--`.
 */
import { OUTPUT_FORMATS, type OutputFormat } from '../write/sink.js';
import { availableParallelism } from 'node:os';
import type { Lang } from '../i18n/messages.js';
import { msg, type Message } from '../model/status.js';
import { OPTIONS, type Command } from './usage.js';
import { parseMinGap, type MinGap } from '../batch/min-gap.js';
import './messages.js';


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
  /** Materiality: contradictions below it are notes (info). */
  minGap: MinGap | null;
}

export interface MergeArgs {
  command: 'merge';
  dirs: string[];
  out: string;
  lang: Lang;
  formats: OutputFormat[];
  quiet: boolean;
  minGap: MinGap | null;
}

export interface HelpArgs {
  command: 'help';
  /** The command whose help was asked for; null for the overview. */
  about: Command | null;
  lang: Lang;
}

export interface VersionArgs {
  command: 'version';
}

export interface InspectArgs {
  command: 'inspect';
  path: string;
  lang: Lang;
  ocr: 'auto' | 'off';
}

export interface RubricsArgs {
  command: 'rubrics';
  lang: Lang;
}

export type Args = AuditArgs | MergeArgs | HelpArgs | VersionArgs | InspectArgs | RubricsArgs;

/** Bad usage: one message, the command it concerns (for its synopsis), and the language to say it in. */
export class UsageError extends Error {
  constructor(
    readonly detail: Message,
    readonly about: Command | null,
    readonly lang: Lang,
    /** Whether the command's synopsis helps (a mistyped option: yes; an --out that is a file: no). */
    readonly showSynopsis = true,
  ) {
    super(detail.code);
  }
}

const COMMANDS = new Set<string>(['audit', 'merge', 'inspect', 'rubrics']);

/** `--lang en` anywhere means English messages, even for a usage error found before --lang itself is read. */
export function langOf(argv: readonly string[]): Lang {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--') break;
    if (argv[i] === '--lang=en' || (argv[i] === '--lang' && argv[i + 1] === 'en')) return 'en';
  }
  return 'zh';
}

interface Parsed {
  positional: string[];
  options: Map<string, string | true>;
}

function tokenize(command: Command, rest: string[], lang: Lang): Parsed {
  const specs = new Map(OPTIONS[command].map((o) => [o.name, o]));
  const positional: string[] = [];
  const options = new Map<string, string | true>();
  const fail = (code: string, params: Record<string, string>) => {
    throw new UsageError(msg(code, params), command, lang);
  };
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i]!;
    if (a === '--') {
      positional.push(...rest.slice(i + 1));
      break;
    }
    if (!a.startsWith('-') || a === '-') {
      positional.push(a);
      continue;
    }
    if (!a.startsWith('--')) fail('cli.unknown-option', { option: a });
    const [name, inline] = a.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    const spec = specs.get(name);
    if (!spec) fail('cli.unknown-option', { option: `--${name}` });
    if (spec!.value === null) {
      if (inline !== undefined) fail('cli.takes-no-value', { option: `--${name}` });
      options.set(name, true);
      continue;
    }
    // A value that is itself an option (`--out --quiet`) means the value was forgotten.
    const value = inline ?? (rest[i + 1]?.startsWith('--') ? undefined : rest[++i]);
    if (value === undefined || value === '') fail('cli.needs-value', { option: `--${name}`, value: spec!.value });
    options.set(name, value!);
  }
  return { positional, options };
}

function intOption(parsed: Parsed, name: string, min: number, fallback: number, command: Command, lang: Lang): number {
  const text = parsed.options.get(name);
  if (typeof text !== 'string') return fallback;
  const n = Number(text);
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(n) || n < min) throw new UsageError(msg('cli.integer', { option: `--${name}`, min, value: text }), command, lang);
  return n;
}

function choice<T extends string>(parsed: Parsed, name: string, choices: readonly T[], command: Command, lang: Lang): T {
  const value = parsed.options.get(name);
  if (typeof value !== 'string') return choices[0]!;
  if (!choices.includes(value as T)) throw new UsageError(msg('cli.choice', { option: `--${name}`, choices: choices.join(lang === 'zh' ? ' 或 ' : ' or '), value }), command, lang);
  return value as T;
}

function formats(parsed: Parsed, command: Command, lang: Lang): OutputFormat[] {
  const text = parsed.options.get('format');
  if (typeof text !== 'string') return OUTPUT_FORMATS;
  const list = text.split(',').map((f) => f.trim()).filter(Boolean);
  for (const f of list) if (!OUTPUT_FORMATS.includes(f as OutputFormat)) throw new UsageError(msg('cli.format', { value: f }), command, lang);
  if (!list.length) throw new UsageError(msg('cli.format', { value: text }), command, lang);
  return [...new Set(list)] as OutputFormat[];
}

function shard(parsed: Parsed, lang: Lang): AuditArgs['shard'] {
  const text = parsed.options.get('shard');
  if (typeof text !== 'string') return null;
  const m = /^(\d+)\/(\d+)$/.exec(text);
  if (!m || Number(m[1]) < 1 || Number(m[1]) > Number(m[2])) throw new UsageError(msg('cli.shard', { value: text }), 'audit', lang);
  return { index: Number(m[1]), count: Number(m[2]) };
}

function minGap(parsed: Parsed, command: Command, lang: Lang): MinGap | null {
  const text = parsed.options.get('min-gap');
  if (typeof text !== 'string') return null;
  const value = parseMinGap(text);
  if (!value) throw new UsageError(msg('cli.min-gap', { value: text }), command, lang);
  return value;
}

/** The arguments before `--` (after it, everything is a path). */
function beforeSeparator(args: string[]): string[] {
  const end = args.indexOf('--');
  return end < 0 ? args : args.slice(0, end);
}

export function parseArgs(argv: string[]): Args {
  const lang = langOf(argv);
  const [first, ...rest] = argv;
  const command = first !== undefined && COMMANDS.has(first) ? (first as Command) : null;
  const flags = beforeSeparator(command ? rest : argv);
  if (flags.includes('-h') || flags.includes('--help')) return { command: 'help', about: command, lang };
  if (flags.includes('--version')) return { command: 'version' };
  if (first === undefined) return { command: 'help', about: null, lang };
  if (first === 'help') return { command: 'help', about: rest[0] !== undefined && COMMANDS.has(rest[0]) ? (rest[0] as Command) : null, lang };
  if (first === 'version') return { command: 'version' };
  if (!command) {
    throw new UsageError(first.startsWith('-') ? msg('cli.unknown-option', { option: first }) : msg('cli.unknown-command', { command: first }), null, lang);
  }
  const parsed = tokenize(command, rest, lang);
  const outLang = choice(parsed, 'lang', ['zh', 'en'] as const, command, lang);
  if (command === 'rubrics') {
    if (parsed.positional.length) throw new UsageError(msg('cli.rubrics-no-args', { value: parsed.positional[0]! }), command, lang);
    return { command, lang: outLang };
  }
  if (command === 'inspect') {
    if (parsed.positional.length !== 1) throw new UsageError(msg('cli.inspect-one-file'), command, lang);
    return { command, path: parsed.positional[0]!, lang: outLang, ocr: choice(parsed, 'ocr', ['auto', 'off'] as const, command, lang) };
  }
  const out = (parsed.options.get('out') as string | undefined) ?? 'output';
  if (command === 'merge') {
    if (!parsed.positional.length) throw new UsageError(msg('cli.merge-needs-dirs'), command, lang);
    return { command, dirs: parsed.positional, out, lang: outLang, formats: formats(parsed, command, lang), quiet: parsed.options.has('quiet'), minGap: minGap(parsed, command, lang) };
  }
  return {
    command,
    paths: parsed.positional,
    out,
    jobs: intOption(parsed, 'jobs', 1, availableParallelism(), command, lang),
    lang: outLang,
    rubric: (parsed.options.get('rubric') as string | undefined) ?? null,
    formats: formats(parsed, command, lang),
    quiet: parsed.options.has('quiet'),
    force: parsed.options.has('force'),
    shard: shard(parsed, lang),
    timeoutSeconds: intOption(parsed, 'timeout', 1, 120, command, lang),
    maxMb: intOption(parsed, 'max-mb', 1, 200, command, lang),
    ocr: choice(parsed, 'ocr', ['auto', 'off'] as const, command, lang),
    minGap: minGap(parsed, command, lang),
  };
}
