// "Where they stand": actors × topics, one glyph per cell (in favour, against,
// no stance, mixed, nothing on record), columns grouped by axis (the story's
// axes in order, then the topics off the map). It is a table of buttons: a
// cell with claims is a button (Tab, or the arrow keys within the table) and
// Enter, Space or a click opens its quotes as claim cards in a panel below;
// the panel stays until Close or Escape, which gives focus back to the cell.
// Below `breakpoint` px of container width, each actor becomes a card listing
// the topics it spoke on, so nothing scrolls sideways on a phone.
//
// Usage: StanceGrid({actors, stances, claims, topics, axes, counterclaims}, {width, id})
//
// State (update, see stanceView.ts; absent fields keep their value):
//   {
//     actors?: string[]           // filter rows to these actors ([] = all)
//     highlightActors?: string[]  // tint these rows
//     highlightClaims?: string[]  // ring the cells that hold these claims
//     showArrows?: string[]       // draw these counterclaims' arrows between cells
//     width?: number              // re-layout for this width (automatic in a browser)
//   }
// plus open(actor, topic) to open a cell's quotes and open(null) to close them.
// Nothing here names a story's actors, topics or claims: all comes from data.
//
// At scale (hundreds of actors) rows are rendered `rowsPerPage` at a time with
// "Show more actors" below, and each row is built once and kept: a filter
// change moves existing rows in and out of the table (rebuilding only a row
// whose highlight or context changed) instead of re-creating thousands of
// cells. At story scale the output is the same as a full render.
import {prefixedClaimCard} from "./ClaimList.js";
import {CounterclaimArrows} from "./CounterclaimArrows.js";
import {el, replaceChildren, svg, syncChildren, activeElementIn} from "./dom.js";
import {plural} from "./format.js";
import {stanceIcon, STANCE_LABEL, type StanceOrMixed} from "./glyphs.js";
import {compareActors, deferWhileHidden, initialViewState, lowerFirst, mergeViewState, observeSize, type ResolvedViewState, type StanceViewState} from "./stanceView.js";
import {useStyles} from "./styles.js";
import type {ActorRow, AxisMeta, ClaimRow, CounterclaimRow, StanceRow, TopicMeta} from "../../loaders/tables.js";

export interface StanceGridData {
  /** Rows: every actor with at least one claim. */
  actors: readonly ActorRow[];
  /** One row per actor × topic with claims. */
  stances: readonly StanceRow[];
  claims: readonly ClaimRow[];
  /** Columns, grouped by axis in the order of `axes`; topics on no axis come last. */
  topics: readonly TopicMeta[];
  axes: readonly AxisMeta[];
  /** Needed only to draw counterclaim arrows. */
  counterclaims?: readonly CounterclaimRow[];
}

export interface StanceGridOptions {
  /** Container width in px at creation; in a browser the grid then follows its own width. */
  width?: number;
  /** Below this width each actor becomes a card (default: wide enough for the longest word of any topic label in every column, at least 640). */
  breakpoint?: number;
  /** Prefix for element ids, unique on the page. */
  id?: string;
  /** Path of the source reader, for the cards' "read it in the article" links. */
  sourceHref?: string;
  /** Heading level of the quotes panel (2–5; cards use the next level). */
  headingLevel?: 2 | 3 | 4 | 5;
  /** Header of the group of topics that are on no axis. */
  offMapLabel?: string;
  /** Initial state. */
  state?: StanceViewState;
  /** Actor rows (or cards) rendered at first, and added by each "Show more actors" (default 25: a table row holds a button per topic, so rows cost more than list items); resets when the filter changes. */
  rowsPerPage?: number;
}

export type StanceGridElement = HTMLElement & {
  update(state: StanceViewState): void;
  /** Opens the quotes of a cell, or closes them with null. */
  open(actor: string | null, topic?: string): void;
  /** Stops following the container's size. */
  destroy(): void;
};

interface Column {
  topic: TopicMeta;
  group: string;
  first: boolean;
}
interface Group {
  id: string;
  label: string;
  /** "in favour = <the pole's label>" when every topic of the group sits on the same pole. */
  note: string | null;
  columns: Column[];
}

