/**
 * `npm run bench`: throughput and memory of `jixiao audit` on batches built from the corpus, side by side in
 * one run: text reports (KB/s, reports/s); ≥ 1,000 text-PDF pages with --jobs 1 and --jobs 2 against poppler's
 * pdftotext, in rounds (median of BENCH_ROUNDS, each round runs the three one after the other so that they share
 * the machine's state): wall ratio to sequential pdftotext, the --jobs 1 → 2 speed-up, CPU per page; one long
 * report (the corpus's text PDFs joined by qpdf into one of BENCH_LONG_PAGES pages): time and peak RSS; and peak
 * RSS for 100 and 1,000 files. Every copy has distinct bytes, so nothing is reused from the journal.
 * Env: BENCH_CORPUS (default ../shared/corpus), BENCH_PAGES (1000), BENCH_ROUNDS (3), BENCH_LONG_PAGES (544; 0
 * skips), BENCH_BIG (1000 files; 0 skips the large run), BENCH_KEEP=1 keeps the work folder.
 */
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { corpusFiles, distinctCopies } from './batches.js';
import { joinPdfs, machineScaling, runJixiao, runPdftotext, type Measured } from './measure.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CORPUS = process.env.BENCH_CORPUS ?? join(ROOT, '..', 'shared', 'corpus');
const PAGES = Number(process.env.BENCH_PAGES ?? 1000);
const BIG = Number(process.env.BENCH_BIG ?? 1000);
const ROUNDS = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 3));
const LONG_PAGES = Number(process.env.BENCH_LONG_PAGES ?? 544);

/** Targets of issue 17 (two cores). */
const TARGET = { wallVsPdftotext: 1.2, speedup: 1.7, cpuVsPdftotext: 1.6, peakMb: 400, longSeconds: 10, longMb: 300 };

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const verdict = (ok: boolean) => (ok ? 'met' : 'missed');
/** Page counts of the corpus PDFs, from the warm-up run. */
let pageCounts: Map<string, number> | null = null;
const work = mkdtempSync(join(tmpdir(), 'jixiao-bench-'));

const f1 = (n: number) => n.toFixed(1);
const print = (line = ""): void => void process.stdout.write(`${line}\n`);

/** reports.csv rows as [file, status, pages]; bench file names have no commas or quotes. */
function reportRows(out: string): Array<{ status: string; pages: number }> {
  return readFileSync(join(out, 'reports.csv'), 'utf8')
    .replace(/^\ufeff/, '')
    .split('\r\n')
    .slice(1)
    .filter(Boolean)
    .map((line) => {
      const cells = line.split(',');
      return { status: cells[1]!, pages: Number(cells[3]) || 0 };
    });
}

async function audit(dir: string, name: string, jobs: number, env: Record<string, string> = {}): Promise<Measured & { rows: ReturnType<typeof reportRows> }> {
  const out = join(work, `out-${name}`);
  const m = await runJixiao(['audit', dir, '--out', out, '--format', 'csv,json', '--quiet', '--jobs', String(jobs)], env);
  if (m.code !== 0) process.stderr.write(`warning: ${name} exited ${m.code}: ${m.stderr.slice(-500)}\n`);
  return { ...m, rows: reportRows(out) };
}

function row(label: string, m: Measured, unit: string, amount: number, extra = ''): void {
  print(`${label.padEnd(34)} ${f1(m.seconds).padStart(7)} s  ${f1(amount / m.seconds).padStart(8)} ${unit.padEnd(10)} CPU ${f1(m.cpuSeconds).padStart(6)} s  peak RSS ${Math.round(m.rssMb).toString().padStart(5)} MB${extra}`);
}

async function texts(): Promise<void> {
  const sources = corpusFiles(CORPUS, (n) => n.endsWith('.txt'));
  if (!sources.length) return print('(no corpus texts: skipped)');
  const paths = distinctCopies(sources, 200, join(work, 'texts'));
  const kb = paths.reduce((n, p) => n + statSync(p).size, 0) / 1024;
  print(`Texts: ${paths.length} reports (${sources.length} corpus .txt/.gbk.txt, distinct copies), ${Math.round(kb)} KB`);
  for (const jobs of [1, 2]) {
    const m = await audit(join(work, 'texts'), `texts-${jobs}`, jobs);
    row(`  jixiao --jobs ${jobs}`, m, 'KB/s', kb, `  ${f1(paths.length / m.seconds)} reports/s`);
  }
}

