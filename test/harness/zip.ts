/** A minimal zip writer for tests (deflate): docx/xlsx fixtures, zip bombs, zips that lie about their sizes. */
import { crc32, deflateRawSync } from 'node:zlib';

export interface ZipEntry {
  name: string;
  data: Buffer;
  /** Deflated bytes and the size they inflate to, when made without holding the inflated data. */
  deflated?: { bytes: Buffer; size: number; crc: number };
  /** An uncompressed size to write in the headers instead of the true one (a zip that lies). */
  declaredSize?: number;
}

/** A zip file (deflate) from entries. */
export function zip(entries: ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const d = e.deflated ?? { bytes: deflateRawSync(e.data), size: e.data.length, crc: crc32(e.data) };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(d.crc >>> 0, 14);
    local.writeUInt32LE(d.bytes.length, 18);
    local.writeUInt32LE(e.declaredSize ?? d.size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(d.crc >>> 0, 16);
    central.writeUInt32LE(d.bytes.length, 20);
    central.writeUInt32LE(e.declaredSize ?? d.size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, d.bytes);
    centrals.push(central, name);
    offset += local.length + name.length + d.bytes.length;
  }
  const centralDir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralDir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, centralDir, end]);
}
