/** A table's caption (表 2 公用经费控制情况表) and unit note (单位：万元), read from the lines just above it. */
import type { Line } from '../model/document.js';

const CAPTION = /^\s*(?:表\s*[\d一二三四五六七八九十]+(?:\s*[-—–.．]\s*\d+)?|附表\s*\d*)|(?:情况|明细|汇总|统计|评分|一览|执行|指标)表\s*[:：]?\s*$/;
const UNIT = /(?:金额)?单位\s*[:：]\s*(亿元|万元|千元|元|人|个|%|分)/;

export function findCaption(lines: Line[], tableStart: number): { caption: string | null; unitNote: string | null } {
  let caption: string | null = null;
  let unitNote: string | null = null;
  let seen = 0;
  for (let i = tableStart - 1; i >= 0 && seen < 3; i--) {
    // A title or a unit note written as a cell of a flattened table (金额单位:万元|) is read without its pipes.
    const text = lines[i]!.text.replace(/^[\s|]+|[\s|]+$/g, '');
    if (text === '' || lines[i]!.kind === 'running') continue;
    seen++;
    if (!unitNote && UNIT.test(text)) {
      unitNote = text;
      if (CAPTION.test(text.replace(UNIT, '').replace(/[（()）]/g, ''))) caption ??= text;
      continue;
    }
    if (!caption && CAPTION.test(text) && text.length <= 60) {
      caption = text;
      continue;
    }
    if (text.length > 60) break;
  }
  return { caption, unitNote };
}
