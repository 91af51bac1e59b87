/**
 * `jixiao merge <out-dirs...> --out <dir>`: join the output folders of shards (one per machine or array task)
 * into the outputs one run over all the inputs would have written: the same rows in the same order. Each shard's
 * manifest.jsonl gives its groups with their position in the whole input; their reports come from the shard's
 * journal store, which is also linked into the merged folder, so the merged folder can itself be merged or resumed.
 * Folders without a manifest (older versions) fall back to their audit.json. Missing, duplicate or unfinished
 * shards are reported, and make the exit code 1.
 */
import { existsSync, readFileSync } from 'node:fs';
import { copyFile, link } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { MergeArgs } from './args.js';
import { AuditSchema, type Report } from '../model/audit.js';
import { msg } from '../model/status.js';
import { printSummary } from '../batch/summary.js';
import { applyMinGap } from '../batch/min-gap.js';
import { makeOutFolder, usableOutFolder } from './preflight.js';
import { Duplicates } from '../batch/duplicates.js';
import { Journal, storePath } from '../batch/journal.js';
import { openOutputFolder } from '../batch/lock.js';
import { MANIFEST_FILE, readManifest, type Manifest, type ManifestEntry } from '../batch/manifest.js';
import { Outputs } from '../batch/outputs.js';
import { loadEntry } from '../batch/replay.js';
import { statusReport } from '../batch/reports.js';
import '../batch/messages.js';

interface Source {
  dir: string;
  manifest: Manifest | null;
  /** Reports of a folder without a manifest (audit.json of an older version). */
  reports?: Report[];
}

function say(lang: 'zh' | 'en', zh: string, en: string): void {
  process.stderr.write(`${lang === 'zh' ? zh : en}\n`);
}

/** Read each folder; warn about and skip what cannot be merged. */
function loadSources(dirs: string[], lang: 'zh' | 'en', manifests: Map<string, Manifest | null>): { sources: Source[]; problems: number } {
  const sources: Source[] = [];
  let problems = 0;
  for (const dir of dirs) {
    const manifest = manifests.get(dir) ?? null;
    if (manifest?.end) {
      if (manifest.end.interrupted) {
        problems++;
        say(lang, `${dir}：该分片运行被中断，未完成的文件已标为中断；请重新运行该分片以补全。`, `${dir}: this shard was interrupted and its unfinished files are marked so; run it again to complete it.`);
      }
      sources.push({ dir, manifest });
      continue;
    }
    if (manifest) {
      problems++;
      say(lang, `跳过 ${dir}：该分片尚未运行完（manifest 不完整）。`, `Skipped ${dir}: that shard has not finished (its manifest is incomplete).`);
      continue;
    }
    const auditJson = join(dir, 'audit.json');
    if (existsSync(auditJson)) {
      sources.push({ dir, manifest: null, reports: AuditSchema.parse(JSON.parse(readFileSync(auditJson, 'utf8'))).reports });
      continue;
    }
    problems++;
    say(lang, `跳过 ${dir}：没有 manifest.jsonl 或 audit.json，不是 jixiao 的输出目录。`, `Skipped ${dir}: no manifest.jsonl or audit.json, so it is not a jixiao output folder.`);
  }
  return { sources, problems };
}

/** With shards of one input (same N), report missing and repeated ones; drop repeats. */
function checkShards(sources: Source[], lang: 'zh' | 'en'): { sources: Source[]; problems: number; ordered: boolean } {
  const sharded = sources.filter((s) => s.manifest?.head.shard);
  const counts = new Set(sharded.map((s) => s.manifest!.head.shard!.count));
  if (sharded.length !== sources.length || counts.size !== 1) return { sources, problems: 0, ordered: false };
  const count = [...counts][0]!;
  const seen = new Map<number, string>();
  const kept: Source[] = [];
  let problems = 0;
  for (const s of sources) {
    const k = s.manifest!.head.shard!.index;
    if (seen.has(k)) {
      problems++;
      say(lang, `跳过 ${s.dir}：分片 ${k}/${count} 已由 ${seen.get(k)} 提供。`, `Skipped ${s.dir}: shard ${k}/${count} was already given by ${seen.get(k)}.`);
      continue;
    }
    seen.set(k, s.dir);
    kept.push(s);
  }
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((k) => !seen.has(k));
  if (missing.length) {
    problems++;
    say(lang, `缺少分片 ${missing.map((k) => `${k}/${count}`).join('、')}：合并结果不完整。`, `Missing shards ${missing.map((k) => `${k}/${count}`).join(', ')}: the merged outputs are incomplete.`);
  }
  return { sources: kept, problems, ordered: true };
}

