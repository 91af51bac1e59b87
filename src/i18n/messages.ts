/**
 * Every user-facing message, in Chinese first and English: the catalogue, and `defineMessages` for the modules
 * that add theirs. Code and data carry `{code, params}`; only the writers render them (src/write/render.ts), in
 * the language asked for (`--lang zh|en`). File-problem messages end with what to do about it.
 */
export type Lang = 'zh' | 'en';

export type Template = { zh: string; en: string };

export const MESSAGES: Record<string, Template> = {
  // Reading files
  'empty-file': { zh: '文件为空，没有可读内容。', en: 'The file is empty.' },
  'file-too-large': { zh: '文件超过 {mb} MB 上限，未读取；可用 --max-mb 调高上限。', en: 'File exceeds the {mb} MB limit; not read. Raise it with --max-mb.' },
  'binary-not-text': { zh: '文件内容不是文本（可能是扩展名错误或文件损坏）。', en: 'The content is not text (wrong extension or a damaged file).' },
  'unsupported-format': { zh: '不支持的文件类型（{ext}）；支持 PDF、Word、HTML、文本和 Excel。', en: 'Unsupported file type ({ext}); PDF, Word, HTML, text and Excel are supported.' },
  'adapter-missing': { zh: '暂不支持读取此格式（{format}）。', en: 'This format ({format}) cannot be read yet.' },
  'read-error': { zh: '无法读取文件：{detail}。请检查文件后重试。', en: 'Cannot read the file: {detail}. Check the file and retry.' },
  'internal-error': { zh: '处理时出现内部错误：{detail}。请将此文件提交给维护者。', en: 'Internal error: {detail}. Please report this file to the maintainers.' },
  timeout: { zh: '处理超时（超过 {seconds} 秒），已跳过；可用 --timeout 调高。', en: 'Timed out after {seconds} s and skipped; raise it with --timeout.' },
  'encoding-note': { zh: '文本编码判定为 {encoding}。', en: 'Text encoding detected as {encoding}.' },
  'format-mismatch': { zh: '扩展名为 {ext}，但内容是 {format}，已按 {format} 读取。', en: 'Extension is {ext} but the content is {format}; read as {format}.' },
  'joined-to': { zh: '与 {file} 同名，合并为同一份报告审核。', en: 'Same name as {file}; audited together as one report.' },
  'no-figures': { zh: '未在文件中找到任何绩效数据。', en: 'No budget-performance figures were found in the file.' },
  'rubric-none': { zh: '未识别出评分框架，未复核自评分数。', en: 'No scoring framework recognised; the self-score was not re-checked.' },
};

/** Add messages from another module (checks, adapters, writers) at load time. */
export function defineMessages(entries: Record<string, Template>): void {
  for (const [code, template] of Object.entries(entries)) {
    if (MESSAGES[code] && MESSAGES[code] !== template) throw new Error(`message ${code} defined twice`);
    MESSAGES[code] = template;
  }
}

defineMessages({
  'zip-corrupt': { zh: '文件已损坏，无法解压（{detail}）。请确认文件完整后重试。', en: 'The file is damaged and cannot be unzipped ({detail}). Check that the file is complete.' },
  'zip-too-many-entries': { zh: '压缩包内条目过多（{count} 个），疑似恶意文件，未读取。', en: 'Too many entries in the archive ({count}); looks hostile, not read.' },
  'zip-bomb': { zh: '文件解压后将超过 {mb} MB（疑似“压缩炸弹”），未读取。', en: 'The file would inflate beyond {mb} MB (a zip bomb); not read.' },
});

