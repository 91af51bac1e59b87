/**
 * Technical parameters said in the language asked for: an errno code in words with the code in brackets, a
 * special file's kind, a library's English text translated or kept out of a Chinese sentence (table-driven).
 */
import { describe, expect, it } from 'vitest';
import { render } from '../../src/write/render.js';
import { msg } from '../../src/model/status.js';
import '../../src/batch/messages.js';
import '../../src/rules/rubric/messages.js';

describe('technical parameters in messages', () => {
  it.each<[string, ReturnType<typeof msg>, string, string]>([
    ['a permission errno', msg('file-no-permission', { detail: 'EACCES' }), '没有权限读取此文件：权限不足（EACCES）。未读取；请检查文件权限后重试。', 'No permission to read this file: permission denied (EACCES). Not read; check its permissions and retry.'],
    ['a read errno', msg('read-error', { detail: 'EISDIR' }), '无法读取文件：这是一个目录（EISDIR）。请检查文件后重试。', 'Cannot read the file: is a directory (EISDIR). Check the file and retry.'],
    ['an errno with no words of its own', msg('read-error', { detail: 'EXDEV' }), '无法读取文件：系统错误（EXDEV）。请检查文件后重试。', 'Cannot read the file: system error (EXDEV). Check the file and retry.'],
    ['a FIFO', msg('not-a-regular-file', { kind: 'FIFO' }), '这不是普通文件（命名管道（FIFO）），未读取。', 'This is not a regular file (FIFO); not read.'],
    ['a truncated zip', msg('zip-corrupt', { detail: 'no central directory' }), '文件已损坏，无法解压（找不到压缩包的目录，文件可能不完整）。请确认文件完整后重试。', 'The file is damaged and cannot be unzipped (no central directory). Check that the file is complete.'],
    ['a damaged PDF', msg('pdf-invalid', { detail: 'not a PDF file or damaged beyond repair' }), 'PDF 文件已损坏或不完整，无法打开（不是 PDF 文件，或已损坏到无法修复）。', 'The PDF is damaged or incomplete and cannot be opened (not a PDF file or damaged beyond repair).'],
    ['an unknown rubric', msg('rubric-invalid', { rubric: 'x', detail: 'no framework with this id and no such file (known: a, b)' }), '指定的评分框架“x”无法使用：没有这个代码的评分框架，也没有这个文件（可用：a, b）。未复核自评分数。', 'The scoring framework “x” cannot be used: no framework with this id and no such file (known: a, b). The self-score was not re-checked.'],
    ['a library text nobody translated', msg('docx-unreadable', { detail: 'Could not find file in options' }), 'Word 文件无法解析（技术原因见英文说明：--lang en）。', 'The Word file cannot be parsed (Could not find file in options).'],
  ])('%s', (_name, message, zh, en) => {
    expect(render(message, 'zh').startsWith(zh.replace(/。$/, ''))).toBe(true);
    expect(render(message, 'en').startsWith(en.replace(/\.$/, ''))).toBe(true);
  });
});
