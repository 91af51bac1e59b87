import { readFileSync } from 'node:fs';
import { txtAdapter } from '../src/ingest/text.js';
import { extract } from '../src/extract/index.js';
const f = process.argv[2]!;
const doc = await txtAdapter.read(readFileSync(f), f, {} as never);
const ex = extract(doc);
for (const fact of ex.facts) {
  console.log(`${fact.tier === 'core' ? ' ' : '.'} ${fact.metric.padEnd(26)} ${fact.value.padStart(12)} ${fact.rawUnit.padEnd(4)} ${fact.key.slice(0, 14).padEnd(14)} p${fact.location.page ?? '-'}l${fact.location.line} ${fact.extractor.padEnd(12)} ${fact.location.quote.slice(0, 70)}`);
}
for (const c of ex.claims) console.log(`  CLAIM ${c.kind} ${c.base} dir=${c.direction} ${c.figure.raw}${c.figure.rawUnit} subj=${c.subject?.metric}:${c.subject?.value} num=${c.numerator?.raw} den=${c.denominator?.text}|${c.denominator?.subject}|${c.denominator?.measure}`);
console.log('identity', JSON.stringify({ ...ex.identity, facts: undefined }));
for (const st of ex.scoreTables) console.log('score table', st.tableIds, st.items.length, 'items', st.items.map((i) => `${i.name}:${i.weight?.value}/${i.score?.value}`).join(' '), 'total', st.totalScore?.value, st.totalWeight?.value);
