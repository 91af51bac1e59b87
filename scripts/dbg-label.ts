import { lexicon } from '../extractors/index.js';
import { readLabel } from '../src/extract/label.js';
import { tokenize } from '../src/extract/lexicon.js';
import { readParagraph } from '../src/extract/prose.js';
import { unmapped } from '../src/text/mapped-text.js';
import { scanNumbers } from '../src/extract/numbers.js';
const lex = lexicon();
const arg = process.argv[2]!;
if (process.argv[3] === 'p') {
  const mt = unmapped(arg);
  console.log(mt.text);
  console.log(scanNumbers(mt.text).map((t) => `${t.raw}${t.unit}[${t.kind}]`).join(' '));
  const r = readParagraph(lex, mt);
  for (const m of r.mentions) console.log(m.metric, m.token.raw, m.key, m.extractor);
  for (const c of r.claims) console.log('claim', c.kind, c.base, c.direction, c.token.raw);
} else {
  console.log(tokenize(lex, arg).map((m) => `${arg.slice(m.start, m.end)}<${m.term.role ?? m.term.subject ?? m.term.measure ?? m.term.metric ?? m.term.quarter}>`).join(' '));
  console.log(readLabel(lex, arg));
}