export async function runMerge(args: MergeArgs): Promise<number> {
  const started = Date.now();
  const outDir = resolve(args.out);
  const dirs = args.dirs.map((d) => resolve(d));
  await usableOutFolder(outDir, args.dirs, 'merge', args.lang);
  await makeOutFolder(outDir, 'merge', args.lang);
  const release = await openOutputFolder(outDir);
  if (!release) return 2;
  try {
    const manifests = new Map<string, Manifest | null>();
    for (const dir of dirs) manifests.set(dir, await readManifest(join(dir, MANIFEST_FILE)));
    const loaded = loadSources(dirs, args.lang, manifests);
    const checked = checkShards(loaded.sources, args.lang);
    let problems = loaded.problems + checked.problems;

    // Shards of one input interleave by position in the whole input, which is the order one run writes.
    const entries: Array<{ source: Source; entry: ManifestEntry }> = [];
    for (const source of checked.sources) for (const entry of source.manifest?.entries ?? []) entries.push({ source, entry });
    if (checked.ordered) entries.sort((a, b) => a.entry.seq - b.entry.seq);
    const total = checked.ordered ? checked.sources[0]!.manifest!.head.total : entries.length;

    // Identical files in different shards are copies of each other as in one run: a first pass finds them.
    const duplicates = new Duplicates();
    for (const { source, entry } of entries) for (const r of (await loadEntry(join(source.dir, 'journal'), entry)) ?? []) duplicates.add(r.file, r.sha256);
    for (const source of checked.sources) for (const r of source.reports ?? []) duplicates.add(r.file, r.sha256);

    const journal = await Journal.open(outDir);
    const outputs = await Outputs.open({ outDir, formats: args.formats, lang: args.lang, head: { shard: null, total }, duplicates });
    try {
      for (const { source, entry } of entries) {
        const storeDir = join(source.dir, 'journal');
        let reports = await loadEntry(storeDir, entry);
        if (!reports) {
          problems++;
          reports = entry.files.map((f) => statusReport(f, 'failed', msg('internal-error', { detail: `stored result missing in ${source.dir}` })));
        } else if (entry.key) {
          await adoptStored(storeDir, journal, entry, reports);
        }
        await outputs.add(entry, reports.map((r) => applyMinGap(r, args.minGap)));
      }
      // Older folders (audit.json only): their reports, after the rest.
      for (const source of checked.sources) {
        for (const r of source.reports ?? []) await outputs.add({ seq: -1, files: [r.file], inline: [r] }, [applyMinGap(r, args.minGap)]);
      }
    } catch (error) {
      await outputs.discard();
      throw error;
    } finally {
      journal.close();
    }
    const summary = await outputs.close((Date.now() - started) / 1000, false);
    if (!args.quiet) printSummary(summary, outputs.summary.notProcessed, outDir, args.lang);
    return summary.failed > 0 || problems > 0 ? 1 : 0;
  } finally {
    release();
  }
}

/** Link (or copy) a shard's stored group into the merged folder's journal, so the merged folder stands alone. */
async function adoptStored(storeDir: string, journal: Journal, entry: ManifestEntry, reports: Report[]): Promise<void> {
  const key = entry.key!;
  if (journal.get(key)) return;
  const from = storePath(storeDir, key);
  const to = storePath(journal.storeDir, key);
  if (!existsSync(to)) await link(from, to).catch(() => copyFile(from, to));
  const stored = reports.filter((_, i) => !entry.inline?.[i]);
  journal.append({ key, files: stored.map((r) => r.file), status: stored.map((r) => r.status), at: new Date().toISOString() });
}
