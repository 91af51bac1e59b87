/**
 * Technical words that reach messages as parameters — an errno code from the file system, the kind of a special
 * file, a library's own English text (`no central directory`, `not a PDF file or damaged beyond repair`) — said in
 * the language asked for. In Chinese an errno code is named in words with the code in brackets
 * (权限不足（EACCES）); known library texts are translated; any other English text is not put into a Chinese
 * sentence (it stays in audit.json, and `--lang en` shows it).
 */
import type { Lang } from './messages.js';

const ERRNO: Record<string, { zh: string; en: string }> = {
  EACCES: { zh: '权限不足', en: 'permission denied' },
  EPERM: { zh: '操作不被允许', en: 'operation not permitted' },
  ENOENT: { zh: '文件不存在', en: 'no such file' },
  ENOTDIR: { zh: '路径中有一段不是目录', en: 'not a directory' },
  EISDIR: { zh: '这是一个目录', en: 'is a directory' },
  ELOOP: { zh: '链接循环', en: 'too many links' },
  EIO: { zh: '读写错误', en: 'input/output error' },
  EBUSY: { zh: '文件正被占用', en: 'file busy' },
  EMFILE: { zh: '同时打开的文件过多', en: 'too many open files' },
  ENFILE: { zh: '系统打开的文件过多', en: 'too many open files in the system' },
  ENOSPC: { zh: '磁盘空间已满', en: 'no space left on the device' },
  EROFS: { zh: '文件系统只读', en: 'read-only file system' },
  ENAMETOOLONG: { zh: '文件名过长', en: 'file name too long' },
  ETIMEDOUT: { zh: '操作超时', en: 'timed out' },
  EAGAIN: { zh: '资源暂时不可用', en: 'resource temporarily unavailable' },
  ENXIO: { zh: '设备不存在', en: 'no such device' },
};

const KINDS: Record<string, string> = {
  directory: '目录',
  FIFO: '命名管道（FIFO）',
  socket: '套接字',
  device: '设备文件',
  'special file': '特殊文件',
};

/** File formats as people call them. */
const FORMATS: Record<string, string> = {
  txt: '纯文本',
  md: 'Markdown 文本',
  html: '网页（HTML）',
  docx: 'Word 文档（.docx）',
  doc: 'Word 97 文档（.doc）',
  pdf: 'PDF',
  xlsx: 'Excel 工作簿（.xlsx）',
  xls: 'Excel 97 工作簿（.xls）',
  csv: 'CSV 表格',
};

/** Library texts seen in messages, in Chinese. */
const LIBRARY: Array<[RegExp, string]> = [
  [/^no central directory$/, '找不到压缩包的目录，文件可能不完整'],
  [/^bad central directory entry$/, '压缩包的目录已损坏'],
  [/^bad local header$/, '压缩包内的文件头已损坏'],
  [/^unsupported compression method (\d+)$/, '不支持的压缩方式（$1）'],
  [/^entry (.+) does not inflate$/, '压缩包内的 $1 无法解压'],
  [/^not a PDF file or damaged beyond repair$/, '不是 PDF 文件，或已损坏到无法修复'],
  [/^file could not be read$/, '文件无法读取'],
  [/^unsupported security handler$/, '不支持的加密方式'],
  [/^password required$/, '需要密码'],
  [/^no output$/, '未生成转换结果'],
  [/^no text recognised$/, '未识别出文字'],
  [/^journal entry lost$/, '运行记录中的结果丢失'],
  [/^stored result missing in (.+)$/, '$1 中缺少已保存的结果'],
  [/^no framework with this id and no such file \(known: (.*)\)$/, '没有这个代码的评分框架，也没有这个文件（可用：$1）'],
  [/^Can't find end of central directory\b.*$/i, '找不到压缩包的目录，文件可能不完整'],
  [/^Corrupted zip\b.*$/i, '压缩包已损坏'],
  [/^End of data reached\b.*$/i, '文件在中途截断'],
];

const ERRNO_CODE = /^E[A-Z]{2,}$/;
const HAS_HAN = /[\u3400-\u9fff]/;
const ENGLISH_TEXT = /[A-Za-z]{2,}(?:\s+[A-Za-z]{2,})+/;

/** An errno code in words, with the code: `权限不足（EACCES）` / `permission denied (EACCES)`. */
export function errnoText(code: string, lang: Lang): string {
  const words = ERRNO[code]?.[lang] ?? (lang === 'zh' ? '系统错误' : 'system error');
  return lang === 'zh' ? `${words}（${code}）` : `${words} (${code})`;
}

/** A message parameter as it goes into a sentence in `lang`. */
export function paramText(code: string, name: string, value: string, lang: Lang): string {
  if (ERRNO_CODE.test(value)) return errnoText(value, lang);
  if (lang === 'en') return value;
  if (name === 'kind' && code === 'not-a-regular-file') return KINDS[value] ?? '特殊文件';
  if (name === 'format' && FORMATS[value]) return FORMATS[value];
  if (name !== 'detail' || HAS_HAN.test(value) || !ENGLISH_TEXT.test(value)) return value;
  for (const [re, zh] of LIBRARY) if (re.test(value)) return value.replace(re, zh);
  return '技术原因见英文说明：--lang en';
}
