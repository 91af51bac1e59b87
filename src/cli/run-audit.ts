/**
 * `jixiao audit`: find the reports, audit each group, stream the results to every writer, print the summary.
 * Exit code 0 when every file was processed (flags are findings, not failures), 1 when some file was not.
 */
import { mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { join, relative, resolve } from 'node:path';
import { createHash } from 'node:crypto';
import pLimit from 'p-limit';
import type { AuditArgs, OutputFormat } from './args.js';
import { discover } from './discover.js';
import { createProgress } from './progress.js';
import { printSummary, summarise } from './summary.js';
import { auditGroup, type PipelineOptions } from '../pipeline.js';
import { DEFAULT_LIMITS } from '../ingest/adapter.js';
import type { Report } from '../model/audit.js';
import { msg } from '../model/status.js';
import type { ReportSink, SinkOptions } from '../write/sink.js';
import { createCsvSink } from '../write/csv.js';
import { createJsonSink } from '../write/json.js';

/** The example reports shipped with the package, audited when no path is given. */
export const EXAMPLES_DIR = fileURLToPath(new URL('../../../fixtures/examples', import.meta.url));

export async function createSinks(formats: OutputFormat[], options: SinkOptions): Promise<ReportSink[]> {
  const sinks: ReportSink[] = [];
  if (formats.includes('csv')) sinks.push(createCsvSink(options));
  if (formats.includes('json')) sinks.push(createJsonSink(options));
  if (formats.includes('xlsx')) sinks.push((await import('../write/xlsx.js')).createXlsxSink(options));
  if (formats.includes('html')) sinks.push((await import('../write/html/index.js')).createHtmlSink(options));
  return sinks;
}

function shardOf(path: string, count: number): number {
  const h = createHash('sha1').update(resolve(path)).digest();
  return (h.readUInt32BE(0) % count) + 1;
}

export function notFoundReport(path: string): Report {
  return {
    file: path,
    status: 'failed',
    format: null,
    encoding: null,
    pages: null,
    group: null,
    dept: null,
    region: null,
    year: null,
    filledDate: null,
    score: { stated: null, rubric: null, rescoredMin: null, rescoredMax: null },
    facts: [],
    flags: [],
    tables: [],
    checked: 0,
    unverifiable: [],
    seconds: 0,
    error: msg('read-error', { detail: 'ENOENT' }),
    notes: [],
    ocr: false,
    sha256: null,
  };
}

export async function runAudit(args: AuditArgs): Promise<number> {
  // The bundled examples, named relative to where the user stands when that is shorter.
  const examples = relative(process.cwd(), EXAMPLES_DIR);
  const paths = args.paths.length ? args.paths : [examples.startsWith('..') ? EXAMPLES_DIR : examples];
  const outDir = resolve(args.out);
  await mkdir(outDir, { recursive: true });
  const found = await discover(paths, outDir);
  let groups = found.groups;
  if (args.shard) groups = groups.filter((g) => shardOf(g[0]!, args.shard!.count) === args.shard!.index);
  const options: PipelineOptions = {
    ingest: {
      limits: { ...DEFAULT_LIMITS, maxInputBytes: args.maxMb * 1024 * 1024, timeoutSeconds: args.timeoutSeconds },
      ocr: args.ocr,
      tmpDir: join(tmpdir(), `jixiao-${process.pid}`),
    },
    lang: args.lang,
    rubric: args.rubric,
    keepText: args.formats.includes('html'),
  };
  const sinks = await createSinks(args.formats, { outDir, lang: args.lang });
  const progress = createProgress(groups.length + found.missing.length, { quiet: args.quiet, lang: args.lang });
  const started = Date.now();
  const all: Report[] = [];
  let factCount = 0;
  const emit = async (reports: Report[]) => {
    for (const r of reports) {
      for (const sink of sinks) await sink.add(r);
      factCount += r.facts.filter((f) => f.tier === 'core').length;
      // Keep only what the summary needs: the sinks have the rest.
      all.push({ ...r, facts: [], tables: [], text: undefined, flags: r.flags, unverifiable: [] } as Report);
    }
    progress.done(reports);
  };
  for (const path of found.missing) await emit([notFoundReport(path)]);
  const limit = pLimit(Math.max(1, args.jobs));
  await Promise.all(
    groups.map((group) =>
      limit(async () => {
        progress.start(group[0]!);
        const reports = await auditGroup(group, options);
        await emit(reports);
      }),
    ),
  );
  progress.finish();
  const summary = summarise(all, args.lang, (Date.now() - started) / 1000, factCount);
  for (const sink of sinks) await sink.close(summary);
  if (!args.quiet) printSummary(summary, all, outDir, args.lang);
  return all.some((r) => r.status !== 'ok') ? 1 : 0;
}
