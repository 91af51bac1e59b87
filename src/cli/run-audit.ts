/**
 * `jixiao audit`: find the reports, keep this shard's, audit them in worker threads (src/batch), write every
 * output, print the summary. Exit code 0 when every file was processed (flags are findings, not failures), 1 when
 * some file was not, 130 (SIGINT) or 143 (SIGTERM) when interrupted, 2 for usage errors.
 */
import { mkdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { join, relative, resolve } from 'node:path';
import type { AuditArgs } from './args.js';
import { batchItems, discover } from '../batch/discover.js';
import { makeOutFolder, somethingToAudit, usableOutFolder, usableRubric } from './preflight.js';
import { createProgress } from './progress.js';
import { counted, printSummary } from '../batch/summary.js';
import type { PipelineOptions } from '../pipeline.js';
import { DEFAULT_LIMITS } from '../ingest/adapter.js';
import { openOutputFolder } from '../batch/lock.js';
import { Outputs } from '../batch/outputs.js';
import { runBatch, type BatchItem } from '../batch/run-batch.js';
import { shardOf, stableName } from '../batch/shard.js';
import { killStrayChildren } from '../batch/children.js';
import { Duplicates } from '../batch/duplicates.js';
import { precheck } from '../batch/precheck.js';
import { applyMinGap } from '../batch/min-gap.js';
import '../batch/messages.js';

export { createSinks } from '../batch/outputs.js';

/** The example reports shipped with the package, audited when no path is given. */
export const EXAMPLES_DIR = fileURLToPath(new URL('../../../fixtures/examples', import.meta.url));

/**
 * Check and hash every file before the first is audited: identical files must be known as such when the first
 * copy's row is written. The hashes are the ones the journal keys use, so nothing is read twice for them.
 */
async function precheckAll(items: BatchItem[], maxBytes: number): Promise<Duplicates> {
  const duplicates = new Duplicates();
  for (const item of items) {
    if (item.missing || item.unsupported) continue;
    item.checks = [];
    for (const path of item.paths) {
      const checked = await precheck(path, maxBytes);
      item.checks.push(checked);
      duplicates.add(path, checked.sha256);
    }
  }
  return duplicates;
}

function interruptedText(lang: 'zh' | 'en'): string {
  return lang === 'zh'
    ? '运行已中断：已完成的文件已记入 journal.jsonl，未完成的文件在 reports.csv 中标为中断；再次运行相同命令即可继续。'
    : 'Interrupted: finished files are recorded in journal.jsonl, unfinished ones are marked as interrupted in reports.csv; run the same command again to continue.';
}

export async function runAudit(args: AuditArgs): Promise<number> {
  // The bundled examples, named relative to where the user stands when that is shorter.
  const examples = relative(process.cwd(), EXAMPLES_DIR);
  const paths = args.paths.length ? args.paths : [examples.startsWith('..') ? EXAMPLES_DIR : examples];
  const outDir = resolve(args.out);
  // Bad arguments stop here, before the output folder of an earlier run is touched.
  await usableOutFolder(outDir, paths, 'audit', args.lang);
  await usableRubric(args.rubric, args.lang);
  const found = await discover(paths, outDir);
  somethingToAudit(found, paths, args.lang);
  await makeOutFolder(outDir, 'audit', args.lang);
  const release = await openOutputFolder(outDir);
  if (!release) return 2;
  const tmpDir = join(tmpdir(), `jixiao-${process.pid}`);
  const started = Date.now();
  let signalled: NodeJS.Signals | null = null;
  const controller = new AbortController();
  const onSignal = (signal: NodeJS.Signals) => {
    // A second Ctrl-C does not wait for the outputs: the journal has every finished file.
    if (signalled) process.exit(signal === 'SIGTERM' ? 143 : 130);
    signalled = signal;
    if (!args.quiet) process.stderr.write(args.lang === 'zh' ? '\n正在停止：不再开始新文件，写出已完成的结果…\n' : '\nStopping: no new files; writing what is finished…\n');
    controller.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    await mkdir(tmpDir, { recursive: true });
    const all = batchItems(found);
    const shard = args.shard;
    const items = shard ? all.filter((it) => shardOf(stableName(it.paths[0]!, paths), shard.count) === shard.index) : all;
    const maxBytes = args.maxMb * 1024 * 1024;
    const duplicates = await precheckAll(items, maxBytes);
    const pipeline: PipelineOptions = {
      ingest: {
        limits: { ...DEFAULT_LIMITS, maxInputBytes: maxBytes, timeoutSeconds: args.timeoutSeconds },
        ocr: args.ocr,
        tmpDir,
      },
      rubric: args.rubric,
      keepText: args.formats.includes('html'),
    };
    const outputs = await Outputs.open({ outDir, formats: args.formats, lang: args.lang, head: { shard, total: all.length }, duplicates });
    const progress = createProgress(items.reduce((n, it) => n + it.paths.length, 0), { quiet: args.quiet, lang: args.lang });
    let batch;
    try {
      batch = await runBatch(
        items,
        { outDir, pipeline, jobs: args.jobs, force: args.force, timeoutSeconds: args.timeoutSeconds },
        {
          started: (file) => progress.start(file),
          finished: (reports) => progress.done(reports.map((r) => applyMinGap(r, args.minGap))),
          write: (entry, reports, parts) => outputs.add(entry, reports.map((r) => applyMinGap(r, args.minGap)), parts),
          // The worker renders a group's parts with --min-gap applied, as write() applies it here.
          render: (sha256s) => ({ ...outputs.renderRequest(sha256s), minGap: args.minGap }),
        },
        controller.signal,
      );
    } catch (error) {
      await outputs.discard();
      throw error;
    }
    progress.finish();
    const summary = await outputs.close((Date.now() - started) / 1000, batch.interrupted);
    if (!args.quiet) {
      printSummary(summary, outputs.summary.notProcessed, outDir, args.lang);
      if (batch.reused) {
        process.stderr.write(
          args.lang === 'zh'
            ? `其中 ${batch.reused} 个文件沿用此前运行的结果（见 journal.jsonl；--force 可全部重做）。\n`
            : `${counted(batch.reused, 'file')} reused from an earlier run (see journal.jsonl; --force redoes them).\n`,
        );
      }
    }
    if (outputs.writerErrors) process.stderr.write(outputs.writerErrorText(args.lang));
    if (signalled) {
      process.stderr.write(`${interruptedText(args.lang)}\n`);
      return signalled === 'SIGTERM' ? 143 : 130;
    }
    return summary.failed > 0 || outputs.writerErrors > 0 ? 1 : 0;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    release();
    killStrayChildren();
    await rm(tmpDir, { recursive: true, force: true }).catch(() => undefined);
    // A worker thread stuck in native code (it was terminated, but a sync inflate or a regex does not stop) must
    // not keep the command alive once its work is written.
    setTimeout(() => process.exit(), 3000).unref();
  }
}
