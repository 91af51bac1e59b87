/**
 * A minimal streaming ZIP writer (deflate, no ZIP64) for the XLSX package: each entry is compressed as it is
 * read, and its CRC and sizes are patched into the local header afterwards, so no part has to sit in memory.
 */
import { open, type FileHandle } from 'node:fs/promises';
import { once } from 'node:events';
import { createDeflateRaw, crc32 } from 'node:zlib';

type Source = string | Buffer | AsyncIterable<string | Buffer>;

interface Entry {
  name: Buffer;
  offset: number;
  crc: number;
  compressed: number;
  size: number;
}

const LIMIT = 0xffffffff;

export class ZipWriter {
  private readonly entries: Entry[] = [];
  private position = 0;
  private readonly time: number;
  private readonly date: number;

  private constructor(
    private readonly fh: FileHandle,
    now: Date,
  ) {
    this.time = (now.getHours() << 11) | (now.getMinutes() << 5) | (now.getSeconds() >> 1);
    this.date = ((Math.max(now.getFullYear(), 1980) - 1980) << 9) | ((now.getMonth() + 1) << 5) | now.getDate();
  }

  static async create(path: string, now = new Date()): Promise<ZipWriter> {
    return new ZipWriter(await open(path, 'w'), now);
  }

  async add(name: string, source: Source): Promise<void> {
    const entry: Entry = { name: Buffer.from(name, 'utf8'), offset: this.position, crc: 0, compressed: 0, size: 0 };
    const header = this.localHeader(entry);
    await this.write(header);
    const dataStart = this.position;
    const deflate = createDeflateRaw({ level: 6 });
    const feed = (async () => {
      try {
        for await (const chunk of typeof source === 'string' || Buffer.isBuffer(source) ? [source] : source) {
          const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
          entry.crc = crc32(bytes, entry.crc);
          entry.size += bytes.length;
          if (!deflate.write(bytes)) await once(deflate, 'drain');
        }
        deflate.end();
      } catch (err) {
        deflate.destroy(err as Error);
      }
    })();
    for await (const out of deflate as AsyncIterable<Buffer>) await this.write(out);
    await feed;
    entry.compressed = this.position - dataStart;
    if (entry.size > LIMIT || this.position > LIMIT) throw new Error('audit.xlsx would exceed 4 GB (ZIP64 is not supported)');
    await this.fh.write(this.localHeader(entry), 0, header.length, entry.offset);
    this.entries.push(entry);
  }

  async close(): Promise<void> {
    try {
      const start = this.position;
      for (const e of this.entries) await this.write(this.centralHeader(e));
      const end = Buffer.alloc(22);
      end.writeUInt32LE(0x06054b50, 0);
      end.writeUInt16LE(this.entries.length, 8);
      end.writeUInt16LE(this.entries.length, 10);
      end.writeUInt32LE(this.position - start, 12);
      end.writeUInt32LE(start, 16);
      await this.write(end);
    } finally {
      await this.fh.close();
    }
  }

  /** Close the file without finishing it (after an error). */
  async abort(): Promise<void> {
    await this.fh.close().catch(() => undefined);
  }

  private async write(bytes: Buffer): Promise<void> {
    await this.fh.write(bytes, 0, bytes.length, this.position);
    this.position += bytes.length;
  }

  private localHeader(e: Entry): Buffer {
    const b = Buffer.alloc(30 + e.name.length);
    b.writeUInt32LE(0x04034b50, 0);
    b.writeUInt16LE(20, 4); // version needed
    b.writeUInt16LE(0x0800, 6); // UTF-8 names
    b.writeUInt16LE(8, 8); // deflate
    b.writeUInt16LE(this.time, 10);
    b.writeUInt16LE(this.date, 12);
    b.writeUInt32LE(e.crc >>> 0, 14);
    b.writeUInt32LE(e.compressed, 18);
    b.writeUInt32LE(e.size, 22);
    b.writeUInt16LE(e.name.length, 26);
    e.name.copy(b, 30);
    return b;
  }

  private centralHeader(e: Entry): Buffer {
    const b = Buffer.alloc(46 + e.name.length);
    b.writeUInt32LE(0x02014b50, 0);
    b.writeUInt16LE(20, 4); // made by
    b.writeUInt16LE(20, 6); // version needed
    b.writeUInt16LE(0x0800, 8);
    b.writeUInt16LE(8, 10);
    b.writeUInt16LE(this.time, 12);
    b.writeUInt16LE(this.date, 14);
    b.writeUInt32LE(e.crc >>> 0, 16);
    b.writeUInt32LE(e.compressed, 20);
    b.writeUInt32LE(e.size, 24);
    b.writeUInt16LE(e.name.length, 28);
    b.writeUInt32LE(e.offset, 42);
    e.name.copy(b, 46);
    return b;
  }
}
