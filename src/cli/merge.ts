/**
 * `jixiao merge <out-dirs...> --out <dir>`: join the outputs of shards (one per machine or array task) into one
 * set of files. CSVs are concatenated under one header; audit.json reports are joined in order.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { MergeArgs } from './args.js';
import { AuditSchema, type Report } from '../model/audit.js';
import { createSinks } from './run-audit.js';
import { summarise, printSummary } from './summary.js';

export async function runMerge(args: MergeArgs): Promise<number> {
  const outDir = resolve(args.out);
  await mkdir(outDir, { recursive: true });
  const reports: Report[] = [];
  for (const dir of args.dirs) {
    const path = join(dir, 'audit.json');
    if (!existsSync(path)) {
      process.stderr.write(args.lang === 'zh' ? `跳过 ${dir}：没有 audit.json（该分片需带 json 输出运行）\n` : `skipping ${dir}: no audit.json (run the shard with json output)\n`);
      continue;
    }
    const audit = AuditSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
    reports.push(...audit.reports);
  }
  // Formats that need the document text (html) are rebuilt without it; the shard folders keep their own pages.
  const sinks = await createSinks(args.formats, { outDir, lang: args.lang });
  let facts = 0;
  for (const r of reports) {
    for (const sink of sinks) await sink.add(r);
    facts += r.facts.filter((f) => f.tier === 'core').length;
  }
  const summary = summarise(reports, args.lang, 0, facts);
  for (const sink of sinks) await sink.close(summary);
  if (!args.quiet) printSummary(summary, reports, outDir, args.lang);
  return reports.some((r) => r.status !== 'ok') ? 1 : 0;
}
