// Quotes are stored as words, not offsets, so that an annotator can read and
// edit them; the build resolves each to character offsets and a paragraph and
// refuses a quote that is missing or that could point to two places.
// Offsets count UTF-16 code units, as JavaScript's String#slice does.

export interface Paragraph {
  /** 1-based paragraph number, counting every block of text between blank lines. */
  n: number;
  start: number;
  end: number;
}

export interface Span {
  start: number;
  end: number;
  paragraph: number;
}

export type SpanResult = {ok: true; span: Span} | {ok: false; message: string};

export function splitParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  const re = /[^\n]+(?:\n[^\n]+)*/g; // runs of non-empty lines
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].trim() === "") continue;
    paragraphs.push({n: paragraphs.length + 1, start: m.index, end: m.index + m[0].length});
  }
  return paragraphs;
}

function occurrences(text: string, quote: string): number[] {
  const found: number[] = [];
  for (let i = text.indexOf(quote); i !== -1; i = text.indexOf(quote, i + 1)) found.push(i);
  return found;
}

/** Straight-quote typing is the commonest way a verbatim quote fails to match. */
function curlify(s: string): string {
  return s.replace(/'/g, "’").replace(/"(?=\S)/g, "“").replace(/"/g, "”");
}

export function resolveSpan(
  text: string,
  paragraphs: readonly Paragraph[],
  quote: string,
  occurrence: number | undefined,
  textName: string
): SpanResult {
  const found = occurrences(text, quote);
  if (found.length === 0) {
    const hint =
      quote !== curlify(quote) && occurrences(text, curlify(quote)).length > 0
        ? " (it matches with curly quotes: the text uses ’ “ ” where the quote has ' \")"
        : "";
    return {ok: false, message: `quote not found in ${textName}${hint}`};
  }
  if (occurrence === undefined && found.length > 1) {
    return {ok: false, message: `quote is ambiguous: it occurs ${found.length} times in ${textName}; add "occurrence" (1 to ${found.length})`};
  }
  if (occurrence !== undefined && occurrence > found.length) {
    return {ok: false, message: `occurrence ${occurrence} is out of range; the quote occurs ${found.length} time${found.length === 1 ? "" : "s"} in ${textName}`};
  }
  const start = found[(occurrence ?? 1) - 1]!;
  const end = start + quote.length;
  const paragraph = paragraphs.find((p) => start >= p.start && start < p.end);
  if (!paragraph || end > paragraph.end) {
    return {ok: false, message: `quote crosses a paragraph break in ${textName}; split it into one quote per paragraph`};
  }
  return {ok: true, span: {start, end, paragraph: paragraph.n}};
}
