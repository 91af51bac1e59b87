/**
 * The browsable audit in a real browser: Debian's chromium driven by playwright-core (no browser download), pages
 * opened from file:// as a user would. Saves docs/screenshot.png of a report page with a flag selected.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import type { Report } from '../src/model/audit.js';
import { createHtmlSink, reportPageName } from '../src/write/html/index.js';
import { describeWhen, MISSING } from './harness/needs.js';
import { failedReport, hostileReport, runSummary, seed002Text, seedReport, XSS } from './write/fixtures.js';

const CHROMIUM = '/usr/bin/chromium';
const SEED = await seed002Text();
const SCREENSHOT = join(import.meta.dirname, '../docs/screenshot.png');


function variant(report: Report, file: string, region: string, year: number): Report {
  return { ...report, file, region, year, facts: report.facts.map((f) => ({ ...f, location: { ...f.location, file } })) };
}

describeWhen(MISSING.chromium, `index.html and report pages in ${CHROMIUM}`, () => {
  let outDir: string;
  let userDir: string;
  let context: BrowserContext;
  let page: Page;
  const problems: string[] = [];
  const reports = [
    seedReport(SEED),
    hostileReport(),
    failedReport(),
    variant(hostileReport(), '湛江/坡头区2022.txt', '广东省湛江市坡头区', 2022),
    { ...failedReport('other/空白.docx'), status: 'empty' as const, region: '广东省湛江市坡头区', year: 2020 },
  ];
  const url = (path: string, hash = '') => pathToFileURL(join(outDir, path)).href + hash;

  beforeAll(async () => {
    outDir = await mkdtemp(join(tmpdir(), 'jixiao-browser-'));
    userDir = await mkdtemp(join(tmpdir(), 'jixiao-chromium-'));
    const sink = createHtmlSink({ outDir, lang: 'zh' });
    for (const r of reports) await sink.add(r);
    await sink.close({ ...runSummary(), files: reports.length });
    const { chromium } = await import('playwright-core');
    context = await chromium.launchPersistentContext(userDir, {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1440, height: 900 },
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
    page.on('dialog', (d) => {
      problems.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
  });

  afterAll(async () => {
    await context?.close();
    await rm(userDir, { recursive: true, force: true });
    await rm(outDir, { recursive: true, force: true });
  });

  const inViewport = (selector: string) =>
    page.evaluate((sel) => {
      const el = document.querySelector(sel);
      if (!el) return false;
      const r = el.getBoundingClientRect();
      return r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight;
    }, selector);

  test('the index lists every report, and filters and sorts', async () => {
    await page.goto(url('index.html'));
    const rows = page.locator('#reports tbody tr');
    await expect.poll(() => rows.count()).toBe(reports.length);
    const files = await rows.evaluateAll((trs) => trs.map((tr) => tr.querySelector('td')!.getAttribute('data-v')));
    expect(files.sort()).toEqual(reports.map((r) => r.file).sort());
    expect(await page.locator('#count').textContent()).toBe(`显示 ${reports.length} / ${reports.length} 份报告`);

    await page.selectOption('#f-sev', 'error');
    const withErrors = reports.filter((r) => r.flags.some((f) => f.severity === 'error')).length;
    expect(await page.locator('#reports tbody tr:not([hidden])').count()).toBe(withErrors);
    await page.selectOption('#f-sev', '');
    await page.selectOption('#f-region', '广东省湛江市坡头区');
    expect(await page.locator('#reports tbody tr:not([hidden])').count()).toBe(2);
    await page.selectOption('#f-region', '');
    await page.fill('#q', '盐田');
    expect(await page.locator('#reports tbody tr:not([hidden])').count()).toBe(1);
    await page.fill('#q', '');

    await page.getByRole('button', { name: '年度' }).click();
    const years = await rows.evaluateAll((trs) => trs.map((tr) => tr.cells[3]!.getAttribute('data-v')));
    expect(years).toEqual(['2023', '2022', '2021', '2020', '']);
    expect(await page.locator('th[aria-sort="descending"]').textContent()).toBe('年度');
  });

  test('clicking a flag highlights its evidence in place and scrolls to it', async () => {
    await page.goto(url('index.html'));
    await page.click(`a[href="reports/${reportPageName(reports[0]!.file)}"]`);
    await page.waitForURL(/reports\/002-/);
    const flag = page.locator('#flag-0');
    await flag.locator('.flag-head').click();
    await expect.poll(() => page.locator('.doc .ev-on').count()).toBe(reports[0]!.flags[0]!.evidence.length);
    await expect.poll(() => inViewport('.doc .ev-focus')).toBe(true);
    expect(await page.locator('.doc .ev-focus').textContent()).toBe('44.03%');
    expect(await flag.locator('.formula code').isVisible()).toBe(true);
    expect(await flag.locator('.formula code').textContent()).toBe('2.11 ÷ 4.70 × 100 = 44.89');
    expect(page.url()).toMatch(/#flag-0$/);
    await page.waitForTimeout(1300); // let the highlight flash settle
    await mkdir(join(SCREENSHOT, '..'), { recursive: true });
    await page.screenshot({ path: SCREENSHOT });

    // Another flag replaces the highlight; its evidence list jumps to each figure.
    await page.locator('#flag-1 .flag-head').click();
    await expect.poll(() => page.locator('.doc .ev-on').count()).toBe(reports[0]!.flags[1]!.evidence.length);
    await page.locator('#flag-1 [data-jump="e1-2"]').click();
    await expect.poll(() => inViewport('.doc [data-ev~="e1-2"]')).toBe(true);
  });

  test('a fact shows its metric and value on click; #flag-N opens that flag', async () => {
    await page.goto(url(`reports/${reportPageName(reports[0]!.file)}`, '#flag-2'));
    await expect.poll(() => page.locator('#flag-2.selected').count()).toBe(1);
    await expect.poll(() => page.locator('.doc .ev-on').count()).toBeGreaterThan(0);
    const fact = page.locator('.doc .fact', { hasText: '5,008.04' }).first();
    await fact.click();
    await expect.poll(() => page.locator('#pop').isVisible()).toBe(true);
    expect(await page.locator('#pop').textContent()).toContain('5008.04 万元');
    expect(await fact.getAttribute('title')).toContain('5008.04 万元');
  });

  test('markup in a report shows as text and never runs', async () => {
    await page.goto(url(`reports/${reportPageName(reports[1]!.file)}`));
    await expect.poll(() => page.locator('.doc').textContent()).toContain(XSS);
    expect(await page.locator('h1').textContent()).toBe('<img src=x onerror=alert(2)>报告.txt');
    expect(await page.evaluate(() => document.scripts.length)).toBe(2);
    expect(await page.locator('.doc img, .doc b, .top b').count()).toBe(0);
    await page.locator('#flag-0 .flag-head').click();
    expect(await page.locator('#flag-0 .msg').textContent()).toBe(`引用：${XSS}`);
    await page.goto(url('index.html'));
    expect(await page.locator('#reports').textContent()).toContain(XSS);
    expect(problems).toEqual([]);
  });
});
