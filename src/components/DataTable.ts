// A data table that stays a real <table>: a caption, column headers with
// scope, sortable columns (aria-sort), a search box, an actor filter that
// narrows rows whose actor columns hold a chosen actor, optional download
// links, and a horizontal scroll container that is focusable and named (so
// keyboard users can scroll it and the page itself never overflows).
// Cells are always text (or links built from URLs in the data).
import {el, syncChildren, type Child} from "./dom.js";
import {useStyles} from "./styles.js";

export interface ColumnSpec {
  key: string;
  /** Header text; defaults to the key. */
  label?: string;
  /** Custom cell content; defaults to the generic formatter. */
  format?: (value: unknown, row: Record<string, unknown>) => Child;
}

export interface Download {
  label: string;
  href: string;
  /** The file name the browser saves it as (the `download` attribute). */
  filename: string;
}

export interface DataTableOptions {
  /** Unique on the page; prefixes element ids. */
  id: string;
  caption: string;
  columns?: readonly (ColumnSpec | string)[];
  /** Columns holding an actor id or a list of actor ids; a row matches the filter if any holds a chosen actor. */
  actorColumns?: readonly string[];
  /** Actor names for the filter notice. */
  actorNames?: Readonly<Record<string, string>>;
  /** Show a search box (default true). */
  search?: boolean;
  /** Sortable headers (default true). */
  sort?: boolean;
  /** Rows rendered before a "show more" button (default 100). */
  pageSize?: number;
  downloads?: readonly Download[];
  /** The first column names each row (rendered as <th scope="row">); default true. */
  rowHeaders?: boolean;
  /** What the rows are, for the counts ("claims"). */
  noun?: string;
  /** Label of the search box; defaults to "Search <noun>". */
  searchLabel?: string;
}

export interface DataTableState {
  actors: readonly string[];
}

export type DataTableElement = HTMLElement & {update(state: DataTableState): void};

const CSS = `
.wz-dt { margin: 0 0 1.5em; max-width: 100%; min-width: 0; }
/* Tables off screen skip style and layout until they scroll near (a filter
   change on /data touches seven tables); \`auto\` remembers each one's real size. */
.wz-dt-section, .wz-dt { content-visibility: auto; contain-intrinsic-size: auto 600px; }
.wz-dt .wz-dt-bar { display: flex; flex-wrap: wrap; gap: .5em 1em; align-items: center; margin: .25em 0 .5em; }
.wz-dt .wz-dt-search { display: inline-flex; flex-wrap: wrap; align-items: center; gap: .4em; }
.wz-dt .wz-dt-search input { min-height: 32px; padding: .2em .5em; border: 1px solid var(--wz-rule); border-radius: 4px; background: var(--wz-bg); color: var(--wz-fg); font: inherit; width: 14em; max-width: 100%; }
.wz-dt .wz-dt-downloads { display: inline-flex; flex-wrap: wrap; gap: .5em; align-items: center; }
.wz-dt .wz-dt-downloads a { display: inline-flex; align-items: center; min-height: 32px; padding: .1em .7em; border: 1px solid var(--wz-rule); border-radius: 4px; color: var(--wz-focus); text-decoration: none; }
.wz-dt .wz-dt-downloads a:focus-visible { outline: 3px solid var(--wz-focus); outline-offset: 2px; }
.wz-dt .wz-dt-downloads a:hover { background: var(--wz-faint); text-decoration: underline; }
.wz-dt .wz-dt-status { margin: .25em 0; color: var(--wz-muted); }
.wz-dt .wz-dt-scroll { overflow-x: auto; max-width: 100%; border: 1px solid var(--wz-rule); border-radius: 4px; }
.wz-dt .wz-dt-scroll:focus-visible { outline: 3px solid var(--wz-focus); outline-offset: 2px; }
.wz-dt table { width: 100%; max-width: none; margin: 0; border-collapse: collapse; font-size: 13.5px; line-height: 1.4; font-family: var(--wz-sans); }
.wz-dt caption { text-align: left; padding: .5em .6em; font-weight: 650; caption-side: top; }
.wz-dt th, .wz-dt td { padding: .35em .6em; text-align: left; vertical-align: top; color: var(--wz-fg); border-top: 1px solid var(--wz-faint); overflow-wrap: break-word; }
.wz-dt thead th { border-top: 0; border-bottom: 2px solid var(--wz-rule); vertical-align: bottom; white-space: nowrap; font-weight: 650; }
.wz-dt tbody th { font-weight: 600; }
.wz-dt .wz-dt-long { min-width: 16em; max-width: 30em; }
.wz-dt tbody th { min-width: 6em; }
.wz-dt td.wz-dt-num { text-align: right; font-variant-numeric: tabular-nums; }
.wz-dt .wz-dt-sort { all: unset; cursor: pointer; display: inline-flex; gap: .3em; align-items: center; min-height: 24px; font-weight: 650; }
.wz-dt .wz-dt-sort:focus-visible { outline: 3px solid var(--wz-focus); outline-offset: 2px; }
.wz-dt .wz-dt-arrow { color: var(--wz-muted); font-size: .85em; }
.wz-dt ul { margin: 0; padding-left: 1.1em; }
.wz-dt li { margin: 0 0 .2em; }
.wz-dt a { color: var(--wz-focus); text-decoration: underline; }
.wz-dt td a, .wz-dt th a { overflow-wrap: break-word; }
.wz-dt code { font-size: .95em; }
.wz-dt .wz-dt-empty { color: var(--wz-muted); }
.wz-dt .wz-dt-more { margin-top: .5em; }
.wz-dt-section { margin: 0 0 2em; max-width: 100%; min-width: 0; }
.wz-dt-section > p { max-width: 40em; }
.wz-dt-dict { margin: .5em 0 .75em; }
.wz-dt-dict summary { cursor: pointer; min-height: 24px; padding: .2em 0; color: var(--wz-focus); }
.wz-dt-dict .wz-dt { margin: .5em 0 0; }
`;