async function pdfs(): Promise<void> {
  const sources = corpusFiles(CORPUS, (n) => n.endsWith('.lo.pdf') || n.endsWith('.chrome.pdf'));
  if (!sources.length) return print('(no corpus PDFs: skipped)');
  // Warm-up on the originals: checks the PDF adapter reads them, and gives the page counts.
  const originals = distinctCopies(sources, sources.length, join(work, 'pdf-originals'));
  const warm = await audit(join(work, 'pdf-originals'), 'pdf-warm', 2);
  const unread = warm.rows.filter((r) => r.status !== 'ok');
  if (unread.length) print(`warning: ${unread.length} of ${originals.length} corpus PDFs not read (${unread.map((r) => r.status).join(', ')})`);
  const perRound = warm.rows.reduce((n, r) => n + r.pages, 0);
  if (!perRound) return print('(the PDF adapter read no pages: PDF benchmark skipped)');
  pageCounts = new Map(originals.map((p, i) => [sources[i]!, warm.rows[i]?.pages ?? 0]));
  const count = Math.ceil(PAGES / perRound) * sources.length;
  const files = distinctCopies(sources, count, join(work, 'pdfs'));
  const pages = (perRound * count) / sources.length;
  print(`PDFs: ${count} files, ${pages} pages (${sources.length} corpus .lo.pdf/.chrome.pdf, distinct copies); ${ROUNDS} rounds, medians`);
  const ones: Measured[] = [];
  const twos: Measured[] = [];
  const seqs: Array<{ seconds: number; cpuSeconds: number }> = [];
  for (let round = 0; round < ROUNDS; round++) {
    // A fresh output folder each round: the journal of an earlier round would hand its reports back unaudited.
    const one = await audit(join(work, 'pdfs'), `pdf-1-${round}`, 1);
    const read = one.rows.reduce((n, r) => n + r.pages, 0);
    if (read !== pages) print(`warning: --jobs 1 read ${read} of ${pages} pages`);
    ones.push(one);
    twos.push(await audit(join(work, 'pdfs'), `pdf-2-${round}`, 2));
    const seq = await runPdftotext(files, 1);
    if (seq) seqs.push(seq);
    print(`  round ${round + 1}: --jobs 1 ${f1(one.seconds)} s, --jobs 2 ${f1(twos[round]!.seconds)} s${seq ? `, pdftotext ${f1(seq.seconds)} s` : ''}  (load ${load()})`);
  }
  const med = (ms: Array<{ seconds: number; cpuSeconds: number; rssMb?: number }>): Measured => ({
    seconds: median(ms.map((m) => m.seconds)),
    cpuSeconds: median(ms.map((m) => m.cpuSeconds)),
    rssMb: median(ms.map((m) => m.rssMb ?? NaN)),
    code: 0,
    stderr: '',
  });
  const one = med(ones);
  const two = med(twos);
  row('  jixiao --jobs 1', one, 'pages/s', pages);
  row('  jixiao --jobs 2', two, 'pages/s', pages);
  const par = await runPdftotext(files, 2);
  if (!seqs.length || par === null) print('  pdftotext: not installed (apt-get install poppler-utils)');
  const seq = seqs.length ? med(seqs) : null;
  if (seq && par) {
    print(`  ${'pdftotext -layout, sequential'.padEnd(32)} ${f1(seq.seconds).padStart(7)} s  ${f1(pages / seq.seconds).padStart(8)} pages/s    CPU ${f1(seq.cpuSeconds).padStart(6)} s`);
    print(`  ${'pdftotext -layout, 2 at a time'.padEnd(32)} ${f1(par.seconds).padStart(7)} s  ${f1(pages / par.seconds).padStart(8)} pages/s    CPU ${f1(par.cpuSeconds).padStart(6)} s`);
  }
  // Each round's ratio is taken within the round, so that a machine whose load drifts compares like with like.
  const speedup = median(ones.map((o, i) => o.seconds / twos[i]!.seconds));
  const machine = await machineScaling();
  print();
  print(`  this machine now runs 2 CPU-bound processes at ${machine.toFixed(2)}× the throughput of one (other load shares the cores)`);
  print(`  speed-up --jobs 1 → 2 (median of rounds): ${speedup.toFixed(2)}× (target ≥ ${TARGET.speedup}×: ${verdict(speedup >= TARGET.speedup)})`);
  if (seq && par) {
    const ratio = median(twos.map((t, i) => t.seconds / seqs[i]!.seconds));
    print(`  --jobs 2 wall vs pdftotext sequential (median of rounds): ${ratio.toFixed(2)}× (target ≤ ${TARGET.wallVsPdftotext}×: ${verdict(ratio <= TARGET.wallVsPdftotext)})`);
    print(`  --jobs 2 wall vs pdftotext 2 at a time: ${(two.seconds / par.seconds).toFixed(2)}×`);
    // CPU time is what other load on the machine disturbs least.
    const ms = (cpu: number) => ((cpu / pages) * 1000).toFixed(2);
    const cpuRatio = one.cpuSeconds / seq.cpuSeconds;
    print(`  CPU per page: jixiao --jobs 1 ${ms(one.cpuSeconds)} ms, --jobs 2 ${ms(two.cpuSeconds)} ms, pdftotext ${ms(seq.cpuSeconds)} ms (--jobs 1 ${cpuRatio.toFixed(2)}×, --jobs 2 ${(two.cpuSeconds / seq.cpuSeconds).toFixed(2)}×; target ≤ ${TARGET.cpuVsPdftotext}×: ${verdict(cpuRatio <= TARGET.cpuVsPdftotext)})`);
  }
}

