// Counterclaim arrows: from the answering claim to the claim it answers,
// drawn only on demand (a reader's selection or a story step), never all at
// once. The arrows are an overlay on a host view: the grid draws them between
// two cells, the map between two dots or strip entries. The host says where a
// claim is (`locate(claimId) → Element`); the overlay measures both ends
// relative to the host's frame, so it follows any layout (table, cards, plot,
// strip) and is redrawn when the host resizes. Each arrow is numbered and
// labelled with its relation (rebuts, undercuts, evidence against; also told
// apart by dash pattern), and a caption lists the drawn arrows as text.
//
// State (update):
//   {showArrows?: string[]}   counterclaim ids to draw, in this order ([] = none)
//   {arrows?: string[]}       the same, shorter
// Where ResizeObserver is missing (jsdom) or an end has no layout, nothing is
// measured: the caption still lists the arrows, the overlay stays empty, and
// snapshots stay deterministic.
//
// CounterclaimList (below) is the reader's control: the counterclaims that
// answer the chosen actors' claims, or that they make, each with a toggle
// that draws its arrow. State: {actors?: string[], showArrows?: string[]}.
import {el, replaceChildren, svg} from "./dom.js";
import {RELATION_LABEL} from "./format.js";
import {useStyles} from "./styles.js";
import type {StanceViewState} from "./stanceView.js";
import type {CounterclaimRow, Relation} from "../../loaders/tables.js";

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
export interface Point {
  x: number;
  y: number;
}

/** Short labels drawn on the arrows. */
export const RELATION_SHORT: Record<Relation, string> = {
  rebut: "rebuts",
  undercut: "undercuts",
  evidence: "evidence against"
};

/** Dash pattern per relation, so the relation is told by shape as well as by its label. */
export const RELATION_DASH: Record<Relation, string | null> = {
  rebut: null,
  undercut: "8 5",
  evidence: "1 5"
};

const r2 = (n: number) => Math.round(n * 100) / 100;

/** The point where the ray from the box's centre toward `toward` leaves the box grown by `pad`. */
export function exitPoint(box: Box, toward: Point, pad = 0): Point {
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const dx = toward.x - cx;
  const dy = toward.y - cy;
  const hw = box.width / 2 + pad;
  const hh = box.height / 2 + pad;
  if (dx === 0 && dy === 0) return {x: cx, y: cy};
  const t = Math.min(dx === 0 ? Infinity : hw / Math.abs(dx), dy === 0 ? Infinity : hh / Math.abs(dy));
  return {x: cx + dx * Math.min(t, 1), y: cy + dy * Math.min(t, 1)};
}

export interface ArrowGeometry {
  /** The curve, ending a little short of the tip. */
  path: string;
  /** The arrowhead polygon. */
  head: string;
  /** Where the label sits by default (the curve's midpoint). */
  label: Point;
  /** The point at `t` (0…1) along the curve, for labels moved off an obstacle. */
  at(t: number): Point;
}

/**
 * A curved arrow from box `a` to box `b`. `lane` (0, 1, 2…) bends parallel
 * arrows between the same two boxes further apart, so none hides another.
 */
