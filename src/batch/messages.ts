/**
 * Messages of the batch layer (files refused before reading, workers that crash or run out of memory, runs that
 * are interrupted), and the hand-over of message templates from workers to the main thread: adapters define their
 * messages when they load, which happens in a worker, so the writers in the main thread would otherwise print
 * bare codes.
 */
import { defineMessages, MESSAGES } from '../i18n/messages.js';

export type Templates = Record<string, { zh: string; en: string }>;

defineMessages({
  'file-missing': {
    zh: '文件不存在（或是指向不存在文件的链接），未读取。请检查路径。',
    en: 'The file does not exist (or is a link to a missing file); not read. Check the path.',
  },
  'file-no-permission': {
    zh: '没有权限读取此文件：{detail}。未读取；请检查文件权限后重试。',
    en: 'No permission to read this file: {detail}. Not read; check its permissions and retry.',
  },
  'not-a-regular-file': {
    zh: '这不是普通文件（{kind}），未读取。',
    en: 'This is not a regular file ({kind}); not read.',
  },
  'worker-crashed': {
    zh: '处理此文件时解析程序异常退出（{detail}），已跳过，其余文件照常处理。请将此文件提交给维护者。',
    en: 'The reader crashed on this file ({detail}); skipped, the other files were processed. Please report this file to the maintainers.',
  },
  'worker-out-of-memory': {
    zh: '处理此文件所需内存超过 {mb} MB 上限，已跳过（文件可能异常或过大）。',
    en: 'Reading this file needed more than the {mb} MB memory limit; skipped (the file may be malformed or too large).',
  },
  interrupted: {
    zh: '运行被中断，此文件尚未处理完；再次运行相同命令即可继续（已完成的文件不会重做）。',
    en: 'The run was interrupted before this file was done; run the same command again to continue (finished files are not redone).',
  },
});

/** The templates of the message codes used anywhere in `value` (reports, flags, notes), for the main thread. */
export function templatesUsed(value: unknown, out: Templates = {}): Templates {
  const seen = new Set<unknown>();
  const visit = (v: unknown): void => {
    if (v === null || typeof v !== 'object' || seen.has(v)) return;
    seen.add(v);
    if (Array.isArray(v)) {
      for (const item of v) visit(item);
      return;
    }
    const code = (v as { code?: unknown }).code;
    if (typeof code === 'string' && MESSAGES[code] && !out[code]) out[code] = MESSAGES[code]!;
    for (const child of Object.values(v)) visit(child);
  };
  visit(value);
  return out;
}

/** Make templates known here. A code already defined keeps its template (the same module defined both). */
export function adoptTemplates(templates: Templates | undefined): void {
  if (!templates) return;
  for (const [code, template] of Object.entries(templates)) if (!MESSAGES[code]) MESSAGES[code] = template;
}
