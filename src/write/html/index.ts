/** The browsable audit: index.html and one page per report under reports/. */
export { createHtmlSink, INDEX_FILE } from './sink.js';
export { reportPageName, reportHref, REPORTS_DIR } from './names.js';
