/**
 * The two pure steps between PDFium and the layout code: characters → text runs, and paths → ruling lines.
 * (The corpus and synthetic PDFs in pdf.test.ts exercise them through PDFium.)
 */
import { describe, expect, it } from 'vitest';
import { glyphRuns, type Glyph } from '../../src/ingest/pdf/runs.js';
import { GraphicsCollector, type PathShape } from '../../src/ingest/pdf/rules.js';

/** Characters set one after another from x, `advance` font sizes each, on baseline 700 at 10 pt. */
function set(text: string, x: number, { advance = 1, y = 700, size = 10, gap = 0 } = {}): Glyph[] {
  let at = x;
  return Array.from(text, (ch) => {
    const g: Glyph = { text: ch, generated: false, x: at, y, right: at + advance * size, fontSize: size, horizontal: true, source: 1 };
    at = g.right + gap;
    return g;
  });
}
const generated = (text: string): Glyph => ({ text, generated: true, x: 0, y: 0, right: 0, fontSize: 0, horizontal: true, source: 0 });
const runs = (glyphs: Glyph[]) => glyphRuns(glyphs).items.map((r) => [r.str, r.x, r.width]);

describe('characters into runs', () => {
  it.each([
    ['contiguous characters make one run', set('预算执行率', 72), [['预算执行率', 72, 50]]],
    ['a printed space inside a run stays', [...set('成', 72), ...set(' ', 82, { advance: 0.25 }), ...set('员', 84.5)], [['成 员', 72, 22.5]]],
    ['spaces at the ends are trimmed, their width left to the gap', [...set(' ', 60, { advance: 0.25 }), ...set('合计 ', 72, { advance: 0.5 })], [['合计', 72, 10]]],
    ['a gap over 0.15 font sizes ends the run', [...set('2021', 72, { advance: 0.5 }), ...set('年', 94)], [['2021', 72, 20], ['年', 94, 10]]],
    ['letter spacing under 0.15 font sizes does not', set('2021', 72, { advance: 0.5, gap: 1.25 }), [['2021', 72, 23.75]]],
    ['a character PDFium generated ends the run and is dropped', [...set('附件', 72), generated(' '), ...set('2', 92, { advance: 0.5 })], [['附件', 72, 20], ['2', 92, 5]]],
    ['a line break ends the run', [...set('上一行', 72), generated('\r'), generated('\n'), ...set('下一行', 102)], [['上一行', 72, 30], ['下一行', 102, 30]]],
    ['a baseline shift (superscript) ends the run', [...set('m', 72, { advance: 0.5 }), ...set('2', 77, { y: 704, size: 6, advance: 0.5 })], [['m', 72, 5], ['2', 77, 3]]],
    ['a change of size ends the run', [...set('标题', 72, { size: 12 }), ...set('正文', 96)], [['标题', 72, 24], ['正文', 96, 20]]],
    ['going back on the line ends the run', [...set('第一', 200), ...set('第二', 72)], [['第一', 200, 20], ['第二', 72, 20]]],
  ] as const)('%s', (_, glyphs, want) => {
    expect(runs([...glyphs])).toEqual(want);
  });

  it('keeps rotated text apart, in reading order', () => {
    const up = set('公章', 300).map((g) => ({ ...g, horizontal: false }));
    const { items, skewed } = glyphRuns([...set('正文', 72), ...up]);
    expect(items.map((r) => r.str)).toEqual(['正文']);
    expect(skewed.map((r) => r.str)).toEqual(['公章']);
  });
});

describe('paths into ruling lines', () => {
  const shape = (points: number[], paint: Partial<PathShape> = {}, curved = false): PathShape => ({
    stroked: false,
    filled: false,
    ...paint,
    subpaths: [{ points, curved }],
  });
  const rect = (x: number, y: number, w: number, h: number) => [x, y, x + w, y, x + w, y + h, x, y + h, x, y];

  it.each([
    ['a stroked horizontal line', shape([72, 700, 300, 700], { stroked: true }), [{ x1: 72, y1: 700, x2: 300, y2: 700 }], 0],
    ['a stroked vertical line', shape([72, 500, 72, 700], { stroked: true }), [{ x1: 72, y1: 500, x2: 72, y2: 700 }], 0],
    ['a thin filled rectangle (Chromium borders)', shape(rect(72, 699.5, 228, 1), { filled: true }), [{ x1: 72, y1: 700, x2: 300, y2: 700 }], 0],
    ['a filled box is a fill, not a rule', shape(rect(72, 600, 100, 50), { filled: true }), [], 1],
    ['a path painted neither way', shape([72, 700, 300, 700]), [], 0],
    ['a curve is no border', shape([72, 700, 300, 700], { stroked: true }, true), [], 0],
    ['a tick shorter than 4 pt', shape([72, 700, 75, 700], { stroked: true }), [], 0],
    ['a slanted line', shape([72, 700, 300, 650], { stroked: true }), [], 0],
  ] as const)('%s', (_, path, rules, fills) => {
    const collector = new GraphicsCollector();
    collector.path(path);
    expect(collector.result()).toEqual({ rules, images: 0, fills });
  });

  it('counts images', () => {
    const collector = new GraphicsCollector();
    collector.image();
    collector.image();
    expect(collector.result().images).toBe(2);
  });
});
