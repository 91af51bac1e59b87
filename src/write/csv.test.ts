import { describe, expect, it } from 'vitest';
import { csvCell, csvRow } from './csv.js';

describe('CSV cells', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['line\nbreak', '"line\nbreak"'],
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['+cmd', "'+cmd"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['-0.98', '-0.98'],
    ['-1+2', "'-1+2"],
    ['\tTAB', "'\tTAB"],
    [null, ''],
    [12.5, '12.5'],
  ])('%s', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });
  it('rows end with CRLF', () => {
    expect(csvRow(['a', 'b'])).toBe('a,b\r\n');
  });
});
