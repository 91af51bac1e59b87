// Placeholder until the html adapter lands (issue 3): reports the format as not readable yet.
import { IngestError, msg } from '../model/status.js';
import type { Adapter } from './adapter.js';

export const htmlAdapter: Adapter = {
  format: 'html',
  async read() {
    throw new IngestError('unsupported', msg('adapter-missing', { format: 'html' }));
  },
};
