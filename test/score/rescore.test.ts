/**
 * Re-scoring the seed reports end to end, and the mistakes it must catch, made by editing a copy of a seed's text
 * in the test (never the corpus): a changed item score, a changed total, an item scored against its own rate's
 * tier, a deduction the text states that the table does not show, a group weight that does not add up. Also: a
 * framework added as a file in a temp folder and forced with --rubric is used with no code change.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { auditGroup, type PipelineOptions } from '../../src/pipeline.js';
import { DEFAULT_LIMITS } from '../../src/ingest/adapter.js';
import { parseArgs, type AuditArgs } from '../../src/cli/args.js';
import { rubricsDir } from '../../src/rules/rubric/load.js';
import type { Flag, Report } from '../../src/model/audit.js';
import { itWhen, missingSeed, missingSeedText, seedFile, seedText } from '../harness/needs.js';
import { render } from '../../src/write/render.js';

const work = mkdtempSync(join(tmpdir(), 'jixiao-rescore-'));
const options = (rubric: string | null = null): PipelineOptions => ({
  ingest: { limits: DEFAULT_LIMITS, ocr: 'off', tmpDir: work },
  rubric,
  keepText: false,
});

async function audit(paths: string[], rubric: string | null = null): Promise<Report> {
  return (await auditGroup(paths, options(rubric)))[0]!;
}

/**
 * A seed report to audit: its text (`NNN.txt`, from the corpus or from the copies in fixtures/examples), else
 * the seed's own file in fixtures/examples (002.docx, 003.html: the same report in another format).
 */
function seed(id: string): string {
  const path = join(work, `${id}.txt`);
  if (existsSync(path)) return path;
  const text = seedText(id);
  if (text !== null) {
    writeFileSync(path, text);
    return path;
  }
  const copy = seedFile(`${id}.docx`) ?? seedFile(`${id}.html`);
  if (!copy) throw new Error(`no copy of seed ${id} here`);
  return copy;
}

let copies = 0;
/** A copy of a seed's text with edits applied; each edit must change something. */
function edited(id: string, edits: Array<[string | RegExp, string]>): string {
  let text = seedText(id)!;
  for (const [from, to] of edits) {
    const next = text.replace(from, to);
    expect(next, `edit ${String(from)} applies`).not.toBe(text);
    text = next;
  }
  const path = join(work, `${id}-edit-${++copies}.txt`);
  writeFileSync(path, text);
  return path;
}

const scoreFlags = (r: Report) => r.flags.filter((f) => f.check === 'score_mismatch' || f.check === 'score_total_mismatch');
const only = (r: Report, check: Flag['check'], key?: string) => r.flags.filter((f) => f.check === check && (key === undefined || f.key === key));

describe('the seeds re-scored', () => {
  it('002: framework 2023 from the table; every item reproduced; [95, 95]', async () => {
    const r = await audit([seed('002')]);
    expect(r.score).toMatchObject({ stated: '95', rubric: 'shenzhen-dept-2023', rescoredMin: '95', rescoredMax: '95' });
    expect(r.score.note?.code).toBe('rubric-used-table');
    expect(scoreFlags(r)).toEqual([]);
    // 项目完成及时性 needs project counts the report does not give: listed as unverifiable, not passed.
    expect(r.unverifiable.filter((u) => u.metric === 'score_item').map((u) => u.value)).toEqual(['6']);
  });

  it('004: framework 2020 修订; 编外 41/(56+41) → 0 reproduced; 预算执行率 5.4 unverifiable; [98.4, 98.4]', async () => {
    const r = await audit([seed('004')]);
    expect(r.score).toMatchObject({ stated: '98.4', rubric: 'shenzhen-dept-2020', rescoredMin: '98.4', rescoredMax: '98.4' });
    expect(scoreFlags(r)).toEqual([]);
    expect(r.unverifiable.filter((u) => u.metric === 'score_item').map((u) => u.value)).toContain('5.4');
  });

  it.for([
    ['002', '95', 'shenzhen-dept-2023'],
    ['004', '98.4', 'shenzhen-dept-2020'],
  ])('%s: the score sheet alone and with its report give the same framework and interval', async ([id, total, rubric], ctx) => {
    const sheet = seedFile(`${id}.scores.xlsx`);
    const missing = missingSeed(`${id}.scores.xlsx`);
    if (missing || !sheet) return ctx.skip(missing ?? undefined);
    for (const paths of [[sheet], [seed(id), sheet]]) {
      const r = await audit(paths);
      expect(r.score).toMatchObject({ rubric, rescoredMin: total, rescoredMax: total });
      expect(scoreFlags(r)).toEqual([]);
    }
  });

  it('000 (no score table): framework inferred from 深圳市坪山区 2021; its most is exactly the stated 97.75', async () => {
    const r = await audit([seed('000')]);
    expect(r.score).toMatchObject({ stated: '97.75', rubric: 'shenzhen-dept-2020', rescoredMax: '97.75' });
    expect(r.score.note?.code).toBe('rubric-used-region-year');
    expect(scoreFlags(r)).toEqual([]);
  });

  it('003 (湛江, no framework known): still audited, score not re-checked', async () => {
    const r = await audit([seed('003')]);
    expect(r.status).toBe('ok');
    expect(r.score).toMatchObject({ stated: '96', rubric: null, rescoredMin: null, rescoredMax: null });
    expect(r.score.note?.code).toBe('rubric-none');
  });
});

