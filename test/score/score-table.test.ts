/**
 * The score tables of seeds 002 and 004 give the same items — [name, weight, score] as in the gold — from every
 * format the corpus has them in: the text dump (page by page, repeated headers, rows cut by page breaks), Word,
 * HTML, both PDFs, Word 97 and the score spreadsheets. A format whose adapter is not there yet is skipped, and the
 * skip says so.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { ingest } from '../../src/ingest/index.js';
import { DEFAULT_LIMITS } from '../../src/ingest/adapter.js';
import { IngestError } from '../../src/model/status.js';
import { readScoreForms, type ScoreTable } from '../../src/read/score-forms.js';
import { CORPUS } from '../harness/gold.js';
import { describeWhen, MISSING, SHARED, seedFile } from '../harness/needs.js';

const GOLD = MISSING.gold ? {} : JSON.parse(readFileSync(join(SHARED, 'gold', 'seeds.json'), 'utf8')).seeds;
const goldItems = (seed: string): Array<[string, number, number]> =>
  (Object.entries(GOLD).find(([k]) => k.startsWith(seed))?.[1] as { score_items: Array<[string, number, number]> }).score_items;
const goldTotal: Record<string, string> = { '002': '95', '004': '98.4' };

const FORMATS = ['txt', 'gbk.txt', 'scores.xlsx', 'docx', 'html', 'lo.pdf', 'chrome.pdf', 'doc'];
const cases = ['002', '004'].flatMap((seed) => FORMATS.map((f) => [`${seed}.${f}`, seed, f] as const));

// Adapters that convert through files (Word 97 via LibreOffice) need a scratch folder that exists.
const scratch = mkdtempSync(join(tmpdir(), 'jixiao-score-'));

async function scoreTable(path: string): Promise<ScoreTable | 'adapter-missing'> {
  try {
    const { doc } = await ingest(path, readFileSync(path), { limits: DEFAULT_LIMITS, ocr: 'off', tmpDir: scratch });
    const tables = readScoreForms(doc).filter((t) => t.kind === 'department');
    expect(tables.length).toBe(1);
    return tables[0]!;
  } catch (error) {
    if (error instanceof IngestError && error.detail.code === 'adapter-missing') return 'adapter-missing';
    throw error;
  }
}

describeWhen([MISSING.corpus, MISSING.gold], 'seed score tables, every format', () => {
  // it.for, not it.each: the test context (to skip with a reason) comes after the case.
  it.for(cases)('%s', async ([, seed, format], ctx) => {
    const path = join(CORPUS, seed, `${seed}.${format}`);
    if (!existsSync(path)) return ctx.skip(`${seed}.${format} is not in the corpus`);
    const st = await scoreTable(path);
    if (st === 'adapter-missing') return ctx.skip(`no adapter for ${format} yet`);
    const items = st.items.map((i) => [i.name, Number(i.weight?.value), Number(i.score?.value)]);
    expect(items).toEqual(goldItems(seed));
    expect(st.totalScore?.value).toBe(goldTotal[seed]);
    // The deductions the text states come out the same wherever the text is (not in the score sheet).
    const deductions = st.deductions.map((d) => `${d.item ?? '—'}:${d.fact.value}`);
    if (seed === '002' && format !== 'scores.xlsx') expect(deductions).toEqual(['绩效指标明确性:2', '公用经费控制率:1', '编外人员控制率:1', '—:1']);
    else expect(deductions).toEqual([]);
  });
});

// The text of seed 004 (its GB18030 copy) and the Word file of seed 002 are in fixtures/examples.
describe('seed score tables from the copies in the repository', () => {
  it('004: the 一级/二级 weights read in the text dump too (header rows repeated on a page are not data)', async () => {
    const st = await scoreTable(seedFile('004.gbk.txt')!);
    if (st === 'adapter-missing') throw new Error('txt adapter missing');
    expect(st.groups.map((g) => `${g.level}:${g.name}:${g.weight.value}`)).toEqual([
      '1:部门决策:25', '2:预算编制:10', '2:目标设置:15',
      '1:部门管理:20', '2:资金管理:8', '2:项目管理:4', '2:资产管理:3', '2:人员管理:2', '2:制度管理:3',
      '1:部门绩效:55', '2:经济性:6', '2:效率性:20', '2:效果性:20', '2:公平性:9',
    ]);
  });

  it('002: the deductions the text states are read and tied to their items', async () => {
    const st = await scoreTable(seedFile('002.docx')!);
    if (st === 'adapter-missing') throw new Error('txt adapter missing');
    // "该项指标扣2分", "我局公用经费控制率指标扣 1 分", "我局编外人员控制率指标扣 1 分", and "该指标扣1分" after
    // 评分标准“社会效益”, which names no item of the table.
    expect(st.deductions.map((d) => `${d.item ?? '—'}:${d.fact.value}`)).toEqual(['绩效指标明确性:2', '公用经费控制率:1', '编外人员控制率:1', '—:1']);
    // The scoring standards quoted in the table ("一项扣1分，扣完为止") are rules, not deductions.
    expect(st.deductions.every((d) => d.fact.role === 'deduction')).toBe(true);
  });
});
