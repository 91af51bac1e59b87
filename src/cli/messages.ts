/** Messages of the command line: usage errors and problems with the paths given, each one line. */
import { defineMessages } from '../i18n/messages.js';

defineMessages({
  'cli.unknown-command': { zh: '未知命令“{command}”（可用：audit、merge、inspect、rubrics）。', en: 'Unknown command “{command}” (use audit, merge, inspect or rubrics).' },
  'cli.rubrics-no-args': { zh: 'rubrics 命令不带路径或其他参数，收到“{value}”。', en: 'The rubrics command takes no paths or other arguments, not “{value}”.' },
  'cli.unknown-option': { zh: '未知选项 {option}。', en: 'Unknown option {option}.' },
  'cli.needs-value': { zh: '选项 {option} 缺少取值（{value}）。', en: 'Option {option} needs a value ({value}).' },
  'cli.takes-no-value': { zh: '选项 {option} 不带取值。', en: 'Option {option} takes no value.' },
  'cli.integer': { zh: '选项 {option} 需要不小于 {min} 的整数，收到“{value}”。', en: 'Option {option} needs a whole number of at least {min}, not “{value}”.' },
  'cli.choice': { zh: '选项 {option} 只能是 {choices}，收到“{value}”。', en: 'Option {option} must be {choices}, not “{value}”.' },
  'cli.format': { zh: '选项 --format 不支持“{value}”（可用：csv,json,xlsx,html）。', en: 'Option --format does not know “{value}” (use csv,json,xlsx,html).' },
  'cli.min-gap': {
    zh: '选项 --min-gap 的格式为 <万元>,<百分点>（如 1,0.5）或带单位（如 1万元、0.5个百分点），收到“{value}”。',
    en: 'Option --min-gap must be <万元>,<percentage points> (e.g. 1,0.5) or with units (e.g. 1万元, 0.5pp), not “{value}”.',
  },
  'cli.shard': { zh: '选项 --shard 的格式为 K/N，且 1 ≤ K ≤ N，收到“{value}”。', en: 'Option --shard must be K/N with 1 ≤ K ≤ N, not “{value}”.' },
  'cli.inspect-one-file': { zh: 'inspect 命令需要且只需要一个文件。', en: 'The inspect command needs exactly one file.' },
  'cli.merge-needs-dirs': { zh: 'merge 命令需要至少一个输出目录。', en: 'The merge command needs at least one output folder.' },
  'cli.merge-out-is-input': { zh: '选项 --out 不能是被合并的目录之一：{dir}', en: 'Option --out must not be one of the folders being merged: {dir}' },
  'cli.out-is-file': { zh: '选项 --out 指向的是一个文件，不是目录：{path}', en: 'Option --out names a file, not a folder: {path}' },
  'cli.out-is-input': { zh: '选项 --out 不能是输入目录本身：{path}（请另选一个输出目录）', en: 'Option --out must not be an input folder itself: {path} (choose another output folder)' },
  'cli.out-unusable': { zh: '无法使用输出目录 {path}：{detail}', en: 'Cannot use the output folder {path}: {detail}' },
  'cli.no-such-path': { zh: '找不到 {paths}；未运行，原有输出保持不变。', en: 'Not found: {paths}; nothing was run and earlier outputs are kept.' },
  'cli.no-files': { zh: '{paths} 中没有任何文件；未运行，原有输出保持不变。', en: 'No files in {paths}; nothing was run and earlier outputs are kept.' },
  'cli.bad-rubric': { zh: '无法使用评分框架“{rubric}”：{detail}。jixiao rubrics 列出全部评分框架。', en: 'Cannot use the scoring framework “{rubric}”: {detail}. jixiao rubrics lists them.' },
  'cli.inspect-folder': { zh: '{path} 是目录；inspect 只查看一个文件，审核整个目录请用 jixiao audit。', en: '{path} is a folder; inspect shows one file (audit a folder with jixiao audit).' },
  'cli.internal': {
    zh: '内部错误：{detail}。请将命令和输入文件提交给维护者（设置 JIXIAO_DEBUG=1 可显示详细信息）。',
    en: 'Internal error: {detail}. Please report the command and its input files to the maintainers (JIXIAO_DEBUG=1 shows details).',
  },
});