// Rows of 002's score table, as printed (tab-separated, the score last).
const ROW_002 = (name: string) => new RegExp(`(\\t${name}\\t[\\d.]+\\t[^\\n]*\\t)([\\d.]+)\\n`);

describe('mistakes in an edited copy are flagged', () => {
  itWhen(missingSeedText('002'), 'a changed item score: 编外人员控制率 1 instead of 0 (rate 29.03 % > 10 %)', async () => {
    const r = await audit([edited('002', [[ROW_002('编外人员控制率'), '$11.00\n'], [/\n合计\t\t\t100\t\t\t95\.00/, '\n合计\t\t\t100\t\t\t96.00']])]);
    const [f] = only(r, 'score_mismatch', '编外人员控制率');
    expect(f).toMatchObject({ severity: 'error', reported: '1', expected: '0' });
    // The flag carries the rate, its tier and the formula.
    expect(f!.formula).toContain('9 ÷ (22 + 9) × 100');
    expect(f!.formula).toContain('比率>10%');
    expect(f!.message.params).toMatchObject({ rate: expect.stringContaining('29.03'), tier: expect.stringContaining('比率>10%') });
    expect(f!.evidence.map((e) => e.role)).toContain('input');
    // The text still says 扣 1 分, which the edited table no longer shows.
    expect(only(r, 'score_total_mismatch').map((x) => x.message.code)).toContain('score-deduction-vs-table');
    expect(r.score.rescoredMax).toBe('95');
  });

  itWhen(missingSeedText('002'), 'a changed total: 合计 96 while the items add up to 95', async () => {
    const r = await audit([edited('002', [[/\n合计\t\t\t100\t\t\t95\.00/, '\n合计\t\t\t100\t\t\t96.00']])]);
    const codes = only(r, 'score_total_mismatch').map((f) => f.message.code).sort();
    expect(codes).toEqual(['score-items-vs-total', 'score-stated-vs-table']);
    expect(only(r, 'score_mismatch')).toEqual([]);
  });

  it('004: a total of 99.4 for items adding up to 98.4 (one point, in a table of 21 items)', async () => {
    const r = await audit([edited('004', [[/总得分情况(\t+)98\.4/, '总得分情况$199.4']])]);
    expect(only(r, 'score_total_mismatch').map((f) => f.message.code)).toContain('score-items-vs-total');
  });

  it.for<[string, string, Array<[RegExp, string]>, string, string, string]>([
    ['固定资产利用率 90.62 % scored 0.7 (≥90 % earns 1)', '002', [[ROW_002('固定资产利用率'), '$10.70\n']], '固定资产利用率', '固定资产利用率≥90%', 'error'],
    ['公用经费控制率 6 while 日常公用 94.06 % earns 2 of 3', '002', [[ROW_002('公用经费控制率'), '$16.00\n']], '公用经费控制率', '90%≤日常公用经费控制率≤100%', 'error'],
    // The survey scored may not be one the report quotes: a warning, not an error.
    ['公众满意度 4 while 99.8 % earns 6', '002', [[ROW_002('公众或服务对象满意度'), '$14.00\n']], '公众或服务对象满意度', '满意度≥95%', 'warning'],
    ['004 编外人员控制率 1 while 42.27 % earns 0', '004', [[/(编外人员控制率\t1\t[^\n]*?\t)0(\t扣分情况)/, '$11$2']], '编外人员控制率', '比率>10%', 'error'],
  ])('an item scored against its own rate’s tier: %s', async ([, id, edits, item, tier, severity], ctx) => {
    const missing = missingSeedText(id);
    if (missing) return ctx.skip(missing);
    const r = await audit([edited(id, edits)]);
    const [f] = only(r, 'score_mismatch', item);
    expect(f?.severity).toBe(severity);
    expect(f!.formula).toContain(tier);
  });

  itWhen(missingSeedText('002'), 'a deduction the text states that the table does not show: 扣1分 for an item that lost 2', async () => {
    const r = await audit([edited('002', [['该项指标扣2分', '该项指标扣1分']])]);
    const f = only(r, 'score_total_mismatch').find((x) => x.message.code === 'score-deduction-vs-table');
    expect(f).toMatchObject({ key: '绩效指标明确性', reported: '1', expected: '2' });
  });

  it('a group weight that its items do not add up to: 004 预算编制 12 for 5 + 5', async () => {
    const r = await audit([edited('004', [[/(部门决策\t25\t预算编制\t)10/, '$112']])]);
    const f = only(r, 'score_total_mismatch').find((x) => x.message.code === 'score-group-vs-items' && x.key === '预算编制');
    expect(f).toMatchObject({ reported: '12', expected: '10' });
  });

  itWhen(missingSeedText('002'), 'a score above its weight', async () => {
    const r = await audit([edited('002', [[ROW_002('项目监管'), '$13.00\n']])]);
    expect(only(r, 'score_total_mismatch', '项目监管').map((f) => f.message.code)).toContain('score-above-weight');
  });
});

