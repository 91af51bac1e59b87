/**
 * What `--help` prints, per command, in Chinese and English. The synopsis alone follows a usage error, so the
 * right form is on screen next to what was wrong.
 */
import type { Lang } from '../i18n/messages.js';

export type Command = 'audit' | 'merge' | 'inspect' | 'rubrics';

interface Help {
  synopsis: string;
  about: string;
}

const HELP_FLAGS: Array<[flag: string, zh: string, en: string]> = [
  ['-h, --help', '显示本说明', 'show this help'],
  ['--version', '显示版本号', 'show the version'],
];

const HELP: Record<Command, { zh: Help; en: Help }> = {
  audit: {
    zh: {
      synopsis: 'jixiao audit [文件或目录…] [--out 目录] [选项]',
      about: '审核绩效自评报告：每个输入文件在 reports.csv 中占一行，数据、问题和表格写入输出目录。\n不给路径时审核自带的示例报告（fixtures/examples），输出到 output/。',
    },
    en: {
      synopsis: 'jixiao audit [files or folders...] [--out dir] [options]',
      about: 'Audit budget-performance self-evaluation reports: every input file gets a row in reports.csv; figures,\nfindings and tables go to the output folder. With no paths, audits the bundled examples into output/.',
    },
  },
  merge: {
    zh: {
      synopsis: 'jixiao merge <输出目录…> --out <目录> [选项]',
      about: '把分片（--shard）的输出目录合并为一次完整运行的结果。',
    },
    en: {
      synopsis: 'jixiao merge <output folders...> --out <dir> [options]',
      about: 'Join the output folders of shards (--shard) into the outputs of one whole run.',
    },
  },
  inspect: {
    zh: {
      synopsis: 'jixiao inspect <文件> [--lang en] [--ocr auto|off]',
      about: '显示一个文件是如何读取的：逐段文字、表格及列标题、每个数据及其位置、每个问题。',
    },
    en: {
      synopsis: 'jixiao inspect <file> [--lang en] [--ocr auto|off]',
      about: 'Show how one file is read: its paragraphs, tables with their column headers, every figure with its\nlocation, and every finding.',
    },
  },
  rubrics: {
    zh: {
      synopsis: 'jixiao rubrics [--lang en]',
      about: '列出内置的评分框架（代码、名称、地区、适用年度）；audit 的 --rubric 可用其代码，也可给一个框架文件。',
    },
    en: {
      synopsis: 'jixiao rubrics [--lang en]',
      about: 'List the built-in scoring frameworks (id, name, region, budget years); audit --rubric takes an id, or a\nframework file.',
    },
  },
};

/** Options of each command, with their descriptions (the parser takes its list of names from here). */
export const OPTIONS: Record<Command, Array<{ name: string; value: string | null; zh: string; en: string }>> = {
  audit: [
    { name: 'out', value: '<dir>', zh: '输出目录（默认 output）', en: 'output folder (default: output)' },
    { name: 'jobs', value: '<N>', zh: '同时处理的文件数（默认为 CPU 核数）', en: 'files processed at once (default: the number of cores)' },
    { name: 'lang', value: 'zh|en', zh: '输出语言（默认 zh）', en: 'language of the outputs (default: zh)' },
    { name: 'rubric', value: '<id|file>', zh: '指定评分框架（默认自动识别）', en: 'scoring framework to use (default: detected)' },
    { name: 'format', value: '<list>', zh: '输出格式，逗号分隔：csv,json,xlsx,html（默认全部）', en: 'outputs to write, comma-separated: csv,json,xlsx,html (default: all)' },
    { name: 'quiet', value: null, zh: '不显示进度和汇总', en: 'no progress, no summary' },
    { name: 'force', value: null, zh: '全部重新审核，不沿用此前运行的结果', en: 'audit everything again, reuse nothing from earlier runs' },
    { name: 'shard', value: '<K/N>', zh: '只处理 N 份中的第 K 份（之后用 jixiao merge 合并）', en: 'process part K of N (join the parts with jixiao merge)' },
    { name: 'timeout', value: '<seconds>', zh: '单个文件的时间上限，秒（默认 120）', en: 'time limit per file, in seconds (default: 120)' },
    { name: 'max-mb', value: '<N>', zh: '单个文件的大小上限，MB（默认 200）', en: 'size limit per file, in MB (default: 200)' },
    { name: 'ocr', value: 'auto|off', zh: '扫描件是否做文字识别（默认 auto）', en: 'read scanned pages by OCR (default: auto)' },
    {
      name: 'min-gap',
      value: '<万元,百分点>',
      zh: '重要性门槛：金额差距小于若干万元、比率差距小于若干个百分点的矛盾记为提示（如 1,0.5；默认不设）',
      en: 'materiality: contradictions under this many 万元 (amounts) or percentage points (rates) become notes (e.g. 1,0.5; default: none)',
    },
  ],
  merge: [
    { name: 'out', value: '<dir>', zh: '合并结果的输出目录（默认 output）', en: 'folder for the merged outputs (default: output)' },
    { name: 'lang', value: 'zh|en', zh: '输出语言（默认 zh）', en: 'language of the outputs (default: zh)' },
    { name: 'format', value: '<list>', zh: '输出格式，逗号分隔：csv,json,xlsx,html（默认全部）', en: 'outputs to write, comma-separated: csv,json,xlsx,html (default: all)' },
    { name: 'quiet', value: null, zh: '不显示汇总', en: 'no summary' },
    { name: 'min-gap', value: '<万元,百分点>', zh: '重要性门槛，同 audit（分片审核时用了它，合并时也要给出）', en: 'materiality, as for audit (give it here too when the shards were audited with it)' },
  ],
  inspect: [
    { name: 'lang', value: 'zh|en', zh: '输出语言（默认 zh）', en: 'language of the output (default: zh)' },
    { name: 'ocr', value: 'auto|off', zh: '扫描件是否做文字识别（默认 auto）', en: 'read scanned pages by OCR (default: auto)' },
  ],
  rubrics: [{ name: 'lang', value: 'zh|en', zh: '输出语言（默认 zh）', en: 'language of the output (default: zh)' }],
};

