/**
 * HTML reports (web pages saved from government sites, exported documents) in any charset. The page chrome
 * (scripts, navigation, headers and footers) is left out; see html-model.ts for how the rest becomes lines and tables.
 */
import { IngestError, msg } from '../model/status.js';
import type { Adapter } from './adapter.js';
import { decodeHtml } from './html-charset.js';
import { htmlToModel } from './html-model.js';

export const htmlAdapter: Adapter = {
  format: 'html',
  async read(bytes, path) {
    if (bytes.length === 0) throw new IngestError('empty', msg('empty-file'));
    const { text, encoding } = decodeHtml(bytes);
    const doc = htmlToModel(text, { file: path, format: 'html', encoding });
    // Pages whose text a script fills in at view time arrive with only the chrome.
    if (doc.lines.length === 0) throw new IngestError('empty', msg('html-no-text'));
    return doc;
  },
};
