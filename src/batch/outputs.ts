/**
 * The output files of a run (reports.csv …, audit.json, audit.xlsx, index.html, manifest.jsonl) are written under
 * a staging folder and renamed into place only when complete, so a run killed at any moment never leaves a
 * half-written file under a final name: the previous outputs stay until the new ones replace them, and the next
 * run rebuilds everything from the journal.
 */
import { readdir, rename, rm, mkdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { SummaryBuilder } from './summary.js';
import type { Lang } from '../i18n/messages.js';
import type { Report } from '../model/audit.js';
import type { OutputFormat, ReportSink, RunSummary, SinkOptions } from '../write/sink.js';
import { createCsvSink, type CsvSink } from '../write/csv.js';
import { createJsonSink, type JsonSink } from '../write/json.js';
import type { XlsxSink } from '../write/xlsx.js';
import type { HtmlSink } from '../write/html/sink.js';
import { renderParts, type Parts, type RenderRequest } from '../write/parts.js';
import type { MinGap } from './min-gap.js';
import type { Duplicates } from './duplicates.js';
import { MANIFEST_FILE, ManifestWriter, type ManifestEntry, type ManifestHead } from './manifest.js';

const STAGING_PREFIX = '.staging-';
const TRASH_PREFIX = '.trash-';

/** One sink per format, each taking the parts rendered for it. */
interface Sinks {
  csv?: CsvSink;
  json?: JsonSink;
  xlsx?: XlsxSink;
  html?: HtmlSink;
}

async function openSinks(formats: OutputFormat[], options: SinkOptions): Promise<Sinks> {
  const sinks: Sinks = {};
  if (formats.includes('csv')) sinks.csv = createCsvSink(options);
  if (formats.includes('json')) sinks.json = createJsonSink(options);
  if (formats.includes('xlsx')) sinks.xlsx = (await import('../write/xlsx.js')).createXlsxSink(options);
  if (formats.includes('html')) sinks.html = (await import('../write/html/index.js')).createHtmlSink(options);
  return sinks;
}

export async function createSinks(formats: OutputFormat[], options: SinkOptions): Promise<ReportSink[]> {
  return Object.values(await openSinks(formats, options)) as ReportSink[];
}

/** What a worker needs to render a group's parts: the formats, the language, and the group's identical files. */
export interface TaskRender extends RenderRequest {
  copies: Array<[sha256: string, paths: string[]]>;
  /** --min-gap, applied to the reports before they are rendered, as the caller applies it before add(). */
  minGap?: MinGap | null;
}

/** Staging and trash folders of earlier runs that were killed (the caller holds the folder's lock). */
async function removeLeftovers(outDir: string): Promise<void> {
  for (const name of await readdir(outDir)) {
    if (name.startsWith(STAGING_PREFIX) || name.startsWith(TRASH_PREFIX)) await rm(join(outDir, name), { recursive: true, force: true });
  }
}

/** Move everything in `staging` over its namesake in `outDir`; the manifest last, as the mark of a finished set. */
async function publish(staging: string, outDir: string): Promise<void> {
  const names = (await readdir(staging)).sort((a, b) => Number(a === MANIFEST_FILE) - Number(b === MANIFEST_FILE));
  for (const name of names) {
    const from = join(staging, name);
    const to = join(outDir, name);
    if ((await stat(from)).isDirectory()) {
      // rename() replaces files atomically but not a non-empty folder: move the old one aside first.
      const trash = join(outDir, `${TRASH_PREFIX}${process.pid}-${name}`);
      const old = await stat(to).catch(() => null);
      if (old) await rename(to, trash);
      await rename(from, to);
      if (old) await rm(trash, { recursive: true, force: true });
    } else {
      await rename(from, to);
    }
  }
  await rm(staging, { recursive: true, force: true });
}

export interface OutputsOptions {
  outDir: string;
  formats: OutputFormat[];
  lang: Lang;
  head: Pick<ManifestHead, 'shard' | 'total'>;
  /** Identical inputs of the run: each report written lists its copies. */
  duplicates?: Duplicates;
}

export class Outputs {
  readonly summary = new SummaryBuilder();

  private constructor(
    private readonly options: OutputsOptions,
    private readonly staging: string,
    private readonly sinks: Sinks,
    private readonly manifest: ManifestWriter,
  ) {}

  /** What a worker auditing files with these hashes needs to render their parts as add() would. */
  renderRequest(sha256s: readonly string[]): TaskRender {
    const copies = sha256s.flatMap((sha): Array<[string, string[]]> => {
      const paths = this.options.duplicates?.copiesOf(sha);
      return paths ? [[sha, paths]] : [];
    });
    return { formats: this.options.formats, lang: this.options.lang, copies };
  }

  static async open(options: OutputsOptions): Promise<Outputs> {
    await removeLeftovers(options.outDir);
    const staging = join(options.outDir, `${STAGING_PREFIX}${process.pid}`);
    await mkdir(staging, { recursive: true });
    const sinks = await openSinks(options.formats, { outDir: staging, lang: options.lang });
    return new Outputs(options, staging, sinks, new ManifestWriter(join(staging, MANIFEST_FILE), options.head));
  }

  /** Reports a writer failed on: the row is missing from that output only; the batch goes on. */
  writerErrors = 0;
  private readonly writerFailures: string[] = [];

  /**
   * One group's reports, in input order, with their parts when a worker rendered them (for these reports as
   * renderRequest described them); otherwise they are rendered here.
   */
  async add(entry: ManifestEntry, reports: Report[], parts?: Parts): Promise<void> {
    const marked = reports.map((r) => this.options.duplicates?.mark(r) ?? r);
    const rendered = parts ?? (await renderParts(marked, { formats: this.options.formats, lang: this.options.lang }));
    const failed = (what: string) => {
      this.writerErrors++;
      if (this.writerFailures.length < 5) this.writerFailures.push(what);
    };
    for (const format of ['csv', 'json', 'xlsx', 'html'] as const) {
      const sink = this.sinks[format] as { addPart(part: unknown): Promise<string[]> } | undefined;
      const part = rendered[format];
      if (!sink || !part) continue;
      try {
        for (const error of await sink.addPart(part)) failed(error);
      } catch (error) {
        for (const r of marked) failed(`${r.file}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    for (const r of marked) this.summary.add(r);
    await this.manifest.add(entry);
  }

  writerErrorText(lang: Lang): string {
    const head =
      lang === 'zh'
        ? `写出结果时有 ${this.writerErrors} 处出错（对应的行缺失），请将以下信息提交给维护者：`
        : `${this.writerErrors === 1 ? '1 row' : `${this.writerErrors} rows`} could not be written (missing from that output); please report this to the maintainers:`;
    return `${head}\n${this.writerFailures.map((f) => `  ${f}`).join('\n')}\n`;
  }

  /** Finish every file and put them in place. */
  async close(seconds: number, interrupted: boolean): Promise<RunSummary> {
    const summary = this.summary.result(this.options.lang, seconds);
    for (const sink of Object.values(this.sinks) as ReportSink[]) await sink.close(summary);
    await this.manifest.close(interrupted);
    await publish(this.staging, this.options.outDir);
    return summary;
  }

  /** Give up (a fatal error): the previous outputs stay as they were. */
  async discard(): Promise<void> {
    await rm(this.staging, { recursive: true, force: true });
  }
}