const EXIT_CODES = {
  zh: '退出码：0 所有文件均已处理（发现问题不算失败）；1 有文件未能处理；2 用法错误；130 运行被中断。',
  en: 'Exit codes: 0 every file was processed (findings are not failures); 1 some file could not be; 2 bad usage;\n130 interrupted.',
};

const OTHER_LANGUAGE = { zh: 'English: jixiao {command} --help --lang en', en: '中文说明：jixiao {command} --help' };

/** The one-line form of a command, after a usage error. */
export function synopsis(command: Command | null, lang: Lang): string {
  const head = lang === 'zh' ? '用法：' : 'Usage: ';
  const commands: Command[] = command ? [command] : ['audit', 'merge', 'inspect', 'rubrics'];
  const lines = commands.map((c) => `${commands.length > 1 ? '  ' : head}${HELP[c][lang].synopsis}`);
  const more = command ? `jixiao ${command} --help` : 'jixiao --help';
  return `${commands.length > 1 ? `${head}\n` : ''}${lines.join('\n')}\n${lang === 'zh' ? `详细说明：${more}` : `More: ${more}`}`;
}

/** What `jixiao <command> --help` prints; with no command, the overview of all three. */
export function helpText(command: Command | null, lang: Lang): string {
  if (!command) {
    const title = lang === 'zh' ? 'jixiao：审核部门整体支出绩效自评报告。' : 'jixiao: audit budget-performance self-evaluation reports.';
    const list = (['audit', 'merge', 'inspect', 'rubrics'] as const).map((c) => `  ${HELP[c][lang].synopsis}`).join('\n');
    const more = lang === 'zh' ? '各命令的选项：jixiao <命令> --help' : 'Options of a command: jixiao <command> --help';
    return `${title}\n\n${lang === 'zh' ? '命令：' : 'Commands:'}\n${list}\n\n${more}\n${EXIT_CODES[lang]}\n${OTHER_LANGUAGE[lang].replace(' {command}', '')}\n`;
  }
  const help = HELP[command][lang];
  const rows: Array<[string, string]> = [
    ...OPTIONS[command].map((o): [string, string] => [`--${o.name}${o.value ? ` ${o.value}` : ''}`, o[lang]]),
    ...HELP_FLAGS.map(([flag, zh, en]): [string, string] => [flag, lang === 'zh' ? zh : en]),
  ];
  const width = Math.max(...rows.map(([flag]) => flag.length)) + 2;
  const options = rows.map(([flag, text]) => `  ${flag.padEnd(width)}${text}`).join('\n');
  return (
    `${lang === 'zh' ? '用法：' : 'Usage: '}${help.synopsis}\n\n${help.about}\n\n${lang === 'zh' ? '选项：' : 'Options:'}\n${options}\n\n` +
    `${EXIT_CODES[lang]}\n${OTHER_LANGUAGE[lang].replace('{command}', command)}\n`
  );
}