export function arrowGeometry(a: Box, b: Box, lane = 0): ArrowGeometry | null {
  const ca = {x: a.x + a.width / 2, y: a.y + a.height / 2};
  const cb = {x: b.x + b.width / 2, y: b.y + b.height / 2};
  const dx = cb.x - ca.x;
  const dy = cb.y - ca.y;
  const len = Math.hypot(dx, dy);
  if (len < 1) return null;
  const nx = -dy / len;
  const ny = dx / len;
  const bend = Math.min(90, 0.18 * len) + 30 * lane;
  const c = {x: (ca.x + cb.x) / 2 + nx * bend, y: (ca.y + cb.y) / 2 + ny * bend};
  const s = exitPoint(a, c, 3);
  const e = exitPoint(b, c, 4);
  const ux0 = e.x - c.x;
  const uy0 = e.y - c.y;
  const ul = Math.hypot(ux0, uy0) || 1;
  const ux = ux0 / ul;
  const uy = uy0 / ul;
  const tail = {x: e.x - ux * 7, y: e.y - uy * 7};
  const back = {x: e.x - ux * 11, y: e.y - uy * 11};
  const head = [e, {x: back.x - uy * 5.5, y: back.y + ux * 5.5}, {x: back.x + uy * 5.5, y: back.y - ux * 5.5}];
  return {
    path: `M${r2(s.x)},${r2(s.y)}Q${r2(c.x)},${r2(c.y)} ${r2(tail.x)},${r2(tail.y)}`,
    head: head.map((p) => `${r2(p.x)},${r2(p.y)}`).join(" "),
    label: {x: r2(0.25 * s.x + 0.5 * c.x + 0.25 * e.x), y: r2(0.25 * s.y + 0.5 * c.y + 0.25 * e.y)},
    at: (t) => {
      const u = 1 - t;
      return {x: r2(u * u * s.x + 2 * u * t * c.x + t * t * e.x), y: r2(u * u * s.y + 2 * u * t * c.y + t * t * e.y)};
    }
  };
}

const LABEL_POSITIONS = [0.5, 0.6, 0.4, 0.7, 0.3, 0.78, 0.22, 0.85, 0.15];

const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The label's centre y nearest to `y` (stepping down, then up) where it overlaps no label placed before. */
export function freeSpot(placed: readonly Box[], x: number, y: number, width: number, height: number): number {
  for (let k = 0; k < 12; k++) {
    const dy = (k % 2 === 0 ? 1 : -1) * Math.ceil(k / 2) * (height + 2);
    const box = {x: x - width / 2, y: y + dy - height / 2, width, height};
    if (!placed.some((p) => overlaps(p, box))) return y + dy;
  }
  return y;
}

/**
 * An arrow routed through a vertical channel at x = `gutter` on the left:
 * out of the left edge of `a`, along the channel, into the left edge of `b`.
 * Used on narrow layouts where the ends are stacked, so that arrows run beside
 * the text instead of across it.
 */
export function elbowGeometry(a: Box, b: Box, gutter: number): ArrowGeometry | null {
  const sx = a.x - 3;
  const sy = a.y + a.height / 2;
  const ex = b.x - 3;
  const ey = b.y + b.height / 2;
  const dy = ey - sy;
  if (Math.abs(dy) < 1 && Math.abs(ex - sx) < 1) return null;
  const dir = dy >= 0 ? 1 : -1;
  const r = Math.min(6, Math.abs(dy) / 2);
  const gx = Math.min(gutter, sx - 2, ex - 8);
  const path =
    `M${r2(sx)},${r2(sy)}H${r2(gx + r)}Q${r2(gx)},${r2(sy)} ${r2(gx)},${r2(sy + dir * r)}` +
    `V${r2(ey - dir * r)}Q${r2(gx)},${r2(ey)} ${r2(gx + r)},${r2(ey)}H${r2(ex - 7)}`;
  const head = [{x: ex, y: ey}, {x: ex - 11, y: ey - 5.5}, {x: ex - 11, y: ey + 5.5}].map((p) => `${r2(p.x)},${r2(p.y)}`).join(" ");
  const legs = [Math.abs(sx - gx), Math.abs(dy), Math.abs(ex - gx)];
  const total = legs[0]! + legs[1]! + legs[2]!;
  return {
    path,
    head,
    label: {x: r2(gx), y: r2((sy + ey) / 2)},
    at: (t) => {
      let d = t * total;
      if (d <= legs[0]!) return {x: r2(sx - d), y: r2(sy)};
      d -= legs[0]!;
      if (d <= legs[1]!) return {x: r2(gx), y: r2(sy + dir * d)};
      d -= legs[1]!;
      return {x: r2(gx + d), y: r2(ey)};
    }
  };
}

