// Static pictures of a story step's graphic, drawn at build time (no browser)
// for readers without JavaScript, for print and for the ?linear reading mode.
// The map and the timeline are the same components as the live graphic, asked
// for their SVG; the grid, an HTML table when live, is drawn here as an SVG
// matrix of the same glyphs. Each picture carries its own light-theme styles.
import {idPrefix, svg} from "./dom.js";
import {stanceGlyph, type StanceOrMixed} from "./glyphs.js";
import {StanceMap} from "./StanceMap.js";
import {compareActors} from "./stanceView.js";
import {Timeline} from "./Timeline.js";
import {allStyles} from "./styles.js";
import type {StoryGraphicData, StoryState} from "./StoryGraphic.js";


/** Wraps a component's SVG in groups that carry its HTML ancestors' classes, so its CSS still applies. */
function standalone(root: Element, plot: SVGSVGElement): string {
  const chain: string[] = [];
  for (let node: Element | null = plot.parentElement; node && root.contains(node); node = node.parentElement) {
    if (node.getAttribute("class")) chain.unshift(node.getAttribute("class")!);
    if (node === root) break;
  }
  const width = plot.getAttribute("width") ?? "720";
  const height = plot.getAttribute("height") ?? "400";
  const out = svg("svg", {width, height, viewBox: plot.getAttribute("viewBox") ?? `0 0 ${width} ${height}`, "data-theme": "light", class: "wz"});
  out.append(svg("style", {}, picturesCss()));
  let parent: Element = out;
  for (const cls of [...chain, plot.getAttribute("class") ?? ""]) {
    const g = svg("g", {class: cls});
    parent.append(g);
    parent = g;
  }
  out.insertBefore(svg("rect", {width, height, fill: "#ffffff"}), out.childNodes[1] ?? null);
  for (const child of [...plot.childNodes]) parent.append(child);
  return serialize(out);
}

/** Light theme only: a picture is printed or shown without the page's colour scheme. */
function picturesCss(): string {
  return allStyles().replace(/@media \(prefers-color-scheme: dark\)\s*\{[\s\S]*?\}\s*\}/g, "");
}

/** jsdom and browsers both have XMLSerializer: valid XML, text escaped. */
function serialize(node: Element): string {
  return new XMLSerializer().serializeToString(node);
}

interface GridPictureOptions {
  width: number;
}

