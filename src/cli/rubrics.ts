/**
 * `jixiao rubrics`: the scoring frameworks `--rubric` accepts by id, with their names, regions and the budget
 * years they apply to, one per line (a framework file may be given instead of an id).
 */
import type { RubricsArgs } from './args.js';
import { rubricListing } from '../write/rubric-names.js';

export function runRubrics(args: RubricsArgs, out: NodeJS.WritableStream = process.stdout): number {
  const { lang } = args;
  const list = rubricListing(lang);
  const width = Math.max(...list.map((r) => r.id.length)) + 2;
  const lines = [
    lang === 'zh'
      ? `内置评分框架 ${list.length} 个（jixiao audit --rubric <代码> 指定其一，也可给一个框架文件；不指定时按评分表、地区和年度自动识别）：`
      : `${list.length} built-in scoring frameworks (jixiao audit --rubric <id> forces one, or give a framework file; by default one is detected from the score table, region and year):`,
    '',
    `${(lang === 'zh' ? '代码' : 'id').padEnd(width - (lang === 'zh' ? 2 : 0))}${lang === 'zh' ? '名称 · 地区 · 适用年度 · 类型 · 核对情况' : 'name · region · budget years · kind · verification'}`,
    ...list.map((r) => `${r.id.padEnd(width)}${r.name} · ${r.region} · ${r.years} · ${r.kind} · ${r.verification}`),
  ];
  out.write(`${lines.join('\n')}\n`);
  return 0;
}