function hostname(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}

const isUrl = (v: unknown): v is string => typeof v === "string" && /^https?:\/\/\S+$/.test(v);

/** One object in a cell: a link for anything with a url, "¶p, a–b" for spans, else key: value pairs. */
function formatObject(o: Record<string, unknown>): Child {
  if (isUrl(o.url)) {
    const text = (o.title ?? o.citation ?? hostname(o.url)) as string;
    return [el("a", {href: o.url, rel: "noopener noreferrer"}, String(text)), typeof o.quote === "string" ? `: “${o.quote}”` : null];
  }
  if (typeof o.start === "number" && typeof o.end === "number" && typeof o.paragraph === "number") {
    return `¶${o.paragraph}, characters ${o.start}–${o.end}`;
  }
  return Object.entries(o)
    .map(([k, v]) => `${k}: ${typeof v === "object" && v !== null ? JSON.stringify(v) : String(v)}`)
    .join("; ");
}

const HAN = /(\p{Script=Han}+)/u;

/** Text, with runs of Chinese characters marked lang="zh" (WCAG 3.1.2). */
function text(value: string): Child {
  return HAN.test(value) ? value.split(HAN).map((part, i) => (i % 2 === 1 ? el("span", {lang: "zh"}, part) : part)) : value;
}

/** The generic cell formatter: text stays text, URLs become links, lists become lists. */
export function formatCell(value: unknown): Child {
  if (value === null || value === undefined) return el("span", {class: "wz-dt-empty"}, "—");
  if (Array.isArray(value)) {
    if (value.length === 0) return el("span", {class: "wz-dt-empty"}, "none");
    if (value.every((v) => typeof v !== "object" || v === null)) return text(value.map(String).join(", "));
    return el(
      "ul",
      {},
      value.map((v) => el("li", {}, typeof v === "object" && v !== null ? formatObject(v as Record<string, unknown>) : String(v)))
    );
  }
  if (typeof value === "object") return formatObject(value as Record<string, unknown>);
  if (isUrl(value)) return el("a", {href: value, rel: "noopener noreferrer"}, value);
  return text(String(value));
}

/** The text a search matches against. */
function searchText(value: unknown): string {
  if (value === null || value === undefined) return "";
  return (typeof value === "object" ? JSON.stringify(value) : String(value)).toLowerCase();
}