const CSS = `
.wz-stance-grid { position: relative; max-width: 100%; }
.wz-stance-grid .wz-sg-frame { position: relative; }
.wz-stance-grid .wz-sg-legend { display: flex; flex-wrap: wrap; gap: .25em 1.1em; margin: 0 0 .6em; padding: 0; list-style: none; font-size: .92em; max-width: none; }
.wz-stance-grid .wz-sg-legend li { display: inline-flex; align-items: center; gap: .35em; }
.wz-stance-grid .wz-sg-intro { margin: 0 0 .5em; font-size: .92em; color: var(--wz-muted); max-width: 48em; }
.wz-stance-grid .wz-sg-table { width: 100%; max-width: none; table-layout: fixed; border-collapse: collapse; font: inherit; font-size: 14px; margin: 0; }
.wz-stance-grid .wz-sg-table th, .wz-stance-grid .wz-sg-table td { padding: 2px; color: var(--wz-fg); text-align: center; vertical-align: middle; }
.wz-stance-grid .wz-sg-table tr { border-bottom: 1px solid var(--wz-faint); }
.wz-stance-grid .wz-sg-table thead tr { border-bottom: 0; }
.wz-stance-grid .wz-sg-table thead th { font-size: 11.5px; font-weight: 600; line-height: 1.2; vertical-align: bottom; overflow-wrap: break-word; hyphens: auto; padding: 4px 2px; }
.wz-stance-grid .wz-sg-table .wz-sg-groups th { text-align: left; font-size: 13px; border-bottom: 2px solid var(--wz-rule); vertical-align: bottom; }
.wz-stance-grid .wz-sg-table .wz-sg-groups .wz-sg-note { display: block; font-weight: 400; color: var(--wz-muted); font-size: 12px; }
.wz-stance-grid .wz-sg-table .wz-sg-topics th { border-bottom: 1px solid var(--wz-rule); }
.wz-stance-grid .wz-sg-table .wz-sg-start { border-left: 1px solid var(--wz-rule); }
.wz-stance-grid .wz-sg-table tbody th { text-align: left; font-weight: 600; padding: 4px 6px 4px 0; overflow-wrap: anywhere; line-height: 1.25; }
.wz-stance-grid .wz-sg-table .wz-sg-actor-col { width: 120px; }
.wz-stance-grid .wz-sg-n { display: block; font-weight: 400; font-size: 12.5px; color: var(--wz-muted); }
.wz-stance-grid .wz-sg-context-note { display: block; font-weight: 400; font-size: 12px; color: var(--wz-muted); font-style: italic; }
.wz-stance-grid .wz-sg-cell {
  display: inline-flex; align-items: center; justify-content: center; gap: 3px; width: 100%; min-width: 28px; min-height: 38px;
  padding: 2px 4px; border: 1px solid transparent; border-radius: 6px; background: transparent; cursor: pointer; color: var(--wz-fg);
}
.wz-stance-grid .wz-sg-cell:hover { background: var(--wz-faint); border-color: var(--wz-rule); }
.wz-stance-grid .wz-sg-cell[aria-expanded="true"] { border-color: var(--wz-fg); border-width: 2px; background: var(--wz-faint); }
.wz-stance-grid .wz-sg-cell:focus-visible { outline: 3px solid var(--wz-focus); outline-offset: 1px; }
.wz-stance-grid .wz-sg-count { font-size: 12.5px; font-variant-numeric: tabular-nums; font-weight: 650; }
.wz-stance-grid .wz-sg-words { font-size: 13.5px; }
.wz-stance-grid .wz-sg-empty { display: inline-flex; align-items: center; justify-content: center; min-height: 38px; }
.wz-stance-grid .wz-sg-hl-cell .wz-sg-cell { background: var(--wz-highlight); border-color: var(--wz-fg); border-width: 2px; }
.wz-stance-grid .wz-sg-row-hl th, .wz-stance-grid .wz-sg-row-hl td { background: var(--wz-highlight); }
.wz-stance-grid .wz-sg-row-hl th { box-shadow: inset 4px 0 0 var(--wz-focus); padding-left: 8px; }
.wz-stance-grid .wz-sg-cards { list-style: none; margin: 0; padding: 0 0 0 26px; display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 260px), 1fr)); gap: .75em; max-width: none; }
.wz-stance-grid .wz-sg-card { border: 1px solid var(--wz-rule); border-radius: 6px; padding: .4em .6em .5em; margin: 0; min-width: 0; }
.wz-stance-grid .wz-sg-card.wz-sg-row-hl { background: var(--wz-highlight); box-shadow: inset 4px 0 0 var(--wz-focus); }
.wz-stance-grid .wz-sg-card table { width: 100%; max-width: none; border-collapse: collapse; font: inherit; font-size: 14px; margin: 0; }
.wz-stance-grid .wz-sg-card caption { text-align: left; font-weight: 650; padding: 0 0 .2em; }
.wz-stance-grid .wz-sg-card tr { border-bottom: 1px solid var(--wz-faint); }
.wz-stance-grid .wz-sg-card th, .wz-stance-grid .wz-sg-card td { padding: 1px 4px 1px 0; color: var(--wz-fg); vertical-align: middle; text-align: left; font-weight: 400; overflow-wrap: anywhere; }
.wz-stance-grid .wz-sg-card .wz-sg-rowgroup th { font-size: 12.5px; color: var(--wz-muted); padding-top: .4em; font-weight: 600; }
.wz-stance-grid .wz-sg-card td { width: 9.5em; }
.wz-stance-grid .wz-sg-card .wz-sg-cell { justify-content: flex-start; }
.wz-stance-grid .wz-sg-card .wz-sg-none-on-record { margin: .35em 0 0; font-size: 13px; color: var(--wz-muted); max-width: none; }
.wz-stance-grid .wz-sg-card .wz-sg-panel { margin: .5em -.4em 0; padding: .5em .5em .1em; }
.wz-stance-grid .wz-sg-panel { margin: .75em 0 0; padding: .6em .8em .2em; border: 2px solid var(--wz-fg); border-radius: 8px; background: var(--wz-bg); }
.wz-stance-grid .wz-sg-panel:focus-visible { outline: 3px solid var(--wz-focus); outline-offset: 2px; }
.wz-stance-grid .wz-sg-panel-head { display: flex; justify-content: space-between; align-items: flex-start; gap: .75em; }
.wz-stance-grid .wz-sg-panel-title { margin: 0; font-size: 1.05em; }
.wz-stance-grid .wz-sg-panel p { max-width: 48em; margin: .35em 0 .6em; }
.wz-stance-grid .wz-sg-more { display: flex; flex-wrap: wrap; gap: .5em 1em; align-items: center; margin: .5em 0 0; }
.wz-stance-grid .wz-sg-more p { margin: 0; color: var(--wz-muted); }
`;

