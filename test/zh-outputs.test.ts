/**
 * With --lang zh, what people read is Chinese: no output file holds an English role word (`reported:`, `part:`),
 * an internal id outside an id column (`claim_share`, `ratio_mismatch`, `rubric-used-table`), an errno code
 * outside parentheses (EACCES → 权限不足（EACCES）) or an English library text (`no central directory`). Scans every
 * output of one run over fixtures/examples, damaged and unreadable files beside them, ../shared/corpus and
 * ../shared/realdev (when they are here). Document text (quotes, labels, cells, the extracted text of the HTML
 * pages) is the report's own and is not scanned; id columns (check, metric, extractor …) hold ids by design.
 */
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import * as XLSX from 'xlsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv, runCli, type CliResult } from './batch/cli.js';
import { CORPUS, EXAMPLES, MISSING, REALDEV } from './harness/needs.js';

/** What must not be in Chinese text, each with why. */
const LEAKS: Array<[RegExp, string]> = [
  [/\b(?:reported|part|whole|input|mention|numerator|denominator|current|base|actual|target|budget|spend|change|rate|share|weight|score|context)\s*:/, 'an English role word'],
  [/\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b/, 'an internal id (snake_case)'],
  [/\b[a-z]+(?:-[a-z]+)+\.[a-z]+\b|\b(?:rubric|pdf|doc|docx|zip|html|ui|cli|score|form|rule|indicator|table|unit|share|ratio|sum|growth|difference)-[a-z]+(?:-[a-z]+)*\b/, 'a message code'],
  [/(?<![（(])\bE[A-Z]{3,}\b(?![)）])/, 'an errno code outside parentheses'],
  [/\b[A-Za-z]{2,}(?:\s+[a-z]{2,}){2,}\b/, 'English words'],
  [/\{[a-z_]+\}/, 'an unrendered parameter'],
  [/\b(?:undefined|null|NaN|Infinity|\[object Object\])\b/, 'a JavaScript value'],
];

/** Words a Chinese sentence may hold in Latin letters: product names, commands, options, units. */
const ALLOWED = [
  /apt-get install [a-z0-9 -]+/g, /--[a-z-]+(?: [a-z|]+)?/g, /JIXIAO_[A-Z_]+=?\d?/g, /\b(?:PDF|OCR|Word|WPS|HTML|Excel|LibreOffice|tesseract|poppler|UTF-8|UTF-16|GB18030|GBK|Big5|jixiao|journal\.jsonl|reports\.csv|audit\.json|csv|xlsx|docx?|json|txt|MB|pp)\b/g,
  /\b\d+(?:\.\d+)?\s*(?:MB|KB|s)\b/g,
  // tesseract's own names of its language packs, in the OCR engine's version.
  /\(chi_sim(?:\+eng)?(?:, pdftoppm)?\)/g,
];

const work = mkdtempSync(join(tmpdir(), 'jixiao-zh-'));
const isRoot = process.getuid?.() === 0;
let run: CliResult;
let out: string;
let files: string[] = [];

afterAll(() => {
  try {
    chmodSync(join(work, 'in', 'broken', 'unreadable.txt'), 0o644);
  } catch {
    // not made
  }
  rmSync(work, { recursive: true, force: true });
});

beforeAll(async () => {
  const dir = join(work, 'in');
  mkdirSync(join(dir, 'examples'), { recursive: true });
  mkdirSync(join(dir, 'broken'), { recursive: true });
  for (const name of readdirSync(EXAMPLES)) copyFileSync(join(EXAMPLES, name), join(dir, 'examples', name));
  // A copy in the same run, files that fail with library messages, and one that fails with an errno code.
  copyFileSync(join(EXAMPLES, '000.txt'), join(dir, 'broken', 'copy-of-000.txt'));
  writeFileSync(join(dir, 'broken', 'cut.docx'), readFileSync(join(EXAMPLES, '002.docx')).subarray(0, 4000));
  writeFileSync(join(dir, 'broken', 'cut.xlsx'), readFileSync(join(EXAMPLES, '002.scores.xlsx')).subarray(0, 3000));
  writeFileSync(join(dir, 'broken', 'cut.pdf'), readFileSync(join(EXAMPLES, '001.lo.pdf')).subarray(0, 20000));
  writeFileSync(join(dir, 'broken', 'empty.txt'), '');
  writeFileSync(join(dir, 'broken', 'unreadable.txt'), '预算执行率为95%。');
  chmodSync(join(dir, 'broken', 'unreadable.txt'), 0o000);
  const paths = ['in'];
  if (!MISSING.corpus) paths.push(CORPUS);
  if (!MISSING.realdev) paths.push(REALDEV);
  out = join(work, 'out');
  run = await runCli(['audit', ...paths, '--out', out, '--lang', 'zh'], { cwd: work, timeoutMs: 600_000 });
  files = readdirSync(out, { recursive: true, withFileTypes: true }).filter((d) => d.isFile()).map((d) => join(d.parentPath, d.name));
}, 600_000);

/** The input file names of the run: paths are the user's words, not ours. */
let names: string[] = [];
function scan(text: string, where: string): string[] {
  let rest = text;
  for (const name of names) rest = rest.split(name).join(' ');
  for (const re of ALLOWED) rest = rest.replace(re, ' ');
  return LEAKS.flatMap(([re, what]) => {
    const m = re.exec(rest);
    return m ? [`${where}: ${what}: “${m[0]}” in “${text.slice(0, 160)}”`] : [];
  });
}