function compare(a: unknown, b: unknown): number {
  const empty = (v: unknown) => v === null || v === undefined || (Array.isArray(v) && v.length === 0);
  if (empty(a) || empty(b)) return empty(a) === empty(b) ? 0 : empty(a) ? 1 : -1;
  if (typeof a === "number" && typeof b === "number") return a - b;
  const sa = typeof a === "object" ? JSON.stringify(a) : String(a);
  const sb = typeof b === "object" ? JSON.stringify(b) : String(b);
  return sa < sb ? -1 : sa > sb ? 1 : 0;
}

/** Does the row hold a chosen actor in any of its actor columns? */
export function rowHasActor(row: Record<string, unknown>, actorColumns: readonly string[], chosen: ReadonlySet<string>): boolean {
  return actorColumns.some((col) => {
    const v = row[col];
    return Array.isArray(v) ? v.some((x) => typeof x === "string" && chosen.has(x)) : typeof v === "string" && chosen.has(v);
  });
}

/** A focusable, named horizontal scroll container (axe: scrollable regions must be keyboard reachable). */
export function scrollBox(label: string, child: Node): HTMLElement {
  return el("div", {class: "wz-dt-scroll", tabindex: 0, role: "region", "aria-label": label}, child);
}

export function DataTable(rows: readonly object[], options: DataTableOptions): DataTableElement {
  useStyles("data-table", CSS);
  const {id, caption, actorColumns = [], actorNames = {}, search = true, sort = true, pageSize = 100, downloads = [], rowHeaders = true, noun = "rows", searchLabel = `Search ${noun}`} = options;
  const data = rows as readonly Record<string, unknown>[];
  const columns: ColumnSpec[] = (options.columns ?? Object.keys(data[0] ?? {})).map((c) => (typeof c === "string" ? {key: c} : c));

  let actors: readonly string[] = [];
  let query = "";
  let sortKey: string | null = null;
  let sortDir: 1 | -1 = 1;
  let limit = pageSize;

  const status = el("p", {class: "wz-dt-status", role: "status", "aria-live": "polite", id: `${id}-status`});
  const tbody = el("tbody");
  const headCells = columns.map((col) => {
    const label = col.label ?? col.key;
    const th = el("th", {scope: "col", "data-key": col.key});
    if (sort) {
      const button = el("button", {type: "button", class: "wz-dt-sort"}, label, el("span", {class: "wz-dt-arrow", "aria-hidden": "true"}, "↕"));
      button.addEventListener("click", () => {
        if (sortKey === col.key) sortDir = sortDir === 1 ? -1 : 1;
        else {
          sortKey = col.key;
          sortDir = 1;
        }
        render();
      });
      th.append(button);
    } else th.append(label);
    return th;
  });
  const table = el("table", {id: `${id}-table`}, el("caption", {}, caption), el("thead", {}, el("tr", {}, headCells)), tbody);
  const more = el("button", {type: "button", class: "wz-button wz-dt-more", hidden: true});
  more.addEventListener("click", () => {
    limit += pageSize;
    render();
  });

  const input = el("input", {type: "search", id: `${id}-search`, autocomplete: "off", "aria-describedby": `${id}-status`});
  input.addEventListener("input", () => {
    query = input.value.trim().toLowerCase();
    limit = pageSize;
    render();
  });
  const bar = el(
    "div",
    {class: "wz-dt-bar"},
    search ? el("span", {class: "wz-dt-search"}, el("label", {for: `${id}-search`}, searchLabel), input) : null,
    downloads.length
      ? el(
          "span",
          {class: "wz-dt-downloads"},
          downloads.map((d) => el("a", {href: d.href, download: d.filename, "data-format": d.label.toLowerCase()}, `Download ${d.label}`, el("span", {class: "wz-sr"}, ` of ${caption}`)))
        )
      : null
  );

  const root = el("div", {class: "wz wz-dt", id, "data-total-rows": data.length}, bar, status, scrollBox(`${caption} (table; scrolls sideways)`, table), more) as unknown as DataTableElement;

  function visibleRows(): Record<string, unknown>[] {
    const chosen = new Set(actors);
    let out = data.map((row, index) => ({row, index}));
    if (chosen.size && actorColumns.length) out = out.filter(({row}) => rowHasActor(row, actorColumns, chosen));
    if (query) out = out.filter(({row}) => columns.some((c) => searchText(row[c.key]).includes(query)));
    if (sortKey) {
      const key = sortKey;
      out.sort((a, b) => sortDir * compare(a.row[key], b.row[key]) || a.index - b.index);
    }
    return out.map((x) => x.row);
  }

  // Rows are built once and kept: a filter change only moves existing rows in
  // and out of the table body (the /data page redraws seven tables per change).
  const rowCache = new Map<Record<string, unknown>, HTMLTableRowElement>();
  function rowElement(row: Record<string, unknown>): HTMLTableRowElement {
    let tr = rowCache.get(row);
    if (!tr) {
      tr = el(
        "tr",
        {},
        columns.map((col, i) => {
          const value = row[col.key];
          const content = col.format ? col.format(value, row) : formatCell(value);
          const long = typeof value === "string" ? value.length > 60 : Array.isArray(value) && value.some((v) => typeof v === "object");
          if (i === 0 && rowHeaders) return el("th", {scope: "row", class: long ? "wz-dt-long" : null}, content);
          return el("td", {class: typeof value === "number" ? "wz-dt-num" : long ? "wz-dt-long" : null}, content);
        })
      );
      rowCache.set(row, tr);
    }
    return tr;
  }
  const emptyRow = el("tr", {}, el("td", {colspan: columns.length, class: "wz-dt-empty"}, `No ${noun} match.`));

  function render() {
    const shown = visibleRows();
    const page = shown.slice(0, limit);
    syncChildren(tbody, page.length ? page.map(rowElement) : [emptyRow]);
    for (const th of headCells) {
      const key = th.dataset.key;
      if (sort && key === sortKey) th.setAttribute("aria-sort", sortDir === 1 ? "ascending" : "descending");
      else th.removeAttribute("aria-sort");
      const arrow = th.querySelector(".wz-dt-arrow");
      if (arrow) arrow.textContent = key === sortKey ? (sortDir === 1 ? "▲" : "▼") : "↕";
    }
    more.hidden = shown.length <= limit;
    more.textContent = `Show ${Math.min(pageSize, shown.length - limit)} more`;

    const parts: string[] = [];
    const filtered = actors.length > 0 && actorColumns.length > 0;
    if (filtered) parts.push(`by ${actors.map((a) => actorNames[a] ?? a).join(", ")}`);
    if (query) parts.push(`matching “${input.value.trim()}”`);
    let text = parts.length ? `Showing ${shown.length} of ${data.length} ${noun}, ${parts.join(", ")}.` : `${data.length} ${noun}.`;
    if (actors.length > 0 && actorColumns.length === 0) text += ` This table has no actor column, so the actor filter leaves it complete.`;
    if (page.length < shown.length) text += ` The first ${page.length} are listed.`;
    status.textContent = text;
  }

  root.update = (state) => {
    actors = state.actors;
    limit = pageSize;
    render();
  };
  render();
  return root;
}

