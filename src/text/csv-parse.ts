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

export interface CsvField {
  /** The field as read: quotes removed, `""` inside quotes read as one quote. */
  text: string;
  /** Where its characters stand in the parsed text, `[start, end)` ranges in order (a `""` gives its second quote). */
  pieces: Array<[number, number]>;
  /** The field opened with a quote. */
  quoted: boolean;
  /** Written as RFC 4180 says: wholly between quotes, or without any quote. */
  strict: boolean;
}

export interface CsvRecord {
  fields: CsvField[];
  /** Where the next record starts: after the line break that ended this one, or the end of the text. */
  next: number;
  /** The text ended inside a quoted field; the rest of the text is that field. */
  unterminatedQuote: boolean;
}

/**
 * One record from `from` on. Quotes follow RFC 4180 (`""` inside a quoted field is one quote, delimiters and line
 * breaks inside quotes belong to the field); a quote in the middle of an unquoted field is kept as text, as Excel
 * does. CRLF, LF and lone CR all end a record. The fields keep where their characters are, so a reader of CSV
 * pasted into a text report can point at them.
 */
export function readRecord(text: string, delimiter: string, from: number): CsvRecord {
  const fields: CsvField[] = [];
  let pieces: Array<[number, number]> = [];
  let pieceStart = -1;
  let quoted = false; // the field opened with a quote
  let inQuotes = false; // inside a quoted section of the field
  let strict = true;
  const cut = (at: number) => {
    if (pieceStart >= 0 && at > pieceStart) pieces.push([pieceStart, at]);
    pieceStart = -1;
  };
  const endField = (at: number) => {
    cut(at);
    fields.push({ text: pieces.map(([s, e]) => text.slice(s, e)).join(''), pieces, quoted, strict });
    pieces = [];
    quoted = false;
    strict = true;
  };
  const n = text.length;
  let i = from;
  while (i < n) {
    const ch = text[i]!;
    if (inQuotes) {
      if (ch === '"') {
        cut(i);
        if (text[i + 1] === '"') {
          pieceStart = i + 1;
          i += 2;
          continue;
        }
        inQuotes = false;
        i++;
        continue;
      }
      if (pieceStart < 0) pieceStart = i;
      i++;
      continue;
    }
    if (ch === '"' && pieces.length === 0 && pieceStart < 0) {
      // A quoted section after a closed one ("a""b" aside, which is read above) is not RFC 4180.
      if (quoted) strict = false;
      quoted = true;
      inQuotes = true;
      i++;
    } else if (ch === delimiter) {
      endField(i);
      i++;
    } else if (ch === '\r' || ch === '\n') {
      endField(i);
      return { fields, next: i + (ch === '\r' && text[i + 1] === '\n' ? 2 : 1), unterminatedQuote: false };
    } else {
      // Text after a closing quote, or a quote inside unquoted text: kept as text, as Excel does.
      if (quoted || ch === '"') strict = false;
      if (pieceStart < 0) pieceStart = i;
      i++;
    }
  }
  endField(n);
  return { fields, next: n, unterminatedQuote: inQuotes };
}

/** Parse delimited text into records of fields (see readRecord). */
export function parseCsv(text: string, options: { maxRows: number; delimiter?: string }): CsvResult {
  const detected = options.delimiter ? { delimiter: options.delimiter, skipFirstLine: false } : detectDelimiter(text);
  const d = detected.delimiter;
  const rows: string[][] = [];
  let i = 0;
  if (detected.skipFirstLine) {
    i = text.indexOf('\n') + 1;
    rows.push([]); // keep record numbers equal to Excel's row numbers: the sep= line is row 1 there too
  }
  let truncated = false;
  let unterminatedQuote = false;
  while (i < text.length) {
    const record = readRecord(text, d, i);
    // An empty quoted field ending the text ("") is no record of its own.
    const last = text[record.next - 1];
    const empty = record.fields.length === 1 && record.fields[0]!.text === '' && last !== '\n' && last !== '\r';
    if (!empty || record.unterminatedQuote) rows.push(record.fields.map((f) => f.text));
    unterminatedQuote = record.unterminatedQuote;
    i = record.next;
    if (rows.length >= options.maxRows && i < text.length) {
      truncated = true;
      break;
    }
  }
  return { rows, delimiter: d, truncated, unterminatedQuote };
}
