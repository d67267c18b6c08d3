// CSV for the downloads on /data, written at build time by the `.csv.ts`
// loaders. RFC 4180: records end with CRLF; a field is quoted when it holds a
// comma, a double quote, CR or LF (or starts or ends with a space, so that no
// spreadsheet trims it), and a double quote inside a quoted field is doubled.
// Cells that hold arrays or objects are JSON-encoded (then quoted as needed);
// null and undefined are empty cells; booleans are `true` / `false`.

/** Any row object (interfaces such as ClaimRow have no index signature, hence `object`). */
export type CsvRow = object;

/** One cell's text, before quoting. */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return value ? "true" : "false";
  return JSON.stringify(value);
}

/** Quotes a field when RFC 4180 requires it. */
export function csvField(text: string): string {
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The columns of a table: every key, in the order first seen. */
export function csvColumns(rows: readonly CsvRow[]): string[] {
  const columns: string[] = [];
  const seen = new Set<string>();
  for (const row of rows) {
    for (const key of Object.keys(row as Record<string, unknown>)) {
      if (!seen.has(key)) {
        seen.add(key);
        columns.push(key);
      }
    }
  }
  return columns;
}

/** A header line and one line per row, every line ending with CRLF. */
export function toCsv(rows: readonly CsvRow[], columns: readonly string[] = csvColumns(rows)): string {
  const line = (cells: readonly string[]) => cells.map(csvField).join(",") + "\r\n";
  return line(columns) + rows.map((row) => line(columns.map((c) => csvCell((row as Record<string, unknown>)[c])))).join("");
}

/**
 * A small RFC 4180 parser (the tests read the downloads back with it): quoted
 * fields may hold commas, doubled quotes and line breaks; records end with
 * CRLF or LF; a final line break does not start an empty record.
 */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let quoted = false;
  let i = 0;
  const endField = () => {
    record.push(field);
    field = "";
  };
  const endRecord = () => {
    endField();
    records.push(record);
    record = [];
  };
  while (i < text.length) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else field += ch;
      i += 1;
      continue;
    }
    if (ch === '"' && field === "") quoted = true;
    else if (ch === ",") endField();
    else if (ch === "\r" && text[i + 1] === "\n") {
      endRecord();
      i += 1;
    } else if (ch === "\n") endRecord();
    else field += ch;
    i += 1;
  }
  if (quoted) throw new Error("CSV ends inside a quoted field");
  if (field !== "" || record.length > 0) endRecord();
  return records;
}

/** Parses CSV with a header line into objects of strings. */
export function parseCsvObjects(text: string): Record<string, string>[] {
  const [header = [], ...body] = parseCsv(text);
  return body.map((cells) => {
    if (cells.length !== header.length) throw new Error(`CSV record has ${cells.length} fields; the header has ${header.length}`);
    return Object.fromEntries(header.map((h, i) => [h, cells[i]!]));
  });
}