function clip(text: string, max = 90): string {
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

/** One sentence naming both ends, used by the caption and the list. */
export function describeCounterclaim(c: CounterclaimRow): string {
  return `${c.from_actor_name} ${RELATION_LABEL[c.relation] ?? c.relation} ${c.to_actor_name}: “${clip(c.from_quote)}” → “${clip(c.to_quote)}”`;
}

export interface CounterclaimArrowsOptions {
  /** Prefix for element ids, unique on the page. */
  id?: string;
  /** The positioned element the overlay covers; set by the host view. */
  frame?: HTMLElement;
  /** The element that stands for a claim in the host view (a cell, a dot, a strip entry), or null. */
  locate?: (claimId: string) => Element | null;
  /** Names the host in the caption: "Arrows on the grid". */
  where?: string;
  /**
   * The x of a channel on the left to route arrows through (narrow, stacked
   * layouts), or null for curved arrows; asked at each redraw.
   */
  gutter?: () => number | null;
  /** Elements a label should not cover (marks, names, text), tried along the arrow before giving up. */
  obstacles?: () => Iterable<Element>;
}

export type CounterclaimArrowsElement = SVGSVGElement & {
  /** Draws exactly these counterclaims' arrows. */
  update(state: {arrows?: readonly string[]} & Pick<StanceViewState, "showArrows">): void;
  /** Measures the host again and redraws (the host calls it after a re-layout). */
  redraw(): void;
  /** The text alternative: a numbered list of the drawn arrows; the host places it. */
  caption: HTMLElement;
  /** Ids of the counterclaims currently drawn. */
  drawn(): string[];
};

const CSS = `
.wz-arrows-layer { position: absolute; left: 0; top: 0; pointer-events: none; overflow: visible; z-index: 2; }
.wz-arrows-layer .wz-arrow-halo { fill: none; stroke: var(--wz-bg); stroke-width: 5; stroke-linecap: round; opacity: .7; }
.wz-arrows-layer .wz-arrow-line { fill: none; stroke: var(--wz-fg); stroke-width: 2.25; stroke-linecap: round; }
.wz-arrows-layer .wz-arrow-head { fill: var(--wz-fg); stroke: var(--wz-bg); stroke-width: 1; }
.wz-arrows-layer .wz-arrow-label rect { fill: var(--wz-bg); stroke: var(--wz-fg); stroke-width: 1.25; }
.wz-arrows-layer .wz-arrow-label text { fill: var(--wz-fg); font-size: 12px; font-weight: 650; }
.wz-arrows-caption { margin: .5em 0 0; font-size: .92em; }
.wz-arrows-caption p { margin: 0 0 .25em; }
.wz-arrows-caption ol { margin: 0; padding-left: 1.6em; }
.wz-arrows-caption li { margin: .15em 0; overflow-wrap: anywhere; }
.wz-arrows-caption .wz-arrows-key { display: inline-flex; flex-wrap: wrap; gap: .25em .9em; }
.wz-arrows-caption .wz-arrows-key span { display: inline-flex; align-items: center; gap: .3em; }
.wz-arrows-caption svg line { stroke: var(--wz-fg); stroke-width: 2.25; stroke-linecap: round; }
`;

/** A short line in each relation's dash pattern, for keys. */
export function relationKey(): HTMLElement {
  return el(
    "span",
    {class: "wz-arrows-key"},
    (Object.keys(RELATION_SHORT) as Relation[]).map((rel) => {
      const line = svg("line", {x1: 2, y1: 6, x2: 30, y2: 6});
      const dash = RELATION_DASH[rel];
      if (dash) line.setAttribute("stroke-dasharray", dash);
      return el("span", {}, svg("svg", {width: 32, height: 12, viewBox: "0 0 32 12", "aria-hidden": "true", focusable: "false"}, line), RELATION_SHORT[rel]);
    })
  );
}

export function CounterclaimArrows(counterclaims: readonly CounterclaimRow[], options: CounterclaimArrowsOptions = {}): CounterclaimArrowsElement {
  useStyles("counterclaim-arrows", CSS);
  const {id = "arrows", where = "Arrows"} = options;
  const byId = new Map(counterclaims.map((c) => [c.id, c]));
  let arrows: string[] = [];

  const layer = svg("svg", {class: "wz-arrows-layer", "aria-hidden": "true", focusable: "false", width: 0, height: 0, "data-arrows": id}) as unknown as CounterclaimArrowsElement;
  const list = el("ol", {});
  const intro = el("p", {});
  const caption = el("div", {class: "wz-arrows-caption", id: `${id}-caption`, hidden: true}, intro, list);
  layer.caption = caption;

  function renderCaption() {
    const drawn = arrows.map((a) => byId.get(a)).filter((c): c is CounterclaimRow => !!c);
    caption.hidden = drawn.length === 0;
    replaceChildren(intro, el("strong", {}, `${where} (${drawn.length}):`), " ", relationKey());
    replaceChildren(
      list,
      drawn.map((c) => el("li", {"data-counterclaim": c.id}, describeCounterclaim(c)))
    );
  }

  layer.redraw = () => {
    replaceChildren(layer);
    const frame = options.frame;
    const locate = options.locate;
    if (!frame || !locate || arrows.length === 0) return;
    const fr = frame.getBoundingClientRect();
    if (fr.width === 0 && fr.height === 0) return; // hidden or not laid out (jsdom)
    const width = Math.round(frame.scrollWidth || fr.width);
    const height = Math.round(frame.scrollHeight || fr.height);
    layer.setAttribute("width", String(width));
    layer.setAttribute("height", String(height));
    layer.setAttribute("viewBox", `0 0 ${width} ${height}`);
    const box = (claim: string): Box | null => {
      const node = locate(claim);
      if (!node) return null;
      const r = node.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) return null;
      return {x: r.left - fr.left, y: r.top - fr.top, width: r.width, height: r.height};
    };
    const lanes = new Map<string, number>();
    const gutter = options.gutter?.() ?? null;
    let drawn = 0;
    const labels: SVGGElement[] = [];
    const placed: Box[] = [];
    const blocked: Box[] = [];
    for (const node of options.obstacles?.() ?? []) {
      const r = node.getBoundingClientRect();
      if (r.width > 0 && r.height > 0) blocked.push({x: r.left - fr.left - 2, y: r.top - fr.top - 2, width: r.width + 4, height: r.height + 4});
    }
    arrows.forEach((arrowId, i) => {
      const c = byId.get(arrowId);
      if (!c) return;
      const a = box(c.from);
      const b = box(c.to);
      if (!a || !b) return;
      const key = `${Math.round(a.x)},${Math.round(a.y)}>${Math.round(b.x)},${Math.round(b.y)}`;
      const lane = lanes.get(key) ?? 0;
      lanes.set(key, lane + 1);
      // In a channel, each arrow keeps its own lane (4 px apart) so that no run hides another.
      const g = gutter === null ? arrowGeometry(a, b, lane) : elbowGeometry(a, b, gutter - (drawn % 3) * 4);
      if (!g) return;
      drawn++;
      const dash = RELATION_DASH[c.relation];
      const group = svg("g", {class: `wz-arrow wz-arrow-${c.relation}`, "data-counterclaim": c.id});
      group.append(svg("path", {class: "wz-arrow-halo", d: g.path}));
      const line = svg("path", {class: "wz-arrow-line", d: g.path});
      if (dash) line.setAttribute("stroke-dasharray", dash);
      group.append(line, svg("polygon", {class: "wz-arrow-head", points: g.head}));
      layer.append(group);
      if (gutter !== null) {
        // Narrow layouts: a numbered badge in the channel; the caption below names the relation.
        // Beside the answering claim, where the arrow starts.
        const bx = 12;
        const y = freeSpot(placed, bx, g.at(0).y, 20, 20);
        placed.push({x: bx - 10, y: y - 10, width: 20, height: 20});
        labels.push(
          svg(
            "g",
            {class: "wz-arrow-label", transform: `translate(${bx},${r2(y)})`},
            svg("rect", {x: -10, y: -10, width: 20, height: 20, rx: 10}),
            svg("text", {"text-anchor": "middle", dy: "0.35em"}, String(i + 1))
          )
        );
        return;
      }
      const text = `${i + 1} ${RELATION_SHORT[c.relation]}`;
      const w = Math.round(text.length * 7 + 12);
      const clampX = (x: number) => Math.min(Math.max(x, w / 2 + 1), Math.max(w / 2 + 1, width - w / 2 - 1));
      const boxAt = (p: Point): Box => ({x: clampX(p.x) - w / 2, y: p.y - 10, width: w, height: 20});
      // Along the arrow, the first spot that covers no mark, text or earlier label.
      const spot = LABEL_POSITIONS.map((t) => boxAt(g.at(t))).find((b) => !placed.some((p) => overlaps(p, b)) && !blocked.some((o) => overlaps(o, b)));
      const x = spot ? spot.x + w / 2 : clampX(g.label.x);
      const y = spot ? spot.y + 10 : freeSpot(placed, x, g.label.y, w, 20);
      placed.push({x: x - w / 2, y: y - 10, width: w, height: 20});
      labels.push(
        svg(
          "g",
          {class: "wz-arrow-label", transform: `translate(${r2(x)},${r2(y)})`},
          svg("rect", {x: -w / 2, y: -10, width: w, height: 20, rx: 10}),
          svg("text", {"text-anchor": "middle", dy: "0.35em"}, text)
        )
      );
    });
    layer.append(...labels); // labels above every line
  };

  layer.update = (state) => {
    const next = state.arrows ?? state.showArrows;
    if (next) arrows = next.filter((a) => byId.has(a));
    renderCaption();
    layer.redraw();
  };
  layer.drawn = () => [...arrows];
  renderCaption();
  return layer;
}