// PDF adapter (src/ingest/pdf). Notes in DocumentModel.notes are these messages JSON-encoded ({code, params}).
const OCR_INSTALL = 'apt-get install tesseract-ocr tesseract-ocr-chi-sim poppler-utils';
defineMessages({
  'pdf-invalid': {
    zh: 'PDF 文件已损坏或不完整，无法打开（{detail}）。请确认文件能在 PDF 阅读器中打开，或重新下载/导出后再试。',
    en: 'The PDF is damaged or incomplete and cannot be opened ({detail}). Check that it opens in a PDF reader, or download/export it again.',
  },
  'pdf-encrypted': {
    zh: 'PDF 设有打开密码，未读取。请提供未加密的版本（例如输入密码打开后另存为新的 PDF）。',
    en: 'The PDF needs a password to open; not read. Provide an unencrypted copy (e.g. open it with the password and save it as a new PDF).',
  },
  'pdf-too-many-pages': {
    zh: 'PDF 共 {pages} 页，超过 {max} 页上限，未读取；请将文件拆分后分别审核。',
    en: 'The PDF has {pages} pages, more than the {max}-page limit; not read. Split the file and audit the parts.',
  },
  'pdf-scanned-no-engine': {
    zh: `PDF 没有文字层（扫描件或图片），需要 OCR 才能读取，但本机未安装 OCR 引擎。请安装：${OCR_INSTALL}，然后重新运行。`,
    en: `The PDF has no text layer (a scan or images) and needs OCR, but no OCR engine is installed. Install one: ${OCR_INSTALL}, then run again.`,
  },
  'pdf-scanned-ocr-off': {
    zh: 'PDF 没有文字层（扫描件或图片），OCR 已关闭，未读取。用 --ocr auto 开启 OCR 后可识别。',
    en: 'The PDF has no text layer (a scan or images) and OCR is off; not read. Turn OCR on with --ocr auto.',
  },
  'pdf-scanned-ocr-failed': {
    zh: `PDF 没有文字层（扫描件或图片），OCR 识别失败（{detail}）。请检查 OCR 安装（${OCR_INSTALL}）。`,
    en: `The PDF has no text layer (a scan or images) and OCR failed ({detail}). Check the OCR install (${OCR_INSTALL}).`,
  },
  'pdf-garbled-no-engine': {
    zh: `PDF 的文字层是乱码（字体缺少 Unicode 映射），无法直接提取文字；需要 OCR，但本机未安装 OCR 引擎。请安装：${OCR_INSTALL}；或向报送单位索取可复制文字的 PDF 或 Word 版本。`,
    en: `The PDF's text layer is garbled (fonts without a Unicode map); it needs OCR, but no OCR engine is installed. Install one: ${OCR_INSTALL}, or ask the sender for a PDF or Word file with copyable text.`,
  },
  'pdf-garbled-ocr-off': {
    zh: 'PDF 的文字层是乱码（字体缺少 Unicode 映射），OCR 已关闭，未读取。用 --ocr auto 开启 OCR，或向报送单位索取可复制文字的版本。',
    en: 'The PDF\'s text layer is garbled (fonts without a Unicode map) and OCR is off; not read. Turn OCR on with --ocr auto, or ask for a file with copyable text.',
  },
  'pdf-garbled-ocr-failed': {
    zh: `PDF 的文字层是乱码（字体缺少 Unicode 映射），OCR 识别失败（{detail}）。请检查 OCR 安装（${OCR_INSTALL}）。`,
    en: `The PDF's text layer is garbled (fonts without a Unicode map) and OCR failed ({detail}). Check the OCR install (${OCR_INSTALL}).`,
  },
  'pdf-ocr-pages': {
    zh: '第 {pages} 页没有可用的文字层，已用 OCR（{engine} {version}）识别；识别出的数字可能有误，请与原件核对。',
    en: 'Pages {pages} had no usable text layer and were read by OCR ({engine} {version}); OCR may misread figures, check them against the original.',
  },
  'pdf-pages-unread-no-engine': {
    zh: `第 {pages} 页没有可用的文字层（扫描图片或乱码），未读取，其余页面照常审核。安装 OCR 后可读取这些页：${OCR_INSTALL}。`,
    en: `Pages {pages} have no usable text layer (scanned images or garbled text) and were skipped; the other pages were audited. Install OCR to read them: ${OCR_INSTALL}.`,
  },
  'pdf-pages-unread-ocr-off': {
    zh: '第 {pages} 页没有可用的文字层（扫描图片或乱码），OCR 已关闭，未读取，其余页面照常审核。用 --ocr auto 可识别这些页。',
    en: 'Pages {pages} have no usable text layer (scanned images or garbled text) and OCR is off; they were skipped, the other pages were audited. Use --ocr auto to read them.',
  },
  'pdf-pages-unread-ocr-failed': {
    zh: '第 {pages} 页没有可用的文字层，OCR 未能识别（原因见另一条说明），未读取，其余页面照常审核。',
    en: 'Pages {pages} have no usable text layer and OCR could not read them (see the other note); they were skipped, the other pages were audited.',
  },
  'pdf-pages-failed': {
    zh: '第 {pages} 页内容损坏，无法解析（{detail}），已跳过，其余页面照常审核。',
    en: 'Pages {pages} are damaged and could not be parsed ({detail}); skipped, the other pages were audited.',
  },
});

