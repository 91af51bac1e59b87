// Placeholder until the spreadsheet adapter lands (issue 3).
import { IngestError, msg } from '../model/status.js';
import type { Adapter } from './adapter.js';
import type { Format } from '../model/document.js';

function missing(format: Format): Adapter {
  return {
    format,
    async read() {
      throw new IngestError('unsupported', msg('adapter-missing', { format }));
    },
  };
}
export const xlsxAdapter = missing('xlsx');
export const xlsAdapter = missing('xls');
export const csvAdapter = missing('csv');