// ---------------------------------------------------------------------------

export interface CounterclaimListOptions {
  id?: string;
  /** Called with the counterclaim ids to draw when the reader toggles one. */
  onChange?: (arrows: string[]) => void;
  /** Heading level of each answered claim (2–6). */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  /** Names the view the arrows appear in, for the status message. */
  where?: string;
  /**
   * Counterclaims rendered at first, and added by each "Show more" (default
   * 50), so that a large corpus does not put thousands of rows in the page on
   * every filter change. Resets to one page when the filter changes.
   */
  pageSize?: number;
}

export type CounterclaimListElement = HTMLElement & {
  update(state: Pick<StanceViewState, "actors" | "showArrows">): void;
  arrows(): string[];
};

const LIST_CSS = `
.wz-cc-list .wz-ccl-bar { display: flex; flex-wrap: wrap; gap: .5em 1em; align-items: center; margin: 0 0 .5em; }
.wz-cc-list .wz-ccl-bar p { margin: 0; }
.wz-cc-list .wz-ccl-groups { list-style: none; margin: 0; padding: 0; max-width: 52em; }
.wz-cc-list .wz-ccl-group { margin: 0 0 1em; padding: 0; }
.wz-cc-list .wz-ccl-target { font-size: 1em; font-weight: 600; margin: 0 0 .35em; }
.wz-cc-list .wz-ccl-target { max-width: 48em; }
.wz-cc-list .wz-ccl-target q { font-family: Georgia, "Iowan Old Style", "Noto Serif", serif; font-weight: 400; font-size: 1.05em; }
.wz-cc-list .wz-button:disabled { cursor: default; border-style: dashed; }
.wz-cc-list .wz-ccl-items { list-style: none; margin: 0; padding: 0 0 0 .75em; border-left: 3px solid var(--wz-rule); max-width: none; }
.wz-cc-list .wz-ccl-item { margin: 0 0 .6em; display: grid; grid-template-columns: 1fr auto; gap: .25em .75em; align-items: start; }
/* Long lists only (more than a page): rows off screen skip layout until scrolled to. */
.wz-cc-list[data-paged] .wz-ccl-item { content-visibility: auto; contain-intrinsic-size: auto 40em auto 5em; }
.wz-cc-list .wz-ccl-item p { margin: 0; overflow-wrap: anywhere; }
.wz-cc-list .wz-ccl-item q { font-family: Georgia, "Iowan Old Style", "Noto Serif", serif; }
.wz-cc-list .wz-ccl-rel { font-weight: 650; }
.wz-cc-list .wz-ccl-item .wz-button[aria-pressed="true"] { background: var(--wz-fg); color: var(--wz-bg); }
.wz-cc-list .wz-ccl-more { display: flex; flex-wrap: wrap; gap: .5em 1em; align-items: center; margin: 0 0 1em; }
.wz-cc-list .wz-ccl-more p { margin: 0; color: var(--wz-muted); }
@media (max-width: 480px) { .wz-cc-list .wz-ccl-item { grid-template-columns: 1fr; } .wz-cc-list .wz-ccl-item .wz-button { justify-self: start; } }
`;

