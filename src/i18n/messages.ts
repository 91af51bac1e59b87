/**
 * Every user-facing message, in Chinese first and English. Code and data carry `{code, params}`; writers render
 * in the language asked for (`--lang zh|en`). File-problem messages end with what to do about it.
 */
import type { Message } from '../model/status.js';

export type Lang = 'zh' | 'en';

type Template = { zh: string; en: string };

export const MESSAGES: Record<string, Template> = {
  // Reading files
  'empty-file': { zh: '文件为空，没有可读内容。', en: 'The file is empty.' },
  'file-too-large': { zh: '文件超过 {mb} MB 上限，未读取；可用 --max-mb 调高上限。', en: 'File exceeds the {mb} MB limit; not read. Raise it with --max-mb.' },
  'binary-not-text': { zh: '文件内容不是文本（可能是扩展名错误或文件损坏）。', en: 'The content is not text (wrong extension or a damaged file).' },
  'unsupported-format': { zh: '不支持的文件类型（{ext}）；支持 PDF、Word、HTML、文本和 Excel。', en: 'Unsupported file type ({ext}); PDF, Word, HTML, text and Excel are supported.' },
  'adapter-missing': { zh: '暂不支持读取此格式（{format}）。', en: 'This format ({format}) cannot be read yet.' },
  'read-error': { zh: '无法读取文件：{detail}', en: 'Cannot read the file: {detail}' },
  'internal-error': { zh: '处理时出现内部错误：{detail}。请将此文件提交给维护者。', en: 'Internal error: {detail}. Please report this file to the maintainers.' },
  timeout: { zh: '处理超时（超过 {seconds} 秒），已跳过；可用 --timeout 调高。', en: 'Timed out after {seconds} s and skipped; raise it with --timeout.' },
  'encoding-note': { zh: '文本编码判定为 {encoding}。', en: 'Text encoding detected as {encoding}.' },
  'format-mismatch': { zh: '扩展名为 {ext}，但内容是 {format}，已按 {format} 读取。', en: 'Extension is {ext} but the content is {format}; read as {format}.' },
  'joined-to': { zh: '与 {file} 同名，合并为同一份报告审核。', en: 'Same name as {file}; audited together as one report.' },
  'no-figures': { zh: '未在文件中找到任何绩效数据。', en: 'No budget-performance figures were found in the file.' },
  'rubric-none': { zh: '未识别出评分框架，未复核自评分数。', en: 'No scoring framework recognised; the self-score was not re-checked.' },
};

export function render(message: Message, lang: Lang): string {
  const template = MESSAGES[message.code];
  if (!template) return message.params ? `${message.code} ${JSON.stringify(message.params)}` : message.code;
  return template[lang].replace(/\{(\w+)\}/g, (_, name: string) => String(message.params?.[name] ?? `{${name}}`));
}

/** Add messages from another module (checks, adapters, writers) at load time. */
export function defineMessages(entries: Record<string, Template>): void {
  for (const [code, template] of Object.entries(entries)) {
    if (MESSAGES[code] && MESSAGES[code] !== template) throw new Error(`message ${code} defined twice`);
    MESSAGES[code] = template;
  }
}