const EMPTY_LABEL = "nothing on record";

/** The "nothing on record" mark: a small ring, unlike the four stance glyphs. */
export function emptyIcon(size = 16): SVGSVGElement {
  return svg(
    "svg",
    {width: size, height: size, viewBox: `${-size / 2} ${-size / 2} ${size} ${size}`, class: "wz-icon", "aria-hidden": "true", focusable: "false"},
    svg("circle", {r: 2.5, fill: "none", stroke: "var(--wz-rule)", "stroke-width": 1.5})
  );
}

/** Columns grouped by axis (in the order of `axes`), then the topics on no axis. */
export function topicGroups(topics: readonly TopicMeta[], axes: readonly AxisMeta[], offMapLabel = "Other topics (not on the map)"): Group[] {
  const groups: Group[] = [];
  const axisIds = new Set(axes.map((a) => a.id));
  for (const axis of axes) {
    const members = topics.filter((t) => t.axis === axis.id);
    if (!members.length) continue;
    const poles = new Set(members.map((t) => t.pole ?? 0));
    const pole = poles.size === 1 ? [...poles][0] : 0;
    const note = pole === -1 ? `in favour = ${lowerFirst(axis.minus_label)}` : pole === 1 ? `in favour = ${lowerFirst(axis.plus_label)}` : null;
    groups.push({id: axis.id, label: axis.label, note, columns: members.map((topic, i) => ({topic, group: axis.id, first: i === 0}))});
  }
  const rest = topics.filter((t) => !axisIds.has(t.axis));
  if (rest.length) groups.push({id: "off-map", label: offMapLabel, note: null, columns: rest.map((topic, i) => ({topic, group: "off-map", first: i === 0}))});
  return groups;
}

