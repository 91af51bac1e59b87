import { readFileSync } from 'node:fs';
import { txtAdapter } from '../src/ingest/text.js';
import { normalizeSegments } from '../src/text/mapped-text.js';
import { columnHeaders } from '../src/text/table-grid.js';
const f = process.argv[2]!;
const doc = await txtAdapter.read(readFileSync(f), f, {} as never);
console.log('encoding', doc.encoding, 'lines', doc.lines.length, 'blocks', doc.blocks.length, 'tables', doc.tables.length);
for (const b of doc.blocks) {
  if (b.kind === 'table') { const t = doc.tables[b.table!]!; console.log(`TABLE ${t.id} caption=${t.caption} unit=${t.unitNote} hdr=${t.headerRows} rows=${t.rows.length} rep=${t.repeatedHeaderRows}`); console.log('   heads:', JSON.stringify(columnHeaders(t))); continue; }
  const mt = normalizeSegments(b.lines.map(l => ({ line: l, text: doc.lines[l]!.text })));
  console.log(`${b.kind[0]} [${b.lines.join(',')}] ${mt.text.slice(0, 120)}`);
}
