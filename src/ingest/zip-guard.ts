/**
 * Refuse zip bombs before a library inflates them. .docx and .xlsx are zip files; mammoth and SheetJS inflate
 * every entry in memory, so a 40 KB file declaring gigabytes would take the process down. We read the central
 * directory (declared sizes, ratios, entry count), then inflate each entry ourselves with a hard output cap
 * (`maxOutputLength`), because declared sizes can lie. A bomb costs at most the cap, never the whole memory.
 */
import { inflateRawSync } from 'node:zlib';
import { IngestError, msg } from '../model/status.js';
import type { Limits } from './adapter.js';

interface Entry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX_ENTRIES = 20_000;

function corrupt(detail: string): IngestError {
  return new IngestError('failed', msg('zip-corrupt', { detail }));
}

function readEntries(buf: Buffer): Entry[] {
  // The end-of-central-directory record sits in the last 64 KB + 22 bytes.
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 65_557); i--) {
    if (buf.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw corrupt('no central directory');
  const count = buf.readUInt16LE(eocd + 10);
  let offset = buf.readUInt32LE(eocd + 16);
  if (count > MAX_ENTRIES) throw new IngestError('too-large', msg('zip-too-many-entries', { count }));
  const entries: Entry[] = [];
  for (let n = 0; n < count; n++) {
    if (offset + 46 > buf.length || buf.readUInt32LE(offset) !== CENTRAL) throw corrupt('bad central directory entry');
    const nameLength = buf.readUInt16LE(offset + 28);
    const extraLength = buf.readUInt16LE(offset + 30);
    const commentLength = buf.readUInt16LE(offset + 32);
    entries.push({
      method: buf.readUInt16LE(offset + 10),
      compressedSize: buf.readUInt32LE(offset + 20),
      uncompressedSize: buf.readUInt32LE(offset + 24),
      localHeaderOffset: buf.readUInt32LE(offset + 42),
      name: buf.toString('utf8', offset + 46, offset + 46 + nameLength),
    });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Throws IngestError when the zip is corrupt or would inflate beyond the limits. */
export function assertSafeZip(buf: Buffer, limits: Pick<Limits, 'maxUnzippedBytes' | 'maxZipRatio'>): void {
  const entries = readEntries(buf);
  let declared = 0;
  for (const e of entries) {
    declared += e.uncompressedSize;
    const ratio = e.compressedSize > 0 ? e.uncompressedSize / e.compressedSize : e.uncompressedSize > 0 ? Infinity : 1;
    if (declared > limits.maxUnzippedBytes || (e.uncompressedSize > 1_000_000 && ratio > limits.maxZipRatio)) {
      throw new IngestError('too-large', msg('zip-bomb', { mb: Math.round(limits.maxUnzippedBytes / 1048576) }));
    }
  }
  // Declared sizes may lie: inflate each entry with a cap of its declared size (and the remaining budget).
  let budget = limits.maxUnzippedBytes;
  for (const e of entries) {
    if (e.method === 0 || e.compressedSize === 0) continue;
    if (e.method !== 8) throw corrupt(`unsupported compression method ${e.method}`);
    const at = e.localHeaderOffset;
    if (at + 30 > buf.length || buf.readUInt32LE(at) !== LOCAL) throw corrupt('bad local header');
    const dataStart = at + 30 + buf.readUInt16LE(at + 26) + buf.readUInt16LE(at + 28);
    const data = buf.subarray(dataStart, dataStart + e.compressedSize);
    const cap = Math.min(budget, Math.max(e.uncompressedSize, 1) + 1024);
    let out: Buffer;
    try {
      out = inflateRawSync(data, { maxOutputLength: cap });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ERR_BUFFER_TOO_LARGE' || /maxOutputLength|too large/i.test(String(error))) {
        throw new IngestError('too-large', msg('zip-bomb', { mb: Math.round(limits.maxUnzippedBytes / 1048576) }));
      }
      throw corrupt(`entry ${e.name} does not inflate`);
    }
    budget -= out.length;
  }
}