// HTML and Word adapters (src/ingest/html*.ts, docx.ts, doc.ts)
defineMessages({
  'html-no-text': { zh: '网页中没有正文文字（正文可能由脚本加载，或页面只有导航）。请在浏览器中打开后另存为完整网页或打印为 PDF，再审核该文件。', en: 'The page has no body text (a script may load it, or the page is only navigation). Open it in a browser, save the complete page or print it to PDF, and audit that file.' },
  'html-nesting-capped': { zh: '网页元素嵌套超过 {depth} 层，更深的层级已按同级读取：文字没有丢失，但版式可能不准确。', en: 'Elements nested deeper than {depth} levels were read as siblings: no text was lost, but the layout may be off.' },
  'html-table-as-text': { zh: '有表格过大（或合并单元格异常），已按文本读取，其中的数字未按表格核对。', en: 'A table was too large (or had abnormal merged cells) and was read as text; its figures were not checked as a table.' },
  'docx-unreadable': { zh: 'Word 文件无法解析（{detail}）。请用 Word 或 WPS 打开后另存为 .docx 再试。', en: 'The Word file cannot be parsed ({detail}). Open it in Word or WPS, save it again as .docx and retry.' },
  'word-encrypted': { zh: 'Word 文件设置了打开密码，无法读取。请去除密码后另存，再审核。', en: 'The Word file is password-protected and cannot be read. Remove the password, save it again and retry.' },
  'doc-needs-libreoffice': { zh: '读取旧版 Word（.doc）需要 LibreOffice。请安装（Debian/Ubuntu：apt-get install libreoffice-writer-nogui），或将文件另存为 .docx 或 PDF 后再审核。', en: 'Reading legacy Word (.doc) files needs LibreOffice. Install it (Debian/Ubuntu: apt-get install libreoffice-writer-nogui), or save the file as .docx or PDF and audit that.' },
  'doc-convert-failed': { zh: 'LibreOffice 无法转换此 .doc 文件（{detail}），文件可能已损坏或加密。请用 Word 或 WPS 打开后另存为 .docx 再试。', en: 'LibreOffice could not convert this .doc file ({detail}); it may be damaged or password-protected. Open it in Word or WPS, save it as .docx and retry.' },
  'doc-read-directly-tables': { zh: 'LibreOffice 转换时丢失了表格，已直接读取 .doc 文件：合并单元格与编号可能缺失。', en: 'LibreOffice lost tables in the conversion, so the .doc was read directly: merged cells and list numbers may be missing.' },
  'doc-read-directly-failed': { zh: 'LibreOffice 无法转换此文件，已直接读取 .doc：合并单元格与编号可能缺失；如结果不完整，请另存为 .docx 后再审核。', en: 'LibreOffice could not convert the file, so the .doc was read directly: merged cells and list numbers may be missing. If the result looks incomplete, save it as .docx and audit that.' },
  'doc-read-directly-no-libreoffice': { zh: '未安装 LibreOffice，已直接读取 .doc：合并单元格与编号可能缺失。安装 LibreOffice（apt-get install libreoffice-writer-nogui）可读得更完整。', en: 'LibreOffice is not installed, so the .doc was read directly: merged cells and list numbers may be missing. Install LibreOffice (apt-get install libreoffice-writer-nogui) for a fuller reading.' },
  'doc-not-word': { zh: '文件扩展名为 .doc，但内容不是 Word 文档。请确认文件完整，或用 Word/WPS 打开后另存为 .docx 再审核。', en: 'The file is named .doc but is not a Word document. Check that it is complete, or open it in Word or WPS, save it as .docx and audit that.' },
  'doc-converted': { zh: '旧版 Word 文件经 LibreOffice 转换为 .docx 后读取。', en: 'Legacy Word file read after LibreOffice converted it to .docx.' },
});

defineMessages({
  'ocr-caution': {
    zh: '（部分数字来自文字识别，可能有误读，请对照原件核实。）',
    en: '(Some figures come from OCR and a digit may be misread: check against the original.)',
  },
});
