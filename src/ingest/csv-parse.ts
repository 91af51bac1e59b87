/**
 * RFC 4180 delimited text → rows of fields, for .csv files (and tab-separated text saved as .xls). We parse
 * ourselves instead of letting SheetJS do it because SheetJS guesses the encoding (GBK CSVs from Excel on a
 * Chinese Windows come out garbled) and turns fields into numbers (`5.00` → 5, leading zeros of codes lost).
 * Here every field stays the text that was in the file.
 */

export interface CsvResult {
  /** Records in file order; record i is what Excel shows as row i + 1. */
  rows: string[][];
  delimiter: string;
  /** True when the parse stopped at `maxRows`. */
  truncated: boolean;
  /** True when the file ends inside a quoted field (a damaged file); the rest was read as one field. */
  unterminatedQuote: boolean;
}

const CANDIDATES = [',', '\t', ';', '|'];

/**
 * The delimiter: Excel's `sep=X` first line when present, else the candidate that splits the first records
 * (outside quotes) into the same number of fields most consistently. Comma when nothing tells.
 */
export function detectDelimiter(text: string): { delimiter: string; skipFirstLine: boolean } {
  const sep = /^sep=(.)\r?\n/.exec(text);
  if (sep) return { delimiter: sep[1]!, skipFirstLine: true };
  const sample = text.slice(0, 64 * 1024);
  let best = { delimiter: ',', score: 0 };
  for (const d of CANDIDATES) {
    const counts: number[] = [];
    let inQuotes = false;
    let n = 0;
    for (let i = 0; i < sample.length && counts.length < 50; i++) {
      const ch = sample[i]!;
      if (ch === '"') inQuotes = !inQuotes;
      else if (!inQuotes && ch === d) n++;
      else if (!inQuotes && ch === '\n') {
        counts.push(n);
        n = 0;
      }
    }
    if (n > 0) counts.push(n);
    const nonzero = counts.filter((c) => c > 0);
    if (nonzero.length === 0) continue;
    // Most frequent field count, weighted by how many records share it: a real delimiter is regular.
    const freq = new Map<number, number>();
    for (const c of nonzero) freq.set(c, (freq.get(c) ?? 0) + 1);
    const [mode, times] = [...freq.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]!;
    const score = (times / counts.length) * Math.log2(2 + mode);
    if (score > best.score) best = { delimiter: d, score };
  }
  return { delimiter: best.delimiter, skipFirstLine: false };
}

/**
 * Parse delimited text. Quotes follow RFC 4180 (`""` inside a quoted field is one quote, delimiters and line
 * breaks inside quotes belong to the field); a quote in the middle of an unquoted field is kept as text, as
 * Excel does. CRLF, LF and lone CR all end a record.
 */
export function parseCsv(text: string, options: { maxRows: number; delimiter?: string }): CsvResult {
  const detected = options.delimiter ? { delimiter: options.delimiter, skipFirstLine: false } : detectDelimiter(text);
  const d = detected.delimiter;
  const rows: string[][] = [];
  let i = 0;
  if (detected.skipFirstLine) {
    i = text.indexOf('\n') + 1;
    rows.push([]); // keep record numbers equal to Excel's row numbers: the sep= line is row 1 there too
  }
  let row: string[] = [];
  let field = '';
  let quoted = false; // inside a quoted section of the current field
  let truncated = false;
  const n = text.length;
  const endRecord = () => {
    row.push(field);
    field = '';
    rows.push(row);
    row = [];
  };
  while (i < n) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      field += ch;
      i++;
      continue;
    }
    if (ch === '"' && field === '') {
      quoted = true;
      i++;
    } else if (ch === d) {
      row.push(field);
      field = '';
      i++;
    } else if (ch === '\r' || ch === '\n') {
      endRecord();
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
      if (rows.length >= options.maxRows && i < n) {
        truncated = true;
        break;
      }
    } else {
      field += ch;
      i++;
    }
  }
  const unterminatedQuote = quoted;
  if (!truncated && (field !== '' || row.length > 0 || quoted)) endRecord();
  return { rows, delimiter: d, truncated, unterminatedQuote };
}
