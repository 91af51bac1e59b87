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
import type { PartText } from './part-text.js';

export function auditJsonSchema(): unknown {
  return z.toJSONSchema(AuditSchema, { io: 'input' });
}

/** Reports' entries of audit.json (without their text), rendered wherever the reports are (see renderPartsEncoded). */
export interface JsonPart {
  reports: PartText[];
  errors: string[];
}

export function renderJsonPart(reports: readonly Report[]): JsonPart & { reports: string[] } {
  const part: JsonPart & { reports: string[] } = { reports: [], errors: [] };
  for (const report of reports) {
    try {
      const { text: _text, ...rest } = report;
      part.reports.push(JSON.stringify(rest));
    } catch (error) {
      part.errors.push(`${report.file}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return part;
}

export interface JsonSink extends ReportSink {
  /** Entries rendered elsewhere (renderJsonPart), in order; returns the reports that could not be rendered. */
  addPart(part: JsonPart): Promise<string[]>;
}

export function createJsonSink(options: SinkOptions): JsonSink {
  const stream = createWriteStream(join(options.outDir, 'audit.json'), { encoding: 'utf8' });
  let first = true;
  let opened = false;
  const open = (createdAt: string) => {
    if (opened) return;
    opened = true;
    stream.write(`{"tool":${JSON.stringify({ name: 'jixiao', version: TOOL_VERSION })},"createdAt":${JSON.stringify(createdAt)},"lang":${JSON.stringify(options.lang)},"reports":[\n`);
  };
  const started = new Date().toISOString();
  const write = async (part: JsonPart): Promise<string[]> => {
    if (!part.reports.length) return part.errors;
    open(started);
    let flowing = true;
    for (const entry of part.reports) {
      if (!first) stream.write(',\n');
      first = false;
      flowing = stream.write(entry);
    }
    if (!flowing) await new Promise<void>((resolve) => stream.once('drain', () => resolve()));
    return part.errors;
  };
  return {
    async add(report: Report) {
      const errors = await write(renderJsonPart([report]));
      if (errors.length) throw new Error(errors[0]!.slice(report.file.length + 2));
    },
    addPart: write,
    async close(_summary: RunSummary) {
      open(started);
      await new Promise<void>((resolve, reject) => stream.end('\n]}\n', (err?: Error | null) => (err ? reject(err) : resolve())));
      writeFileSync(join(options.outDir, 'audit.schema.json'), `${JSON.stringify(auditJsonSchema(), null, 2)}\n`);
    },
  };
}