export interface DictionaryColumn {
  name: string;
  type: string;
  meaning: string;
  origin?: string;
  from?: string;
  required?: boolean;
}

/** A data dictionary as a table: field, type, meaning, and where it comes from. */
export function DictionaryTable(columns: readonly DictionaryColumn[], options: {id: string; caption: string}): HTMLElement {
  useStyles("data-table", CSS);
  const withOrigin = columns.some((c) => c.origin !== undefined);
  const withRequired = columns.some((c) => c.required !== undefined);
  const head = ["Field", "Type", "Meaning", withOrigin ? "Comes from" : null, withRequired ? "Required" : null].filter((h): h is string => h !== null);
  const table = el(
    "table",
    {id: `${options.id}-table`},
    el("caption", {}, options.caption),
    el("thead", {}, el("tr", {}, head.map((h) => el("th", {scope: "col"}, h)))),
    el(
      "tbody",
      {},
      columns.map((c) =>
        el(
          "tr",
          {},
          el("th", {scope: "row"}, el("code", {}, c.name)),
          el("td", {}, c.type),
          el("td", {class: "wz-dt-long"}, c.meaning),
          withOrigin ? el("td", {}, c.origin === "derived" ? "derived: " : "annotation: ", c.from ?? "") : null,
          withRequired ? el("td", {}, c.required ? "yes" : "no") : null
        )
      )
    )
  );
  return el("div", {class: "wz wz-dt", id: options.id}, scrollBox(`${options.caption} (table; scrolls sideways)`, table));
}