/** Columns of each CSV that hold ids, numbers or the document's own text: not scanned. */
const NOT_TEXT = new Set([
  'file', 'status', 'format', 'pages', 'dept', 'region', 'year', 'self_score', 'rescored_min', 'rescored_max', 'facts', 'flags_error',
  'flags_warning', 'flags_info', 'unverifiable', 'seconds', 'checked', 'details', 'filled_date', 'rubric', 'group', 'encoding', 'ocr',
  'sha256', 'duplicates', 'figures', 'metric', 'key', 'value', 'unit', 'raw', 'raw_unit', 'page', 'line', 'quote', 'extractor', 'fact_id',
  'figure_id', 'flag_id', 'suspect', 'value_as_printed', 'kind', 'label', 'comparator', 'period', 'comparison', 'direction', 'role', 'check',
  'severity', 'reported', 'expected', 'margin', 'table', 'row', 'col', 'header', 'text', 'caption',
  // relations.csv: the rule, kind and verdict are ids like check and severity; the stated figure is as printed.
  'rule', 'verdict', 'stated', 'relation_id', 'relations_holds', 'relations_contradicted', 'relations_corrected',
]);

describe('every output of a run with --lang zh', () => {
  beforeAll(() => {
    names = [...new Set(parseCsv(readFileSync(join(out, 'reports.csv'), 'utf8')).slice(1).flatMap((r) => [r[0]!, r[0]!.split('/').pop()!]))].sort((a, b) => b.length - a.length);
  });

  it('ran over every input, the unreadable ones included', () => {
    expect(run.code, run.stderr.slice(-1000)).toBe(1);
    expect(files.length).toBeGreaterThan(10);
  });

  it('says nothing about results reused from an earlier run in a first run, copies included', () => {
    expect(run.stderr).toContain('与本次的其他文件内容完全相同');
    expect(run.stderr).not.toContain('沿用此前运行的结果');
    expect(scan(run.stderr.replace(/^.*\n/, ''), 'stderr')).toEqual([]);
  });

  it('CSV: every cell of a text column (message, formula, evidence, error, notes, name …)', () => {
    const found: string[] = [];
    for (const file of files.filter((f) => f.endsWith('.csv'))) {
      const [header, ...rows] = parseCsv(readFileSync(file, 'utf8'));
      const base = file.split('/').pop()!;
      if (base === 'metrics-by-report.csv') continue; // ids as column names, numbers and statuses below them
      rows.forEach((row, i) => header!.forEach((h, c) => !NOT_TEXT.has(h) && row[c] && found.push(...scan(row[c]!, `${base}:${i + 2}:${h}`))));
    }
    expect(found).toEqual([]);
  });

  it('audit.xlsx: every cell that is not an id, a number or document text', () => {
    const wb = XLSX.read(readFileSync(join(out, 'audit.xlsx')));
    const skip = new Set(['文件', '部门', '地区', '原文', '原文标签', '细项', '检查代码', '指标代码', '规则代码', '提取规则', '表题', '列标题', '单元格文字', '原文数字', '原文单位', '单位', '内容相同的文件', '比较符', '期间', '比较对象', '角色']);
    const found: string[] = [];
    for (const name of wb.SheetNames) {
      found.push(...scan(name, `sheet ${name}`));
      const rows = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets[name]!, { header: 1 });
      const header = (rows[0] ?? []) as string[];
      header.forEach((h) => found.push(...scan(String(h), `${name} header`)));
      for (const [i, row] of rows.slice(1).entries()) {
        row.forEach((cell, c) => {
          if (typeof cell !== 'string' || skip.has(header[c] ?? '')) return;
          found.push(...scan(cell, `${name}:${i + 2}:${header[c]}`));
        });
      }
    }
    expect(found).toEqual([]);
  });

  it('index.html and every report page: the words around the document', () => {
    const found: string[] = [];
    for (const file of files.filter((f) => f.endsWith('.html'))) {
      const $ = cheerio.load(readFileSync(file, 'utf8'));
      // The report's own words: its text, quotes, labels and keys, file paths; and the script and its data.
      $('script, style, article.doc, q, .key, .path, .dir, .bar-file, .file, code').remove();
      $('.flag-metric, .what').each((_, el) => void $(el).find('b').remove());
      const where = file.slice(out.length + 1);
      found.push(...scan($('body').text().replace(/\s+/g, ' '), where));
      $('[title], [aria-label], [placeholder]').each((_, el) => {
        for (const a of ['title', 'aria-label', 'placeholder']) {
          const v = $(el).attr(a);
          if (v && !/[:：] /.test(v)) found.push(...scan(v, `${where} @${a}`));
        }
      });
    }
    expect(found).toEqual([]);
  });
});

describe('the scan itself', () => {
  it.each([
    ['reported: 44.03% l.155; part: 0.00 l.118', 'an English role word'],
    ['关于 claim_share 的说明', 'an internal id (snake_case)'],
    ['按 rubric-used-table 复核', 'a message code'],
    ['无法读取文件：EACCES', 'an errno code outside parentheses'],
    ['文件已损坏，无法解压（no central directory）。', 'English words'],
    ['项目支出 {spend_project} 为 5 万元', 'an unrendered parameter'],
  ])('finds %s', (text, what) => {
    names = [];
    expect(scan(text, 'x').map((s) => s.split(': ')[1])).toContain(what);
  });

  it.each(['权限不足（EACCES）', '请安装：apt-get install tesseract-ocr tesseract-ocr-chi-sim poppler-utils，然后重新运行。', '可用 --max-mb 调高上限。', '按 OCR 识别的 PDF 页'])('lets %s through', (text) => {
    names = [];
    expect(scan(text, 'x')).toEqual([]);
  });
});

void isRoot;
