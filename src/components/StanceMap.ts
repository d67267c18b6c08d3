// The two-axis map: across, the story's first axis; up and down, its second
// (both named by the data, with a label for each pole).
// A dot sits at an actor's mean position over its coded claims (each −2…+2),
// whiskers span the range of those claims, the dot's area grows with their
// number, and a dot is hollow where, on an axis, the position rests only on
// indirect speech or the article's paraphrase. Quadrants are named in words;
// there are no numeric ticks. An actor with too little on record on either
// axis (`too_little`, fewer than `minClaims` claims) is not put at zero: it
// sits in a strip beside the plot (below it on a phone) that says, per axis,
// how many claims there are and which way they point. A dot or a strip entry
// opens "why here?": the claims behind it (click, Enter or Space; Close or
// Escape closes it and gives focus back).
//
// Usage: StanceMap({positions, axes, claims, actors, counterclaims}, {width, id})
//
// State (update, see stanceView.ts; absent fields keep their value):
//   {
//     actors?: string[]           // only these actors ([] = all)
//     highlightActors?: string[]  // ring these dots / tint these strip entries
//     highlightClaims?: string[]  // ring the dots and entries that rest on these claims
//     showArrows?: string[]       // draw these counterclaims' arrows between dots and entries
//     width?: number              // re-layout for this width (automatic in a browser)
//   }
// plus open(actorId) to open "why here?" and open(null) to close it.
// Nothing here names a story's actors or claims: all comes from data.
import {scaleLinear, scaleSqrt} from "./scales.js";
import {ClaimList} from "./ClaimList.js";
import {CounterclaimArrows} from "./CounterclaimArrows.js";
import {el, replaceChildren, svg, syncChildren, activeElementIn} from "./dom.js";
import {plural} from "./format.js";
import {compareActors, deferWhileHidden, initialViewState, lowerFirst, mergeViewState, observeSize, type ResolvedViewState, type StanceViewState} from "./stanceView.js";
import {useStyles} from "./styles.js";
import type {ActorRow, AxisMeta, ClaimRow, CounterclaimRow, PositionRow} from "../../loaders/tables.js";

export interface StanceMapData {
  /** One row per actor and axis (n, mean, min, max, indirect_only, too_little, claims). */
  positions: readonly PositionRow[];
  /** The story's axes: the first is drawn across, the second up and down (unless options say otherwise). */
  axes: readonly AxisMeta[];
  claims: readonly ClaimRow[];
  /** For names, order and counts; without it, actors come from `positions`. */
  actors?: readonly ActorRow[];
  /** Needed only to draw counterclaim arrows. */
  counterclaims?: readonly CounterclaimRow[];
}

export interface StanceMapOptions {
  /** Container width in px at creation; in a browser the map then follows its own width. */
  width?: number;
  /** From this width on, the strip sits beside the plot (default 640). */
  wideAt?: number;
  /** Axis drawn across (default: the first axis). */
  x?: string;
  /** Axis drawn up and down (default: the second axis). */
  y?: string;
  /** Positions run from −extent to +extent (default 2). */
  extent?: number;
  /** Fewest claims on an axis to be placed, for the strip's explanation (default 2; the flag itself comes from the data). */
  minClaims?: number;
  /** Prefix for element ids, unique on the page. */
  id?: string;
  sourceHref?: string;
  /** Heading level of the strip and of "why here?" (2–5). */
  headingLevel?: 2 | 3 | 4 | 5;
  /** Initial state. */
  state?: StanceViewState;
}

export type StanceMapElement = HTMLElement & {
  update(state: StanceViewState): void;
  /** Opens "why here?" for an actor, or closes it with null. */
  open(actor: string | null): void;
  /** Stops following the container's size. */
  destroy(): void;
};

interface Entity {
  id: string;
  name: string;
  nClaims: number;
  x: PositionRow | undefined;
  y: PositionRow | undefined;
  placed: boolean;
  /** Claims on both axes. */
  nOnMap: number;
  indirect: boolean;
  claims: string[];
  offMap: ClaimRow[];
}