/** Columns of the published tables that hold actor ids (the actor filter narrows by these). */
export const ACTOR_COLUMNS: Readonly<Record<string, readonly string[]>> = {
  actors: ["id"],
  claims: ["actor"],
  counterclaims: ["from_actor", "to_actor"],
  stances: ["actor"],
  positions: ["actor"],
  events: ["actors"],
  corrections: []
};

/** What each published table holds, in one sentence. */
export const TABLE_DESCRIPTIONS: Readonly<Record<string, string>> = {
  actors: "Everyone the article quotes, paraphrases or mentions, with how many claims, counterclaims and events involve them.",
  claims: "Every attributed statement: the verbatim quote, where it sits in the article, who said it, the coded stance toward a topic, and how well it is confirmed.",
  counterclaims: "Which claim answers which, and how: rebut (denies it), undercut (attacks its grounds) or evidence (an event that contradicts it).",
  stances: "One row per actor and topic on record: the grid's glyph and the claims behind it.",
  positions: "One row per actor with claims and per axis: the numbers behind the map (mean, range, count) and why an actor is left off it.",
  events: "The timeline: each event with its date and precision, whether the article mentions it, and the sources for its facts.",
  corrections: "The article's errors and doubtful passages, as shown with [sic] on the article page. Kept apart from the text, which stays byte for byte."
};

/** How many rows of all tables mention each actor (the counts beside the filter's names). */
export function actorRowCounts(tables: Readonly<Record<string, readonly object[]>>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const [name, rows] of Object.entries(tables)) {
    const cols = ACTOR_COLUMNS[name] ?? [];
    for (const row of rows as readonly Record<string, unknown>[]) {
      const ids = new Set(cols.flatMap((c) => (Array.isArray(row[c]) ? (row[c] as unknown[]) : [row[c]])).filter((v): v is string => typeof v === "string"));
      for (const a of ids) counts.set(a, (counts.get(a) ?? 0) + 1);
    }
  }
  return counts;
}

export interface TableSectionOptions {
  /** The table's name (also the section's id and heading). */
  name: string;
  dictionary?: readonly DictionaryColumn[];
  downloads?: readonly Download[];
  actorNames?: Readonly<Record<string, string>>;
  /** Render the table's name as a heading (off when the page has its own heading for it). */
  heading?: boolean;
  headingLevel?: 2 | 3 | 4;
}

/** A published table with its heading, description, downloads, data dictionary and filterable rows. */
export function TableSection(rows: readonly object[], options: TableSectionOptions): DataTableElement {
  useStyles("data-table", CSS);
  const {name, dictionary = [], downloads = [], actorNames = {}, heading = true, headingLevel = 2} = options;
  const H = `h${headingLevel}` as "h2";
  const label = name.charAt(0).toUpperCase() + name.slice(1).replace(/_/g, " ");
  const actorColumns = ACTOR_COLUMNS[name] ?? [];
  const table = DataTable(rows, {id: `${name}-data`, caption: `${label}: ${rows.length} rows`, actorColumns, actorNames, downloads, noun: "rows", searchLabel: `Search ${name}`});
  const section = el(
    "section",
    {class: "wz wz-dt-section", id: `${name}-section`, "aria-labelledby": heading ? `${name}-heading` : null, "data-table": name, "data-rows": rows.length},
    heading ? el(H, {id: `${name}-heading`}, label) : null,
    el("p", {}, TABLE_DESCRIPTIONS[name] ?? "", actorColumns.length ? ` The actor filter keeps rows whose ${actorColumns.map((c) => `“${c}”`).join(" or ")} column holds a chosen actor.` : " It has no actor column, so the actor filter leaves it complete."),
    dictionary.length
      ? el(
          "details",
          {class: "wz-dt-dict"},
          el("summary", {}, `Data dictionary: ${dictionary.length} columns`),
          DictionaryTable(dictionary, {id: `${name}-dictionary`, caption: `Columns of the ${name} table`})
        )
      : null,
    table
  ) as unknown as DataTableElement;
  section.update = (state) => table.update(state);
  return section;
}
