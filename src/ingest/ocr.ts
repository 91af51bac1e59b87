/**
 * OCR for scanned PDF pages, offline: poppler's `pdftoppm` renders a page, Debian's `tesseract` (chi_sim)
 * reads it, word boxes come back as positioned items in PDF points like text-layer runs, so the PDF adapter
 * lays them out with the same line and table code as a text layer. Why this engine and these settings:
 * docs/ocr.md (measured on corpus/000/000.scan.pdf).
 *
 * OCR text is a low-confidence source (digits and % get misread); lines built from it are marked `ocr`.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { defineMessages } from '../i18n/messages.js';
import { IngestError, msg } from '../model/status.js';
import { wordsToItems, parseTsv, type PositionedItem } from './ocr-tsv.js';
export type { PositionedItem };

/** One OCR'd page: size in points, items in reading order, mean word confidence 0–1 (weighted by characters). */
export interface OcrPage {
  page: number;
  width: number;
  height: number;
  items: PositionedItem[];
  confidence: number;
}

defineMessages({
  'ocr-unavailable': {
    zh: '这是扫描件（没有文字层），且未安装 OCR 引擎，无法读取。请安装 tesseract-ocr、tesseract-ocr-chi-sim 和 poppler-utils 后重试。',
    en: 'This is a scan (no text layer) and no OCR engine is installed. Install tesseract-ocr, tesseract-ocr-chi-sim and poppler-utils, then retry.',
  },
  'ocr-timeout': {
    zh: 'OCR 识别超时（超过 {seconds} 秒），已识别 {done}/{total} 页；可用 --timeout 调高。',
    en: 'OCR timed out after {seconds} s with {done} of {total} pages read; raise it with --timeout.',
  },
  'ocr-failed': {
    zh: 'OCR 识别第 {page} 页失败（{detail}）。请确认 PDF 完整，或将该页另存为图片后重试。',
    en: 'OCR failed on page {page} ({detail}). Check that the PDF is complete, or save the page as an image and retry.',
  },
});

/**
 * Tesseract languages: Simplified Chinese plus English. The English model costs ~50% more time per page but
 * reads `%` and figures better (178 vs 175 of 183 figures on the corpus scan, docs/ocr.md). `eng` ships with
 * Debian's tesseract-ocr; without it we fall back to chi_sim alone.
 */
export const OCR_LANGS = ['chi_sim+eng', 'chi_sim'] as const;
/** Page segmentation: automatic (3). Block mode (6) turned table pages into garbage (docs/ocr.md). */
export const OCR_PSM = '3';
/**
 * Render resolution. 150 dpi was best on the corpus scan (a 150-ppi scan) and on the same pages rendered from
 * the text PDF (a perfect 300-dpi "scan"); a 12 pt Han character is then ~28 px high, which suits tesseract's
 * model. 200 and 300 dpi read no better and cost 40–75% more CPU (docs/ocr.md).
 */
export const RENDER_DPI = 150;

export class OcrTimeout extends IngestError {
  constructor(
    seconds: number,
    /** Pages finished before the deadline, so a caller may still use them. */
    readonly pages: OcrPage[],
    total: number,
  ) {
    super('timeout', msg('ocr-timeout', { seconds, done: pages.length, total }));
  }
}

interface Run {
  stdout: string;
  stderr: string;
}

class Deadline extends Error {}

function run(cmd: string, args: string[], opts: { timeoutMs?: number; signal?: AbortSignal; env?: NodeJS.ProcessEnv } = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    execFile(
      cmd,
      args,
      {
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
        killSignal: 'SIGKILL',
        ...(opts.timeoutMs !== undefined ? { timeout: Math.max(1, Math.floor(opts.timeoutMs)) } : {}),
        ...(opts.signal ? { signal: opts.signal } : {}),
        ...(opts.env ? { env: opts.env } : {}),
      },
      (error, stdout, stderr) => {
        if (error) {
          const e = error as NodeJS.ErrnoException & { killed?: boolean; signal?: string };
          if (e.name === 'AbortError' || e.killed || e.signal === 'SIGKILL') reject(new Deadline(cmd));
          else reject(Object.assign(error, { stderr }));
        } else resolve({ stdout, stderr });
      },
    );
  });
}

let engine: Promise<{ name: string; version: string; lang: string } | null> | undefined;