const CSS = `
.wz-stance-map { max-width: 100%; }
.wz-stance-map .wz-sm-intro { margin: 0 0 .5em; max-width: 48em; }
.wz-stance-map .wz-sm-legend { display: flex; flex-wrap: wrap; gap: .25em 1.1em; margin: 0 0 .6em; padding: 0; list-style: none; font-size: .9em; max-width: none; }
.wz-stance-map .wz-sm-legend li { display: inline-flex; align-items: center; gap: .35em; }
.wz-stance-map .wz-sm-legend svg { overflow: visible; }
.wz-stance-map .wz-sm-frame { position: relative; display: block; }
.wz-stance-map[data-layout="wide"] .wz-sm-frame { display: flex; gap: 24px; align-items: flex-start; }
.wz-stance-map .wz-sm-plot-wrap { flex: none; max-width: 100%; }
.wz-stance-map .wz-sm-plot { display: block; max-width: 100%; height: auto; overflow: visible; }
.wz-stance-map .wz-sm-plot text { font-size: 12.5px; }
.wz-stance-map .wz-sm-frame-rect { fill: none; stroke: var(--wz-rule); stroke-width: 1; }
.wz-stance-map .wz-sm-extreme { fill: none; stroke: var(--wz-rule); stroke-width: 1; stroke-dasharray: 2 4; }
.wz-stance-map .wz-sm-zero { stroke: var(--wz-rule); stroke-width: 1.25; }
.wz-stance-map .wz-sm-quadrant { fill: var(--wz-muted); font-size: 12px; }
.wz-stance-map .wz-sm-pole { font-weight: 650; }
.wz-stance-map .wz-sm-whisker { stroke: var(--wz-fg); stroke-width: 2; fill: none; }
.wz-stance-map .wz-sm-dot { cursor: pointer; outline: none; }
.wz-stance-map .wz-sm-dot .wz-sm-hit { fill: transparent; stroke: none; }
.wz-stance-map .wz-sm-dot .wz-sm-mark { stroke: var(--wz-fg); stroke-width: 2.5; fill: var(--wz-fg); }
.wz-stance-map .wz-sm-dot.wz-sm-hollow .wz-sm-mark { fill: var(--wz-bg); }
.wz-stance-map .wz-sm-dot .wz-sm-ring { fill: none; stroke: none; stroke-width: 3; }
.wz-stance-map .wz-sm-dot:focus-visible .wz-sm-ring, .wz-stance-map .wz-sm-dot:hover .wz-sm-ring { stroke: var(--wz-focus); }
.wz-stance-map .wz-sm-dot[aria-expanded="true"] .wz-sm-ring { stroke: var(--wz-fg); stroke-dasharray: 3 2; }
.wz-stance-map .wz-sm-dot.wz-sm-hl .wz-sm-halo { fill: var(--wz-highlight); stroke: var(--wz-focus); stroke-width: 2; }
.wz-stance-map .wz-sm-dot .wz-sm-halo { fill: none; }
.wz-stance-map .wz-sm-label { font-weight: 650; }
.wz-stance-map .wz-sm-context-label { font-style: italic; font-weight: 400; fill: var(--wz-muted); }
.wz-stance-map .wz-sm-empty { fill: var(--wz-muted); font-size: 13px; }
.wz-stance-map .wz-sm-strip { flex: 1 1 0; min-width: 0; margin: 0; }
.wz-stance-map[data-layout="narrow"] .wz-sm-strip { margin-top: 1em; }
.wz-stance-map[data-layout="narrow"] .wz-sm-strip { padding-left: 26px; }
.wz-stance-map .wz-sm-strip-title { font-size: 1em; margin: 0 0 .2em; }
.wz-stance-map .wz-sm-strip p { margin: 0 0 .5em; font-size: .9em; color: var(--wz-muted); max-width: none; }
.wz-stance-map .wz-sm-strip ul { list-style: none; margin: 0; padding: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 230px), 1fr)); gap: .4em; max-width: none; }
.wz-stance-map .wz-sm-strip li { margin: 0; min-width: 0; }
.wz-stance-map .wz-sm-entry {
  display: block; width: 100%; text-align: left; padding: .3em .5em; border: 1px dashed var(--wz-rule); border-radius: 6px;
  background: transparent; cursor: pointer; line-height: 1.3; min-height: 44px;
}
.wz-stance-map .wz-sm-entry:hover { background: var(--wz-faint); }
.wz-stance-map .wz-sm-entry[aria-expanded="true"] { border: 2px solid var(--wz-fg); }
.wz-stance-map .wz-sm-entry.wz-sm-hl { background: var(--wz-highlight); border: 2px solid var(--wz-focus); }
.wz-stance-map .wz-sm-entry span { display: block; overflow-wrap: anywhere; }
.wz-stance-map .wz-sm-entry .wz-sm-name { font-weight: 650; }
.wz-stance-map .wz-sm-entry .wz-sm-line { font-size: 13.5px; }
.wz-stance-map .wz-sm-entry .wz-sm-nothing { color: var(--wz-muted); }
.wz-stance-map .wz-sm-entry .wz-sm-context-note { font-size: 12.5px; font-style: italic; color: var(--wz-muted); }
.wz-stance-map .wz-sm-entry .wz-sm-arrow { display: inline; font-weight: 700; }
.wz-stance-map .wz-sm-panel { margin: 1em 0 0; padding: .6em .8em .2em; border: 2px solid var(--wz-fg); border-radius: 8px; background: var(--wz-bg); }
.wz-stance-map .wz-sm-panel:focus-visible { outline: 3px solid var(--wz-focus); outline-offset: 2px; }
.wz-stance-map .wz-sm-panel-head { display: flex; justify-content: space-between; align-items: flex-start; gap: .75em; }
.wz-stance-map .wz-sm-panel-title { margin: 0; font-size: 1.05em; }
.wz-stance-map .wz-sm-panel p { max-width: 48em; margin: .35em 0 .5em; }
.wz-stance-map .wz-sm-axis-title { font-size: .98em; margin: .8em 0 .2em; }
`;

