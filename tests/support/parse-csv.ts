// A strict RFC 4180 reader for tests: it checks the files we publish rather than trusting the writer.
// Throws on a stray quote, an unterminated quoted field, a bare LF, or rows of unequal width. The
// delimiter may be the semicolon of the French spreadsheet files; everything else stays strict.

/** Parses CSV text (CRLF line ends, optional UTF-8 BOM) into rows of cells. */
export function parseCsv(text: string, delimiter: ',' | ';' = ','): string[][] {
  const input = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  while (i < input.length) {
    const ch = input[i]!;
    if (ch === '"' && cell === '' && (i === 0 || input[i - 1] === delimiter || input[i - 1] === '\n')) {
      i++;
      for (;;) {
        if (i >= input.length) throw new Error('unterminated quoted field');
        if (input[i] === '"') {
          if (input[i + 1] === '"') {
            cell += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        cell += input[i++];
      }
      if (i < input.length && input[i] !== delimiter && input[i] !== '\r')
        throw new Error(`unexpected character after a quoted field at ${i}`);
      continue;
    }
    if (ch === '"') throw new Error(`stray double quote at ${i}`);
    if (ch === delimiter) {
      endCell();
      i++;
    } else if (ch === '\r') {
      if (input[i + 1] !== '\n') throw new Error(`CR without LF at ${i}`);
      endCell();
      rows.push(row);
      row = [];
      i += 2;
    } else if (ch === '\n') {
      throw new Error(`bare LF at ${i}: lines must end with CRLF`);
    } else {
      cell += ch;
      i++;
    }
  }
  if (cell !== '' || row.length > 0) throw new Error('the last line does not end with CRLF');
  const width = rows[0]?.length ?? 0;
  rows.forEach((r, n) => {
    if (r.length !== width) throw new Error(`row ${n + 1} has ${r.length} cells, expected ${width}`);
  });
  return rows;
}

/** Rows as objects keyed by the header line. */
export function parseCsvRecords(text: string, delimiter: ',' | ';' = ','): Array<Record<string, string>> {
  const [header, ...rows] = parseCsv(text, delimiter);
  if (!header) return [];
  return rows.map((row) => Object.fromEntries(header.map((name, i) => [name, row[i]!])));
}
