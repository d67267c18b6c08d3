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

function scan(text: string, quote: string): number[] {
  const found: number[] = [];
  for (let i = text.indexOf(quote); i !== -1; i = text.indexOf(quote, i + 1)) found.push(i);
  return found;
}

const KEY = 12;

/**
 * Finds every occurrence of many quotes in one text. Proving a quote unique
 * means scanning the whole text, so 10,000 quotes × a long text is quadratic;
 * for long texts an index of every position by its first KEY characters makes
 * each lookup proportional to the few candidate positions instead.
 */
export function quoteFinder(text: string): (quote: string) => number[] {
  if (text.length < 50_000) return (quote) => scan(text, quote);
  let index: Map<string, number[]> | undefined;
  return (quote) => {
    if (quote.length < KEY) return scan(text, quote);
    if (!index) {
      index = new Map();
      for (let i = 0; i + KEY <= text.length; i++) {
        const key = text.slice(i, i + KEY);
        const list = index.get(key);
        if (list) list.push(i);
        else index.set(key, [i]);
      }
    }
    return (index.get(quote.slice(0, KEY)) ?? []).filter((i) => text.startsWith(quote, i));
  };
}

const finders = new WeakMap<readonly Paragraph[], (quote: string) => number[]>();

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
  // The finder is cached per text (keyed by its paragraph list, which is made once per text).
  let find = finders.get(paragraphs);
  if (!find) finders.set(paragraphs, (find = quoteFinder(text)));
  const found = find(quote);
  if (found.length === 0) {
    const hint =
      quote !== curlify(quote) && find(curlify(quote)).length > 0
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