const r2 = (n: number) => Math.round(n * 100) / 100;
const MINUS = "\u2212";
export const signed = (n: number) => (n > 0 ? `+${r2(n)}` : n < 0 ? `${MINUS}${r2(-n)}` : "0");

/** Estimated text width in px: the layout must not depend on font metrics (snapshots, jsdom). */
const textWidth = (text: string, size = 12.5) => text.length * size * 0.56;

/** Splits a label into lines of at most `maxWidth` estimated px. */
function wrap(text: string, maxWidth: number, size = 12.5): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, size) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** Which way an axis's claims point, in words: a pole's label, "both ways", "neither way" or "nothing on record". */
export function direction(p: PositionRow | undefined, axis: AxisMeta): {arrow: number; words: string} {
  if (!p || p.n === 0 || p.mean === null) return {arrow: 0, words: "nothing on record"};
  if (p.min !== null && p.max !== null && p.min < 0 && p.max > 0) return {arrow: 0, words: "both ways"};
  if (p.mean > 0) return {arrow: 1, words: axis.plus_label};
  if (p.mean < 0) return {arrow: -1, words: axis.minus_label};
  return {arrow: 0, words: "neither way"};
}

export function StanceMap(data: StanceMapData, options: StanceMapOptions = {}): StanceMapElement {
  useStyles("stance-map", CSS);
  const {wideAt = 640, extent = 2, minClaims = 2, id = "stance-map", sourceHref = "/source", headingLevel = 3} = options;
  let state: ResolvedViewState = initialViewState(options.width ?? 640, options.state);

  const xFound = data.axes.find((a) => a.id === options.x) ?? data.axes[0];
  const yFound = data.axes.find((a) => a.id === options.y) ?? data.axes.find((a) => a !== xFound);
  if (!xFound || !yFound) throw new Error("StanceMap needs two axes");
  const xAxis: AxisMeta = xFound;
  const yAxis: AxisMeta = yFound;
  const claimsById = new Map(data.claims.map((c) => [c.id, c]));
  const counterclaims = data.counterclaims ?? [];
  const ccById = new Map(counterclaims.map((c) => [c.id, c]));

  // One entity per actor with claims.
  const claimCount = new Map<string, number>();
  for (const c of data.claims) claimCount.set(c.actor, (claimCount.get(c.actor) ?? 0) + 1);
  const names = new Map<string, string>();
  for (const p of data.positions) names.set(p.actor, p.actor_name);
  for (const a of data.actors ?? []) names.set(a.id, a.name);
  const ids = [...new Set([...data.positions.map((p) => p.actor), ...data.claims.map((c) => c.actor)])];
  const entities: Entity[] = ids
    .map((actorId) => {
      const x = data.positions.find((p) => p.actor === actorId && p.axis === xAxis.id);
      const y = data.positions.find((p) => p.actor === actorId && p.axis === yAxis.id);
      const placed = !!x && !!y && !x.too_little && !y.too_little && x.mean !== null && y.mean !== null;
      const mapClaims = [...(x?.claims ?? []), ...(y?.claims ?? [])];
      return {
        id: actorId,
        name: names.get(actorId) ?? actorId,
        nClaims: data.actors?.find((a) => a.id === actorId)?.n_claims ?? claimCount.get(actorId) ?? 0,
        x,
        y,
        placed,
        nOnMap: (x?.n ?? 0) + (y?.n ?? 0),
        indirect: !!x?.indirect_only || !!y?.indirect_only,
        claims: mapClaims,
        offMap: data.claims.filter((c) => c.actor === actorId && !mapClaims.includes(c.id) && c.axis !== xAxis.id && c.axis !== yAxis.id)
      };
    })
    .filter((e) => e.nClaims > 0 || e.nOnMap > 0)
    .sort((a, b) => compareActors({n_claims: a.nClaims, name: a.name}, {n_claims: b.nClaims, name: b.name}));
  const maxN = Math.max(1, ...entities.map((e) => e.nOnMap));
  const radius = scaleSqrt().domain([0, maxN]).range([0, 14]);
  const rOf = (e: Entity) => r2(Math.max(5, radius(e.nOnMap)));

  let open: string | null = null;
  const plots = new Map<string, SVGSVGElement>();

  const frame = el("div", {class: "wz-sm-frame"});
  const plotWrap = el("div", {class: "wz-sm-plot-wrap"});
  const strip = el("section", {class: "wz-sm-strip", "aria-labelledby": `${id}-strip-title`});
  const panelTitle = el(`h${headingLevel}` as "h3", {class: "wz-sm-panel-title", id: `${id}-panel-title`});
  const panelClose = el("button", {type: "button", class: "wz-button"}, "Close");
  const panelBody = el("div", {});
  const panel = el("section", {class: "wz-sm-panel", id: `${id}-panel`, hidden: true, tabindex: "-1", "aria-labelledby": `${id}-panel-title`}, el("div", {class: "wz-sm-panel-head"}, panelTitle, panelClose), panelBody);

  const arrows = CounterclaimArrows(counterclaims, {
    id: `${id}-arrows`,
    frame,
    where: "Arrows on the map",
    gutter: () => (state.width >= wideAt ? null : 14),
    obstacles: () => frame.querySelectorAll(".wz-sm-mark, .wz-sm-label, .wz-sm-pole, .wz-sm-quadrant, .wz-sm-strip-title, .wz-sm-strip p, .wz-sm-entry > span"),
    locate: (claimId) => {
      const claim = claimsById.get(claimId);
      return claim ? frame.querySelector(`[data-anchor="${claim.actor}"]`) : null;
    }
  });

  const xArrow = (d: number) => (d < 0 ? "←" : d > 0 ? "→" : "↔");
  const yArrow = (d: number) => (d < 0 ? "↓" : d > 0 ? "↑" : "↕");

  const intro = el(
    "p",
    {class: "wz-sm-intro"},
    `Across: ${lowerFirst(xAxis.label)}, from ${lowerFirst(xAxis.minus_label)} (left) to ${lowerFirst(xAxis.plus_label)} (right). `,
    `Up and down: ${lowerFirst(yAxis.label)}, from ${lowerFirst(yAxis.minus_label)} (down) to ${lowerFirst(yAxis.plus_label)} (up). `,
    `Each coded claim scores from ${MINUS}${extent} to +${extent} on its topic's axis; a dot is the mean of an actor's claims.`
  );
  const legendIcon = (...children: SVGElement[]) => svg("svg", {width: 30, height: 20, viewBox: "-15 -10 30 20", "aria-hidden": "true", focusable: "false"}, ...children);
  const legend = el(
    "ul",
    {class: "wz-sm-legend", "aria-label": "Key"},
    el("li", {}, legendIcon(svg("circle", {r: 6, fill: "var(--wz-fg)", stroke: "var(--wz-fg)", "stroke-width": 2})), "mean of its claims; bigger with more claims"),
    el("li", {}, legendIcon(svg("circle", {r: 6, fill: "var(--wz-bg)", stroke: "var(--wz-fg)", "stroke-width": 2.5})), "hollow: on an axis, only indirect speech or paraphrase"),
    el("li", {}, legendIcon(svg("path", {d: "M-13,-4V4M-13,0H13M13,-4V4", stroke: "var(--wz-fg)", "stroke-width": 2, fill: "none"})), "range of its claims"),
    el("li", {}, legendIcon(svg("rect", {x: -12, y: -7, width: 24, height: 14, fill: "none", stroke: "var(--wz-rule)", "stroke-dasharray": "2 4"})), `the extremes (${MINUS}${extent} and +${extent})`)
  );
  const root = el("div", {class: "wz wz-stance-map", id}, intro, legend, frame, arrows.caption, panel) as unknown as StanceMapElement;

  function visible(): {entity: Entity; context: boolean}[] {
    const chosen = new Set(state.actors);
    const ends = new Set(state.showArrows.flatMap((a) => {
      const c = ccById.get(a);
      return c ? [c.from_actor, c.to_actor] : [];
    }));
    return entities.filter((e) => chosen.size === 0 || chosen.has(e.id) || ends.has(e.id)).map((entity) => ({entity, context: chosen.size > 0 && !chosen.has(entity.id)}));
  }
  const highlighted = (e: Entity) => state.highlightActors.includes(e.id) || e.claims.some((c) => state.highlightClaims.includes(c));

  function describeAxis(p: PositionRow | undefined, axis: AxisMeta): string {
    if (!p || p.n === 0 || p.mean === null) return `${axis.label}: nothing on record`;
    const dir = direction(p, axis);
    const range = p.min !== null && p.max !== null && p.min !== p.max ? `, range ${signed(p.min)} to ${signed(p.max)}` : "";
    return `${axis.label}: ${dir.words === "neither way" || dir.words === "both ways" ? dir.words : `toward ${lowerFirst(dir.words)}`}, mean ${signed(p.mean)} of ${plural(p.n, "claim")}${range}${p.indirect_only ? ", indirect speech only" : ""}`;
  }

  /** "2 claims, mean −1.5 (from −2 to −1): toward order and security." */
  function axisSummary(p: PositionRow | undefined, axis: AxisMeta): string {
    if (!p || p.n === 0 || p.mean === null) return "Nothing on record on this axis.";
    const dir = direction(p, axis);
    const range = p.min !== null && p.max !== null && p.min !== p.max ? ` (from ${signed(p.min)} to ${signed(p.max)})` : "";
    const where = dir.arrow === 0 ? dir.words : `toward ${lowerFirst(dir.words)}`;
    const speech = p.indirect_only ? " Only indirect speech or the article's paraphrase." : p.n_direct < p.n ? ` ${p.n_direct} of them quoted directly.` : "";
    return `${plural(p.n, "claim")}, mean ${signed(p.mean)}${range}: ${where}.${speech}${p.too_little ? ` Too few to place (fewer than ${minClaims}).` : ""}`;
  }

  function renderPlot(shown: {entity: Entity; context: boolean}[]): SVGSVGElement {
    const wide = state.width >= wideAt;
    const plotW = Math.round(wide ? Math.min(520, Math.max(300, state.width * 0.56)) : Math.min(state.width, 480));
    const pad = 8;
    const top = 26;
    const inner = plotW - 2 * pad;
    const height = inner + top + 30;
    const d = extent * 1.45;
    const x = scaleLinear().domain([-d, d]).range([pad, pad + inner]);
    const y = scaleLinear().domain([-d, d]).range([top + inner, top]);
    const cx = r2(x(0));
    const cy = r2(y(0));

    const plot = svg("svg", {
      class: "wz-sm-plot",
      width: plotW,
      height,
      viewBox: `0 0 ${plotW} ${height}`,
      role: "group",
      "aria-label": `Map: ${xAxis.label} across, ${yAxis.label} up and down`
    });
    plot.append(
      svg("rect", {class: "wz-sm-frame-rect", x: pad, y: top, width: inner, height: inner}),
      svg("rect", {class: "wz-sm-extreme", x: r2(x(-extent)), y: r2(y(extent)), width: r2(x(extent) - x(-extent)), height: r2(y(-extent) - y(extent))}),
      svg("line", {class: "wz-sm-zero", x1: pad, x2: pad + inner, y1: cy, y2: cy}),
      svg("line", {class: "wz-sm-zero", x1: cx, x2: cx, y1: top, y2: top + inner})
    );

    // Quadrants, named in words, in the outer corners.
    const quadrant = (xs: -1 | 1, ys: -1 | 1) => {
      const anchor = xs < 0 ? "start" : "end";
      const qx = xs < 0 ? pad + 6 : pad + inner - 6;
      const lines = [`${xs < 0 ? xAxis.minus_label : xAxis.plus_label} ·`, lowerFirst(ys < 0 ? yAxis.minus_label : yAxis.plus_label)];
      const qy = ys > 0 ? top + 16 : top + inner - 24;
      return svg(
        "text",
        {class: "wz-sm-quadrant", "text-anchor": anchor, x: qx, y: qy},
        lines.map((line, i) => svg("tspan", {x: qx, dy: i === 0 ? 0 : 15}, line))
      );
    };
    plot.append(quadrant(-1, 1), quadrant(1, 1), quadrant(-1, -1), quadrant(1, -1));

    // Poles, at the ends of the zero lines.
    plot.append(
      svg("text", {class: "wz-sm-pole", x: pad + 5, y: cy - 7, "text-anchor": "start"}, `← ${xAxis.minus_label}`),
      svg("text", {class: "wz-sm-pole", x: pad + inner - 5, y: cy - 7, "text-anchor": "end"}, `${xAxis.plus_label} →`),
      svg("text", {class: "wz-sm-pole", x: cx, y: top - 9, "text-anchor": "middle"}, `↑ ${yAxis.plus_label}`),
      svg("text", {class: "wz-sm-pole", x: cx, y: top + inner + 20, "text-anchor": "middle"}, `↓ ${yAxis.minus_label}`)
    );

    const placed = shown.filter((s) => s.entity.placed);
    if (!placed.length) {
      plot.append(
        svg(
          "text",
          {class: "wz-sm-empty", x: cx, y: r2(cy + inner / 5), "text-anchor": "middle"},
          wrap(shown.length ? "None of these actors has enough on record to be placed: see the strip." : "No actor to show.", inner * 0.7, 13).map((line, i) => svg("tspan", {x: cx, dy: i === 0 ? 0 : 16}, line))
        )
      );
    }

    const whiskers = svg("g", {class: "wz-sm-whiskers", "aria-hidden": "true"});
    const dots = svg("g", {class: "wz-sm-dots"});
    for (const {entity: e, context} of placed) {
      const px = r2(x(e.x!.mean!));
      const py = r2(y(e.y!.mean!));
      const r = rOf(e);
      const cap = 5;
      if (e.x!.min !== null && e.x!.max !== null && e.x!.min !== e.x!.max) {
        const a = r2(x(e.x!.min));
        const b = r2(x(e.x!.max));
        whiskers.append(svg("path", {class: "wz-sm-whisker", "data-actor": e.id, d: `M${a},${py - cap}V${py + cap}M${a},${py}H${b}M${b},${py - cap}V${py + cap}`}));
      }
      if (e.y!.min !== null && e.y!.max !== null && e.y!.min !== e.y!.max) {
        const a = r2(y(e.y!.min));
        const b = r2(y(e.y!.max));
        whiskers.append(svg("path", {class: "wz-sm-whisker", "data-actor": e.id, d: `M${px - cap},${a}H${px + cap}M${px},${a}V${b}M${px - cap},${b}H${px + cap}`}));
      }
      const labelLeft = px > cx;
      const lx = labelLeft ? px - r - 11 : px + r + 11;
      const room = labelLeft ? lx - pad - 4 : pad + inner - lx - 4;
      const lines = wrap(e.name, Math.max(80, room));
      const label = svg(
        "text",
        {class: "wz-sm-label", x: r2(lx), y: r2(py + 4 - ((lines.length - 1) * 15) / 2), "text-anchor": labelLeft ? "end" : "start", "aria-hidden": "true"},
        lines.map((line, i) => svg("tspan", {x: r2(lx), dy: i === 0 ? 0 : 15}, line)),
        context ? svg("tspan", {class: "wz-sm-context-label", x: r2(lx), dy: 15}, "shown for an arrow") : null
      );
      const dot = svg(
        "g",
        {
          class: ["wz-sm-dot", e.indirect ? "wz-sm-hollow" : "", highlighted(e) ? "wz-sm-hl" : ""].filter(Boolean).join(" "),
          "data-actor": e.id,
          "data-anchor": e.id,
          role: "button",
          tabindex: 0,
          "aria-expanded": String(open === e.id),
          "aria-controls": `${id}-panel`,
          "aria-label": `${e.name}. ${describeAxis(e.x, xAxis)}. ${describeAxis(e.y, yAxis)}.${context ? " Shown for an arrow." : ""} Why here?`,
          transform: `translate(${px},${py})`
        },
        svg("circle", {class: "wz-sm-halo", r: r + 9}),
        svg("circle", {class: "wz-sm-hit", r: Math.max(r + 4, 14)}),
        svg("circle", {class: "wz-sm-ring", r: r + 5}),
        svg("circle", {class: "wz-sm-mark", r: e.indirect ? r - 1.25 : r})
      );
      dots.append(dot, label);
    }
    plot.append(whiskers, dots);
    return plot;
  }

  function renderStrip(shown: {entity: Entity; context: boolean}[]) {
    const rest = shown.filter((s) => !s.entity.placed);
    strip.hidden = rest.length === 0;
    const line = (p: PositionRow | undefined, axis: AxisMeta, arrowOf: (d: number) => string) => {
      const dir = direction(p, axis);
      const n = p?.n ?? 0;
      return el(
        "span",
        {class: n === 0 ? "wz-sm-line wz-sm-nothing" : "wz-sm-line"},
        el("span", {class: "wz-sm-arrow", "aria-hidden": "true"}, arrowOf(dir.arrow)),
        " ",
        el("span", {class: "wz-sr"}, `${axis.label}: `),
        n === 0 ? "nothing on record" : `${dir.words} · ${plural(n, "claim")}${p?.indirect_only ? " (indirect)" : ""}`
      );
    };
    replaceChildren(
      strip,
      el(`h${headingLevel}` as "h3", {class: "wz-sm-strip-title", id: `${id}-strip-title`}, `Too little on record to place (${rest.length})`),
      el(
        "p",
        {},
        `An actor is placed only with at least ${minClaims} coded claims on each axis. Rather than put the others at zero, this strip says which way their claims point on each axis (${xArrow(-1)}${xArrow(1)} across, ${yArrow(-1)}${yArrow(1)} up and down).`
      ),
      el(
        "ul",
        {},
        rest.map(({entity: e, context}) =>
          el(
            "li",
            {},
            el(
              "button",
              {
                type: "button",
                class: highlighted(e) ? "wz-sm-entry wz-sm-hl" : "wz-sm-entry",
                "data-actor": e.id,
                "data-anchor": e.id,
                "aria-expanded": String(open === e.id),
                "aria-controls": `${id}-panel`
              },
              el("span", {class: "wz-sm-name"}, e.name),
              line(e.x, xAxis, xArrow),
              line(e.y, yAxis, yArrow),
              e.nOnMap === 0 && e.offMap.length ? el("span", {class: "wz-sm-line"}, `Only off the map: ${[...new Set(e.offMap.map((c) => c.topic_label))].join(", ")}`) : null,
              context ? el("span", {class: "wz-sm-context-note"}, "shown for an arrow") : null
            )
          )
        )
      )
    );
  }

  /**
   * Below the plot and strip; on a phone, right under the plot for a dot and
   * inside the strip entry's item for an entry, next to what opened it.
   */
  function placePanel(e: Entity | undefined) {
    const narrow = state.width < wideAt;
    if (e && narrow && e.placed) {
      if (plotWrap.nextSibling !== panel) plotWrap.after(panel);
    } else if (e && narrow) {
      const item = strip.querySelector(`[data-anchor="${e.id}"]`)?.parentElement;
      if (item && panel.parentNode !== item) item.append(panel);
    } else if (panel.previousSibling !== arrows.caption) arrows.caption.after(panel);
  }

  function renderPanel() {
    const e = open ? entities.find((x) => x.id === open) : undefined;
    placePanel(e);
    if (!e) {
      panel.hidden = true;
      replaceChildren(panelBody);
      return;
    }
    panel.hidden = false;
    panelTitle.textContent = e.placed ? `Why here? ${e.name}` : `Why in the strip? ${e.name}`;
    const axisBlock = (p: PositionRow | undefined, axis: AxisMeta) => {
      const axisClaims = (p?.claims ?? []).map((c) => claimsById.get(c)).filter((c): c is ClaimRow => !!c);
      return [
        el(`h${Math.min(6, headingLevel + 1)}` as "h4", {class: "wz-sm-axis-title"}, `${axis.label} (${axis.minus_label} ↔ ${axis.plus_label})`),
        el("p", {}, axisSummary(p, axis)),
        axisClaims.length
          ? ClaimList(axisClaims, {
              group: "none",
              summary: false,
              showActor: false,
              id: `${id}-why-${axis.id}`,
              sourceHref,
              headingLevel: Math.min(5, headingLevel + 1) as 3 | 4 | 5,
              badge: (c) => (c.position === null ? null : `${signed(c.position)} ${c.position < 0 ? lowerFirst(axis.minus_label) : c.position > 0 ? lowerFirst(axis.plus_label) : ""}`.trim())
            })
          : null
      ];
    };
    replaceChildren(
      panelBody,
      el(
        "p",
        {},
        e.placed
          ? `The dot is the mean of ${e.name}'s coded claims on each axis; the whiskers span them. Each claim scores from ${MINUS}${extent} to +${extent}.`
          : `Fewer than ${minClaims} coded claims on at least one axis: too little to place ${e.name} on the map, so it is listed in the strip instead.`
      ),
      axisBlock(e.x, xAxis),
      axisBlock(e.y, yAxis),
      e.offMap.length
        ? [
            el(`h${Math.min(6, headingLevel + 1)}` as "h4", {class: "wz-sm-axis-title"}, "Also on record, off the map"),
            ClaimList(e.offMap, {group: "none", summary: false, showActor: false, id: `${id}-why-off`, sourceHref, headingLevel: Math.min(5, headingLevel + 1) as 3 | 4 | 5})
          ]
        : null
    );
  }

  function render() {
    const activeNow = activeElementIn(frame);
    const focused = activeNow && frame.contains(activeNow) ? activeNow.getAttribute("data-anchor") : null;
    const shown = visible();
    if (open && !shown.some((s) => s.entity.id === open)) open = null;
    root.dataset.layout = state.width >= wideAt ? "wide" : "narrow";
    // The last few plots are kept, keyed by all they show but the open dot (set in place):
    // a filter change back to a set already drawn (e.g. everyone) reuses hundreds of dots.
    const plotKey = [state.width, state.actors, state.highlightActors, state.highlightClaims, state.showArrows].map(String).join("|");
    let plot = plots.get(plotKey);
    if (plot) {
      plots.delete(plotKey);
      for (const node of plot.querySelectorAll("[data-anchor]")) {
        const expanded = String(node.getAttribute("data-anchor") === open);
        if (node.getAttribute("aria-expanded") !== expanded) node.setAttribute("aria-expanded", expanded);
      }
    } else plot = renderPlot(shown);
    plots.set(plotKey, plot);
    if (plots.size > 3) plots.delete(plots.keys().next().value!);
    syncChildren(plotWrap, [plot]);
    renderStrip(shown);
    replaceChildren(frame, plotWrap, strip, arrows);
    if (!root.contains(panel) || frame.contains(panel)) arrows.caption.after(panel);
    renderPanel();
    arrows.update({showArrows: state.showArrows});
    if (focused) frame.querySelector<HTMLElement>(`[data-anchor="${focused}"]`)?.focus();
  }

  function setOpen(next: string | null, {focus = true} = {}) {
    const previous = open;
    open = next;
    for (const node of frame.querySelectorAll("[data-anchor]")) node.setAttribute("aria-expanded", String(node.getAttribute("data-anchor") === open));
    renderPanel();
    if (!focus) return;
    if (open) panel.focus();
    else if (previous) frame.querySelector<HTMLElement>(`[data-anchor="${previous}"]`)?.focus();
  }

  const activate = (event: Event) => {
    const target = (event.target as Element).closest?.("[data-anchor]");
    const actor = target?.getAttribute("data-anchor");
    if (!actor) return;
    event.preventDefault();
    setOpen(open === actor ? null : actor);
  };
  frame.addEventListener("click", activate);
  frame.addEventListener("keydown", (event) => {
    // The dots are SVG elements with role=button: give them a button's keys.
    const target = event.target as Element;
    if ((event.key === "Enter" || event.key === " ") && target.classList?.contains("wz-sm-dot")) activate(event);
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
      state = {...state, width};
      render();
      return;
    }
    arrows.redraw();
  });

  root.update = (next) => {
    state = mergeViewState(state, next);
    deferred.run(); // now, or when shown if hidden
  };
  root.open = (actor) => setOpen(actor, {focus: false});
  root.destroy = () => {
    stopObserving();
    deferred.dispose();
  };
  render();
  return root;
}