/** The counterclaims relevant to an actor filter: made by, or answering, one of the actors ([] = all). */
export function relevantCounterclaims(counterclaims: readonly CounterclaimRow[], actors: readonly string[]): CounterclaimRow[] {
  if (actors.length === 0) return [...counterclaims];
  const chosen = new Set(actors);
  return counterclaims.filter((c) => chosen.has(c.from_actor) || chosen.has(c.to_actor));
}

export function CounterclaimList(counterclaims: readonly CounterclaimRow[], options: CounterclaimListOptions = {}): CounterclaimListElement {
  useStyles("counterclaim-list", LIST_CSS);
  const {id = "counterclaims", onChange, headingLevel = 3, where = "the chart"} = options;
  const pageSize = Math.max(1, Math.floor(options.pageSize ?? 50));
  const known = new Set(counterclaims.map((c) => c.id));
  let actors: readonly string[] = [];
  let arrows: string[] = [];
  let limit = pageSize;
  // Each counterclaim's row, built once and reused while its toggle's state is unchanged.
  const itemCache = new Map<string, {pressed: boolean; node: HTMLLIElement}>();

  const summary = el("p", {});
  const clear = el("button", {type: "button", class: "wz-button"}, "Clear arrows");
  const status = el("p", {class: "wz-sr", role: "status", "aria-live": "polite"});
  const groups = el("ul", {class: "wz-ccl-groups"});
  const moreText = el("p", {});
  const moreButton = el("button", {type: "button", class: "wz-button", "data-action": "more"});
  const more = el("div", {class: "wz-ccl-more"}, moreText, moreButton);
  const root = el("div", {class: "wz wz-cc-list", id, "data-paged": counterclaims.length > pageSize}, el("div", {class: "wz-ccl-bar"}, summary, clear), groups, status) as unknown as CounterclaimListElement;

  function emit(message: string) {
    status.textContent = message;
    render();
    onChange?.([...arrows]);
  }

  function render() {
    const shown = relevantCounterclaims(counterclaims, actors);
    summary.textContent =
      shown.length === 0
        ? "No counterclaim answers the chosen actors, and they make none."
        : `${shown.length} ${shown.length === 1 ? "counterclaim" : "counterclaims"}${actors.length ? " made by or answering the chosen actors" : ""}. Draw an arrow to see it on ${where}.`;
    clear.disabled = arrows.length === 0;
    const byTarget = new Map<string, CounterclaimRow[]>();
    for (const c of shown) {
      const items = byTarget.get(c.to);
      if (items) items.push(c);
      else byTarget.set(c.to, [c]);
    }
    // Only the first `limit` counterclaims, in group order, are rendered.
    if (shown.length > limit) {
      moreText.textContent = `${(shown.length - limit).toLocaleString("en")} more not shown.`;
      moreButton.textContent = `Show ${Math.min(pageSize, shown.length - limit)} more`;
      if (more.parentNode !== root) groups.after(more);
    } else more.remove();
    let left = limit;
    const page: CounterclaimRow[][] = [];
    for (const items of byTarget.values()) {
      if (left <= 0) break;
      page.push(items.slice(0, left));
      left -= items.length;
    }
    replaceChildren(
      groups,
      page.map((items) => {
        const target = items[0]!;
        return el(
          "li",
          {class: "wz-ccl-group", "data-claim": target.to},
          el(`h${headingLevel}` as "h3", {class: "wz-ccl-target"}, `Answering ${target.to_actor_name}: `, el("q", {}, clip(target.to_quote, 140))),
          el(
            "ul",
            {class: "wz-ccl-items"},
            items.map((c) => {
              const pressed = arrows.includes(c.id);
              const cached = itemCache.get(c.id);
              if (cached?.pressed === pressed) return cached.node;
              const button = el(
                "button",
                {type: "button", class: "wz-button", "aria-pressed": String(pressed), "data-counterclaim": c.id},
                pressed ? "Hide arrow" : "Draw arrow",
                el("span", {class: "wz-sr"}, `: ${c.from_actor_name} ${RELATION_LABEL[c.relation] ?? c.relation} ${c.to_actor_name}`)
              );
              button.addEventListener("click", () => {
                const on = !arrows.includes(c.id);
                arrows = on ? [...arrows, c.id] : arrows.filter((a) => a !== c.id);
                emit(`${on ? "Arrow drawn" : "Arrow removed"}: ${c.from_actor_name} ${RELATION_LABEL[c.relation] ?? c.relation} ${c.to_actor_name}.`);
                root.querySelector<HTMLButtonElement>(`button[data-counterclaim="${c.id}"]`)?.focus();
              });
              const node = el(
                "li",
                {class: "wz-ccl-item", "data-counterclaim": c.id},
                el(
                  "div",
                  {},
                  el("p", {}, el("strong", {}, c.from_actor_name), " ", el("span", {class: "wz-ccl-rel"}, RELATION_LABEL[c.relation] ?? c.relation), " it: ", el("q", {}, clip(c.from_quote, 140))),
                  el("p", {class: "wz-muted"}, c.rationale)
                ),
                button
              );
              itemCache.set(c.id, {pressed, node});
              return node;
            })
          )
        );
      })
    );
  }

  clear.addEventListener("click", () => {
    arrows = [];
    emit("All arrows removed.");
  });
  moreButton.addEventListener("click", () => {
    const first = limit;
    limit += pageSize;
    render();
    // Focus moves to the first toggle just added.
    root.querySelectorAll<HTMLElement>("button[data-counterclaim]")[first]?.focus();
  });

  root.update = (state) => {
    if (state.showArrows) arrows = state.showArrows.filter((a) => known.has(a));
    if (state.actors) {
      if (state.actors.length !== actors.length || state.actors.some((a, i) => a !== actors[i])) limit = pageSize;
      actors = [...state.actors];
      // Arrows that no longer concern the chosen actors are taken away.
      const keep = new Set(relevantCounterclaims(counterclaims, actors).map((c) => c.id));
      const pruned = arrows.filter((a) => keep.has(a));
      if (pruned.length !== arrows.length && !state.showArrows) {
        arrows = pruned;
        render();
        onChange?.([...arrows]);
        return;
      }
    }
    render();
  };
  root.arrows = () => [...arrows];
  render();
  return root;
}