function detectEngine(): Promise<{ name: string; version: string; lang: string } | null> {
  engine ??= (async () => {
    try {
      const version = (await run('tesseract', ['--version'], { timeoutMs: 10_000 })).stdout.match(/tesseract\s+v?([\d.]+)/i)?.[1];
      const listed = await run('tesseract', ['--list-langs'], { timeoutMs: 10_000 });
      const langs = new Set((listed.stdout + '\n' + listed.stderr).split(/\s+/));
      const lang = OCR_LANGS.find((l) => l.split('+').every((x) => langs.has(x)));
      if (!version || !lang) return null;
      await run('pdftoppm', ['-v'], { timeoutMs: 10_000 });
      return { name: 'tesseract', version: `${version} (${lang}, pdftoppm)`, lang };
    } catch {
      return null;
    }
  })();
  return engine;
}

/** The installed engine, or null when tesseract, its Chinese model or pdftoppm is missing. Checked once. */
export async function ocrEngine(): Promise<{ name: string; version: string } | null> {
  const found = await detectEngine();
  return found ? { name: found.name, version: found.version } : null;
}

/**
 * OCR the given 1-based pages of a PDF. Pages run in parallel up to the cores (at most 2: each tesseract runs
 * single-threaded, which is faster overall than one page with several threads). Temporary files live in a
 * fresh folder under `tmpDir`, removed whatever happens. Throws IngestError: `scanned-no-text` without an
 * engine, `timeout` (an OcrTimeout carrying the finished pages) past `timeoutMs`, `failed` when a page
 * cannot be rendered or read.
 */
export async function ocrPdfPages(
  pdfBytes: Buffer,
  pages: number[],
  options: { tmpDir: string; timeoutMs?: number },
): Promise<OcrPage[]> {
  if (pages.length === 0) return [];
  const found = await detectEngine();
  if (!found) throw new IngestError('scanned-no-text', msg('ocr-unavailable'));
  const started = Date.now();
  const timeoutMs = options.timeoutMs ?? Infinity;
  const remaining = () => timeoutMs - (Date.now() - started);
  // The folder first: a timer armed before a failing mkdtemp would hold the process open for the whole timeout.
  await mkdir(options.tmpDir, { recursive: true });
  const dir = await mkdtemp(join(options.tmpDir, 'jixiao-ocr-'));
  const abort = new AbortController();
  const timer = Number.isFinite(timeoutMs) ? setTimeout(() => abort.abort(), Math.max(0, timeoutMs)) : undefined;
  const done: OcrPage[] = [];
  try {
    const pdf = join(dir, 'in.pdf');
    await writeFile(pdf, pdfBytes);
    const limit = (ms: number) => (Number.isFinite(ms) ? { timeoutMs: Math.max(1, ms) } : {});
    const env = { ...process.env, OMP_THREAD_LIMIT: '1' };
    const queue = [...new Set(pages)].sort((a, b) => a - b);
    const workers = Math.max(1, Math.min(2, availableParallelism(), queue.length));
    let next = 0;
    // allSettled: when one page fails the others are stopped, and we wait for them before removing the folder.
    const results = await Promise.allSettled(
      Array.from({ length: workers }, async () => {
        while (next < queue.length && !abort.signal.aborted) {
          const page = queue[next++]!;
          const base = join(dir, `p${page}`);
          try {
            await run('pdftoppm', ['-r', String(RENDER_DPI), '-gray', '-png', '-singlefile', '-f', String(page), '-l', String(page), pdf, base], {
              signal: abort.signal,
              ...limit(remaining()),
            });
            const { stdout } = await run(
              'tesseract',
              [`${base}.png`, 'stdout', '-l', found.lang, '--psm', OCR_PSM, '-c', 'preserve_interword_spaces=1', 'tsv'],
              { signal: abort.signal, env, ...limit(remaining()) },
            );
            const tsv = parseTsv(stdout);
            done.push({ page, ...wordsToItems(tsv, RENDER_DPI) });
          } catch (error) {
            if (error instanceof Deadline || abort.signal.aborted) {
              abort.abort();
              return;
            }
            abort.abort();
            const detail = String((error as { stderr?: string }).stderr || (error as Error).message).trim().slice(0, 160);
            throw new IngestError('failed', msg('ocr-failed', { page, detail }));
          } finally {
            await rm(`${base}.png`, { force: true });
          }
        }
      }),
    );
    const failure = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failure) throw failure.reason;
    done.sort((a, b) => a.page - b.page);
    if (done.length < queue.length) throw new OcrTimeout(Math.round(timeoutMs / 1000), done, queue.length);
    return done;
  } catch (error) {
    if (error instanceof Deadline) throw new OcrTimeout(Math.round(timeoutMs / 1000), done.sort((a, b) => a.page - b.page), pages.length);
    throw error;
  } finally {
    if (timer) clearTimeout(timer);
    abort.abort();
    await rm(dir, { recursive: true, force: true });
  }
}
