/**
 * Traditional → simplified characters, one for one, so a normalised text keeps its map back to the printed
 * characters. Mirrors of mainland reports in traditional characters (預算, 決算數, 萬元) are common; the
 * vocabulary is written in simplified characters. Phrase-level conversion is not needed: every word the
 * extractors know converts character by character.
 *
 * The table is OpenCC's TSCharacters dictionary (Apache-2.0), shipped by opencc-js.
 */
import tsCharacters from 'opencc-js/dict/TSCharacters';

let table: Map<number, number> | null = null;

function build(): Map<number, number> {
  const map = new Map<number, number>();
  for (const pair of tsCharacters.split('|')) {
    const [from, to] = pair.split(' ');
    // Only BMP characters that map to one BMP character keep offsets one to one.
    if (from && to && from.length === 1 && to.length === 1 && from !== to) map.set(from.charCodeAt(0), to.charCodeAt(0));
  }
  return map;
}

/** The simplified form of a traditional character code, or null when the character is not traditional. */
export function simplifiedCode(code: number): number | null {
  if (code < 0x3400) return null;
  table ??= build();
  return table.get(code) ?? null;
}