/**
 * The narrowest width at which the table's column headers fit without breaking
 * a word: a 120 px actor column plus, per topic, its longest word (split at
 * spaces and hyphens) at about 6.6 px a character (11.5 px bold). An estimate,
 * not a measurement, so that the layout is the same in every browser and in tests.
 */
export function tableBreakpoint(labels: readonly string[]): number {
  const longest = Math.max(0, ...labels.flatMap((l) => l.split(/[\s-]+/).map((w) => w.length)));
  return Math.max(640, Math.round(120 + labels.length * (longest * 6.6 + 6)));
}

export function StanceGrid(data: StanceGridData, options: StanceGridOptions = {}): StanceGridElement {
  useStyles("stance-grid", CSS);
  const {id = "stance-grid", sourceHref = "/source", headingLevel = 3, offMapLabel} = options;
  let state: ResolvedViewState = initialViewState(options.width ?? 640, options.state);

  const groups = topicGroups(data.topics, data.axes, offMapLabel);
  const columns = groups.flatMap((g) => g.columns);
  const breakpoint = options.breakpoint ?? tableBreakpoint(columns.map((c) => c.topic.label));
  const stanceOf = new Map(data.stances.map((s) => [`${s.actor}|${s.topic}`, s]));
  const claimsById = new Map(data.claims.map((c) => [c.id, c]));
  const actorsWithStances = new Set(data.stances.map((s) => s.actor));
  const rows = data.actors.filter((a) => a.n_claims > 0 || actorsWithStances.has(a.id)).sort(compareActors);
  const counterclaims = data.counterclaims ?? [];
  const ccById = new Map(counterclaims.map((c) => [c.id, c]));

  let open: {actor: string; topic: string} | null = null;
  const rowsPerPage = Math.max(1, Math.floor(options.rowsPerPage ?? 25));
  let rowLimit = rowsPerPage;

  const frame = el("div", {class: "wz-sg-frame"});
  const panelTitle = el(`h${headingLevel}` as "h3", {class: "wz-sg-panel-title", id: `${id}-panel-title`});
  const panelClose = el("button", {type: "button", class: "wz-button"}, "Close");
  const panelBody = el("div", {});
  const panel = el("section", {class: "wz-sg-panel", id: `${id}-panel`, hidden: true, tabindex: "-1", "aria-labelledby": `${id}-panel-title`}, el("div", {class: "wz-sg-panel-head"}, panelTitle, panelClose), panelBody);

  const arrows = CounterclaimArrows(counterclaims, {
    id: `${id}-arrows`,
    frame,
    where: "Arrows on the grid",
    gutter: () => (stackedCards() ? 14 : null),
    obstacles: () => frame.querySelectorAll(".wz-sg-cell .wz-icon, .wz-sg-count, .wz-sg-words, .wz-sg-empty, tbody th, caption"),
    locate: (claimId) => {
      const claim = claimsById.get(claimId);
      if (!claim) return null;
      const button = frame.querySelector(`[data-cell="${claim.actor}|${claim.topic}"]`);
      // In stacked cards the arrow points at the topic's row; in the table, at the glyph itself.
      return stackedCards() ? (button?.closest("tr")?.querySelector("th") ?? null) : (button?.querySelector(".wz-icon") ?? null);
    }
  });

  /** One column of cards: arrows then run in the channel left of the cards. */
  function stackedCards(): boolean {
    const list = frame.querySelector<HTMLElement>(".wz-sg-cards");
    if (!list || typeof getComputedStyle === "undefined") return false;
    return getComputedStyle(list).gridTemplateColumns.trim().split(/\s+/).length <= 1;
  }

  const legend = el(
    "ul",
    {class: "wz-sg-legend", "aria-label": "Key"},
    (["favor", "against", "none", "mixed"] as StanceOrMixed[]).map((s) => el("li", {}, stanceIcon(s), STANCE_LABEL[s])),
    el("li", {}, emptyIcon(), EMPTY_LABEL),
    el("li", {}, el("span", {class: "wz-sg-count"}, "3"), "number of claims, when more than one")
  );
  const intro = el("p", {class: "wz-sg-intro"}, "Each column is a proposition; each mark sums up whether an actor's coded claims argue for it or against it. Choose a mark to read the quotes.");

  // "Show more actors": in the page only while rows are left out.
  const moreText = el("p", {});
  const moreButton = el("button", {type: "button", class: "wz-button", "data-action": "more"});
  const more = el("div", {class: "wz-sg-more"}, moreText, moreButton);
  const root = el("div", {class: "wz wz-stance-grid", id}, intro, legend, frame, arrows.caption, panel) as unknown as StanceGridElement;

  const actorName = (actorId: string) => rows.find((a) => a.id === actorId)?.name ?? actorId;
  const topicOf = (topicId: string) => columns.find((c) => c.topic.id === topicId)?.topic;

  /** Actors shown: the filter (or everyone), plus the ends of drawn arrows. */
  function visibleRows(): {actor: ActorRow; context: boolean}[] {
    const chosen = new Set(state.actors);
    const ends = new Set(state.showArrows.flatMap((a) => {
      const c = ccById.get(a);
      return c ? [c.from_actor, c.to_actor] : [];
    }));
    const matching = rows.filter((a) => chosen.size === 0 || chosen.has(a.id) || ends.has(a.id));
    hiddenRows = Math.max(0, matching.length - rowLimit);
    // Beyond the page, only the ends of drawn arrows (an arrow never points at nothing).
    return matching.filter((a, i) => i < rowLimit || ends.has(a.id)).map((actor) => ({actor, context: chosen.size > 0 && !chosen.has(actor.id)}));
  }
  let hiddenRows = 0;

  function cellButton(actor: ActorRow, topic: TopicMeta, stance: StanceRow, words: boolean): HTMLButtonElement {
    const key = `${actor.id}|${topic.id}`;
    const label = `${actor.name} on ${topic.label}: ${STANCE_LABEL[stance.stance]}, ${plural(stance.n, "claim")}`;
    const isOpen = open?.actor === actor.id && open.topic === topic.id;
    const button = el(
      "button",
      {type: "button", class: "wz-sg-cell", "data-cell": key, "aria-expanded": String(isOpen), "aria-controls": `${id}-panel`},
      stanceIcon(stance.stance, 18),
      words ? el("span", {class: "wz-sg-words", "aria-hidden": "true"}, STANCE_LABEL[stance.stance]) : null,
      stance.n > 1 ? el("span", {class: "wz-sg-count", "aria-hidden": "true"}, words ? `· ${stance.n}` : String(stance.n)) : null,
      el("span", {class: "wz-sr"}, label)
    );
    return button;
  }

  function isHighlighted(stance: StanceRow | undefined): boolean {
    return !!stance && stance.claims.some((c) => state.highlightClaims.includes(c));
  }

  // Rows and cards built once and reused while what they show is unchanged
  // (`key`: highlight, context and highlighted cells; the open cell is marked
  // by markExpanded, the row index is set in place).
  const tableRows = new Map<string, {key: string; node: HTMLTableRowElement}>();
  const cardItems = new Map<string, {key: string; node: HTMLLIElement}>();
  let tableShell: {table: HTMLTableElement; body: HTMLTableSectionElement} | null = null;
  let cardList: HTMLUListElement | null = null;

  function rowKey(actor: ActorRow, context: boolean): string {
    const hl = state.highlightClaims.length ? columns.filter((c) => isHighlighted(stanceOf.get(`${actor.id}|${c.topic.id}`))).map((c) => c.topic.id) : [];
    return `${state.highlightActors.includes(actor.id)}|${context}|${hl.join(",")}`;
  }

  function tableRow(actor: ActorRow, context: boolean, r: number): HTMLTableRowElement {
    const key = rowKey(actor, context);
    const cached = tableRows.get(actor.id);
    if (cached && cached.key === key) {
      for (const button of cached.node.querySelectorAll<HTMLButtonElement>(".wz-sg-cell")) if (button.dataset.row !== String(r)) button.dataset.row = String(r);
      return cached.node;
    }
    const node = el(
      "tr",
      {"data-actor": actor.id, class: [state.highlightActors.includes(actor.id) ? "wz-sg-row-hl" : "", context ? "wz-sg-context" : ""].join(" ").trim() || null},
      el(
        "th",
        {scope: "row"},
        actor.name,
        el("span", {class: "wz-sg-n"}, plural(actor.n_claims, "claim")),
        context ? el("span", {class: "wz-sg-context-note"}, "shown for an arrow") : null
      ),
      columns.map((c, col) => {
        const stance = stanceOf.get(`${actor.id}|${c.topic.id}`);
        const cls = [c.first ? "wz-sg-start" : "", isHighlighted(stance) ? "wz-sg-hl-cell" : ""].join(" ").trim() || null;
        if (!stance) return el("td", {class: cls}, el("span", {class: "wz-sg-empty"}, emptyIcon()), el("span", {class: "wz-sr"}, EMPTY_LABEL));
        const button = cellButton(actor, c.topic, stance, false);
        button.dataset.row = String(r);
        button.dataset.col = String(col);
        return el("td", {class: cls}, button);
      })
    );
    tableRows.set(actor.id, {key, node});
    return node;
  }

  function renderTable(shown: {actor: ActorRow; context: boolean}[]): HTMLTableElement {
    tableShell ??= tableSkeleton();
    syncChildren(tableShell.body, shown.map(({actor, context}, r) => tableRow(actor, context, r)));
    return tableShell.table;
  }

  function tableSkeleton(): {table: HTMLTableElement; body: HTMLTableSectionElement} {
    const colgroup = el("colgroup", {}, el("col", {class: "wz-sg-actor-col"}), columns.map(() => el("col", {})));
    const groupRow = el(
      "tr",
      {class: "wz-sg-groups"},
      el("td", {}),
      groups.map((g) => el("th", {scope: "colgroup", colspan: g.columns.length, class: "wz-sg-start", id: `${id}-group-${g.id}`}, g.label, g.note ? el("span", {class: "wz-sg-note"}, g.note) : null))
    );
    const topicRow = el(
      "tr",
      {class: "wz-sg-topics"},
      el("th", {scope: "col"}, "Actor"),
      columns.map((c) => el("th", {scope: "col", class: c.first ? "wz-sg-start" : null}, c.topic.label))
    );
    const body = el("tbody", {});
    const table = el(
      "table",
      {class: "wz-sg-table"},
      el("caption", {class: "wz-sr"}, "Where each actor stands on each topic: actors in rows, topics in columns grouped by axis. A button opens the quotes."),
      colgroup,
      el("thead", {}, groupRow, topicRow),
      body
    );
    return {table, body};
  }

  function renderCards(shown: {actor: ActorRow; context: boolean}[]): HTMLUListElement {
    cardList ??= el("ul", {class: "wz-sg-cards"});
    syncChildren(
      cardList,
      shown.map(({actor, context}) => {
        const key = rowKey(actor, context);
        const cached = cardItems.get(actor.id);
        if (cached && cached.key === key) return cached.node;
        const node = cardItem(actor, context);
        cardItems.set(actor.id, {key, node});
        return node;
      })
    );
    return cardList;
  }

  function cardItem(actor: ActorRow, context: boolean): HTMLLIElement {
    const empty: string[] = [];
    const tbodies = groups
      .map((g) => {
        const cells = g.columns.filter((c) => {
          const has = stanceOf.has(`${actor.id}|${c.topic.id}`);
          if (!has) empty.push(c.topic.label);
          return has;
        });
        if (!cells.length) return null;
        return el(
          "tbody",
          {},
          el("tr", {class: "wz-sg-rowgroup"}, el("th", {scope: "rowgroup", colspan: 2}, g.label, g.note ? ` (${g.note})` : "")),
          cells.map((c) => {
            const stance = stanceOf.get(`${actor.id}|${c.topic.id}`)!;
            return el("tr", {class: isHighlighted(stance) ? "wz-sg-hl-cell" : null}, el("th", {scope: "row"}, c.topic.label), el("td", {}, cellButton(actor, c.topic, stance, true)));
          })
        );
      })
      .filter((t): t is HTMLTableSectionElement => t !== null);
    return el(
      "li",
      {class: ["wz-sg-card", state.highlightActors.includes(actor.id) ? "wz-sg-row-hl" : "", context ? "wz-sg-context" : ""].join(" ").trim(), "data-actor": actor.id},
      el(
        "table",
        {},
        el("caption", {}, actor.name, el("span", {class: "wz-sg-n"}, plural(actor.n_claims, "claim")), context ? el("span", {class: "wz-sg-context-note"}, "shown for an arrow") : null),
        tbodies
      ),
      empty.length ? el("p", {class: "wz-sg-none-on-record"}, emptyIcon(12), ` Nothing on record: ${empty.join(", ")}.`) : null
    );
  }

  /** aria-expanded on the open cell only (rows are reused, so it is set here rather than when a row is built). */
  function markExpanded() {
    const key = open ? `${open.actor}|${open.topic}` : null;
    for (const b of frame.querySelectorAll<HTMLButtonElement>('.wz-sg-cell[aria-expanded="true"]')) if (b.dataset.cell !== key) b.setAttribute("aria-expanded", "false");
    if (key) for (const b of frame.querySelectorAll<HTMLButtonElement>(".wz-sg-cell")) if (b.dataset.cell === key) b.setAttribute("aria-expanded", "true");
  }

  /** Below the table; in the card layout, inside the actor's card, next to the cell that opened it. */
  function placePanel() {
    const card = open && root.dataset.layout === "cards" ? frame.querySelector(`li[data-actor="${open.actor}"]`) : null;
    if (card) {
      if (panel.parentNode !== card) card.append(panel);
    } else if (panel.previousSibling !== arrows.caption) arrows.caption.after(panel);
  }

  function renderPanel() {
    const stance = open ? stanceOf.get(`${open.actor}|${open.topic}`) : undefined;
    const topic = open ? topicOf(open.topic) : undefined;
    placePanel();
    if (!open || !stance || !topic) {
      panel.hidden = true;
      replaceChildren(panelBody);
      return;
    }
    panel.hidden = false;
    panelTitle.textContent = `${actorName(open.actor)} on ${topic.label}`;
    replaceChildren(
      panelBody,
      el("p", {}, "Proposition: ", el("q", {}, topic.target), el("br", {}), `Coded ${STANCE_LABEL[stance.stance]}, from ${plural(stance.n, "claim")}.`),
      stance.claims
        .map((c) => claimsById.get(c))
        .filter((c): c is ClaimRow => !!c)
        .map((c) => prefixedClaimCard(c, id, {sourceHref, headingLevel: Math.min(6, headingLevel + 1) as 3 | 4 | 5 | 6}))
    );
  }

  function render() {
    const activeNow = activeElementIn(frame);
    const focused = activeNow instanceof HTMLElement && frame.contains(activeNow) ? activeNow.dataset.cell : undefined;
    const shown = visibleRows();
    if (open && !shown.some((s) => s.actor.id === open!.actor)) open = null;
    const cards = state.width < breakpoint;
    root.dataset.layout = cards ? "cards" : "table";
    syncChildren(frame, [cards ? renderCards(shown) : renderTable(shown), arrows]);
    markExpanded();
    if (hiddenRows > 0) {
      moreText.textContent = `${hiddenRows.toLocaleString("en")} more ${hiddenRows === 1 ? "actor" : "actors"} not shown.`;
      moreButton.textContent = `Show ${Math.min(rowsPerPage, hiddenRows)} more ${Math.min(rowsPerPage, hiddenRows) === 1 ? "actor" : "actors"}`;
      if (more.previousSibling !== frame) frame.after(more);
    } else more.remove();
    renderPanel();
    arrows.update({showArrows: state.showArrows});
    if (focused) frame.querySelector<HTMLElement>(`[data-cell="${focused}"]`)?.focus();
  }

  function setOpen(next: {actor: string; topic: string} | null, {focus = true} = {}) {
    const previous = open;
    open = next;
    markExpanded();
    renderPanel();
    if (!focus) return;
    if (open) panel.focus();
    else if (previous) frame.querySelector<HTMLElement>(`[data-cell="${previous.actor}|${previous.topic}"]`)?.focus();
  }

  frame.addEventListener("click", (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>(".wz-sg-cell");
    if (!button?.dataset.cell) return;
    const [actor, topic] = button.dataset.cell.split("|") as [string, string];
    const same = open?.actor === actor && open.topic === topic;
    setOpen(same ? null : {actor, topic});
  });

  // Arrow keys move between the buttons of the table (Tab still visits each).
  frame.addEventListener("keydown", (event) => {
    const moves: Record<string, [number, number]> = {ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1]};
    const move = moves[event.key];
    const current = (event.target as Element).closest<HTMLButtonElement>(".wz-sg-cell");
    if (!move || !current || current.dataset.row === undefined) return;
    const r0 = Number(current.dataset.row);
    const c0 = Number(current.dataset.col);
    const buttons = [...frame.querySelectorAll<HTMLButtonElement>(".wz-sg-cell")];
    const [dr, dc] = move;
    const candidates = buttons
      .map((b) => ({b, r: Number(b.dataset.row), c: Number(b.dataset.col)}))
      .filter(({r, c}) => (dr !== 0 ? c === c0 && Math.sign(r - r0) === dr : r === r0 && Math.sign(c - c0) === dc))
      .sort((x, y) => Math.abs(x.r - r0) + Math.abs(x.c - c0) - (Math.abs(y.r - r0) + Math.abs(y.c - c0)));
    const next = candidates[0];
    if (next) {
      event.preventDefault();
      next.b.focus();
    }
  });

  panelClose.addEventListener("click", () => setOpen(null));
  root.addEventListener("keydown", (event) => {
    if (event.key !== "Escape" || !open || event.defaultPrevented) return;
    event.preventDefault();
    setOpen(null);
  });

  // While hidden (the other view of a ViewSwitch), updates wait until it is shown.
  const deferred = deferWhileHidden(root, render);
  const stopObserving = observeSize(root, (width) => {
    if (width !== undefined && width !== state.width) {
      const wasCards = state.width < breakpoint;
      state = {...state, width};
      if (wasCards !== width < breakpoint) {
        render();
        return;
      }
    }
    arrows.redraw();
  });

  moreButton.addEventListener("click", () => {
    const first = frame.querySelectorAll("[data-actor]").length;
    rowLimit += rowsPerPage;
    render();
    // Focus moves to the first cell of the first row just added.
    frame.querySelectorAll("[data-actor]")[first]?.querySelector<HTMLElement>(".wz-sg-cell")?.focus();
  });

  root.update = (next) => {
    const previous = state.actors;
    state = mergeViewState(state, next);
    if (previous.length !== state.actors.length || previous.some((a, i) => a !== state.actors[i])) rowLimit = rowsPerPage;
    deferred.run(); // now, or when shown if hidden
  };
  root.open = (actor, topic) => setOpen(actor && topic ? {actor, topic} : null, {focus: false});
  root.destroy = () => {
    stopObserving();
    deferred.dispose();
  };
  render();
  return root;
}
