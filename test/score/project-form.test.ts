/**
 * Project-expenditure forms (项目支出绩效自评表), on the synthetic fixtures in fixtures/project-form/: the national
 * form in Markdown, the same with its columns in another order, the same with 得分 left blank, a Sichuan-style
 * form in tab-separated text (权重 for 分值, 指标性质 and 度量单位 columns), and the national form as a workbook
 * built here. Then the mistakes a form can carry, each made by editing a copy.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import * as XLSX from 'xlsx';
import { auditGroup, type PipelineOptions } from '../../src/pipeline.js';
import { DEFAULT_LIMITS } from '../../src/ingest/adapter.js';
import { ingest } from '../../src/ingest/index.js';
import { IngestError } from '../../src/model/status.js';
import type { Report } from '../../src/model/audit.js';
import { readScoreForms, type ScoreTable } from '../../src/read/score-forms.js';
import { itWhen, missingSeedText, seedText } from '../harness/needs.js';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'project-form');
const work = mkdtempSync(join(tmpdir(), 'jixiao-form-'));
const options: PipelineOptions = { ingest: { limits: DEFAULT_LIMITS, ocr: 'off', tmpDir: work }, rubric: null, keepText: false };
const audit = async (path: string): Promise<Report> => (await auditGroup([path], options))[0]!;

async function form(path: string): Promise<ScoreTable> {
  const { doc } = await ingest(path, readFileSync(path), options.ingest);
  const tables = readScoreForms(doc);
  expect(tables.map((t) => t.kind)).toEqual(['project-form']);
  return tables[0]!;
}

const NATIONAL_ITEMS = [
  ['预算执行率', '10', '9.52'],
  ['窗口服务人员配置数', '10', '9.5'],
  ['设备运维巡检次数', '10', '10'],
  ['政务服务系统可用率', '10', '10'],
  ['故障响应时间', '10', '10'],
  ['运维成本', '10', '10'],
  ['群众办事平均等候时间', '15', '15'],
  ['运维保障机制长效运行', '15', '15'],
  ['办事群众满意度', '10', '10'],
];
const items = (st: ScoreTable) => st.items.map((i) => [i.name, i.weight?.value ?? '', i.score?.value ?? '']);

let copies = 0;
function edited(file: string, edits: Array<[string, string]>): string {
  let text = readFileSync(join(FIXTURES, file), 'utf8');
  for (const [from, to] of edits) {
    expect(text.includes(from), `edit ${from} applies`).toBe(true);
    text = text.replace(from, to);
  }
  const path = join(work, `edit-${++copies}-${file}`);
  writeFileSync(path, text);
  return path;
}

describe('reading the forms', () => {
  it.each(['national-2023.md', 'columns-reordered.md'])('%s: funds row, indicators, 一级 weights, total', async (file) => {
    const st = await form(join(FIXTURES, file));
    expect(items(st)).toEqual(NATIONAL_ITEMS);
    expect(st.groups.map((g) => `${g.name}:${g.weight.value}`)).toEqual(['产出指标:50', '效益指标:30', '满意度指标:10']);
    expect([st.totalWeight?.value, st.totalScore?.value]).toEqual(['100', '99.02']);
    const funds = st.form!.total!;
    expect([funds.label, funds.initial?.value, funds.full?.value, funds.spend?.value, funds.rate?.value]).toEqual(['年度资金总额', '320', '300', '285.6', '95.2']);
    expect(st.form!.funds.map((f) => f.label)).toEqual(['年度资金总额', '其中：本年财政拨款', '上年结转资金', '其他资金']);
    const window = st.items.find((i) => i.name === '窗口服务人员配置数')!;
    expect([window.target?.comparator, window.target?.value?.toFixed(), window.target?.unit, window.actual?.value?.toFixed()]).toEqual(['≥', '40', '人', '38']);
    const response = st.items.find((i) => i.name === '故障响应时间')!;
    expect([response.target?.comparator, response.target?.unit]).toEqual(['≤', '小时']);
    // The total is keyed by the project, so forms appended to one report stay apart.
    expect(st.totalScore?.key).toBe('区政务服务大厅运行维护项目');
  });

  it('score-blank.md: weights read, no scores, no total score', async () => {
    const st = await form(join(FIXTURES, 'score-blank.md'));
    expect(items(st)).toEqual(NATIONAL_ITEMS.map(([n, w]) => [n, w, '']));
    expect(st.totalScore).toBeNull();
  });

  it('sichuan-quanzhong.txt: 权重 for 分值, 指标性质 gives the direction, 度量单位 the unit', async () => {
    const st = await form(join(FIXTURES, 'sichuan-quanzhong.txt'));
    expect(items(st)).toEqual([
      ['预算执行率', '10', '9.6'],
      ['便民服务站点运维覆盖数', '20', '19.67'],
      ['站点设备完好率', '20', '20'],
      ['故障修复时限', '10', '10'],
      ['群众就近办理事项数', '20', '20'],
      ['站点运维机制', '10', '10'],
      ['群众满意度', '10', '10'],
    ]);
    const repair = st.items.find((i) => i.name === '故障修复时限')!;
    expect([repair.target?.comparator, repair.target?.value?.toFixed(), repair.target?.unit]).toEqual(['≤', '48', '小时']);
    expect(st.items.find((i) => i.name === '站点运维机制')!.target?.value).toBeNull();
  });

  it('the national form as a workbook (numbers as numeric cells) reads the same', async (ctx) => {
    const rows = readFileSync(join(FIXTURES, 'national-2023.md'), 'utf8')
      .split('\n')
      .filter((l) => l.startsWith('|') && !l.startsWith('| ---'))
      .map((l) => l.trim().slice(1, -1).split('|').map((c) => c.trim()));
    const sheet = XLSX.utils.aoa_to_sheet([['项目支出绩效自评表'], ['（2023年度）'], ...rows]);
    for (const [ref, cell] of Object.entries(sheet)) {
      if (ref.startsWith('!') || typeof cell.v !== 'string' || !/^\d+(?:\.\d+)?$/.test(cell.v)) continue;
      const decimals = cell.v.includes('.') ? cell.v.split('.')[1]!.length : 0;
      Object.assign(cell, { t: 'n', v: Number(cell.v), z: decimals ? `0.${'0'.repeat(decimals)}` : '0' });
    }
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, sheet, '自评表');
    const path = join(work, 'national-2023.xlsx');
    writeFileSync(path, XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }));
    let st: ScoreTable;
    try {
      st = await form(path);
    } catch (error) {
      if (error instanceof IngestError && error.detail.code === 'adapter-missing') return ctx.skip('no xlsx adapter yet');
      throw error;
    }
    expect(items(st)).toEqual(NATIONAL_ITEMS);
    expect(st.form!.total!.rate?.value).toBe('95.2');
  });
});

describe('forms across tables', () => {
  it('a form cut by a page break (续表, no repeated header) goes on in the next table', async () => {
    const text = readFileSync(join(FIXTURES, 'sichuan-quanzhong.txt'), 'utf8').replace('\t\t质量指标\t站点设备完好率', '\n（续表）\n\t\t质量指标\t站点设备完好率');
    const path = join(work, 'continued.txt');
    writeFileSync(path, text);
    const { doc } = await ingest(path, readFileSync(path), options.ingest);
    expect(doc.tables.length).toBe(2);
    const tables = readScoreForms(doc);
    expect(tables.length).toBe(1);
    expect(tables[0]!.items.map((i) => i.name)).toEqual(['预算执行率', '便民服务站点运维覆盖数', '站点设备完好率', '故障修复时限', '群众就近办理事项数', '站点运维机制', '群众满意度']);
    expect(tables[0]!.items.find((i) => i.name === '故障修复时限')!.level1).toBe('产出指标');
    expect(tables[0]!.totalScore?.value).toBe('99.27');
  });

  it('two projects’ forms in one report stay apart: each scored, their budgets not compared', async () => {
    const one = readFileSync(join(FIXTURES, 'national-2023.md'), 'utf8');
    const two = one.split('附件：项目支出绩效自评表')[1]!.replace('区政务服务大厅运行维护项目', '区政务网络安全保障项目').replace(/320\.00/g, '150.00').replace(/300\.00/g, '140.00').replace(/285\.60/g, '140.00').replace('95.20%', '100.00%').replace('| 9.52 |', '| 10 |').replace('| 100 | 99.02 |', '| 100 | 99.5 |');
    const path = join(work, 'two-forms.md');
    writeFileSync(path, `${one}\n\n${two}`);
    const { doc } = await ingest(path, readFileSync(path), options.ingest);
    const tables = readScoreForms(doc);
    expect(tables.map((t) => [t.form?.project, t.totalScore?.value])).toEqual([['区政务服务大厅运行维护项目', '99.02'], ['区政务网络安全保障项目', '99.5']]);
    const r = await audit(path);
    expect(r.flags.filter((f) => f.check === 'conflicting_mentions')).toEqual([]);
    expect(r.flags.filter((f) => f.check === 'score_mismatch' || f.check === 'score_total_mismatch')).toEqual([]);
  });
});

describe('re-scoring the forms', () => {
  it.each([
    ['national-2023.md', 'mof-project-selfeval-2020', '99.02', '99.02'],
    ['columns-reordered.md', 'mof-project-selfeval-2020', '99.02', '99.02'],
    // Blank scores: 执行率 and the quantitative indicators are computed, the qualitative one is 0 to 15.
    ['score-blank.md', 'mof-project-selfeval-2020', '84.02', '99.02'],
    ['sichuan-quanzhong.txt', 'sichuan-project-selfeval-2023', '99.27', '99.27'],
  ])('%s: %s, [%s, %s], nothing flagged', async (file, rubric, min, max) => {
    const r = await audit(join(FIXTURES, file));
    expect(r.score).toMatchObject({ rubric, rescoredMin: min, rescoredMax: max });
    expect(r.score.note?.code).toBe('rubric-used-form');
    expect(r.flags).toEqual([]);
  });
});

describe('mistakes in a form are flagged', () => {
  it('执行率 得分 not 执行率 × 分值: 10 for 95.20 %', async () => {
    const r = await audit(edited('national-2023.md', [['| 95.20% | 9.52 |', '| 95.20% | 10 |'], ['| 100 | 99.02 |', '| 100 | 99.5 |'], ['项目自评得分99.02分', '项目自评得分99.5分']]));
    const f = r.flags.find((x) => x.check === 'score_mismatch' && x.key === '预算执行率');
    expect(f).toMatchObject({ severity: 'error', reported: '10', expected: '9.52' });
    expect(f!.formula).toContain('285.60 ÷ 300.00 × 100');
  });

  it('a printed 执行率 its amounts do not give', async () => {
    const r = await audit(edited('national-2023.md', [['| 95.20% | 9.52 |', '| 96.20% | 9.52 |']]));
    // The scored row's figures are budget_adjusted / spend_total / exec_rate, so the figure checks flag it, once.
    const rates = r.flags.filter((x) => x.check === 'ratio_mismatch');
    expect(rates.map((x) => [x.metric, x.key, x.reported])).toEqual([['exec_rate', '区政务服务大厅运行维护项目', '96.20']]);
  });

  it('an indicator below its target scored full marks: info, with both values', async () => {
    const r = await audit(edited('national-2023.md', [['| 38人 | 10 | 9.5 |', '| 38人 | 10 | 10 |'], ['| 100 | 99.02 |', '| 100 | 99.52 |'], ['项目自评得分99.02分', '项目自评得分99.52分']]));
    const f = r.flags.find((x) => x.key === '窗口服务人员配置数');
    expect(f).toMatchObject({ check: 'score_mismatch', severity: 'info', message: { code: 'indicator-below-target-full' } });
    expect(f!.message.params).toMatchObject({ target: '≥40人', actual: '38人' });
    expect(f!.evidence.map((e) => e.role)).toEqual(['reported', 'weight', 'target', 'actual']);
  });

  it('an indicator that met its target but was marked down: info', async () => {
    const r = await audit(edited('national-2023.md', [['| 285.6万元 | 10 | 10 |', '| 285.6万元 | 10 | 8 |'], ['| 100 | 99.02 |', '| 100 | 97.02 |'], ['项目自评得分99.02分', '项目自评得分97.02分']]));
    expect(r.flags.map((f) => [f.key, f.severity, f.message.code])).toEqual([['运维成本', 'info', 'indicator-met-marked-down']]);
  });

  it('a miss scored other than pro rata (38 of 40 → 9.5, scored 8): info', async () => {
    const r = await audit(edited('national-2023.md', [['| 38人 | 10 | 9.5 |', '| 38人 | 10 | 8 |'], ['| 100 | 99.02 |', '| 100 | 97.52 |'], ['项目自评得分99.02分', '项目自评得分97.52分']]));
    expect(r.flags.map((f) => [f.key, f.message.code, f.expected])).toEqual([['窗口服务人员配置数', 'indicator-score-vs-proportion', '9.50']]);
  });

  it('an indicator scored above its weight, and a total the items do not give', async () => {
    const r = await audit(edited('national-2023.md', [['| 98.2% | 10 | 10 |', '| 98.2% | 10 | 12 |']]));
    const codes = r.flags.filter((f) => f.check === 'score_total_mismatch').map((f) => f.message.code).sort();
    expect(codes).toEqual(['score-above-weight', 'score-items-vs-total']);
  });

  it('a level weight its indicators do not add up to: 产出指标（60分） over 50', async () => {
    const r = await audit(edited('national-2023.md', [['产出指标（50分）', '产出指标（60分）']]));
    expect(r.flags.find((f) => f.message.code === 'score-group-vs-items')).toMatchObject({ key: '产出指标', reported: '60', expected: '50' });
  });

  it('Sichuan form: pro rata by 指标性质 (118 of ≥120 → 19.67) accepted; 20 flagged as full marks on a miss', async () => {
    const r = await audit(edited('sichuan-quanzhong.txt', [['\t20\t19.67\t', '\t20\t20\t'], ['\t100\t99.27\t', '\t100\t99.6\t']]));
    expect(r.flags.map((f) => [f.key, f.message.code])).toEqual([['便民服务站点运维覆盖数', 'indicator-below-target-full']]);
  });
});

describe('a department report with a project form appended', () => {
  itWhen(missingSeedText('002'), 'the department table is re-scored; the form is checked on its own; their totals are not compared', async () => {
    const text = seedText('002')! + '\n\n' + readFileSync(join(FIXTURES, 'national-2023.md'), 'utf8').split('附件：项目支出绩效自评表')[1];
    const path = join(work, '002-with-form.txt');
    writeFileSync(path, text);
    const r = await audit(path);
    expect(r.score).toMatchObject({ stated: '95', rubric: 'shenzhen-dept-2023', rescoredMin: '95', rescoredMax: '95' });
    expect(r.flags.filter((f) => f.check === 'score_mismatch' || f.check === 'score_total_mismatch')).toEqual([]);
  });
});