/** The grid as an SVG: actors down, topics across, one glyph per cell, highlighted cells boxed, arrows drawn. */
function gridPicture(data: StoryGraphicData, state: Required<StoryState>, {width}: GridPictureOptions): string {
  const {story} = data;
  const axisOrder = [...story.axes.map((a) => a.id), "off_map"];
  const topics = [...story.topics].sort((a, b) => axisOrder.indexOf(a.axis) - axisOrder.indexOf(b.axis));
  const arrows = data.counterclaims.filter((c) => state.showArrows.includes(c.id));
  const visible = new Set([...state.actors, ...arrows.flatMap((c) => [c.from_actor, c.to_actor])]);
  const actors = data.actors.filter((a) => a.n_claims > 0 && (state.actors.length === 0 || visible.has(a.id))).sort(compareActors);
  const cell = new Map(data.stances.map((s) => [`${s.actor}|${s.topic}`, s]));
  const claimTopic = new Map(data.claims.map((c) => [c.id, c]));
  const highlighted = new Set(state.highlightClaims.map((id) => {
    const c = claimTopic.get(id);
    return c ? `${c.actor}|${c.topic}` : "";
  }));

  const left = 170;
  // Room for the longest column label, drawn at 40°.
  const head = Math.ceil(20 + Math.max(...topics.map((t) => t.label.length)) * 6.8 * Math.sin((40 * Math.PI) / 180));
  const rowH = 34;
  const colW = Math.max(44, Math.floor((width - left - 8) / topics.length));
  const height = head + actors.length * rowH + 8;
  const out = svg("svg", {width, height, viewBox: `0 0 ${width} ${height}`, class: "wz", "data-theme": "light", "font-family": "system-ui, sans-serif", "font-size": 12});
  out.append(svg("style", {}, picturesCss()), svg("rect", {width, height, fill: "#ffffff"}));
  const cx = (i: number) => left + i * colW + colW / 2;
  const cy = (i: number) => head + i * rowH + rowH / 2;
  topics.forEach((t, i) => {
    const x = cx(i);
    // Rotated column labels keep every topic readable at any width.
    out.append(svg("text", {x: x + 4, y: head - 8, "text-anchor": "end", transform: `rotate(40 ${x + 4} ${head - 8})`, fill: "#1b1e23"}, t.label));
    if (i > 0 && topics[i - 1]!.axis !== t.axis) out.append(svg("line", {x1: left + i * colW, x2: left + i * colW, y1: head - 4, y2: height - 4, stroke: "#767c85"}));
  });
  actors.forEach((a, r) => {
    const y = cy(r);
    out.append(svg("text", {x: 4, y: y + 4, fill: "#1b1e23", "font-weight": state.highlightActors.includes(a.id) ? 700 : 400}, a.name.length > 24 ? `${a.name.slice(0, 23)}…` : a.name));
    out.append(svg("line", {x1: 0, x2: width, y1: y + rowH / 2, y2: y + rowH / 2, stroke: "#eceef1"}));
    topics.forEach((t, i) => {
      const s = cell.get(`${a.id}|${t.id}`);
      const g = svg("g", {transform: `translate(${cx(i)},${y})`});
      if (highlighted.has(`${a.id}|${t.id}`)) g.append(svg("rect", {x: -colW / 2 + 3, y: -rowH / 2 + 3, width: colW - 6, height: rowH - 6, rx: 4, fill: "#fff3c4", stroke: "#1b1e23"}));
      if (s) g.append(stanceGlyph(s.stance as StanceOrMixed, 7));
      else g.append(svg("circle", {r: 2, fill: "none", stroke: "#767c85"}));
      out.append(g);
    });
  });
  const topicIndex = new Map(topics.map((t, i) => [t.id, i]));
  const actorIndex = new Map(actors.map((a, i) => [a.id, i]));
  const marker = `${idPrefix("picture")}-arrow`;
  if (arrows.length) {
    out.append(svg("defs", {}, svg("marker", {id: marker, viewBox: "0 0 10 10", refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, orient: "auto-start-reverse"}, svg("path", {d: "M0,0L10,5L0,10z", fill: "#1b1e23"}))));
  }
  for (const c of arrows) {
    const from = claimTopic.get(c.from);
    const to = claimTopic.get(c.to);
    if (!from || !to) continue;
    const [x1, y1, x2, y2] = [cx(topicIndex.get(from.topic)!), cy(actorIndex.get(from.actor)!), cx(topicIndex.get(to.topic)!), cy(actorIndex.get(to.actor)!)];
    const mx = (x1 + x2) / 2 + 24;
    const my = (y1 + y2) / 2;
    out.append(svg("path", {d: `M${x1},${y1 - 9}Q${mx},${my} ${x2},${y2 + 9}`, fill: "none", stroke: "#1b1e23", "stroke-width": 1.5, "stroke-dasharray": c.relation === "rebut" ? null : c.relation === "undercut" ? "5 3" : "2 3", "marker-end": `url(#${marker})`}));
    const label = c.relation === "evidence" ? "evidence against" : `${c.relation}s`;
    // A white halo keeps the label readable over glyphs and rules.
    out.append(svg("text", {x: mx + 6, y: my + 4, fill: "#1b1e23", stroke: "#ffffff", "stroke-width": 4, "paint-order": "stroke", "font-weight": 700}, label));
  }
  return serialize(out);
}

/** The step's picture as SVG text. */
export function pictureSvg(data: StoryGraphicData, state: Required<StoryState>, {width = 720}: {width?: number} = {}): string {
  const stance = {actors: state.actors, highlightActors: state.highlightActors, highlightClaims: state.highlightClaims, showArrows: state.showArrows};
  if (state.view === "map") {
    const map = StanceMap({positions: data.positions, axes: data.story.axes, claims: data.claims, actors: data.actors, counterclaims: data.counterclaims}, {id: "picture-map", width, wideAt: 100000, state: stance});
    const plot = map.querySelector<SVGSVGElement>("svg.wz-sm-plot");
    if (!plot) throw new Error("staticPicture: the map drew no plot");
    return standalone(map, plot);
  }
  if (state.view === "timeline") {
    const timeline = Timeline({events: data.events, claims: data.claims, actors: data.actors}, {id: "picture-timeline", width, list: false});
    timeline.update({actors: state.actors, highlightEvents: state.highlightEvents, selected: null});
    const plot = timeline.querySelector<SVGSVGElement>("svg.wz-tl-svg");
    if (!plot) throw new Error("staticPicture: the timeline drew no chart");
    return standalone(timeline, plot);
  }
  return gridPicture(data, state, {width});
}