/** One long report: the corpus's text PDFs joined (qpdf) into one of LONG_PAGES pages, audited alone. */
async function longReport(): Promise<void> {
  if (LONG_PAGES <= 0) return print('(long report skipped: BENCH_LONG_PAGES=0)');
  if (!pageCounts?.size) return print('(no corpus PDFs read: long report skipped)');
  // Whole files in corpus order, again and again, the last one cut to make the page count exact.
  const pages: Array<[file: string, range: string]> = [];
  let total = 0;
  for (let i = 0; total < LONG_PAGES && i < 100_000; i++) {
    const [file, n] = [...pageCounts][i % pageCounts.size]!;
    if (!n) continue;
    const take = Math.min(n, LONG_PAGES - total);
    pages.push([file, `1-${take}`]);
    total += take;
  }
  const dir = join(work, 'long');
  const target = join(dir, 'long-report.pdf');
  if (!(await joinPdfs(pages, target))) return print('(qpdf not installed: long report skipped; apt-get install qpdf)');
  const results: Array<Awaited<ReturnType<typeof audit>>> = [];
  for (let round = 0; round < ROUNDS; round++) results.push(await audit(dir, `long-${round}`, availableParallelism()));
  const m: Measured = { ...results[0]!, seconds: median(results.map((r) => r.seconds)), cpuSeconds: median(results.map((r) => r.cpuSeconds)), rssMb: median(results.map((r) => r.rssMb)) };
  const status = results[0]!.rows[0];
  print(`One long report: ${total} pages (${pages.length} corpus PDFs joined), csv+json, median of ${ROUNDS}:`);
  row(`  ${status?.status ?? '?'}, ${status?.pages ?? 0} pages read`, m, 'pages/s', total);
  print(`  time ≤ ${TARGET.longSeconds} s: ${verdict(m.seconds <= TARGET.longSeconds)}; peak RSS ≤ ${TARGET.longMb} MB: ${verdict(m.rssMb <= TARGET.longMb)}`);
}

async function memory(): Promise<void> {
  if (BIG <= 0) return print('(large run skipped: BENCH_BIG=0)');
  const sources = corpusFiles(CORPUS, (n) => n.endsWith('.lo.pdf') || n.endsWith('.chrome.pdf'));
  if (!sources.length) return;
  print(`Peak RSS, --jobs ${availableParallelism()} (default), csv+json:`);
  const results: Array<[number, Measured]> = [];
  for (const n of [100, BIG]) {
    distinctCopies(sources, n, join(work, `mem-${n}`));
    const m = await audit(join(work, `mem-${n}`), `mem-${n}`, availableParallelism());
    const ok = m.rows.filter((r) => r.status === 'ok').length;
    const pages = m.rows.reduce((s, r) => s + r.pages, 0);
    row(`  ${n} files (${ok} ok)`, m, 'pages/s', pages);
    results.push([n, m]);
    rmSync(join(work, `mem-${n}`), { recursive: true, force: true });
  }
  const [small, big] = [results[0]![1], results[1]![1]];
  const peak = Math.max(small.rssMb, big.rssMb);
  const growth = ((big.rssMb - small.rssMb) / small.rssMb) * 100;
  print(`  peak ≤ ${TARGET.peakMb} MB: ${peak <= TARGET.peakMb ? 'met' : `missed by ${Math.round(peak - TARGET.peakMb)} MB`}`);
  print(`  flat from 100 to ${BIG} files (≤ 10 % more): ${Math.round(small.rssMb)} vs ${Math.round(big.rssMb)} MB, ${growth >= 0 ? '+' : ''}${f1(growth)} % (${growth <= 10 ? 'met' : 'missed'})`);
}

/** The load average, so that every run says what else the machine was doing. */
const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');

async function main(): Promise<void> {
  // Every batch is built from the corpus: without it there is nothing to measure, and a run that measured
  // nothing must not look like one that did.
  if (!corpusFiles(CORPUS, (n) => n.endsWith('.txt') || n.endsWith('.pdf')).length) {
    process.stderr.write(
      `bench: no corpus at ${CORPUS}: the benchmark builds its batches from the shared corpus (../shared/corpus beside the ` +
        'project, or BENCH_CORPUS=<folder>); nothing was measured.\n',
    );
    process.exitCode = 1;
    return;
  }
  print(`jixiao benchmark — ${cpus()[0]?.model ?? 'cpu'} × ${availableParallelism()}, Node ${process.version}; load average ${load()}`);
  print();
  await texts();
  print();
  await pdfs();
  print();
  await longReport();
  print();
  await memory();
  print();
  print(`load average at the end: ${load()}`);
}

main()
  .catch((error: unknown) => {
    process.stderr.write(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  })
  .finally(() => {
    if (process.env.BENCH_KEEP !== '1') rmSync(work, { recursive: true, force: true });
    else print(`work folder kept: ${work}`);
  });