describe('--rubric', () => {
  const argsFor = (file: string, rubric: string) => parseArgs(['audit', file, '--rubric', rubric, '--out', work]) as AuditArgs;

  it('a new framework is a file: written in a temp folder, forced with --rubric, used with no code change', async () => {
    // A stricter variant of 2023: 固定资产利用率 needs ≥95 % for the full point.
    const r2023 = JSON.parse(readFileSync(join(rubricsDir(), 'shenzhen-dept-2023.json'), 'utf8'));
    r2023.id = 'test-strict-2023';
    r2023.title = '测试用框架（固定资产利用率≥95%得1分）';
    const part = r2023.items.find((i: { id: string }) => i.id === 'asset_util').parts[0];
    part.rule.tiers = [
      { range: '(,75)', score: 0, label: '<75%' },
      { range: '[75,95)', score: 0.7, label: '75%≤…<95%' },
      { range: '[95,)', score: 1, label: '≥95%' },
    ];
    const dir = mkdtempSync(join(tmpdir(), 'jixiao-rubric-'));
    const file = join(dir, 'strict.json');
    writeFileSync(file, JSON.stringify(r2023));
    const args = argsFor(seed('002'), file);
    expect(args.rubric).toBe(file);
    const r = await audit(args.paths, args.rubric);
    expect(r.score.rubric).toBe('test-strict-2023');
    expect(r.score.note?.code).toBe('rubric-used-forced');
    const [f] = only(r, 'score_mismatch', '固定资产利用率');
    expect(f).toMatchObject({ reported: '1', expected: '0.7' });
    // By its own rules 002 then earns 94.7, and the interval says so.
    expect(r.score).toMatchObject({ rescoredMin: '94.7', rescoredMax: '94.7' });
    // Without --rubric the built-in framework is detected as before.
    expect((await audit([seed('002')])).score.rubric).toBe('shenzhen-dept-2023');
  });

  it('a built-in framework forced by id', async () => {
    const r = await audit([seed('004')], 'shenzhen-dept-2020');
    expect(r.score).toMatchObject({ rubric: 'shenzhen-dept-2020', rescoredMin: '98.4', rescoredMax: '98.4' });
    expect(r.score.note?.code).toBe('rubric-used-forced');
  });

  it.each([
    ['an unknown id', 'no-such-framework', /no framework with this id/],
    ['a file that is not a valid framework', 'INVALID', /parts add up to|weight/],
  ])('%s: the report is audited, the score not re-checked, and the note says why', async (_name, spec, reason) => {
    let rubric = spec;
    if (spec === 'INVALID') {
      const r = JSON.parse(readFileSync(join(rubricsDir(), 'shenzhen-dept-2020.json'), 'utf8'));
      r.items.find((i: { id: string }) => i.id === 'procurement').parts[1].max = 3;
      rubric = join(mkdtempSync(join(tmpdir(), 'jixiao-rubric-')), 'bad.json');
      writeFileSync(rubric, JSON.stringify(r));
    }
    const r = await audit([seed('004')], rubric);
    expect(r.status).toBe('ok');
    expect(r.score).toMatchObject({ rubric: null, rescoredMin: null, rescoredMax: null });
    expect(r.score.note?.code).toBe('rubric-invalid');
    expect(String(r.score.note?.params?.detail)).toMatch(reason);
    expect(r.facts.length).toBeGreaterThan(0);
  });
});

describe('messages', () => {
  it('every score note and flag renders in both languages with all its parameters', async () => {
    const reports = [
      await audit([seed('002')]),
      await audit([seed('000')]),
      await audit([seed('003')]),
      await audit([seed('004')], 'no-such-framework'),
      // Edits of 002 need its text, which only the corpus has.
      ...(missingSeedText('002') ? [] : [await audit([edited('002', [[ROW_002('编外人员控制率'), '$11.00\n'], ['该项指标扣2分', '该项指标扣1分']])])]),
      await audit([edited('004', [[/(部门决策\t25\t预算编制\t)10/, '$112']])]),
    ];
    const messages = reports.flatMap((r) => [r.score.note!, ...r.flags.map((f) => f.message)]);
    expect(messages.length).toBeGreaterThan(8);
    for (const m of messages) {
      for (const lang of ['zh', 'en'] as const) {
        const text = render(m, lang);
        expect(text, `${m.code} (${lang})`).not.toMatch(/\{\w+\}/);
        expect(text).not.toBe(m.code);
      }
    }
  });
});
