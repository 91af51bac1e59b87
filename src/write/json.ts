/**
 * audit.json, streamed report by report so a batch of thousands never sits in memory, and audit.schema.json,
 * generated from the zod schemas the reports are typed by. The document text is left out (it is in index.html).
 */
import { createWriteStream, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { AuditSchema, type Report } from '../model/audit.js';
import type { ReportSink, RunSummary, SinkOptions } from './sink.js';
import { TOOL_VERSION } from '../version.js';

export function auditJsonSchema(): unknown {
  return z.toJSONSchema(AuditSchema, { io: 'input' });
}

export function createJsonSink(options: SinkOptions): ReportSink {
  const stream = createWriteStream(join(options.outDir, 'audit.json'), { encoding: 'utf8' });
  let first = true;
  let opened = false;
  const open = (createdAt: string) => {
    if (opened) return;
    opened = true;
    stream.write(`{"tool":${JSON.stringify({ name: 'jixiao', version: TOOL_VERSION })},"createdAt":${JSON.stringify(createdAt)},"lang":${JSON.stringify(options.lang)},"reports":[\n`);
  };
  const started = new Date().toISOString();
  return {
    async add(report: Report) {
      open(started);
      const { text: _text, ...rest } = report;
      const ok = stream.write(`${first ? '' : ',\n'}${JSON.stringify(rest)}`);
      first = false;
      if (!ok) await new Promise<void>((resolve) => stream.once('drain', () => resolve()));
    },
    async close(_summary: RunSummary) {
      open(started);
      await new Promise<void>((resolve, reject) => stream.end('\n]}\n', (err?: Error | null) => (err ? reject(err) : resolve())));
      writeFileSync(join(options.outDir, 'audit.schema.json'), `${JSON.stringify(auditJsonSchema(), null, 2)}\n`);
    },
  };
}
